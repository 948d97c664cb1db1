"""The API's paperwork: forms of commendation and issuers listed, a script commends, documents fetched."""

import io

from docx import Document
from sqlalchemy import select

from paperwork.models import Certificate, Decision
from paperwork.render import decision_file
from registry.extensions import db
from tests.paperwork_world import recognised_world
from workflows.models import Commendation, TransitionLog
from workflows.transitions import fire


def test_a_script_lists_the_forms_and_commends_with_one(api, make):
    paper = recognised_world(make, count=1, individuals=0)
    staff, chair = paper.world.people["staff"], paper.world.people["chair"]
    initiative = paper.initiatives[0]
    fire(initiative, "select_exemplary", chair, decision_number="2-QĐ/BTGDVTU",
         decision_date=paper.decision.decision_date, decision_issuer="Ban")
    db.session.commit()
    forms = {form["id"]: form for form in api.get("/commendation-forms", staff).get_json()["items"]}
    assert forms[paper.world.form.id]["default_issuer"] == "Chủ tịch UBND tỉnh"
    response = api.post(f"/initiatives/{initiative.id}/transitions", staff, json={
        "trigger": "commend", "form": paper.world.form.id, "issuer_id": paper.issuer.id,
        "decision_date": paper.decision.decision_date.isoformat(), "recipient_kind": "collective",
        "version": initiative.version})
    assert response.status_code in (200, 201), response.get_json()
    commendation = db.session.scalars(select(Commendation)).one()
    assert commendation.form_id == paper.world.form.id
    assert commendation.decision_number == "2-QĐ/BTGDVTU" and commendation.decision_id is not None
    decision = db.session.get(Decision, commendation.decision_id)
    by_hand = db.session.scalars(select(TransitionLog).where(TransitionLog.trigger == "select_exemplary")).one()
    assert by_hand.decision_number == "2-QĐ/BTGDVTU" and by_hand.decision_id is None  # same text, not this one
    assert decision.kind == "commendation" and decision.issuer_name == paper.issuer.name
    annex = Document(io.BytesIO(decision_file(decision).content)).tables[-1]
    assert [cell.text for cell in annex.rows[0].cells][-1] == "Hình thức"
    assert [cell.text for cell in annex.rows[2].cells][-1] == paper.world.form.name


def test_issuers_list_their_proposed_next_number(api, make):
    paper = recognised_world(make, count=1, individuals=0)
    items = api.get("/issuers", paper.world.people["officer"]).get_json()["items"]
    assert [(item["short_code"], item["kind"], item["next_number"]) for item in items] == \
        [("BTGDVTU", "party", "2-QĐ/BTGDVTU")]


def test_documents_are_fetched_by_staff_and_the_certificate_by_the_officer(api, make):
    paper = recognised_world(make, count=2, individuals=0)
    staff, officer = paper.world.people["staff"], paper.world.people["officer"]
    initiative = paper.initiatives[0]
    decisions = api.get(f"/initiatives/{initiative.id}/decisions", officer).get_json()["items"]
    assert [item["number_text"] for item in decisions] == ["1-QĐ/BTGDVTU"]
    document = api.get(f"/decisions/{paper.decision.id}/documents/decision?format=docx", staff)
    assert document.status_code == 200
    assert "Số 1-QĐ/BTGDVTU" in [p.text for t in Document(io.BytesIO(document.data)).tables
                                 for c in t.rows[0].cells for p in c.paragraphs]
    assert api.get(f"/decisions/{paper.decision.id}/documents/decision", officer).status_code == 404
    assert api.get(f"/decisions/{paper.decision.id}/documents/decision?format=odt", staff).status_code == 400
    certificate = api.get(f"/initiatives/{initiative.id}/documents/certificate?format=docx", officer)
    assert certificate.status_code == 200 and certificate.data.startswith(b"PK")
    assert db.session.scalar(select(Certificate.id).where(Certificate.initiative_id == initiative.id))
    assert api.get(f"/initiatives/{initiative.id}/documents/certificate",
                   paper.world.people["other_officer"]).status_code == 404


def test_the_registration_form_is_fetched_by_whoever_reads_the_model(api, client, login, make):
    paper = recognised_world(make, count=1, individuals=0)
    initiative, officer = paper.initiatives[0], paper.world.people["officer"]
    response = api.get(f"/initiatives/{initiative.id}/documents/registration", officer)
    assert response.status_code == 200 and response.data.startswith(b"PK")
    assert api.get(f"/initiatives/{initiative.id}/documents/registration",
                   paper.world.people["other_officer"]).status_code == 404
    login(officer)
    page = client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)
    assert 'data-download="registration-docx"' in page
    assert client.get(f"/initiatives/{initiative.id}/registration.docx").data.startswith(b"PK")
