"""Reply deadlines as 《政府信息公开条例》 sets them: one worked example per rule, every date counted by hand on the
official 2025 and 2026 holiday calendars (国办发明电〔2024〕12号, 〔2025〕7号), written out in the comments.

2025 days off on weekdays: 1 Jan; 28–31 Jan, 3–4 Feb; 4 Apr; 1, 2, 5 May; 2 Jun; 1–3, 6–8 Oct.
2025 weekend days worked: Sun 26 Jan, Sat 8 Feb, Sun 27 Apr, Sun 28 Sep, Sat 11 Oct.
2026 days off on weekdays: 1–2 Jan; 16–20, 23 Feb; 6 Apr; 1, 4, 5 May; 19 Jun; 25 Sep; 1, 2, 5–7 Oct.
2026 weekend days worked: Sun 4 Jan, Sat 14 Feb, Sat 28 Feb, Sat 9 May, Sun 20 Sep, Sat 10 Oct.
"""

from __future__ import annotations

from datetime import date

from disclosure_gui.core.format.holidays import parse_notice
from disclosure_gui.core.format.workdays import NATIONAL, WorkCalendar
from disclosure_gui.core.register.deadlines import deadline, due_date, timing_problems
from disclosure_gui.core.register.model import WITHDRAWN, Application


def D(y: int, m: int, d: int) -> date:
    return date(y, m, d)


def app(received: date, channel: str = "当面", **events: object) -> Application:
    return Application("2026-001", received, 0, channel).with_changes(**events)


def due(a: Application) -> date | None:
    found, estimated, _ = due_date(a, NATIONAL)
    assert not estimated  # 2025 and 2026 are on the built-in calendar
    return found


# ------------------------------------------------------------------------------ 第三十三条第二款: 20 working days


def test_twenty_working_days_from_an_application_handed_in_across_the_spring_festival():
    # 第三十一条第（一）项 handed in Mon 2 Feb 2026 → received that day; the count starts the next day:
    # 3–6 Feb (1–4); 9–13 (5–9); Sat 14 Feb worked (10); 15–23 Feb Spring Festival; 24–27 (11–14);
    # Sat 28 Feb worked (15); 2–6 Mar (16–20).
    a = app(D(2026, 2, 2))
    assert due(a) == D(2026, 3, 6)
    d = deadline(a, D(2026, 2, 10), NATIONAL)
    assert (d.state, d.receipt) == ("open", D(2026, 2, 2))
    assert "条例第三十一条第（一）项" in d.reasons[0] and "条例第三十三条第二款" in d.reasons[1]


def test_an_approved_extension_adds_twenty_more_working_days():
    # From 6 Mar 2026 (above): 9–13 Mar (1–5), 16–20 (6–10), 23–27 (11–15), 30 Mar–3 Apr (16–20).
    # (Mon 6 Apr, 清明, would have been next.)
    a = app(D(2026, 2, 2), extended=True)
    assert due(a) == D(2026, 4, 3)
    assert any("延长的期限最长不得超过20个工作日" in r for r in deadline(a, D(2026, 3, 1)).reasons)
    # An extension notice that names its own date is what the applicant was told.
    assert due(a.with_changes(extended_to=D(2026, 3, 31))) == D(2026, 3, 31)


# ------------------------------------------------------------------------------ 第三十一条: the day of receipt


def test_online_the_day_both_sides_confirmed_is_the_day_of_receipt():
    # 第三十一条第（三）项. Submitted online Fri 26 Dec 2025, confirmed with the applicant Mon 29 Dec.
    # From 29 Dec: 30, 31 Dec (1–2); 1–3 Jan 2026 元旦; Sun 4 Jan worked (3); 5–9 (4–8); 12–16 (9–13);
    # 19–23 (14–18); 26, 27 Jan (19–20).
    a = app(D(2025, 12, 26), "网上申请", confirmed=D(2025, 12, 29))
    assert due(a) == D(2026, 1, 27)
    assert deadline(a, D(2026, 1, 5)).receipt == D(2025, 12, 29)
    # Not yet confirmed: the day submitted stands in, one working day earlier (29 Dec counts as day 1).
    unconfirmed = app(D(2025, 12, 26), "网上申请")
    assert due(unconfirmed) == D(2026, 1, 26)
    assert "未登记确认收到日期" in deadline(unconfirmed, D(2026, 1, 5)).reasons[0]


def test_ordinary_post_counts_from_the_confirmation_registered_post_from_the_signature():
    # 第三十一条第（二）项. An ordinary letter arrives Thu 25 Sep 2025 and is confirmed by phone Fri 26 Sep:
    # Sun 28 Sep worked (1); 29, 30 Sep (2–3); 1–8 Oct holiday; 9, 10 Oct (4–5); Sat 11 Oct worked (6);
    # 13–17 (7–11); 20–24 (12–16); 27–30 Oct (17–20).
    assert due(app(D(2025, 9, 25), "平常信函", confirmed=D(2025, 9, 26))) == D(2025, 10, 30)
    # A registered letter signed for on 25 Sep counts from the signature, whatever else is written:
    # Fri 26 Sep (1); Sun 28 (2); 29, 30 (3–4); 9, 10 Oct (5–6); Sat 11 (7); 13–17 (8–12); 20–24 (13–17);
    # 27–29 Oct (18–20).
    assert due(app(D(2025, 9, 25), "信函", confirmed=D(2025, 9, 26))) == D(2025, 10, 29)


# ------------------------------------------------------------------------------ 第三十条: 补正


def test_the_period_waits_for_the_corrected_application_and_runs_from_it():
    # Handed in Mon 13 Apr 2026; 补正 notice Wed 15 Apr: no deadline while the correction is awaited.
    waiting = app(D(2026, 4, 13), correction_sent=D(2026, 4, 15))
    d = deadline(waiting, D(2026, 4, 20))
    assert (d.due, d.state, d.shown_due) == (None, "awaiting_correction", "待补正")
    assert "条例第三十条" in d.explanation()
    # Corrected application received Mon 27 Apr: 28–30 Apr (1–3); 1–5 May holiday; 6–8 May (4–6);
    # Sat 9 May worked (7); 11–15 (8–12); 18–22 (13–17); 25–27 May (18–20).
    assert due(waiting.with_changes(corrected=D(2026, 4, 27))) == D(2026, 5, 27)


def test_a_correction_notice_later_than_seven_working_days_is_a_register_problem():
    # Received Mon 13 Apr 2026: 14–17 Apr (1–4), 20–22 Apr (5–7) → the notice is due by Wed 22 Apr.
    on_time = app(D(2026, 4, 13), correction_sent=D(2026, 4, 22))
    late = on_time.with_changes(no="2026-002", correction_sent=D(2026, 4, 23))
    [problem] = timing_problems([on_time, late], NATIONAL)
    assert problem.no == "2026-002" and "2026-04-22" in problem.message and "第三十条" in problem.message


# ------------------------------------------------------------------------------ 第三十二、三十三条: consultation


def test_time_spent_consulting_a_third_party_is_not_counted():
    # Handed in Mon 9 Jun 2025: without consultation due Mon 7 Jul (10–13 Jun 1–4, 16–20 5–9, 23–27 10–14,
    # 30 Jun 15, 1–4 Jul 16–19, 7 Jul 20).
    assert due(app(D(2025, 6, 9))) == D(2025, 7, 7)
    # Consulted Fri 13 Jun, answer received Fri 27 Jun: 16–20 and 23–27 Jun, 10 working days, are not counted
    # (第三十三条第三款), so the period is 30 working days: 8–11 Jul (21–24), 14–18 (25–29), Mon 21 Jul (30).
    answered = app(D(2025, 6, 9), consulted=D(2025, 6, 13), consult_answered=D(2025, 6, 27))
    assert due(answered) == D(2025, 7, 21)
    assert "10 个工作日不计入" in deadline(answered, D(2025, 7, 1)).explanation()


def test_an_unanswered_consultation_is_assumed_to_take_the_third_partys_fifteen_working_days():
    # 第三十二条: 15 working days after Fri 13 Jun 2025 is Fri 4 Jul (16–20, 23–27 Jun, 30 Jun–4 Jul), so
    # 15 days are not counted: 35 working days from 9 Jun → 22–25 Jul (31–34), Mon 28 Jul (35).
    waiting = app(D(2025, 6, 9), consulted=D(2025, 6, 13))
    d = deadline(waiting, D(2025, 7, 1))
    assert (d.due, d.state) == (D(2025, 7, 28), "consulting")
    assert "15个工作日" in d.explanation()
    assert deadline(waiting, D(2025, 7, 29)).state == "overdue"


# ------------------------------------------------------------------------------ states


def test_an_answered_request_without_a_result_is_missing_its_result_not_overdue():
    a = app(D(2025, 6, 9), answered=D(2025, 7, 1))  # the result column left blank
    assert deadline(a, D(2025, 12, 31)).label == "缺办理结果"
    assert deadline(app(D(2025, 6, 9), result="granted"), D(2025, 12, 31)).label == "缺答复日期"
    assert deadline(app(D(2025, 6, 9)), D(2025, 12, 31)).label == "已超期"
    late = app(D(2025, 6, 9), result="granted", answered=D(2025, 7, 8))  # due 7 Jul
    assert deadline(late, D(2025, 12, 31)).label == "逾期答复"
    assert deadline(late.with_changes(answered=D(2025, 7, 7)), D(2025, 12, 31)).label == "已答复"
    assert deadline(late.with_changes(result=WITHDRAWN), D(2025, 12, 31)).label == "已撤回"


def test_due_soon_counts_working_days_left():
    a = app(D(2026, 2, 2))  # due Fri 6 Mar 2026
    soon = deadline(a, D(2026, 2, 27))  # Sat 28 Feb worked, 2–6 Mar: 6 left
    assert (soon.state, soon.workdays_left) == ("open", 6)
    assert deadline(a, D(2026, 2, 28)).state == "due_soon"  # 2–6 Mar: 5 left


# ------------------------------------------------------------------------------ a year the calendar does not know


TWENTY_SEVEN = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。"  # an office's entry for 2027


def test_a_2027_deadline_uses_an_entered_holiday_table_and_is_estimated_without_one():
    a = app(D(2026, 12, 14))  # handed in Mon 14 Dec 2026
    # Without 2027's holidays: 15–18 Dec (1–4), 21–25 (5–9), 28–31 (10–13), Fri 1 Jan 2027 taken as a working
    # day (14), 4–8 Jan (15–19), Mon 11 Jan (20) — estimated, and shown so in the cell.
    d = deadline(a, D(2026, 12, 15), NATIONAL)
    assert (d.due, d.estimated, d.shown_due) == (D(2027, 1, 11), True, "2027-01-11（估）")
    assert "2027年" in d.explanation(NATIONAL) and "节假日安排" in d.explanation(NATIONAL)
    # With 1–3 Jan 2027 entered as 元旦: 4–8 Jan (14–18), 11, 12 Jan (19–20).
    entered = WorkCalendar([parse_notice(TWENTY_SEVEN, 2027).arrangement])
    d = deadline(a, D(2026, 12, 15), entered)
    assert (d.due, d.estimated, d.shown_due) == (D(2027, 1, 12), False, "2027-01-12")
