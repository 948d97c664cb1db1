"""Units, fields, campaigns, councils and their assignments, evidence files and counts through the API."""

import io

import pytest

from registry.extensions import db
from tests.attachment_samples import pdf_bytes
from tests.workflow_world import build_council_world
from tests.world import build_world


def test_units_are_those_in_sight_and_paginated(api, make):
    world = build_world(make)
    staff_units = api.get("/units?per_page=2", world.users["staff"]).get_json()
    assert staff_units["total"] == 4 and len(staff_units["items"]) == 2
    children = api.get(f"/units?parent_id={world.province.id}", world.users["staff"]).get_json()["items"]
    assert {unit["id"] for unit in children} == {world.commune.id, world.other_unit.id}
    officer_units = api.get("/units", world.users["officer"]).get_json()["items"]
    assert [unit["id"] for unit in officer_units] == [world.unit.id]


def test_fields_and_campaigns_are_listed_for_everyone_signed_in(api, make):
    world = build_world(make)
    fields = api.get("/fields", world.users["officer"]).get_json()["items"]
    campaigns = api.get("/campaigns", world.users["officer"]).get_json()["items"]
    assert [item["code"] for item in fields] == ["KT"]
    assert campaigns[0]["year"] == 2026 and campaigns[0]["is_open"] is True
    assert api.get("/fields").status_code == 401


def test_councils_are_shown_to_their_managers_and_members_only(api, make):
    world = build_council_world(make)
    db.session.commit()
    for person in ("staff", "chair", "member1", "admin"):
        items = api.get("/councils", world.people[person]).get_json()["items"]
        assert [item["id"] for item in items] == [world.council.id], person
    council = api.get(f"/councils/{world.council.id}", world.people["member1"]).get_json()
    assert {member["role"] for member in council["members"]} == {"chair", "secretary", "member"}
    for person in ("outside_staff", "officer", "viewer"):
        assert api.get("/councils", world.people[person]).get_json()["items"] == [], person
        assert api.get(f"/councils/{world.council.id}", world.people[person]).status_code == 404, person


def test_only_managing_staff_assign_and_each_refusal_is_explained(api, make):
    world = build_council_world(make)
    draft = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="draft")
    db.session.commit()
    url = f"/councils/{world.council.id}/assignments"
    assert api.post(url, world.people["chair"], json={"initiative_ids": [draft.id]}).status_code == 403
    assert api.post(url, world.people["outside_staff"], json={"initiative_ids": [draft.id]}).status_code == 404
    assert api.post(url, world.people["staff"], json={"initiative_ids": []}).status_code == 422
    outcome = api.post(url, world.people["staff"], json={"initiative_ids": [draft.id]}).get_json()
    assert outcome["assigned"] == [] and outcome["skipped"][0]["initiative_id"] == draft.id


def test_evidence_files_are_listed_downloaded_and_deleted_by_the_right_people(api, make):
    world = build_world(make)
    officer, url = world.users["officer"], f"/initiatives/{world.draft.id}/attachments"
    refused = api.post(url, officer, data={"files": [(io.BytesIO(b"MZ\x90"), "virus.exe")]},
                       content_type="multipart/form-data")
    assert refused.status_code == 422 and refused.get_json()["errors"][0]["pointer"] == "/files"
    assert api.post(url, officer, json={"files": []}).status_code == 415
    assert api.post(url, world.users["staff"], data={"files": [(io.BytesIO(pdf_bytes()), "a.pdf")]},
                    content_type="multipart/form-data").status_code == 403
    saved = api.post(url, officer, data={"files": [(io.BytesIO(pdf_bytes()), "báo cáo.pdf")]},
                     content_type="multipart/form-data").get_json()["items"][0]
    listed = api.get(url, world.users["viewer"]).get_json()["items"]
    assert [item["id"] for item in listed] == [saved["id"]] and listed[0]["kind"] == "pdf"
    download = api.client.get(saved["download_url"], headers={
        "Authorization": f"Bearer {api.token(world.users['viewer'])}"})
    assert download.status_code == 200 and download.data == pdf_bytes()
    download.close()
    assert api.get(f"{url}/{saved['id']}", world.users["other_officer"]).status_code == 404
    assert api.get(f"/initiatives/{world.registered.id}/attachments/{saved['id']}", officer).status_code == 404
    assert api.call("DELETE", f"{url}/{saved['id']}", world.users["viewer"]).status_code == 403
    assert api.call("DELETE", f"{url}/{saved['id']}", officer).status_code == 204
    assert api.get(url, officer).get_json()["items"] == []


@pytest.mark.parametrize("persona,status", [("staff", 200), ("viewer", 200), ("admin", 200), ("officer", 403),
                                            ("council", 403)])
def test_counts_are_for_the_steering_board(api, make, persona, status):
    world = build_world(make)
    assert api.get("/stats", world.users[persona]).status_code == status


def test_counts_group_by_the_dimensions_asked(api, make):
    world = build_world(make)
    staff = world.users["staff"]
    total = api.get("/stats", staff).get_json()
    assert total["rows"] == [{"count": 2}] and total["total"] == 2
    assert total["basis"] == "recorded" and total["basis_statement"]
    assert api.get("/stats?basis=rebased", staff).get_json()["basis"] == "rebased"
    grouped = api.get("/stats?group_by=status,field_id", staff).get_json()
    assert sorted((row["status"], row["count"]) for row in grouped["rows"]) == [("draft", 1), ("registered", 1)]
    assert all(row["field_id"] == world.draft.field_id for row in grouped["rows"])
    assert api.get(f"/stats?unit_id={world.other_unit.id}", staff).get_json()["total"] == 0
    by_year = api.get("/stats?group_by=campaign_id", staff).get_json()["rows"]
    assert by_year == [{"campaign_id": world.draft.campaign_id, "count": 2}]
    bad = api.get("/stats?group_by=status,colour", staff)
    assert bad.status_code == 400 and bad.get_json()["errors"][0]["pointer"] == "/group_by"
    assert api.get("/stats?unit_id=99999", staff).status_code == 404
    outside = make.unit("Tỉnh ủy khác", level="province")
    db.session.commit()
    assert api.get(f"/stats?unit_id={outside.id}", staff).status_code == 404
