"""基本信息 from the report and its page: agency, year, kind, region, website and column, contact, publish date.

The title gives agency and year (on one line, or the agency on the line above 「2023年政府信息公开工作年度报告」
as PDFs and Word files print it); the opening gives the website, the column and the contact; the page's date line
(「发布时间：2024-01-15」) or the signature date at the end gives the publish date.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..format.agency import agency_kind_of
from ..format.labels import normalise
from ..format.report import Contact, Meta
from .base import Block

# The agency in a title has no punctuation; in an opening sentence the title follows 「特编制」「现公布」….
_TITLE = re.compile(r"([^《》，,、。；;：:（）()“”\"\s]{2,40}?)(20\d{2})年(?:度)?政府信息公开(?:工作)?年度报告")
_VERB = re.compile(r"^(?:特此|现将|现向社会|向社会|现|特|并|将)*(?:编制|公布|发布|形成|公开)*(?:了|并公布|并发布)?")
_GENERIC = re.compile(r"^(?:本|我)(?:单位|机关|部门|局|委|办|镇|乡|街道|区|县|市)$")
_TITLE_YEAR_FIRST = re.compile(r"^(20\d{2})年(?:度)?(.{2,40}?)政府信息公开(?:工作)?(?:年度)?报告")
_YEAR_TITLE = re.compile(r"^(20\d{2})年(?:度)?政府信息公开(?:工作)?年度报告$")
_CONTACT = re.compile(
    r"(?:可|请)?与([^，。（(：:、]{2,30}?(?:局|委|办|院|厅|府|处|中心|委员会|办公室|街道|镇|乡|所|站|队))联系"
)
_PERIOD_YEAR = re.compile(r"(20\d{2})年1月1日(?:起)?(?:至|到)(?:(20\d{2})年)?12月31日")
OLD_MARKERS = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "第二十条第(九)项", "第二十条第（九）项")

_ADDRESS = re.compile(r"(?:通讯|联系|办公)?地址[:：]\s*([^，,；;。）)、]{3,60})")
_POSTCODE = re.compile(r"邮(?:政)?编(?:码)?[:：]?\s*(\d{6})")
_PHONE = re.compile(r"(?:联系|咨询|办公)?电话(?:号码)?[:：]?\s*([\d（）()\-－—\s、/]{7,40}\d)")
_FAX = re.compile(r"传真(?:号码)?[:：]?\s*([\d（）()\-－—\s]{7,20}\d)")
_WEBSITE = re.compile(r"(https?://[\w./\-?=&%#:]+|www\.[\w./\-]+)", re.I)
_COLUMN = re.compile(r"[“\"「《]([^”\"」》]{2,24})[”\"」》]\s*(?:栏目|专栏|版块)")
_SITE_NAME = re.compile(r"(?:在|从|可在|登录)([^，。（(]{2,24}?(?:网站|门户网站|网))")
_DATE_LINE = re.compile(
    r"(?:发布|公开|成文|印发)?(?:时间|日期)[:：]\s*(20\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
)
_SIGNATURE_DATE = re.compile(r"^(20\d{2})年(\d{1,2})月(\d{1,2})日$")
# A government's own report (人民政府, 乡/镇/街道, 管委会, or a bare region: 「2022年上海市政府信息公开…」);
# 人民政府办公室 writing its own report is a department.
_REGION = re.compile(r"^(?:[^省市区县旗州盟局委办]{1,8}?(?:自治区|省|自治州|市|州|盟|地区|区|县|旗))+")


def agency_and_year(blocks: list[Block]) -> tuple[str | None, int | None]:
    agency, year = None, None
    paragraphs = [normalise(b.text) for b in blocks[:60] if b.kind == "p"]
    for i, text in enumerate(paragraphs):
        m = _YEAR_TITLE.match(text)
        if m and i > 0 and 2 <= len(paragraphs[i - 1]) <= 30 and not paragraphs[i - 1].endswith("。"):
            return paragraphs[i - 1].strip("：:"), int(m.group(1))
        m = _TITLE.search(text)
        if m and not _GENERIC.match(found := _VERB.sub("", m.group(1))) and len(found) >= 2:
            return found, int(m.group(2))
        if m and year is None:
            year = int(m.group(2))
        m = _TITLE_YEAR_FIRST.match(text + (paragraphs[i + 1] if i + 1 < len(paragraphs) else ""))
        if m and len(text) <= 50:
            return m.group(2), int(m.group(1))
        p = _PERIOD_YEAR.search(text)
        if p and year is None:
            year = int(p.group(1))
        c = _CONTACT.search(text)
        if c and agency is None:
            agency = c.group(1)
    return agency, year


def read_identity(blocks: list[Block], meta: Meta, preamble: str) -> list[str]:
    """Fill the rest of 基本信息; return notes on what was taken from where."""
    notes = []
    region = _REGION.match(meta.agency)
    if agency_kind_of(meta.agency, preamble) == "government" or (region and region.group(0) == meta.agency):
        meta.agency_kind = "government"
    if region:
        meta.region = region.group(0)
    opening = _plain(preamble)
    site = _WEBSITE.search(opening)
    if site:
        meta.website = site.group(1).rstrip(".")
    elif (name := _SITE_NAME.search(opening)) is not None:
        meta.website = name.group(1)
    column = _COLUMN.search(opening)
    if column:
        meta.column = column.group(1)
    meta.contact = _contact(opening, meta.contact)
    published = _publish_date(blocks)
    if published is not None:
        meta.publish_date = published
        notes.append(f"发布日期取自页面或落款：{published.isoformat()}")
    return notes


def _plain(text: str) -> str:
    """Full-width digits and letters to ASCII, spaces out; punctuation kept (it delimits the fields)."""
    return re.sub(r"[ \t\u3000\u00a0]+", "", unicodedata.normalize("NFKC", text).replace("，", "，"))


def _contact(opening: str, contact: Contact) -> Contact:
    unit = _CONTACT.search(opening)
    address = _ADDRESS.search(opening)
    postcode = _POSTCODE.search(opening)
    phone = _PHONE.search(opening)
    fax = _FAX.search(opening)
    return Contact(
        unit=unit.group(1) if unit else contact.unit,
        address=address.group(1).strip() if address else contact.address,
        postcode=postcode.group(1) if postcode else contact.postcode,
        phone=phone.group(1).strip(" 、/") if phone else contact.phone,
        fax=fax.group(1).strip() if fax else contact.fax,
    )


def _publish_date(blocks: list[Block]) -> date | None:
    paragraphs = [_plain(b.text) for b in blocks if b.kind == "p"]
    candidates = [m for p in paragraphs[:40] if (m := _DATE_LINE.search(p))]
    candidates += [m for p in paragraphs[:6] + paragraphs[-8:] if (m := _SIGNATURE_DATE.match(p.strip("()（）")))]
    for m in candidates:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None
