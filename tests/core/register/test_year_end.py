"""Counting as things stood on 31 December: table 四's results, withdrawn applications, and applications whose day of
receipt (条例第三十一条) falls in the next year. Expected cells counted by hand in the comments."""

from __future__ import annotations

import random
from datetime import date, timedelta

from disclosure_gui.core.format import schema
from disclosure_gui.core.register.labels import match_result
from disclosure_gui.core.register.model import WITHDRAWN, Application
from disclosure_gui.core.register.tables import compute, t3_rows_of

NAT, BIZ = 0, 1


def D(y: int, m: int, d: int) -> date:
    return date(y, m, d)


def test_a_case_decided_in_january_was_still_pending_in_last_years_table_four():
    # 复议 applied for 10 Nov 2026, decided (upheld) 10 Jan 2027: 尚未审结 in 2026's table, nothing in 2027's.
    review = Application(
        "1", D(2026, 9, 1), NAT, result="granted", answered=D(2026, 9, 20), review="upheld", review_date=D(2026, 11, 10)
    ).with_changes(review_decided=D(2027, 1, 10))
    # 诉讼 brought 1 Dec 2026 and judged (corrected) 28 Dec 2026: counted as decided.
    suit = Application(
        "2", D(2026, 8, 3), BIZ, result="unavailable_not_held", answered=D(2026, 8, 20), litigation="direct"
    ).with_changes(litigation_result="corrected", litigation_date=D(2026, 12, 1), litigation_decided=D(2026, 12, 28))
    t = compute([review, suit], 2026)
    assert t.t4["administrative_review"] == [0, 0, 0, 1, 1]  # 尚未审结 1, 总计 1
    assert t.t4["litigation_direct"] == [0, 1, 0, 0, 1]  # 结果纠正 1
    assert compute([review, suit], 2027).t4["administrative_review"] == [0] * 5
    # Without a decision date the recorded result is taken as of the year, as before (and the register says so).
    undated = review.with_changes(review_decided=None)
    assert compute([undated], 2026).t4["administrative_review"] == [1, 0, 0, 0, 1]


def test_withdrawn_applications_are_counted_under_other_handling_other():
    # 上海普陀 2025: 「其他处理41件（其中申请人主动撤销36件）」. Here: 3 withdrawn by natural persons, 1 by a company,
    # and 1 closed as 其他 for another reason → row 23 (（六）其他处理 3.其他): 自然人 3 + 1 = 4, 企业 1.
    apps = [
        Application(f"W{i}", D(2025, 3, i + 1), NAT, result=WITHDRAWN, answered=D(2025, 3, i + 5)) for i in range(3)
    ]
    apps.append(Application("W9", D(2025, 6, 2), BIZ, result=WITHDRAWN, answered=D(2025, 6, 9)))
    apps.append(Application("O1", D(2025, 7, 1), NAT, result="other_other", answered=D(2025, 7, 9)))
    t = compute(apps, 2025)
    assert t.t3["other_other"] == [4, 1, 0, 0, 0, 0, 5]
    assert t.t3["total_handled"] == [4, 1, 0, 0, 0, 0, 5]
    assert t3_rows_of(apps[0], 2025) == ["new_received", "other_other", schema.T3_TOTAL_ROW]


def test_the_words_registers_use_for_a_withdrawal():
    for text in ("申请人撤回申请", "撤回", "申请人主动撤销申请", "已撤销申请", "自行撤销"):
        assert match_result(text) == (WITHDRAWN, ""), text
    assert match_result("其他处理") == ("other_other", "")


def test_an_application_confirmed_in_january_is_new_in_the_year_of_confirmation():
    # Submitted online on 31 Dec 2025 and confirmed with the applicant on Mon 5 Jan 2026: received
    # (第三十一条第（三）项) in 2026 — not 本年新收 in 2025, nor carried over from it.
    app = Application("1", D(2025, 12, 31), NAT, "网络", confirmed=D(2026, 1, 5))
    assert compute([app], 2025).t3["new_received"][NAT] == 0
    assert compute([app], 2025).t3["carried_to_next_year"][NAT] == 0
    t = compute([app], 2026).t3
    assert (t["new_received"][NAT], t["carried_over"][NAT], t["carried_to_next_year"][NAT]) == (1, 0, 1)
    # Handed in person, a confirmation date changes nothing (第三十一条第（一）项).
    assert compute([app.with_changes(channel="当面")], 2025).t3["new_received"][NAT] == 1


def test_rule_r1_holds_for_random_registers_with_every_event():
    rng = random.Random(20261207)
    results = [*schema.T3_RESULT_ROWS, WITHDRAWN]
    apps = []
    for i in range(400):
        received = D(2024, 1, 1) + timedelta(days=rng.randrange(1000))
        events: dict[str, object] = {"channel": rng.choice(["当面", "网络", "平常信函", "信函", "传真"])}
        if rng.random() < 0.3:
            events["confirmed"] = received + timedelta(days=rng.randrange(5))
        if rng.random() < 0.7:
            events["result"] = rng.choice(results)
            events["answered"] = received + timedelta(days=rng.randrange(-3, 60))
        apps.append(Application(str(i), received, rng.randrange(6)).with_changes(**events))
    for year in (2024, 2025, 2026):
        t = compute(apps, year).t3
        for c in range(7):
            assert t["new_received"][c] + t["carried_over"][c] == t["total_handled"][c] + t["carried_to_next_year"][c]
        # what one year carries out, the next carries in (R10)
        assert compute(apps, year + 1).t3["carried_over"] == t["carried_to_next_year"]
