"""The whole recognition workflow driven through the API alone, with each role's own token."""

import io

from sqlalchemy import select

from registry.extensions import db
from tests.attachment_samples import pdf_bytes
from tests.test_api_initiatives import DOSSIER
from tests.workflow_world import TODAY_VN, build_council_world
from workflows.models import Commendation

# Dated today: a decision may not be dated before the submission it follows (the test submits today).
DECISION = {"decision_number": "15-QĐ/BDVTU", "decision_date": TODAY_VN.isoformat()}


def _fire(api, user, initiative_id, trigger, **data):
    return api.post(f"/initiatives/{initiative_id}/transitions", user, json={"trigger": trigger, **data})


def _score_all(api, world, initiative_id, points_each=30):
    for seat in ("chair", "secretary", "member1", "member2", "member3"):
        sheet = api.get(f"/initiatives/{initiative_id}/score-sheet", world.people[seat]).get_json()
        assert sheet["status"] == "new" and sheet["may_score"], sheet
        scores = {criterion["code"]: min(points_each, criterion["max_points"]) for criterion in sheet["criteria"]}
        saved = api.call("PUT", f"/initiatives/{initiative_id}/score-sheet", world.people[seat],
                         json={"scores": scores, "recommendation": "exemplary", "comment": "Tốt", "submit": True})
        assert saved.status_code == 200 and saved.get_json()["status"] == "submitted", saved.get_json()


def test_a_model_goes_from_registration_to_commendation_through_the_api(api, make):
    world = build_council_world(make, members=3)
    db.session.commit()
    officer, staff, chair, secretary = (world.people[name] for name in ("officer", "staff", "chair", "secretary"))
    dossier = {**DOSSIER, "unit_id": world.unit.id, "campaign_id": world.initiative.campaign_id,
               "field_id": world.initiative.field_id}
    created = api.post("/initiatives", officer, json=dossier).get_json()
    initiative_id = created["id"]
    upload = api.post(f"/initiatives/{initiative_id}/attachments", officer,
                      data={"files": [(io.BytesIO(pdf_bytes()), "bao-cao.pdf")]}, content_type="multipart/form-data")
    assert upload.status_code == 201, upload.get_json()
    assert api.get(f"/initiatives/{initiative_id}/transitions", officer).get_json()["allowed"] == ["submit",
                                                                                                    "withdraw"]
    assert _fire(api, officer, initiative_id, "submit").get_json()["status"] == "registered"

    assigned = api.post(f"/councils/{world.council.id}/assignments", staff,
                        json={"initiative_ids": [initiative_id, 99999]}).get_json()
    assert assigned["assigned"] == [initiative_id] and assigned["skipped"][0]["initiative_id"] == 99999

    early = _fire(api, secretary, initiative_id, "complete_evaluation")
    assert early.status_code == 409 and early.get_json()["reason"] == "rule"
    _score_all(api, world, initiative_id)
    assert _fire(api, secretary, initiative_id, "complete_evaluation").get_json()["status"] == "evaluated"

    missing = _fire(api, chair, initiative_id, "recognize")
    assert missing.status_code == 422 and {e["pointer"] for e in missing.get_json()["errors"]} == {
        "/decision_number", "/decision_date"}
    assert _fire(api, officer, initiative_id, "recognize", **DECISION).status_code == 403
    assert _fire(api, chair, initiative_id, "recognize", **DECISION).get_json()["status"] == "recognized"
    assert _fire(api, chair, initiative_id, "select_exemplary", **DECISION).get_json()["status"] == "exemplary"
    no_form = _fire(api, staff, initiative_id, "commend", **DECISION)
    assert no_form.status_code == 422 and no_form.get_json()["errors"][0]["pointer"] == "/form"
    commended = _fire(api, staff, initiative_id, "commend", form=world.form.id, **DECISION)
    assert commended.status_code == 200 and commended.get_json()["status"] == "commended"
    assert db.session.scalar(select(Commendation.issuer)) == world.form.default_issuer

    steps = api.get(f"/initiatives/{initiative_id}/history", officer).get_json()["items"]
    assert [step["trigger"] for step in steps] == ["submit", "complete_evaluation", "recognize", "select_exemplary",
                                                   "commend"]
    assert steps[2]["decision_number"] == "15-QĐ/BDVTU" and steps[2]["actor_name"] == chair.full_name
    counts = api.get(f"/stats?group_by=status&campaign_id={world.initiative.campaign_id}",
                     world.people["viewer"]).get_json()
    assert {"status": "commended", "count": 1} in counts["rows"]
    assert counts["total"] == 2  # with the world's own registered initiative


def test_return_for_revision_then_resubmit_and_refusals(api, make):
    world = build_council_world(make, members=3)
    db.session.commit()
    initiative = world.initiative
    no_reason = _fire(api, world.people["secretary"], initiative.id, "return_for_revision")
    assert no_reason.status_code == 422 and no_reason.get_json()["errors"][0]["pointer"] == "/comment"
    returned = _fire(api, world.people["secretary"], initiative.id, "return_for_revision", reason="Thiếu minh chứng")
    assert returned.get_json()["status"] == "returned"
    officer = world.people["officer"]
    version = api.get(f"/initiatives/{initiative.id}", officer).get_json()["version"]
    fixed = api.call("PATCH", f"/initiatives/{initiative.id}", officer, json={"version": version, "outputs": "Mới"})
    assert fixed.status_code == 200
    stale = _fire(api, officer, initiative.id, "resubmit", version=version)
    assert stale.status_code == 409 and stale.get_json()["reason"] == "stale"
    assert _fire(api, officer, initiative.id, "teleport").status_code == 409
    assert _fire(api, world.people["viewer"], initiative.id, "resubmit").status_code == 403
    resubmitted = _fire(api, officer, initiative.id, "resubmit", version=fixed.get_json()["version"])
    assert resubmitted.get_json()["status"] == "registered"


def test_an_incomplete_dossier_names_the_missing_fields(api, make):
    world = build_council_world(make)
    draft = make.initiative(unit=world.unit, campaign=world.initiative.campaign, complete=False, title="Thiếu")
    db.session.commit()
    response = _fire(api, world.people["officer"], draft.id, "submit")
    pointers = {item["pointer"] for item in response.get_json()["errors"]}
    assert response.status_code == 422 and "/dossier/contact_name" in pointers


def test_the_score_sheet_is_only_for_seated_members_and_checks_points(api, make):
    world = build_council_world(make)
    db.session.commit()
    url = f"/initiatives/{world.initiative.id}/score-sheet"
    assert api.get(url, world.people["staff"]).status_code == 403
    member = world.people["member1"]
    criteria = api.get(url, member).get_json()["criteria"]
    first = criteria[0]
    bad = api.call("PUT", url, member, json={"scores": {first["code"]: first["max_points"] + 1, "nope": 1}})
    assert bad.status_code == 422 and {e["pointer"] for e in bad.get_json()["errors"]} == {"/scores/nope"}
    too_many = api.call("PUT", url, member, json={"scores": {first["code"]: first["max_points"] + 1}})
    assert too_many.status_code == 422 and too_many.get_json()["errors"][0]["pointer"] == f"/scores/{first['code']}"
    draft = api.call("PUT", url, member, json={"scores": {first["code"]: 1}})
    assert draft.status_code == 200 and draft.get_json()["status"] == "draft" and draft.get_json()["total"] == 1
    incomplete = api.call("PUT", url, member, json={"scores": {first["code"]: 1}, "submit": True})
    assert incomplete.status_code == 422
    full = {criterion["code"]: 1 for criterion in criteria}
    done = api.call("PUT", url, member, json={"scores": full, "recommendation": "recognize", "submit": True})
    assert done.get_json()["status"] == "submitted"
    locked = api.call("PUT", url, member, json={"scores": full})
    assert locked.status_code == 409
