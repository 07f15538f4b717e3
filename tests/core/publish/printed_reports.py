"""The three reports the printed output is measured on: the sample, a busy one and a long one.

The busy report has 150 requests spread over 19 result rows of table 三 (most of the table's label
lines are then next to numbers). The long one has about 3,500 characters of text written the way
published reports are: points numbered 「（一）」 inside the texts, long official names in 《》 and
quotes, web addresses, phone numbers — the cases where lines used to start with 「，」 or end with 「（」.
"""

from __future__ import annotations

from disclosure_gui.core.format.report import Report

# (row key, counts for natural persons, business, research, social, legal, other) — 150 in all
BUSY_ROWS = {
    "granted": [43, 9, 1, 2, 1, 3],
    "partially_granted": [8, 2, 0, 1, 0, 0],
    "withheld_state_secret": [1, 0, 0, 0, 0, 0],
    "withheld_prohibited_by_law": [1, 1, 0, 0, 0, 0],
    "withheld_three_securities_one_stability": [2, 0, 0, 0, 0, 0],
    "withheld_third_party_rights": [3, 1, 0, 0, 0, 0],
    "withheld_internal_affairs": [4, 0, 0, 0, 0, 1],
    "withheld_process_information": [5, 1, 0, 0, 0, 0],
    "withheld_law_enforcement_files": [2, 0, 0, 0, 0, 0],
    "withheld_administrative_query": [3, 0, 0, 0, 0, 0],
    "unavailable_not_held": [15, 3, 0, 0, 1, 0],
    "unavailable_needs_creation": [6, 1, 0, 0, 0, 0],
    "unavailable_unclear_after_correction": [4, 0, 0, 0, 0, 0],
    "not_processed_petition": [5, 0, 0, 0, 0, 0],
    "not_processed_duplicate": [6, 1, 0, 0, 0, 0],
    "not_processed_publication": [3, 0, 0, 0, 0, 0],
    "not_processed_excessive": [2, 0, 0, 0, 0, 0],
    "other_no_correction": [4, 1, 0, 0, 0, 0],
    "other_unpaid_fee": [3, 0, 0, 0, 0, 0],
}


def busy(sample: Report) -> Report:
    r = sample.clone()
    r.meta.agency = "山亭区人民政府办公室"
    r.meta.agency_kind = "government"
    carried = [10, 2, 0, 0, 0, 0]
    new = [sum(v[k] for v in BUSY_ROWS.values()) - carried[k] for k in range(6)]
    r.t3["new_received"][:6] = new
    r.t3["carried_over"][:6] = carried
    for key, values in BUSY_ROWS.items():
        r.t3[key][:6] = values
    r.t3["carried_to_next_year"][:6] = [0] * 6
    r.t4["administrative_review"][:4] = [3, 2, 1, 0]
    r.t4["litigation_direct"][:4] = [1, 1, 0, 1]
    r.texts["overview.on_request"] = (
        "2023年，本机关收到政府信息公开申请140件，上年结转10件，共计150件；全部办结，"
        "其中予以公开42件，部分公开11件，不予公开24件，无法提供26件，不予处理16件，其他处理8件。"
    )
    r.recompute_totals()
    assert sum(r.t3["total_handled"][:6]) == 150
    return r


LONG_TEXTS = {
    "overview.proactive": (
        "（一）围绕重点领域，主动公开更加全面。2023年，我局严格依据新修订的《中华人民共和国政府信息公开条例》"
        "和国家、省、枣庄市关于政务公开工作的相关决策部署，坚持以公开为常态、不公开为例外，在深化重点领域政府信息"
        "公开内容、开展政策解读、加强主动公开工作、抓好依申请公开等方面着力，全年共公开各类政府信息1,236条，"
        "其中规范性文件12件，政策解读28篇（含图解、视频解读9篇），“放管服”改革、优化营商环境信息156条。\n"
        "（二）创新解读方式，政策解读更加精准。围绕《山亭区科技创新发展规划（2021—2025年）》《关于加快高新技术"
        "企业培育的若干措施》等文件，采取“一图读懂”“专家解读”“直播访谈”等形式，对群众关心关注的事项进行解读；"
        "通过微信公众号（“山亭科技”）推送政策信息420条，阅读量累计10.5万人次。\n"
        "（三）回应社会关切，互动交流更加顺畅。在区政府门户网站（http://www.shanting.gov.cn/）开设“政策问答”"
        "栏目，答复网民留言86条，办结率100%；对“科技特派员”“研发费用加计扣除”等热点问题，及时发布权威信息。"
        "\n（四）聚焦惠企政策，服务企业更加主动。梳理汇编《山亭区惠企科技政策汇编（2023年版）》，涵盖高新技术企业"
        "认定奖励、科技型中小企业评价、研发费用加计扣除、科技创新券、首台（套）装备保险补偿等政策56条，"
        "通过“政策计算器”实现“企业找政策”向“政策找企业”转变；全年组织“科技政策进企业”宣讲活动16场，"
        "覆盖企业210家次，发放政策明白纸3,500余份。\n"
        "（五）做好重大项目公开，回应关切更加及时。对区级科技计划项目的申报指南、立项结果、资金安排和验收结果，"
        "按照“谁主管、谁公开”的要求，在项目立项后7个工作日内公开；全年公开科技计划项目信息48条，"
        "涉及资金1,286.5万元。对群众来信来电反映的“科技特派员服务不到位”“创新券兑现慢”等问题，"
        "做到“件件有回音、事事有着落”，办理结果在征得当事人同意后予以公开。\n"
        "（六）推进基层政务公开标准化规范化。指导6个镇（街）科技服务站对照《基层政务公开标准目录（科技领域）》"
        "完善公开事项，统一公开格式、统一公开时限、统一公开渠道；组织开展“政府开放日”活动2次，"
        "邀请人大代表、政协委员、企业代表和群众代表走进科技企业孵化器、众创空间，现场了解科技工作成效，"
        "收集意见建议23条，均已分类办理并反馈。"
    ),
    "overview.management": (
        "一是健全制度。制定《山亭区科技局政府信息公开保密审查办法》《政府信息公开工作考核办法》，明确“先审查、"
        "后公开”和“一事一审”原则，全年审查拟公开信息1,250条，未发生泄密事件。二是动态调整目录。对照《山东省"
        "政务公开事项标准目录（科技领域）》，梳理主动公开事项清单，共梳理事项58项，逐项明确公开内容、公开时限、"
        "公开主体和公开方式。三是规范文件管理。对2019年至2023年制发的规范性文件进行全面清理，废止3件、修订5件，"
        "清理结果于2023年11月20日在“政策文件”栏目集中公开。"
    ),
    "overview.platforms": (
        "（一）政府网站。持续强化政府网站信息发布管理，充分发挥政府网站政务公开第一平台作用，进一步优化“政府信息公开”"
        "专栏，新增“科技创新”“成果转化”“科技金融”等子栏目。（二）政务新媒体。按照服务对象的类别建立了高企联络群、"
        "科技特派员群等多个微信联络群，各类政策信息、政策解读、培训服务等信息均通过联络群发布，现已成为我局对外"
        "公开信息的主要渠道。（三）政务服务场所。在区政务服务中心设立“政务公开专区”，提供政府信息查阅、咨询、"
        "申请等服务，全年接待群众咨询312人次。"
    ),
    "overview.oversight": (
        "（一）加强组织领导。成立政府信息公开工作领导小组，由主要领导任组长、分管领导任副组长，形成“一把手负总责、"
        "分管领导具体负责、其他班子成员按分工负责”的工作格局。（二）强化考核监督。将政府信息公开工作纳入机关绩效"
        "考核，对工作落实不力的科室下发整改通知单（共2份），对存在严重影响工作的进行全单位通报问责。（三）开展"
        "培训。组织政务公开业务培训3次，参训人员96人次，邀请市政务公开办专家授课，讲解《中华人民共和国政府信息"
        "公开条例》适用中的常见问题。"
    ),
    "problems.problems": (
        "在信息公开方面还存在以下问题和不足：一是信息公开形式较为单一、不够全面，图解、音视频等多样化解读占比"
        "不高（仅占32%）；二是公开不够及时，个别信息发布晚于《条例》规定的20个工作日时限；三是信息公开内容的广度"
        "和深度有待进一步拓展，“互联网＋政务服务”与政务公开融合不够，这些问题都需要在以后的工作中不断完善和改进。"
    ),
    "problems.improvements": (
        "（一）丰富公开形式。2024年计划制作图解、短视频等解读产品不少于20件，“政策解读”栏目解读比例达到100%。"
        "（二）严格公开时限。建立信息发布“台账式”管理，对照《政府信息公开条例》（国务院令第711号）规定的时限逐项"
        "销号，确保在20个工作日内公开。（三）拓展公开深度。围绕科技创新券、研发费用加计扣除、高新技术企业认定等"
        "重点事项，公开办理流程、办理依据、办理结果，接受社会监督（监督电话：0632-8811963，邮编：277200）。"
    ),
    "other.work_points": (
        "根据《2023年山亭区政务公开工作要点》（山政办字〔2023〕15号）要求，区科技局制定本年度政务公开工作要点"
        "（共5个方面、18项任务），并加大日常信息宣传力度，目前各项工作已落实到位，完成率100%。"
    ),
    "other.innovation": (
        "一是创新途径，提高工作效率。通过“山亭科技”微信公众号、抖音号等新媒体，开展“政策进园区、服务进企业”"
        "活动12场，现场解读政策、答复企业诉求。二是推行“政策找企业”。利用大数据比对，主动向符合条件的87家企业"
        "推送惠企政策，实现“免申即享”资金兑现236万元。"
    ),
    "overview.on_request": (
        "2023年，我局共收到政府信息公开申请4件（其中当面申请1件、网络申请2件、信函申请1件），上年结转0件。"
        "已全部办结，其中予以公开2件，部分公开1件，因“本机关不掌握相关政府信息”无法提供1件；均在《中华人民共和国"
        "政府信息公开条例》第三十三条规定的20个工作日内答复，未发生逾期答复情况。\n"
        "（一）规范办理流程。严格执行“登记、审核、办理、答复、归档”五个环节，对每件申请建立“一件一档”，"
        "答复文书统一使用《政府信息公开申请答复书（范本）》，告知申请人救济途径和期限。\n"
        "（二）加强沟通协调。对申请内容不明确的，及时通过电话（0632-8811963）与申请人沟通，"
        "一次性告知需要补正的事项，共发出补正通知1份。"
    ),
    "problems.rectification": (
        "针对上年度评估中指出的“政策解读形式单一”“部分栏目更新不及时”等问题，我局逐项制定整改措施：一是加强对"
        "《政府信息公开条例》的学习宣传，组织专题学习2次，进一步提高了干部职工的思想认识；二是对“通知公告”"
        "“政策文件”等8个栏目实行专人维护、每周检查，栏目更新及时率由85%提高到100%；三是新增图解、视频解读9件，"
        "解读形式更加多样。"
    ),
    "other.proposals": (
        "2023年度，我局共承办人大代表建议5件、政协提案7件，其中主办3件、协办9件，均已按期办结，办复率100%，"
        "代表委员满意率100%。对涉及公共利益、社会关注度高的建议提案办理复文（共6件），在区政府门户网站"
        "“建议提案办理”专栏全文公开，接受社会监督。"
    ),
    "other.other": (
        "本年度，我局未发生因政府信息公开工作被追究责任的情况。根据《国务院办公厅政府信息与政务公开办公室关于印发"
        "〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定，本年度未收取信息处理费。"
        "如对本报告有疑问，请与山亭区科学技术局办公室联系（地址：山亭区府前西路邻里中心；邮编：277200；"
        "电话：0632-8811963；电子邮箱：stkjj@zz.shandong.cn）。"
    ),
}


def long(sample: Report) -> Report:
    r = sample.clone()
    r.texts.update(LONG_TEXTS)
    assert 3_500 <= sum(len(t) for t in r.texts.values()) <= 4_400
    return r


PRINTED = {"sample": lambda s: s, "busy": busy, "long": long}
# The titles as they must be broken: whole words, a trapezoid (lines growing downwards).
TITLE_LINES = {
    "sample": ["山亭区科技局2023年", "政府信息公开工作年度报告"],
    "busy": ["山亭区人民政府办公室2023年", "政府信息公开工作年度报告"],
    "long": ["山亭区科技局2023年", "政府信息公开工作年度报告"],
}


AGENCIES = (
    "山东省枣庄市山亭区城乡居民社会养老保险服务中心",
    "山东省枣庄市山亭区市场监督管理局北庄市场监督管理所",
    "山亭区退役军人事务局",
    "山亭区住房和城乡建设局",
    "枣庄高新技术产业开发区管理委员会",
    "山亭区人民政府办公室",
    "山亭区城乡规划服务中心",
    "山亭区北庄镇人民政府",
    "山亭区卫生健康局",
    "山亭区交通运输局",
)
SIGN_OFFS = (
    (),
    ("经办人：", "审核人：", "单位负责人：", "（盖章）"),
    ("经办人：", "审核人："),
    ("填报人：", "（盖章）"),
)


def variants(sample: Report, count: int = 20, seed: int = 27) -> list[tuple[Report, tuple[str, ...]]]:
    """``count`` reports (seeded) between the sample and the long one: other units (long names too), other
    figures in table 三, each text field the sample's, the long one's or a cut of it; with a sign-off or not."""
    import random

    rng = random.Random(seed)
    out = []
    for n in range(count):
        r = sample.clone()
        r.meta.agency = AGENCIES[n % len(AGENCIES)]
        for key, text in LONG_TEXTS.items():
            pick = rng.random()
            if pick < 0.35:
                continue  # the sample's own text
            r.texts[key] = (
                text if pick < 0.7 else text[: rng.randint(len(text) // 4, len(text))].rstrip("，、（“") + "。"
            )
        rows = list(BUSY_ROWS)
        counts = {key: [0] * 6 for key in rows}
        for key in rng.sample(rows, rng.randint(0, len(rows))):
            counts[key] = [rng.choice((0, 0, 1, 2, 5, 13)) for _ in range(6)]
        for key, values in counts.items():
            r.t3[key][:6] = values
        r.t3["carried_over"][:6] = [0] * 6
        r.t3["carried_to_next_year"][:6] = [0] * 6
        r.t3["new_received"][:6] = [sum(v[k] for v in counts.values()) for k in range(6)]
        r.recompute_totals()
        out.append((r, SIGN_OFFS[n % len(SIGN_OFFS)]))
    return out
