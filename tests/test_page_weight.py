"""Light pages (issue #11, item 10): compressed answers, versioned static files cached a year, only what a page uses."""

import gzip
import hashlib
import re
from pathlib import Path

import brotli
import pytest
from flask import Flask, render_template_string, url_for
from sqlalchemy import select

from registry.extensions import db
from registry.models import Attachment
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests import attachment_samples as samples
from tests.test_attachments import post_files
from tests.workflow_world import council_world_with_rubric
from web import assets

ROOT = Path(__file__).resolve().parents[1]
IMMUTABLE = "public, max-age=31536000, immutable"
#: Every stylesheet and script a page links to: (URL, path, ?v= value or None).
ASSET_LINK = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(?P<url>(?P<path>/[^"?]+)'
                        r'(?:\?v=(?P<version>[^"&]*))?)"')


def _assets_of(html: str) -> list[re.Match]:
    return list(ASSET_LINK.finditer(html))


def _file_behind(app, path: str) -> Path:
    """The file on disk a static URL path names (the app's static folder or Bootstrap-Flask's)."""
    if path.startswith("/bootstrap/static/"):
        return Path(app.blueprints["bootstrap"].static_folder) / path.removeprefix("/bootstrap/static/")
    return Path(app.static_folder) / path.removeprefix("/static/")


@pytest.fixture
def staff(make, login):
    province = make.unit("Tỉnh A", level="province")
    commune = make.unit("Xã B", parent=province)
    for number in range(3):
        make.initiative(unit=commune, title=f"Mô hình số {number}", status="registered")
    user = make.user(ROLE_STAFF, unit=province)
    db.session.commit()
    return login(user)


def test_pages_are_compressed_when_the_browser_accepts_it(client, staff):
    plain = client.get("/initiatives/")
    assert plain.status_code == 200 and "Content-Encoding" not in plain.headers
    html = plain.get_data()
    assert "Mô hình số 2" in html.decode()

    zipped = client.get("/initiatives/", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert int(zipped.headers["Content-Length"]) == len(zipped.data) < len(html) / 3
    assert "Mô hình số 2" in gzip.decompress(zipped.data).decode()
    # The security headers stay on a compressed page.
    assert "script-src 'self'" in zipped.headers["Content-Security-Policy"]

    chromium = client.get("/initiatives/", headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    assert chromium.headers["Content-Encoding"] == "br"
    assert "Mô hình số 2" in brotli.decompress(chromium.data).decode()


def test_json_answers_are_compressed_too(client):
    answer = client.get("/api/v1/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert answer.status_code == 200 and answer.headers["Content-Encoding"] == "gzip"
    assert b'"openapi"' in gzip.decompress(answer.data)


@pytest.mark.parametrize("url", ["/static/css/app.css", "/static/js/app.js", "/bootstrap/static/css/bootstrap.min.css",
                                 "/bootstrap/static/js/bootstrap.min.js"])
def test_css_and_js_are_sent_compressed_and_decode_to_the_file(app, client, url):
    on_disk = _file_behind(app, url).read_bytes()
    zipped = client.get(url, headers={"Accept-Encoding": "gzip, deflate"})
    assert zipped.status_code == 200 and zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.data) == on_disk
    squeezed = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert squeezed.headers["Content-Encoding"] == "br"
    assert brotli.decompress(squeezed.data) == on_disk
    assert len(squeezed.data) < len(zipped.data) < len(on_disk)
    assert "Accept-Encoding" in squeezed.headers["Vary"]
    plain = client.get(url, headers={"Accept-Encoding": "identity"}, buffered=True)
    assert "Content-Encoding" not in plain.headers and plain.data == on_disk


def test_what_is_already_compressed_goes_as_it_is(client, make, login):
    officer = make.user(ROLE_OFFICER, unit=make.unit("Xã B"))
    draft = make.initiative(unit=officer.roles[0].unit)
    db.session.commit()
    login(officer)
    assert post_files(client, draft.id, ("anh.png", samples.png_bytes())).status_code == 302
    attachment = db.session.scalars(select(Attachment)).one()
    download = client.get(f"/attachments/{attachment.id}", headers={"Accept-Encoding": "gzip, br"}, buffered=True)
    assert download.status_code == 200 and "Content-Encoding" not in download.headers
    assert download.data == samples.png_bytes()


def test_every_stylesheet_and_script_url_carries_its_content_hash(app, client, staff):
    for page in ("/initiatives/", "/reports/"):
        links = _assets_of(client.get(page).get_data(as_text=True))
        assert any("bootstrap.min.css" in link["path"] for link in links), page
        assert any("bootstrap.min.js" in link["path"] for link in links), page
        for link in links:
            expected = hashlib.sha256(_file_behind(app, link["path"]).read_bytes()).hexdigest()[:12]
            assert link["version"] == expected, (page, link["url"])


def test_a_versioned_url_is_cached_a_year_an_unversioned_one_briefly(app, client, staff):
    links = _assets_of(client.get("/initiatives/").get_data(as_text=True))
    for link in links:
        versioned = client.get(link["url"], headers={"Accept-Encoding": "gzip"})
        assert versioned.status_code == 200
        assert versioned.headers["Cache-Control"] == IMMUTABLE, link["url"]
        # Tied to nothing but the encoding: no session cookie set, no Vary on the cookie.
        assert "Set-Cookie" not in versioned.headers and "Cookie" not in versioned.headers["Vary"], link["url"]
        for stale in (link["path"], link["path"] + "?v=0123456789ab"):
            short = client.get(stale, buffered=True).headers["Cache-Control"]
            assert short == assets.SHORT_CACHE and "immutable" not in short, stale


def test_a_known_copy_is_answered_not_modified(app, client):
    with app.test_request_context():
        url = url_for("static", filename="css/app.css")
    first = client.get(url, headers={"Accept-Encoding": "gzip"})
    again = client.get(url, headers={"Accept-Encoding": "gzip", "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    # The brotli copy is another copy: its validator does not stand for the gzip one.
    other = client.get(url, headers={"Accept-Encoding": "br", "If-None-Match": first.headers["ETag"]})
    assert other.status_code == 200 and other.headers["Content-Encoding"] == "br"


def test_a_changed_file_gets_a_new_url(tmp_path):
    folder = tmp_path / "static"
    folder.mkdir()
    sheet = folder / "page.css"
    sheet.write_text("body { color: #222; }\n")
    site = Flask("weight_probe", static_folder=str(folder))
    assets.init_app(site)
    with site.test_request_context():
        before = url_for("static", filename="page.css")
        sheet.write_text("body { color: #111; }\n/* a change of the same file */\n")
        after = url_for("static", filename="page.css")
        missing = url_for("static", filename="nothing.css")
    assert before != after and before.startswith("/static/page.css?v=") and after.startswith("/static/page.css?v=")
    assert missing == "/static/nothing.css"
    browser = site.test_client()
    served = browser.get(after, buffered=True)
    assert served.headers["Cache-Control"] == IMMUTABLE and b"a change" in served.data
    assert browser.get(before, buffered=True).headers["Cache-Control"] == assets.SHORT_CACHE
    assert browser.get("/static/../../etc/passwd").status_code == 404


def _script_names(html: str) -> set[str]:
    return {Path(link["path"]).name for link in _assets_of(html) if link["path"].endswith(".js")}


def _stylesheet_names(html: str) -> set[str]:
    return {Path(link["path"]).name for link in _assets_of(html) if link["path"].endswith(".css")}


def test_the_list_loads_no_script_nor_stylesheet_it_does_not_use(client, staff):
    html = client.get("/initiatives/").get_data(as_text=True)
    # The unit filter's searchable picker is the list's one page script.
    assert _script_names(html) == {"popper.min.js", "bootstrap.min.js", "app.js", "unitpicker.js"}
    assert _stylesheet_names(html) == {"bootstrap.min.css", "app.css"}
    assert "scoring.js" not in html and "reports.css" not in html


def test_page_scripts_and_report_styles_come_with_their_pages_only(client, make, login):
    world = council_world_with_rubric(make)
    login(world.people["member1"])
    sheet = client.get(f"/scoring/initiatives/{world.initiative.id}").get_data(as_text=True)
    assert "scoring.js" in _script_names(sheet) and "reports.css" not in _stylesheet_names(sheet)
    staff = make.user(ROLE_STAFF, unit=world.initiative.unit)
    db.session.commit()
    client.post("/logout")
    login(staff)
    dashboard = client.get("/reports/").get_data(as_text=True)
    assert "reports.css" in _stylesheet_names(dashboard) and "scoring.js" not in _script_names(dashboard)


def test_the_sign_in_page_loads_no_bootstrap_script_unless_a_message_needs_it(client, make, login):
    plain = client.get("/login").get_data(as_text=True)
    assert _script_names(plain) == {"app.js"}, "no menu, no message: Bootstrap's JS would go unused"
    # A message has a close button, which is Bootstrap's: then the script comes.
    user = make.user(ROLE_OFFICER, unit=make.unit("Xã B"))
    db.session.commit()
    login(user)
    client.post("/logout")
    with_message = client.get("/login").get_data(as_text=True)
    assert 'data-bs-dismiss="alert"' in with_message
    assert {"popper.min.js", "bootstrap.min.js"} <= _script_names(with_message)


def test_an_anonymous_page_using_a_bootstrap_component_can_ask_for_its_script(app):
    page = '{% extends "base.html" %}{% set needs_bootstrap_js = true %}{% block content %}…{% endblock %}'
    with app.test_request_context("/login"):
        asking = render_template_string(page)
        silent = render_template_string(page.replace("{% set needs_bootstrap_js = true %}", ""))
    assert {"popper.min.js", "bootstrap.min.js"} <= _script_names(asking)
    assert _script_names(silent) == {"app.js"}
