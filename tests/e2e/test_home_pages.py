"""The home page of each demo role at phone and desktop width: what it shows, that it fits, and axe-core finds no
serious or critical violation. The screenshots go to test-artifacts/home-<role>-<width>.png."""

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_accessibility import AXE, WIDTHS, _as, _demo, _first_link, _problems

#: Each role's demo account and the sections its home page must show (data-section names).
ROLES = {
    "officer": ("donvi1", ("returned", "drafts", "deadlines")),
    "member": ("uyvien1", ("sheets",)),
    "secretary": ("thuky", ("home-close",)),
    "chair": ("chutich", ("home-close", "home-decide", "home-select")),
    "staff": ("bandanvan", ("assign", "commend")),
    "leader": ("lanhdao", ("board",)),
}


def test_the_home_page_of_each_role_says_what_to_do_and_fits(live_server, page, runner):
    assert AXE.exists(), "axe-core is not vendored: run `bash scripts/ensure-axe.sh` (make test does)"
    _demo(runner)
    ARTIFACTS.mkdir(exist_ok=True)
    problems = []
    for role, (account, sections) in ROLES.items():
        _as(page, live_server, account)
        for width in WIDTHS:
            problems += _problems(page, live_server, "/", width)
            for section in sections:
                block = page.locator(f'[data-section="{section}"]')
                assert block.count() == 1, (role, section)
                assert block.locator("h2").inner_text().strip(), (role, section)
            # every listed item is one click from its page: each one carries a link
            for item in page.locator("[data-section] li[data-initiative]").all():
                assert item.locator("a[href]").count() >= 1, role
            page.screenshot(path=str(ARTIFACTS / f"home-{role}-{width}.png"), full_page=True)
        if role == "officer":
            returned = page.locator('[data-section="returned"] li[data-initiative]')
            assert returned.count() >= 1, "the demo officer has a returned dossier"
            assert returned.first.locator("[data-reason]").inner_text().strip() not in ("", "—")
            assert returned.first.locator("textarea[name=comment]").count() == 1
        if role == "member":
            assert page.locator('[data-section="sheets"] li[data-initiative]').count() >= 1
        if role == "leader":
            figures = page.locator("[data-figure]").all_inner_texts()
            assert len(figures) == 4 and all(text.replace(".", "").isdigit() for text in figures), figures
    # The campaign page where staff extend a deadline, and see every extension made.
    _as(page, live_server, "bandanvan")
    campaign = _first_link(page, live_server, "/admin/campaigns", r"^/admin/campaigns/\d+/edit$")
    for width in WIDTHS:
        problems += _problems(page, live_server, campaign, width)
        assert page.locator("#extensions form textarea[name=reason]").count() == 1
        page.screenshot(path=str(ARTIFACTS / f"campaign-extensions-{width}.png"), full_page=True)
    assert problems == [], "\n".join(problems)
