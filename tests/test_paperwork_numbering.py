"""Registers: numbers per issuer, document type and period; two people deciding at once never share one."""

import threading
import time
from datetime import date

from paperwork.models import DOC_CERTIFICATE, DOC_DECISION, Register
from paperwork.numbering import number_line, number_text, period_key, proposed_number, reserve_number
from registry.extensions import db
from tests.paperwork_world import STATE, make_issuer


def test_numbers_follow_each_other_and_restart_with_the_period(app):
    state = make_issuer(**STATE)
    assert proposed_number(state, date(2026, 5, 1)) == 1
    assert [reserve_number(state, date(2026, 5, 1))[1] for _ in range(3)] == [1, 2, 3]
    assert proposed_number(state, date(2026, 12, 31)) == 4
    assert reserve_number(state, date(2027, 1, 2))[1] == 1  # a state body restarts each calendar year
    assert reserve_number(state, date(2026, 6, 1), DOC_CERTIFICATE)[1] == 1  # a register per document type
    party = make_issuer()  # numbered per term, from 1 October 2025
    assert period_key(party, date(2026, 3, 1)) == period_key(party, date(2027, 3, 1)) == "T2025-10-01"
    assert reserve_number(party, date(2026, 12, 30))[1] == 1
    assert reserve_number(party, date(2027, 1, 2))[1] == 2  # the term goes on over the new year
    assert db.session.query(Register).count() == 4


def test_number_text_follows_the_issuer_kind():
    party, state = make_issuer(), make_issuer(**STATE)
    front = make_issuer(**{**STATE, "kind": "front", "short_code": "MTTQ-BTT"})
    assert number_text(party, 123) == "123-QĐ/BTGDVTU" and number_line(party, "123-QĐ/BTGDVTU") == "Số 123-QĐ/BTGDVTU"
    assert number_text(state, 15) == "15/QĐ-UBND" and number_line(state, "15/QĐ-UBND") == "Số: 15/QĐ-UBND"
    assert number_text(front, 7) == "7/QĐ-MTTQ-BTT"
    assert number_text(party, 3, DOC_CERTIFICATE) == "3-GCN/BTGDVTU"


def _in_own_session(app, work):
    """Run `work()` in a thread with an application context (a session and connection) of its own."""
    errors = []

    def run():
        with app.app_context():
            try:
                work()
            except Exception as error:  # noqa: BLE001 - reported to the test below
                errors.append(error)
                db.session.rollback()
            finally:
                db.session.remove()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def test_a_second_decision_waits_for_the_first_and_gets_the_next_number(app):
    issuer = make_issuer()
    db.session.commit()
    issuer_id, day = issuer.id, date(2026, 10, 15)
    first_reserved, got, times = threading.Event(), {}, {}

    def first():
        from paperwork.models import Issuer
        got["first"] = reserve_number(db.session.get(Issuer, issuer_id), day, DOC_DECISION)[1]
        first_reserved.set()
        time.sleep(0.6)  # the first person is still saving: the number stays theirs
        times["first_commit"] = time.monotonic()
        db.session.commit()

    def second():
        from paperwork.models import Issuer
        first_reserved.wait(5)
        got["second"] = reserve_number(db.session.get(Issuer, issuer_id), day, DOC_DECISION)[1]
        times["second_got"] = time.monotonic()
        db.session.commit()

    threads = [_in_own_session(app, first), _in_own_session(app, second)]
    for thread, _errors in threads:
        thread.join(20)
    assert [error for _thread, errors in threads for error in errors] == []
    assert got == {"first": 1, "second": 2}
    assert times["second_got"] >= times["first_commit"]  # it waited on the register's lock


def test_many_people_at_once_get_distinct_consecutive_numbers(app):
    issuer = make_issuer()
    db.session.commit()
    issuer_id, numbers, lock = issuer.id, [], threading.Lock()

    def decide_five():
        from paperwork.models import Issuer
        for _ in range(5):
            number = reserve_number(db.session.get(Issuer, issuer_id), date(2026, 10, 15))[1]
            db.session.commit()
            with lock:
                numbers.append(number)

    threads = [_in_own_session(app, decide_five) for _ in range(6)]
    for thread, _errors in threads:
        thread.join(60)
    assert [error for _thread, errors in threads for error in errors] == []
    assert sorted(numbers) == list(range(1, 31))


def test_a_number_whose_decision_rolled_back_was_never_stored(app):
    issuer = make_issuer()
    db.session.commit()
    assert reserve_number(issuer, date(2026, 10, 15))[1] == 1
    db.session.rollback()
    from paperwork.models import Issuer
    assert reserve_number(db.session.get(Issuer, issuer.id), date(2026, 10, 15))[1] == 1
