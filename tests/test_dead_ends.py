"""Issue #11, item 12 and the shared layout: no menu entry, error or help page that leads nowhere."""

import io
import re

from werkzeug.datastructures import FileStorage
from werkzeug.test import stream_encode_multipart

from registry.extensions import db
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests import attachment_samples as samples
from tests.workflow_world import build_council_world
from workflows.machine import STATES, TRIGGERS


def _text(response) -> str:
    return response.get_data(as_text=True)


def _menu(page: str) -> str:
    """Return the main menu's markup of a page."""
    return page.split('id="mainNav"', 1)[1].split("</nav>", 1)[0]


def test_decisions_menu_only_for_those_who_take_decisions(client, make, login, fresh_login_per_request):
    world = build_council_world(make)
    db.session.commit()
    for seat, shown in (("member1", False), ("chair", True), ("secretary", True), ("staff", True)):
        login(world.people[seat])
        assert ('href="/decisions/bulk"' in _menu(_text(client.get("/initiatives/")))) is shown, seat
        client.post("/logout")


def _huge_upload(client, initiative_id: int, url: str, headers=None):
    body, length, boundary = stream_encode_multipart(
        {"files": [FileStorage(io.BytesIO(samples.pdf_bytes() + bytes(4 * 1024 * 1024)), "lon.pdf")]},
        use_tempfile=False)
    return client.post(url, input_stream=body, content_length=length, headers=headers or {},
                       content_type=f"multipart/form-data; boundary={boundary}")


def test_too_large_upload_stays_on_the_model_page_with_the_limit(client, make, login):
    initiative = make.initiative()
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    db.session.commit()
    login(officer)
    response = _huge_upload(client, initiative.id, f"/initiatives/{initiative.id}/attachments")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/initiatives/{initiative.id}#attachments")
    page = _text(client.get(response.headers["Location"]))
    assert "mỗi tệp tối đa 2 MB" in page
    assert initiative.title in page


def test_too_large_upload_through_the_api_keeps_its_413_problem(api, make):
    initiative = make.initiative()
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    db.session.commit()
    token = api.token(officer)
    response = _huge_upload(api.client, initiative.id, f"/api/v1/initiatives/{initiative.id}/attachments",
                            headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"


def test_every_page_links_the_local_favicon(client, app):
    page = _text(client.get("/login"))
    link = re.search(r'<link rel="icon"[^>]*href="([^"]+)"', page)
    assert link and link.group(1).startswith("/static/favicon.svg")
    icon = client.get(link.group(1))
    try:
        assert icon.status_code == 200 and b"<svg" in icon.data
    finally:
        icon.close()  # a static file is streamed from an open file


def test_help_page_speaks_to_officials_without_code_names(client, make, login):
    login(make.user(ROLE_OFFICER))
    page = _text(client.get("/help/workflow"))
    assert "Cách một mô hình được công nhận" in page or "mô hình" in page
    visible = re.sub(r"<[^>]+>", " ", page.split('id="main"', 1)[1].split("</main>", 1)[0])
    for name in [*STATES, *(spec.name for spec in TRIGGERS)]:
        if "_" in name:  # the one-word names ("submit" …) are also English words of the markup
            assert name not in visible, name
    assert "stateDiagram" not in page and "-->" not in visible


def test_settings_page_read_only_shows_criteria_labels_not_codes(client, make, login):
    province = make.unit("Tỉnh ủy", level="province")
    outsider = make.user(ROLE_STAFF, unit=make.unit("Xã khác"))
    campaign = make.campaign(year=2026, owner_unit=province)
    db.session.commit()
    login(outsider)
    page = _text(client.get(f"/councils/campaigns/{campaign.id}/settings"))
    assert 'data-settings="read-only"' in page
    rubric = page.split('id="rubric-title"', 1)[1]
    assert "political_task" not in rubric
    assert "<th scope=\"col\">STT</th>" in rubric


def test_dashboard_total_row_says_tong_cong(client, make, login):
    login(make.user(ROLE_STAFF, unit=make.unit("Tỉnh ủy", level="province")))
    make.campaign(year=2026)
    page = _text(client.get("/reports/"))
    footer = page.split('id="field-status"', 1)[1].split("</table>", 1)[0].split("<tfoot>", 1)[1]
    assert "Tổng cộng" in footer and "Tổng điểm" not in footer


def test_header_names_the_body_and_footer_its_contact(app, client):
    page = _text(client.get("/login"))
    assert "TỈNH ỦY LAM HỒNG — BAN TUYÊN GIÁO VÀ DÂN VẬN" in page
    assert "Liên hệ: " + app.config["ORG_CONTACT"] in page
    saved = {key: app.config[key] for key in ("ORG_PARENT_NAME", "ORG_NAME", "ORG_CONTACT")}
    app.config.update(ORG_PARENT_NAME="Tỉnh ủy Cao Sơn", ORG_NAME="Ban Dân vận", ORG_CONTACT="ĐT 0123")
    try:
        page = _text(client.get("/login"))
    finally:
        app.config.update(saved)
    assert "TỈNH ỦY CAO SƠN — BAN DÂN VẬN" in page and "Liên hệ: ĐT 0123" in page
