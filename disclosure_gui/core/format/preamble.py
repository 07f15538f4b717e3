"""The opening paragraph, generated from the report's basic information.

It states what reviewers look for: the legal basis with the current format notice
(国办公开办函〔2021〕30号), the statistics period 「N年1月1日至N年12月31日」, where the report is
published, and how to contact the office. The officer may edit it afterwards.
"""

from __future__ import annotations

from .report import Report


def generate_preamble(report: Report) -> str:
    m = report.meta
    n = m.year
    parts = [
        "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室"
        "关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。",
        f"本报告所列数据的统计期限自{n}年1月1日至{n}年12月31日。",
    ]
    site = f"{m.region}人民政府门户网站" if m.region else "本级人民政府门户网站"
    where = f"{site}（{m.website}）" if m.website else site
    column = f"“{m.column}”专栏" if m.column else "“政府信息公开年度报告”专栏"
    parts.append(f"本报告电子版可在{where}{column}查阅或下载。")
    c = m.contact
    contact = [
        f"{label}：{value}"
        for label, value in (("地址", c.address), ("邮编", c.postcode), ("电话", c.phone), ("传真", c.fax))
        if value
    ]
    unit = c.unit or m.agency
    tail = f"（{'；'.join(contact)}）" if contact else ""
    parts.append(f"如对本报告有疑问，请与{unit}联系{tail}。")
    return "".join(parts)
