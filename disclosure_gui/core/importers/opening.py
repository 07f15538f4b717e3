"""What surrounds the report on its page: the site's words before it (a crawler's header, the location bar, the
date line, the share buttons), the report's title, and after it the signature and the page's footer. Each is told
apart from the opening and the last part, and accounted for: the title and the signature as the report's own,
the rest as the page's words (listed, never put in a field).
"""

from __future__ import annotations

import re

from .document import Item
from .ledger import Ledger

# Lines of a saved web page or a crawler's copy that are not the report.
_PAGE_LINE = re.compile(
    r"^\s*(?:【?(?:发布|成文|印发)?(?:时间|日期)[:：]|来源[:：]|浏览次数|阅读次数|访问量|点击数|字号|【?打印|【?关闭|分享到?"
    r"|扫一扫|主办|承办|协办|版权所有|技术支持|网站标识码|网站地图|联系我们|责任编辑|上一篇|下一篇|相关(?:链接|文件|附件)"
    r"|附件(?:下载)?[:：]?$|附件下载|[^。]{0,20}ICP备|[^。]{0,20}公网安备|索引号|信息索取号|发文机关|主题分类|当前位置"
    r"|标题[:：]|文号[:：]|发布机构[:：]|栏目[:：]|原文链接[:：]|本地目录[:：]|页面链接与图片详见|=+\s*正文\s*=+"
    r"|[^。]{0,10}首页\s*[>＞»›/]|草稿 · 数据校验未通过)"
)
_PAGE_WORDS = re.compile(
    r"^(?:\s|[|｜/【】\[\]]|微信|微博|QQ空间|QQ|朋友圈|全真版|文字版|图片版|打印本页|关闭窗口|收藏|分享|大|中|小|默认|"
    r"字体|附件下载|文件下载|下载|返回顶部|-->)+$"
)
# The same words inside a line that lost its breaks (「当前位置： 首页… 来源： 时间：2022-01-15 13:56 --> 微信 …」).
_INLINE_CHROME = re.compile(
    r"当前位置[：:]\s*\S*|来源[：:](?:\s*(?!时间)[^\s：:]{1,20})?|时间[：:]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?"
    r"|-->|微信|微博|QQ空间|全真版|文字版|文件下载|附件下载|打印本页|关闭窗口|相关链接[：:]"
    r"|[\u4e00-\u9fff]{1,6}〔\d{4}〕\d{1,4}号(?=\s*(?:根据|按照|依据|本报告|为))"
)
_TITLE = re.compile(
    r"[^。，；：:\s]{0,40}?\s?(?:关于)?\s?(?:20\d{2}\s?年度?\s?)?[^。，；：:\s]{0,20}?政府信息公开\s?(?:工作)?\s?(?:年度)?\s?报告"
)
_STARTS_TEXT = re.compile(r"\s*(?:根据|按照|依据|依照|遵照|本报告|本年度报告|为|现将|现根据|我[局委办区县市镇乡])")
_SPACE = re.compile(r"\s*")
_DATE = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_UNIT_END = r"(?:局|委员会|委|办公室|办公厅|办|院|厅|人民政府|政府|街道办事处|街道|镇|乡|中心|会|处|所|站|队)"
_SIGNER = rf"(?![日年月])[^\s\d。；，,：:]{{2,40}}?{_UNIT_END}"  # not the end of the date before it
_SIGNATURE = re.compile(rf"({_SIGNER})?\s*{_DATE}\s*$")
_DATE_ONLY = re.compile(rf"^\s*{_DATE}\s*$")
_TRAILING = re.compile(rf"\s*(?:附件下载|[（(]此件主动公开[）)]|{_SIGNER}\s*{_DATE}\s*印发|特此报告。?)\s*$")


def is_page_line(text: str) -> bool:
    """A short line of the page's own words (a long one is a page that lost its line breaks: read inside it)."""
    return len(text) <= 160 and bool(_PAGE_LINE.match(text) or _PAGE_WORDS.match(text))


def split_opening(items: list[Item], ledger: Ledger) -> list[Item]:
    """The opening's own text; the page's words and the title before it go to the account."""
    out: list[Item] = []
    started = False
    for n, item in enumerate(items):
        text = item.text
        if item.kind == "furniture" or (item.kind == "text" and is_page_line(text)):
            ledger.page(item.place, text or " ".join(item.cells))
            continue
        if item.kind != "text" or started:
            out.append(item)
            continue
        if _TITLE.fullmatch(text.strip()) or _is_title_line(items, n):
            ledger.structure(item.place, text, "报告的标题")
            continue
        start = _chrome_end(item, ledger)
        started = start < len(text)
        if started:
            out.append(item.piece(start))
    return out


def _is_title_line(items: list[Item], n: int) -> bool:
    """The agency on a line of its own above 「2023年政府信息公开工作年度报告」 (PDFs and Word files print it so)."""
    text = items[n].text.strip()
    if len(text) > 30 or "。" in text or n + 1 >= len(items) or items[n + 1].kind != "text":
        return False
    return bool(_TITLE.fullmatch(items[n + 1].text.strip()))


def _chrome_end(item: Item, ledger: Ledger) -> int:
    """Where the report's own text starts in a line that begins with the page's words and the title."""
    text = item.text
    pos = _SPACE.match(text).end()  # type: ignore[union-attr]  # matches the empty string
    while pos < len(text):
        chrome = _INLINE_CHROME.match(text, pos)
        title = _TITLE.match(text, pos)
        if chrome is not None and chrome.end() > pos:
            ledger.page(item.piece(pos).place, chrome.group())
            pos = chrome.end()
        elif title is not None and (
            _STARTS_TEXT.match(text, title.end()) or _INLINE_CHROME.match(text, _skip(text, title.end()))
        ):
            ledger.structure(item.piece(pos).place, title.group(), "报告的标题")
            pos = title.end()
        else:
            break
        pos = _skip(text, pos)
    return pos


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # matches the empty string


def split_signature(items: list[Item], agency: str, ledger: Ledger) -> list[Item]:
    """The last part's text without the signature (unit and date) and the page's footer after it."""
    items = list(items)
    while items and items[-1].kind != "row":
        last = items[-1]
        if last.kind == "furniture" or is_page_line(last.text):
            ledger.page(last.place, last.text)
            items.pop()
            continue
        end = _trailing_end(last, ledger)
        if _DATE_ONLY.match(last.text[:end]) and len(items) > 1 and _is_signer_line(items[-2]):
            ledger.structure(last.place, last.text[:end], "落款的日期")
            ledger.structure(items[-2].place, items[-2].text, "落款的单位")
            return items[:-2]
        sign = _signature_start(last.text[:end], agency)
        if sign is not None:
            ledger.structure(last.piece(sign).place, last.text[sign:end], "落款")
            end = sign
        items[-1] = last.piece(0, end)
        if not items[-1].text.strip():
            items.pop()
        break
    return items


def _trailing_end(item: Item, ledger: Ledger) -> int:
    text = item.text
    end = len(text)
    while (m := _TRAILING.search(text, 0, end)) is not None and m.start() < end:
        words = text[m.start() : end]
        if "特此报告" in words:
            break  # the report's own last words
        ledger.page(item.piece(m.start()).place, words)
        end = m.start()
    return end


def _is_signer_line(item: Item) -> bool:
    text = item.text.strip()
    return item.kind == "text" and 2 <= len(text) <= 40 and "。" not in text and bool(re.fullmatch(_SIGNER, text))


def _signature_start(text: str, agency: str) -> int | None:
    m = _SIGNATURE.search(text)
    if m is None:
        return None
    before = text[: m.start(2) if m.group(1) is None else m.start(1)]
    if m.group(1) is None:
        return m.start(2) if not before.strip() or before.rstrip().endswith(("。", "！")) else None
    unit_start = m.start(1)
    if agency:
        at = text.rfind(agency, 0, m.start(2))
        if at >= 0 and not text[at + len(agency) : m.start(2)].strip():
            return at
    return unit_start
