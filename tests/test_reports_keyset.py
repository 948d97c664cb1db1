"""Deep pages of the list of models are read by keyset: next/previous carry a cursor, never a large OFFSET."""

import html
import re
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from registry.extensions import db
from registry.initiatives import listing, views
from tests.test_initiatives_list import _codes
from tests.test_initiatives_units import arrange

PER_PAGE, NUMBERED = 3, 2


@pytest.fixture
def small_pages(monkeypatch):
    """Make pages of 3 with 2 numbered pages, so that a dozen models reach the keyset pages."""
    monkeypatch.setattr(listing, "PER_PAGE", PER_PAGE)
    monkeypatch.setattr(listing, "NUMBERED_PAGES", NUMBERED)
    monkeypatch.setattr(views, "NUMBERED_PAGES", NUMBERED)


def _models(make, world, count=13):
    start = datetime(2026, 3, 1, tzinfo=UTC)
    made = []
    for number in range(count):
        # Pairs share a timestamp so that the id must break the tie.
        made.append(make.initiative(unit=world.commune, campaign=world.campaign, field=world.field,
                                    title=f"Mô hình số {number}", updated_at=start + timedelta(hours=number // 2)))
    db.session.commit()
    return made


def _link(body: str, rel: str) -> str | None:
    match = re.search(rf'rel="{rel}" href="([^"#]+)"', body)
    return html.unescape(match.group(1)) if match else None


@contextmanager
def _offsets():
    """Collect the OFFSET of every statement (SQLite always writes one, bound to 0 when unused)."""
    found = []

    def note(_connection, _cursor, statement, parameters, *_rest):
        if " OFFSET " in statement.upper():
            values = list(parameters.values()) if isinstance(parameters, dict) else list(parameters)
            found.append(values[-1])

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield found
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _walk(client, url: str, rel: str) -> tuple[list[list[str]], list[str]]:
    pages, urls = [], []
    while url:
        body = client.get(url).get_data(as_text=True)
        pages.append(_codes(body))
        urls.append(url)
        url = _link(body, rel)
    return pages, urls


def test_next_links_visit_every_model_once_in_order_and_deep_pages_skip_no_rows(client, make, login, small_pages):
    world = arrange(make)
    made = _models(make, world)
    login(world.staff)
    expected = [item.code for item in sorted(made, key=lambda item: (item.updated_at, item.id), reverse=True)]
    with _offsets() as offsets:
        pages, urls = _walk(client, "/initiatives/", "next")
    assert [code for page in pages for code in page] == expected
    assert [len(page) for page in pages] == [3, 3, 3, 3, 1]
    assert all("after=" in url for url in urls[NUMBERED:])
    assert not any("after=" in url for url in urls[:NUMBERED])
    assert max(offsets) <= (NUMBERED - 1) * PER_PAGE


def test_previous_links_walk_back_through_the_same_pages(client, make, login, small_pages):
    world = arrange(make)
    _models(make, world)
    login(world.staff)
    forward, urls = _walk(client, "/initiatives/?sort=code&dir=asc", "next")
    backward, back_urls = _walk(client, urls[-1], "prev")
    assert backward == forward[::-1]
    assert "Trang 1/5" in client.get(back_urls[-1]).get_data(as_text=True)
    assert any("before=" in url for url in back_urls)


def test_a_page_number_beyond_the_numbered_pages_gives_the_last_page_from_the_end(client, make, login, small_pages):
    world = arrange(make)
    made = _models(make, world)
    login(world.staff)
    with _offsets() as offsets:
        body = client.get("/initiatives/?sort=code&dir=asc&page=99").get_data(as_text=True)
    assert _codes(body) == [made[-1].code]
    assert "Trang 5/5" in body
    assert not any(offsets)


@pytest.mark.parametrize("cursor", ["after=abc", "after=5", "after=0:x", "after=99999999999:2026-01-01",
                                    "after=7:not-a-date", "before=%00:%00", "after=" + "9" * 700,
                                    "after=1:2026-13-45T99:99", "before=3:2026-01-01T00:00:00%2B07:00junk&page=x"])
def test_a_malformed_cursor_shows_the_first_page(client, make, login, small_pages, cursor):
    world = arrange(make)
    _models(make, world, count=8)
    login(world.staff)
    response = client.get(f"/initiatives/?page=3&{cursor}")
    assert response.status_code == 200
    assert "Trang 1/3" in response.get_data(as_text=True)
