"""Corrections written to the history, signed-scan files following the transaction, numbers never given twice."""

import io
from datetime import date

from sqlalchemy import func, select
from werkzeug.datastructures import FileStorage

from paperwork.decisions import decide_many, number_taken
from paperwork.issuers import add_issuer, update_issuer
from paperwork.models import Decision, Issuer
from paperwork.records import correct_decision, save_scan, scan_path
from registry.extensions import db
from registry.models import Initiative
from registry.refusals import Refused
from tests.attachment_samples import pdf_bytes
from tests.paperwork_world import PARTY, STATE, evaluated_world, make_issuer, recognised_world
from tests.workflow_world import TODAY_VN
from workflows.cli import status_mismatches
from workflows.models import HistoryNote, TransitionLog

DAY = TODAY_VN.strftime("%d/%m/%Y")
EARLIER = date.fromordinal(TODAY_VN.toordinal() - 1)


def _upload(data: bytes = b"", name: str = "quyet-dinh-ky.pdf") -> FileStorage:
    return FileStorage(stream=io.BytesIO(data or pdf_bytes()), filename=name)


def test_a_correction_writes_a_note_to_the_history_of_every_model_it_covers(client, make, login):
    paper = recognised_world(make, count=2, individuals=0)
    logs_before = db.session.scalar(select(func.count(TransitionLog.id)))
    statuses = [initiative.status for initiative in paper.initiatives]
    login(paper.world.people["staff"])
    response = client.post(f"/decisions/records/{paper.decision.id}/correction", data={
        "number_text": "11-QĐ/BTGDVTU", "decision_date": EARLIER.strftime("%d/%m/%Y"), "reason": "Gõ nhầm số"})
    assert response.status_code == 302
    notes = db.session.scalars(select(HistoryNote).order_by(HistoryNote.initiative_id)).all()
    assert [note.initiative_id for note in notes] == sorted(initiative.id for initiative in paper.initiatives)
    assert {note.old_value for note in notes} == {f"1-QĐ/BTGDVTU, {DAY}"}
    assert {note.new_value for note in notes} == {f"11-QĐ/BTGDVTU, {EARLIER.strftime('%d/%m/%Y')}"}
    assert {(note.reason, note.decision_id, note.actor_id) for note in notes} == {
        ("Gõ nhầm số", paper.decision.id, paper.world.people["staff"].id)}
    # not a state change: no new transition, no status moved, and the integrity check still holds
    assert db.session.scalar(select(func.count(TransitionLog.id))) == logs_before
    assert [db.session.get(Initiative, i.id).status for i in paper.initiatives] == statuses
    assert status_mismatches() == []
    for initiative in paper.initiatives:
        page = client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)
        history = page[page.index('id="section-history"'):]
        assert 'data-history-note="decision_correction"' in history
        assert f"1-QĐ/BTGDVTU, {DAY}" in history and "11-QĐ/BTGDVTU" in history and "Gõ nhầm số" in history
        # the recognition keeps the number it was written with, and the note comes after it
        assert history.index("1-QĐ/BTGDVTU") < history.index("data-history-note")


def test_a_correction_to_a_number_another_decision_has_is_refused(client, make):
    world, initiatives = evaluated_world(make, count=2, individuals=0)
    issuer = make_issuer()
    decide_many(initiatives[:1], "recognize", world.people["chair"], "", issuer, TODAY_VN)
    other = decide_many(initiatives[1:], "recognize", world.people["chair"], "", issuer, TODAY_VN)[1]
    db.session.commit()
    assert other.number_text == "2-QĐ/BTGDVTU"
    try:
        correct_decision(other, "1 - qđ/btgdvtu", TODAY_VN, "Gõ nhầm", world.people["staff"])
        raise AssertionError("the taken number was accepted")
    except Refused as refusal:
        assert "number_text" in refusal.fields and "1-QĐ/BTGDVTU" in refusal.message
    db.session.rollback()
    assert db.session.scalar(select(func.count(HistoryNote.id))) == 0
    assert db.session.get(Decision, other.id).number_text == "2-QĐ/BTGDVTU"


def test_a_replaced_scan_is_removed_once_the_replacement_commits(app, make):
    paper = recognised_world(make, count=1, individuals=0)
    with app.test_request_context():
        save_scan(paper.decision, _upload())
        db.session.commit()
        first = scan_path(paper.decision)
        assert first.is_file()
        save_scan(paper.decision, _upload(name="ban-ky-lai.pdf"))
        second = scan_path(paper.decision)
        assert first.is_file() and second.is_file()  # the old one stays until the replacement is committed
        db.session.commit()
        assert not first.exists() and second.is_file()
        assert db.session.get(Decision, paper.decision.id).scan_name == "ban-ky-lai.pdf"


def test_a_scan_whose_row_never_commits_is_removed_and_the_old_one_kept(app, make):
    paper = recognised_world(make, count=1, individuals=0)
    with app.test_request_context():
        save_scan(paper.decision, _upload())
        db.session.commit()
        kept = scan_path(paper.decision)
        files_before = {path for path in kept.parent.parent.rglob("*") if path.is_file()}
        save_scan(paper.decision, _upload(name="ban-ky-lai.pdf"))
        orphan = scan_path(paper.decision)
        assert orphan.is_file()
        db.session.rollback()  # what web.transaction does when the commit fails
        assert not orphan.exists() and kept.is_file()
        assert scan_path(db.session.get(Decision, paper.decision.id)) == kept
        assert {path for path in kept.parent.parent.rglob("*") if path.is_file()} == files_before


def _typed_world(make):
    """Two initiatives recognised under register number 1-QĐ/BTGDVTU, and a third one still evaluated."""
    world, initiatives = evaluated_world(make, count=3, individuals=0)
    issuer = make_issuer()
    decide_many(initiatives[:2], "recognize", world.people["chair"], "", issuer, TODAY_VN)
    db.session.commit()
    return world, initiatives[2]


def test_a_typed_number_a_register_gave_is_refused_on_the_decision_page(client, make, login):
    world, initiative = _typed_world(make)
    login(world.people["chair"])
    data = {"trigger": "recognize", "recognize-version": str(initiative.version), "recognize-issuer_id": "",
            "recognize-decision_number": "1-QĐ/BTGDVTU", "recognize-decision_issuer": PARTY["name"],
            "recognize-decision_date": DAY}
    refused = client.post(f"/decisions/initiatives/{initiative.id}", data=data)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 200 and "1-QĐ/BTGDVTU" in page and "is-invalid" in page
    assert db.session.get(Initiative, initiative.id).status == "evaluated"
    assert db.session.scalar(select(func.count(TransitionLog.id)).where(
        TransitionLog.initiative_id == initiative.id, TransitionLog.decision_number.is_not(None))) == 0
    data["recognize-decision_issuer"] = STATE["name"]  # another issuer's own number 1 is its own
    assert client.post(f"/decisions/initiatives/{initiative.id}", data=data).status_code == 302
    assert db.session.get(Initiative, initiative.id).status == "recognized"


def test_a_typed_number_a_register_gave_is_refused_in_bulk_and_by_the_api(client, make, login, api):
    world, initiative = _typed_world(make)
    login(world.people["chair"])
    bulk = client.post("/decisions/bulk", data={"initiative_ids": [str(initiative.id)], "action": "recognize",
                                                "issuer_id": "", "decision_number": "1-qđ/BTGDVTU",
                                                "decision_date": DAY, "decision_issuer": f" {PARTY['name']} "})
    assert bulk.status_code == 200 and "1-QĐ/BTGDVTU" in bulk.get_data(as_text=True)
    assert db.session.get(Initiative, initiative.id).status == "evaluated"
    client.post("/logout")
    answer = api.post(f"/initiatives/{initiative.id}/transitions", world.people["chair"], json={
        "trigger": "recognize", "version": initiative.version, "decision_number": "1-QĐ/BTGDVTU",
        "decision_date": TODAY_VN.isoformat(), "issuer": PARTY["name"]})
    assert answer.status_code == 422
    assert [error["pointer"] for error in answer.get_json()["errors"]] == ["/decision_number"]
    assert db.session.get(Initiative, initiative.id).status == "evaluated"


def test_the_register_numbers_are_taken_only_for_their_issuer_and_year(make):
    _typed_world(make)
    assert number_taken("1-QĐ/BTGDVTU", PARTY["name"], TODAY_VN) is not None
    assert number_taken(" 1-qđ/btgdvtu ", PARTY["name"].upper(), TODAY_VN) is not None
    assert number_taken("1-QĐ/BTGDVTU", STATE["name"], TODAY_VN) is None
    assert number_taken("1-QĐ/BTGDVTU", PARTY["name"], date(TODAY_VN.year - 1, 6, 1)) is None
    assert number_taken("3-QĐ/BTGDVTU", PARTY["name"], TODAY_VN) is None


def test_a_rename_of_an_issuer_never_rewrites_what_was_stored(make):
    paper = recognised_world(make, count=2, individuals=0)
    stored = [(log.decision_number, log.decision_issuer, log.decision_date) for log in db.session.scalars(
        select(TransitionLog).where(TransitionLog.decision_id == paper.decision.id))]
    # the renamed body: the old issuer ends, a new one carries the new name from the next day
    update_issuer(paper.issuer, {**PARTY, "valid_to": TODAY_VN})
    renamed = add_issuer({**PARTY, "name": "Ban Dân vận và Tuyên giáo Tỉnh ủy", "short_code": "BDVTGTU",
                          "valid_from": date.fromordinal(TODAY_VN.toordinal() + 1)}, None)
    db.session.commit()
    db.session.expire_all()
    decision = db.session.get(Decision, paper.decision.id)
    assert (decision.issuer_name, decision.number_text, decision.issuer_id) == (
        PARTY["name"], "1-QĐ/BTGDVTU", paper.issuer.id)
    assert db.session.get(Issuer, paper.issuer.id).name == PARTY["name"]
    assert [(log.decision_number, log.decision_issuer, log.decision_date) for log in db.session.scalars(
        select(TransitionLog).where(TransitionLog.decision_id == paper.decision.id))] == stored
    assert renamed.id != paper.issuer.id
    # and the old issuer's printed columns cannot be changed in place
    try:
        update_issuer(db.session.get(Issuer, paper.issuer.id), {**PARTY, "name": "Tên mới", "valid_to": TODAY_VN})
        raise AssertionError("the rename in place was accepted")
    except Refused as refusal:
        assert "name" in refusal.fields
    db.session.rollback()
    assert db.session.get(Decision, paper.decision.id).issuer_name == PARTY["name"]
