"""Every route against every persona: access rules hold, nothing answers 500, every form has CSRF."""

import re

import pytest

from registry.extensions import db
from tests.world import PERSONAS, build_world

#: Routes anyone may open.
PUBLIC = {"static", "bootstrap.static", "auth.login", "main.health", "i18n.switch_language",
          "auth.forgot_password", "auth.reset_password", "paperwork.verify", "onboarding.invitation"}
#: Routes open to every signed-in user; the object-level rules inside them are tested elsewhere.
SIGNED_IN = {
    "main.home", "auth.logout", "auth.change_password", "auth.sign_out_everywhere", "help.workflow",
    "outbox.preferences",
    "initiatives.index", "initiatives.detail", "initiatives.new", "initiatives.edit", "initiatives.transition",
    "initiatives.renew", "initiatives.export", "initiatives.autosave_edit",
    "attachments.upload", "attachments.download", "attachments.delete",
    "scoring.queue", "scoring.sheet", "scoring.save", "scoring.declare_conflict",
    "decisions.initiative", "decisions.fire", "decisions.bulk", "decisions.bulk_fire",
    "api_tokens.index", "api_tokens.revoke", "unit_picker.options",
    # paperwork: who handles a decision or reads a certificate is decided per record (tests/test_paperwork_pages.py)
    "paperwork.decision_record", "paperwork.decision_document", "paperwork.decision_certificates",
    "paperwork.certificate_download", "paperwork.decision_correct", "paperwork.decision_scan_upload",
    "paperwork.decision_scan", "paperwork.registration_download",
}
#: API routes without a token (tests/test_api_*.py check them with tokens, role by role).
API_PUBLIC = {"api.openapi_json", "api.docs_page", "api.create_token"}


def _endpoints(app):
    return sorted({rule.endpoint for rule in app.url_map.iter_rules()})


def _required_roles(app, endpoint):
    return getattr(app.view_functions[endpoint], "required_roles", None)


def _is_api(endpoint):
    return endpoint.startswith("api.")


def test_every_route_declares_who_may_use_it(app):
    undeclared = [endpoint for endpoint in _endpoints(app)
                  if endpoint not in PUBLIC | SIGNED_IN | API_PUBLIC and _required_roles(app, endpoint) is None
                  and not (_is_api(endpoint) and hasattr(app.view_functions[endpoint], "api_operation"))]
    assert undeclared == [], "add role_required(...) to these views, or list them in SIGNED_IN/PUBLIC"


def _argument_values(world):
    return {"initiative_id": world.draft.id, "unit_id": world.unit.id, "user_id": world.users["officer"].id,
            "campaign_id": world.draft.campaign_id, "field_id": world.draft.field_id, "code": "vi"}


def _urls(app, world, method):
    values = _argument_values(world)
    urls = []
    for rule in app.url_map.iter_rules():
        if method not in rule.methods or rule.endpoint in ("static", "bootstrap.static"):
            continue
        arguments = {name: values.get(name, 1) for name in rule.arguments}
        with app.test_request_context():
            urls.append((rule.endpoint, app.url_for(rule.endpoint, **arguments)))
    return sorted(urls)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_get_route_answers_each_persona_as_declared(app, client, make, login, persona):
    world = build_world(make)
    if persona != "anonymous":
        login(world.users[persona])
    user = world.users.get(persona)
    for endpoint, url in _urls(app, world, "GET"):
        response = client.get(url)
        roles = _required_roles(app, endpoint)
        if endpoint in PUBLIC | API_PUBLIC:
            assert response.status_code < 500, url
        elif _is_api(endpoint):
            assert response.status_code == 401, url  # a session is no API credential
        elif user is None:
            assert response.status_code == 302 and "/login" in response.headers["Location"], url
        elif roles is not None and not user.has_role(*roles):
            assert response.status_code == 403, url
        else:
            assert response.status_code in (200, 302, 403, 404), url


GARBAGE = {"name": "x" * 5000, "title": "\x00<script>", "page": "abc", "year": "năm", "version": "-1",
           "trigger": "teleport", "unit_id": "999999", "field_id": "abc", "campaign_id": "", "role": "god",
           "email": "not-an-email", "decision_date": "31/02/2026", "form_id": "NaN", "points": "1e999"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_garbage_posts_never_give_a_server_error(app, client, make, login, persona):
    world = build_world(make)
    if persona != "anonymous":
        login(world.users[persona])
    user = world.users.get(persona)
    for endpoint, url in _urls(app, world, "POST"):
        if endpoint in ("auth.logout", "auth.login", "auth.sign_out_everywhere"):  # these end the session
            continue
        response = client.post(url, data=GARBAGE)
        roles = _required_roles(app, endpoint)
        if _is_api(endpoint):
            assert response.status_code in ((415, 401) if endpoint in API_PUBLIC else (401,)), url
        elif user is None and endpoint not in PUBLIC:
            assert response.status_code == 302, url
        elif roles is not None and user is not None and not user.has_role(*roles):
            assert response.status_code == 403, url
        else:
            assert response.status_code < 500, url
        db.session.rollback()


@pytest.mark.parametrize("persona", ["officer", "staff", "admin", "council"])
def test_with_csrf_on_every_post_form_carries_its_token(app, client, make, login, persona):
    world = build_world(make)
    login(world.users[persona])
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        for _endpoint, url in _urls(app, world, "GET"):
            response = client.get(url)
            if response.status_code != 200 or response.mimetype != "text/html":
                continue
            for match in re.finditer(r"<form\b([^>]*)>(.*?)</form>", response.get_data(as_text=True), re.S | re.I):
                if "post" in match.group(1).lower():
                    assert 'name="csrf_token"' in match.group(2), f"{url}: a POST form without csrf_token"
        assert client.post("/account/password", data={"current_password": "x"}).status_code == 400
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def test_an_id_beyond_the_database_range_is_a_404(client, make, login):
    world = build_world(make)
    login(world.users["officer"])
    assert client.get("/initiatives/99999999999999999999").status_code == 404


def test_nul_characters_are_removed_from_every_submitted_value(client, make, login):
    world = build_world(make)
    login(world.users["officer"])
    response = client.post(f"/initiatives/{world.draft.id}/edit?page=1\x00",
                           data={"title": "Đường\x00 hoa", "version": str(world.draft.version)})
    assert response.status_code < 500
    db.session.expire_all()
    assert "\x00" not in world.draft.title
