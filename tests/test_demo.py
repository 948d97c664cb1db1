"""`flask seed-demo`: the demo province, its logins, its idempotence and its refusals."""

from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from demo.data import DEMO_PASSWORD, PROVINCE_ACCOUNTS, UNIT_ACCOUNTS
from registry.deadlines import local_today, registration_closed
from registry.dossier import missing_required_fields
from registry.extensions import db
from registry.models import Campaign, Indicator, Initiative, Unit, User
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from workflows.models import TransitionLog

LISTED_EMAILS = [account.email for account in (*PROVINCE_ACCOUNTS, *UNIT_ACCOUNTS)]


def seed(runner, *args):
    """Run `flask seed-demo` with `args` and return the result."""
    return runner.invoke(args=["seed-demo", *args])


def row_counts() -> dict[str, int]:
    """Return the number of rows of every table."""
    return {table.name: db.session.scalar(select(func.count()).select_from(table))
            for table in db.metadata.sorted_tables}


def last_history_status() -> dict[int, str]:
    """Return each initiative's last history row's to_status."""
    rows = db.session.execute(select(TransitionLog.initiative_id, TransitionLog.to_status)
                              .order_by(TransitionLog.initiative_id, TransitionLog.id))
    return dict(rows.all())


def user(email: str) -> User:
    return db.session.scalar(select(User).where(User.email == email))


def login_line(output: str, email: str) -> str:
    """Return the login table's line of `email`."""
    return next(line for line in output.splitlines() if line.startswith(email + " "))


def test_seed_creates_the_listed_accounts_in_distinct_units_and_a_second_run_changes_nothing(runner, app, make):
    result = seed(runner)
    assert result.exit_code == 0, result.output
    expected_roles = {"admin": ROLE_ADMIN, "bandanvan": ROLE_STAFF, "lanhdao": ROLE_VIEWER, "chutich": ROLE_COUNCIL,
                      "thuky": ROLE_COUNCIL, **{f"uyvien{n}": ROLE_COUNCIL for n in range(1, 5)},
                      **{f"donvi{n}": ROLE_OFFICER for n in range(1, 6)}}
    root = db.session.scalar(select(Unit).where(Unit.parent_id.is_(None)))
    for name, role in expected_roles.items():
        account = user(f"{name}@demo.dvk.vn")
        assert account is not None and account.is_demo, name
        assert [assignment.role for assignment in account.roles] == [role], name
        if role != ROLE_OFFICER:
            assert account.roles[0].unit_id == root.id
        assert f"{name}@demo.dvk.vn" in result.output
    assert DEMO_PASSWORD in result.output
    assert db.session.scalar(select(func.count()).where(User.is_demo.is_(False))) == 0
    # The login table names each council seat and each officer's unit with its commune.
    assert "Chủ tịch hội đồng" in login_line(result.output, "chutich@demo.dvk.vn")
    assert "Thư ký hội đồng" in login_line(result.output, "thuky@demo.dvk.vn")
    assert "Thành viên hội đồng" in login_line(result.output, "uyvien1@demo.dvk.vn")
    assert "Đảng ủy phường Bắc Sơn" in login_line(result.output, "uyvien4@demo.dvk.vn")
    assert "Trường THCS Yên Thịnh, xã Yên Thịnh" in login_line(result.output, "donvi5@demo.dvk.vn")
    assert "Hội đồng thẩm định mô hình “Dân vận khéo” tỉnh năm" in result.output
    # The five unit officers: different units, groups and communes, each unit in several states.
    units = [user(f"donvi{n}@demo.dvk.vn").roles[0].unit for n in range(1, 6)]
    assert len({unit.id for unit in units}) == 5
    assert len({unit.group for unit in units}) == 5
    communes = {unit.path.split("/")[2] for unit in units}  # "/root/commune/unit/"
    assert len(communes) == 5
    for unit in units:
        statuses = db.session.scalars(select(Initiative.status).where(Initiative.unit_id == unit.id)).all()
        assert len(statuses) >= 5
        assert {"draft", "registered", "returned", "withdrawn", "recognized", "not_recognized"} <= set(statuses)
    # Every listed account signs in with the shared demo password.
    for email in LISTED_EMAILS:
        response = app.test_client().post("/login", data={"email": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        assert "/login" not in response.headers["Location"]
        # The seeder bypasses the password policy on purpose: nobody is sent to choose a new password first.
        assert response.headers["Location"] != "/account/password" and not user(email).must_change_password

    # The province: every group at province level, about thirty communes with units of every group.
    assert root.level == "province" and root.name.startswith("Tỉnh ủy ")
    province_groups = set(db.session.scalars(select(Unit.group).where(Unit.parent_id == root.id,
                                                                       Unit.level == "province")))
    assert {"party", "government", "front", "armed_forces", "school_enterprise"} <= province_groups
    communes = db.session.scalars(select(Unit).where(Unit.parent_id == root.id, Unit.level == "commune")).all()
    assert 25 <= len(communes) <= 35
    assert all(commune.name.startswith(("Đảng ủy xã ", "Đảng ủy phường ")) for commune in communes)
    commune_groups = set(db.session.scalars(select(Unit.group).where(Unit.depth == 2)))
    assert {"party", "government", "front", "armed_forces", "residential", "school_enterprise"} <= commune_groups

    # A second run changes nothing and still prints the logins.
    before = row_counts()
    again = seed(runner)
    assert again.exit_code == 0
    assert row_counts() == before
    assert "admin@demo.dvk.vn" in again.output
    # Once someone adds real data beside the demo, the seeder refuses to touch it.
    make.user(ROLE_STAFF, email="real@example.vn")
    db.session.commit()
    before = row_counts()
    assert seed(runner, "--initiatives", "100").exit_code != 0
    assert row_counts() == before


def test_about_300_initiatives_with_history_full_dossiers_and_renewals(runner):
    seed(runner)
    assert row_counts().get("outbox_mail", 0) == 0  # the replayed history queues no notification
    initiatives = db.session.scalars(select(Initiative).options(selectinload(Initiative.indicators))).all()
    assert 280 <= len(initiatives) <= 400  # with the 2024 campaign under the old tree (demo.old_tree)
    last = last_history_status()
    for initiative in initiatives:
        assert last.get(initiative.id, "draft") == initiative.status, initiative.code
        assert 1 <= len(initiative.indicators) <= 3
        if initiative.status != "draft":
            assert missing_required_fields(initiative) == [], initiative.code
    old_tree, *campaigns = db.session.scalars(select(Campaign).order_by(Campaign.year)).all()
    assert old_tree.year == 2024 and not old_tree.is_open
    assert [c.is_open for c in campaigns] == [False, True]
    assert all(c.registration_deadline and c.evaluation_deadline and "–" in c.phase for c in campaigns)
    # The server refuses late registrations: the open campaign's deadline lies ahead of the seeding day.
    assert campaigns[1].registration_deadline > local_today() and registration_closed(campaigns[1]) is None
    assert campaigns[1].evaluation_deadline > campaigns[1].registration_deadline
    by_campaign = Counter(i.campaign_id for i in initiatives)
    assert all(by_campaign[c.id] >= 80 for c in campaigns) and by_campaign[old_tree.id] >= 30
    assert len({i.field_id for i in initiatives}) == 5
    individuals = [i for i in initiatives if i.subject_type == "individual"]
    assert individuals and all(i.individual_name and i.individual_birth_year for i in individuals)
    renewals = [i for i in initiatives if i.renewed_from_id]
    assert len(renewals) >= 10
    assert all(r.registration_kind == "renewal" and r.renewed_from.campaign_id == campaigns[0].id
               and r.campaign_id == campaigns[1].id for r in renewals)
    assert all(r.renewed_from.status in ("recognized", "exemplary", "commended") for r in renewals)
    # A believable spread: most registered or recognised, few revoked.
    counts = Counter(i.status for i in initiatives)
    assert counts["registered"] + counts["recognized"] > len(initiatives) / 2
    assert 0 < counts["revoked"] <= counts["commended"] + counts["exemplary"]


def test_bulk_seeds_the_demo_first_then_adds_rows_in_every_state_that_keep_the_history_invariant(runner):
    from registry.text import fold
    from workflows.machine import STATES

    result = seed(runner, "--initiatives", "300", "--batch-size", "100")
    assert result.exit_code == 0, result.output
    assert user("admin@demo.dvk.vn").is_demo
    with_indicators = select(Indicator.initiative_id)
    demo = db.session.scalar(select(func.count(Initiative.id)).where(Initiative.id.in_(with_indicators)))
    assert 280 <= demo <= 400
    # Generated rows carry no indicators (for speed): that tells them apart from the demo's own.
    added = db.session.scalars(select(Initiative).where(Initiative.id.not_in(with_indicators))).all()
    assert len(added) == 300
    all_codes = db.session.scalars(select(Initiative.code)).all()
    assert len(all_codes) == len(set(all_codes))
    last = last_history_status()
    for initiative in added:
        assert last.get(initiative.id, "draft") == initiative.status, initiative.code
        assert initiative.search_text == fold(f"{initiative.code} {initiative.title}")
        assert initiative.version == 1
        if initiative.status != "draft":
            assert missing_required_fields(initiative) == []
    assert {i.status for i in added} == set(STATES)
    # Bulk rows go to this year's and last year's campaigns (the 2024 one is the old tree's, demo.old_tree).
    assert {i.campaign_id for i in added} == set(db.session.scalars(select(Campaign.id).where(Campaign.year > 2024)))
    decided = db.session.scalars(select(TransitionLog).where(
        TransitionLog.initiative_id.in_([i.id for i in added]), TransitionLog.trigger == "recognize")).all()
    assert decided and all(log.decision_number.endswith("-QĐ/BTGDVTU") and log.decision_date for log in decided)
    assert runner.invoke(args=["check-integrity"]).exit_code == 0


@pytest.mark.parametrize("arrange", ["non_demo_user", "unit_without_demo"])
def test_seed_refuses_a_database_with_other_data_and_writes_nothing(runner, make, arrange):
    if arrange == "non_demo_user":
        make.user(ROLE_ADMIN, email="real@example.vn")
    else:
        make.unit("Tỉnh ủy thật", level="province")
    db.session.commit()
    before = row_counts()
    result = seed(runner)
    assert result.exit_code != 0
    assert "Từ chối" in result.output
    assert row_counts() == before


def test_if_empty_on_a_database_with_other_data_exits_0_and_writes_nothing(runner, make):
    make.user(ROLE_ADMIN, email="real@example.vn")
    db.session.commit()
    before = row_counts()
    result = seed(runner, "--if-empty")
    assert result.exit_code == 0
    assert row_counts() == before
