"""Paperwork pages: issuers' admin, numbered decisions from the decision pages, files, scans, corrections, /verify."""

import io

from docx import Document
from sqlalchemy import func, select

from paperwork.models import Certificate, Decision, DecisionCorrection, Issuer
from registry.extensions import db
from tests.attachment_samples import pdf_bytes
from tests.paperwork_world import PARTY, evaluated_world, make_issuer, recognised_world
from tests.workflow_world import TODAY_VN
from workflows.models import TransitionLog
from workflows.transitions import fire

DAY = TODAY_VN.strftime("%d/%m/%Y")


def _issuer_form(**changes) -> dict:
    values = {**PARTY, "term_start": "01/10/2025", "valid_from": "01/03/2025", "valid_to": ""}
    values.update(changes)
    return {key: "" if value is None else value for key, value in values.items()}


def test_staff_create_an_issuer_and_term_numbering_needs_the_term_start(client, make, login):
    world, _initiatives = evaluated_world(make, count=1, individuals=0)
    login(world.people["staff"])
    refused = client.post("/admin/issuers/new", data=_issuer_form(term_start=""))
    assert refused.status_code == 200 and db.session.scalar(select(func.count(Issuer.id))) == 0
    assert 'id="term_start"' in refused.get_data(as_text=True) and "is-invalid" in refused.get_data(as_text=True)
    done = client.post("/admin/issuers/new", data=_issuer_form())
    assert done.status_code == 302
    issuer = db.session.scalars(select(Issuer)).one()
    assert (issuer.short_code, issuer.kind, issuer.owner_unit_id) == ("BTGDVTU", "party", world.province.id)
    listing = client.get("/admin/issuers").get_data(as_text=True)
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in listing and "BTGDVTU" in listing


def test_a_renamed_body_is_a_new_issuer_once_the_old_one_has_decided(client, make, login):
    paper = recognised_world(make, count=1, individuals=0)
    login(paper.world.people["staff"])
    response = client.post(f"/admin/issuers/{paper.issuer.id}/edit", data=_issuer_form(name="Ban Dân vận mới"))
    assert response.status_code == 200
    db.session.expire_all()
    assert db.session.get(Issuer, paper.issuer.id).name == PARTY["name"]
    ended = client.post(f"/admin/issuers/{paper.issuer.id}/edit", data=_issuer_form(valid_to=DAY))
    assert ended.status_code == 302  # ending the validity is allowed: nothing printed changes


def test_bulk_recognition_with_an_issuer_records_one_numbered_decision(client, make, login):
    world, initiatives = evaluated_world(make, count=3, individuals=1)
    issuer = make_issuer()
    db.session.commit()
    login(world.people["chair"])
    page = client.get("/decisions/bulk").get_data(as_text=True)
    assert "next number 1-QĐ/BTGDVTU" in page or "số tiếp theo 1-QĐ/BTGDVTU" in page
    response = client.post("/decisions/bulk", data={
        "initiative_ids": [str(i.id) for i in initiatives], "action": "recognize", "issuer_id": str(issuer.id),
        "decision_number": "", "decision_date": DAY, "decision_issuer": ""})
    assert response.status_code == 200
    decision = db.session.scalars(select(Decision)).one()
    assert decision.number_text == "1-QĐ/BTGDVTU" and decision.kind == "recognition"
    assert f'data-decision-record="{decision.id}"' in response.get_data(as_text=True)
    logs = db.session.scalars(select(TransitionLog).where(TransitionLog.decision_id == decision.id)).all()
    assert sorted(log.initiative_id for log in logs) == sorted(i.id for i in initiatives)
    assert {log.decision_number for log in logs} == {"1-QĐ/BTGDVTU"}
    assert {log.decision_issuer for log in logs} == {issuer.name}
    assert db.session.scalar(select(func.count(Certificate.id))) == 3


def test_a_refused_bulk_gives_the_number_back(client, make, login):
    world, initiatives = evaluated_world(make, count=1, individuals=0)
    issuer = make_issuer()
    db.session.commit()
    login(world.people["chair"])
    client.post("/decisions/bulk", data={"initiative_ids": [str(initiatives[0].id)], "action": "reject",
                                         "issuer_id": str(issuer.id), "decision_date": DAY})  # no reason given
    assert db.session.scalar(select(func.count(Decision.id))) == 0
    client.post("/decisions/bulk", data={"initiative_ids": [str(initiatives[0].id)], "action": "recognize",
                                         "issuer_id": str(issuer.id), "decision_date": DAY})
    assert db.session.scalars(select(Decision.number_text)).all() == ["1-QĐ/BTGDVTU"]


def test_staff_download_the_decision_and_the_certificates_others_get_404(client, make, login):
    paper = recognised_world(make, count=2, individuals=0)
    login(paper.world.people["staff"])
    record = client.get(f"/decisions/records/{paper.decision.id}")
    assert record.status_code == 200 and "1-QĐ/BTGDVTU" in record.get_data(as_text=True)
    docx = client.get(f"/decisions/records/{paper.decision.id}/document.docx")
    assert docx.status_code == 200 and docx.mimetype.endswith("wordprocessingml.document")
    lines = [p.text for p in Document(io.BytesIO(docx.data)).paragraphs]
    assert any("Công nhận 2 mô hình" in line for line in lines)
    certificates = client.get(f"/decisions/records/{paper.decision.id}/certificates.docx")
    assert certificates.status_code == 200 and certificates.data.startswith(b"PK")
    assert client.get(f"/decisions/records/{paper.decision.id}/document.exe").status_code == 404
    client.post("/logout")
    login(paper.world.people["other_officer"])
    assert client.get(f"/decisions/records/{paper.decision.id}/document.docx").status_code == 404
    certificate = db.session.scalars(select(Certificate)).first()
    assert client.get(f"/certificates/{certificate.id}.docx").status_code == 404


def test_the_officer_downloads_the_certificate_from_the_model_page(client, make, login):
    paper = recognised_world(make, count=1, individuals=0)
    certificate = db.session.scalars(select(Certificate)).one()
    login(paper.world.people["officer"])
    page = client.get(f"/initiatives/{paper.initiatives[0].id}").get_data(as_text=True)
    assert f'data-certificate="{certificate.id}"' in page
    response = client.get(f"/certificates/{certificate.id}.docx")
    assert response.status_code == 200
    assert "GIẤY CHỨNG NHẬN" in [p.text for p in Document(io.BytesIO(response.data)).paragraphs]


def test_verify_says_recognised_then_revoked_with_the_revocation_decision(client, make):
    paper = recognised_world(make, count=1, individuals=0)
    certificate = db.session.scalars(select(Certificate)).one()
    page = client.get(f"/verify/{certificate.code}")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and 'data-verify-status="recognised"' in text
    assert "Đang được công nhận" in text and "Mô hình số 1" in text and "1-QĐ/BTGDVTU" in text
    assert paper.world.people["officer"].email not in text
    fire(paper.initiatives[0], "revoke", paper.world.people["staff"], "Kê khai không trung thực",
         decision_number="9-QĐ/BTGDVTU", decision_date=TODAY_VN, decision_issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy")
    db.session.commit()
    revoked = client.get(f"/verify/{certificate.code}").get_data(as_text=True)
    assert 'data-verify-status="revoked"' in revoked and "Đã thu hồi" in revoked and "9-QĐ/BTGDVTU" in revoked


def test_an_unknown_code_is_a_helpful_404_and_checks_are_rate_limited(app, client):
    response = client.get("/verify/not-a-real-code")
    assert response.status_code == 404 and "QR" in response.get_data(as_text=True)
    app.config["VERIFY_RATE_LIMIT"] = 3
    try:
        statuses = [client.get("/verify/another-code").status_code for _ in range(4)]
    finally:
        app.config.pop("VERIFY_RATE_LIMIT")
    assert statuses[:2] == [404, 404] and statuses[-1] == 429


def test_a_correction_keeps_the_old_number_visible_in_the_history(client, make, login):
    paper = recognised_world(make, count=2, individuals=0)
    login(paper.world.people["staff"])
    url = f"/decisions/records/{paper.decision.id}/correction"
    assert client.post(url, data={"number_text": "1-QĐ/BTGDVTU", "decision_date": DAY, "reason": ""}).status_code == 200
    response = client.post(url, data={"number_text": "11-QĐ/BTGDVTU", "decision_date": DAY,
                                      "reason": "Gõ nhầm số"})
    assert response.status_code == 302
    correction = db.session.scalars(select(DecisionCorrection)).one()
    assert (correction.old_number_text, correction.new_number_text) == ("1-QĐ/BTGDVTU", "11-QĐ/BTGDVTU")
    log = db.session.scalars(select(TransitionLog).where(TransitionLog.decision_id == paper.decision.id)).first()
    assert log.decision_number == "1-QĐ/BTGDVTU"  # the history's stored text is never rewritten
    page = client.get(f"/decisions/initiatives/{paper.initiatives[0].id}").get_data(as_text=True)
    assert "data-correction" in page and "Gõ nhầm số" in page and "11-QĐ/BTGDVTU" in page


def test_the_signed_scan_is_checked_and_shown_on_every_model_of_the_decision(client, make, login):
    paper = recognised_world(make, count=2, individuals=0)
    login(paper.world.people["staff"])
    url = f"/decisions/records/{paper.decision.id}/scan"
    fake = client.post(url, data={"scan": (io.BytesIO(b"not a pdf at all"), "signed.pdf")},
                       content_type="multipart/form-data")
    assert fake.status_code == 200 and db.session.get(Decision, paper.decision.id).scan_stored_name is None
    done = client.post(url, data={"scan": (io.BytesIO(pdf_bytes()), "quyet-dinh-ky.pdf")},
                       content_type="multipart/form-data")
    assert done.status_code == 302
    client.post("/logout")
    login(paper.world.people["officer"])
    for initiative in paper.initiatives:
        assert "data-scan" in client.get(f"/initiatives/{initiative.id}").get_data(as_text=True)
    download = client.get(url)
    assert download.status_code == 200 and download.data == pdf_bytes()
    download.close()


def test_the_single_decision_form_numbers_from_the_register_and_refuses_an_issuer_of_another_time(client, make,
                                                                                                   login):
    world, initiatives = evaluated_world(make, count=1, individuals=0)
    old = make_issuer(name="Ban Dân vận Tỉnh ủy", short_code="BDVTU", valid_from=PARTY["valid_from"].replace(2015),
                      valid_to=PARTY["valid_from"].replace(2025, 2, 28))
    new = make_issuer()
    db.session.commit()
    login(world.people["chair"])
    initiative = initiatives[0]
    page = client.get(f"/decisions/initiatives/{initiative.id}").get_data(as_text=True)
    assert f'<option value="{new.id}">' in page and f'<option value="{old.id}">' not in page  # not valid today
    data = {"trigger": "recognize", "recognize-version": str(initiative.version), "recognize-issuer_id": str(old.id),
            "recognize-decision_date": DAY}
    refused = client.post(f"/decisions/initiatives/{initiative.id}", data=data)
    assert refused.status_code == 200 and db.session.scalar(select(func.count(Decision.id))) == 0
    assert db.session.get(type(initiative), initiative.id).status == "evaluated"
    data["recognize-issuer_id"] = str(new.id)
    assert client.post(f"/decisions/initiatives/{initiative.id}", data=data).status_code == 302
    decision = db.session.scalars(select(Decision)).one()
    assert (decision.issuer_id, decision.number_text) == (new.id, "1-QĐ/BTGDVTU")
    assert db.session.scalars(select(Certificate.initiative_id)).all() == [initiative.id]
