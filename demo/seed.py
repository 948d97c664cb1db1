"""The demo seeding service: build the province, its accounts, its councils and ~300 initiatives.

Every initiative reaches its state through the workflow service, fired by the right person: the
unit's officer, the board's staff, the council's chair or secretary; members score with score sheets.

It only flushes: the `flask seed-demo` command owns the transaction and commits once at the end.
"""

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from flask_babel import gettext as _
from sqlalchemy import bindparam, exists, insert, select, update

from demo.council import CouncilWork, date_council_work, step_moment
from demo.data import (
    ADMIN_EMAIL,
    COMMUNE_UNITS,
    COMMUNES,
    CURRENT_WEIGHTS,
    DEMO_DOMAIN,
    DEMO_PASSWORD,
    FIELDS,
    LOGIN_UNIT_PATHS,
    MEMBER_HOME_COMMUNE,
    PREVIOUS_WEIGHTS,
    PROVINCE,
    PROVINCE_ACCOUNTS,
    PROVINCE_UNITS,
    RENEWABLE_PATHS,
    RETURN_REASONS,
    ROOT_UNIT_NAME,
    RURAL_HAMLETS,
    SHEET_STEPS,
    STATUS_PATHS,
    TRIGGER_ACTORS,
    UNIT_ACCOUNTS,
    URBAN_HAMLETS,
    WITHDRAW_REASONS,
    make_person,
    make_phone,
)
from demo.old_tree import OldTree
from demo.paperwork import seed_paperwork
from demo.plans import Plan, Registrant
from demo.sessions import hold_demo_session
from demo.themes import THEMES, dossier, exemplar_title, exemplars_for, themes_for
from registry.codes import format_code, reserve_codes
from registry.extensions import db
from registry.models import Campaign, Field, Indicator, Initiative, RoleAssignment, Unit, User
from registry.refusals import STATE, Refused
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from registry.text import fold
from registry.unit_tree import create_unit
from workflows.machine import INITIAL_STATE, SEAT_CHAIR, SEAT_SECRETARY, S, T
from workflows.models import TransitionLog
from workflows.outbox.queue import mail_muted
from workflows.transitions import fire

ABSENT, PRESENT, FOREIGN = "absent", "present", "foreign"
#: How many initiatives the demo holds in each campaign, beyond the login units' own.
PREVIOUS_COUNT, CURRENT_COUNT, RENEWAL_COUNT = 80, 130, 30
#: Share of individual exemplars among generated initiatives.
EXEMPLAR_SHARE = 0.12

def demo_status() -> str:
    """Tell whether the database is empty (ABSENT), holds the demo (PRESENT) or other data (FOREIGN)."""
    if db.session.scalar(select(exists().where(User.is_demo.is_(False)))):
        return FOREIGN
    if db.session.scalar(select(exists().where(User.email == ADMIN_EMAIL, User.is_demo.is_(True)))):
        return PRESENT
    for model in (User, Unit, Initiative):
        if db.session.scalar(select(model.id).limit(1)) is not None:
            return FOREIGN
    return ABSENT


def campaign_phase(year: int) -> str:
    """Return the five-year phase a year belongs to: 2025 -> "2021–2025", 2026 -> "2026–2030"."""
    start = year - (year - 2021) % 5
    return f"{start}–{start + 4}"


def seed_demo(seed: int = 2026) -> bool:
    """Build the demo province; return False (changing nothing) when it is already there.

    :raise Refused: "state" when the database holds data that is not the demo's (seeding would mix the two).
    """
    status = demo_status()
    if status == PRESENT:
        return False
    if status == FOREIGN:
        raise Refused(_("Refused: the database holds data that is not the demo's "
                        "(users, units or initiatives). Nothing was written."), STATE)
    _DemoBuilder(random.Random(seed)).build()
    return True


class _DemoBuilder:
    """Builds the demo in order: tree, fields, campaigns, accounts, councils, then initiatives."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.now = datetime.now(UTC)
        # One hash for every demo account: they share the password, and hashing is the slow part.
        # The demo deliberately bypasses the password policy (registry.auth.passwords) and does not set
        # must_change_password: everyone trying the demo signs in with the published "demo1234" at once.
        # Demo accounts (is_demo) never belong in production; the seeder refuses to run beside real data.
        hasher = User()
        hasher.set_password(DEMO_PASSWORD)
        self.password_hash = hasher.password_hash
        self.registrants: list[Registrant] = []
        self.communes: list[dict[str, Registrant]] = []

    def build(self) -> None:
        """Create everything, flushing as it goes."""
        root = self._tree()
        self.old = OldTree(self, root)  # the 2024 campaign's districts and communes (demo.old_tree)
        self.fields = self._fields()
        self.current, self.previous = self._campaigns()
        self.old.add_campaign()
        self.staff = self._accounts(root)
        home_unit = self.communes[MEMBER_HOME_COMMUNE[1]]["party"].unit
        self.work = CouncilWork(self.rng, self.now, self.staff, home_unit)
        for campaign in (self.current, self.previous, self.old.campaign):
            self.work.set_up(campaign, root).council.created_at = datetime(campaign.year, 6, 1, 8, tzinfo=UTC)
        # The replayed registrations, sheets and votes happened before the deadlines, but the services check
        # them against today: the deadlines are set aside while the history is replayed, then put back.
        deadlines = {campaign: (campaign.registration_deadline, campaign.evaluation_deadline)
                     for campaign in (self.current, self.previous, self.old.campaign)}
        for campaign in deadlines:
            campaign.registration_deadline = campaign.evaluation_deadline = None
        hold_demo_session(self.rng, self.work, self.previous)  # last year's council decided by vote
        with mail_muted():  # months-old events: nobody awaits their mail
            self._initiatives()
            admin = db.session.scalar(select(User).where(User.email == ADMIN_EMAIL))
            self.old.reorganise(admin, [members["party"].unit for members in self.communes])
        for campaign, (registration, evaluation) in deadlines.items():
            campaign.registration_deadline, campaign.evaluation_deadline = registration, evaluation
        seed_paperwork(self.staff)

    def _tree(self) -> Unit:
        root = create_unit(ROOT_UNIT_NAME, "party", "province")
        for kind, group, name in PROVINCE_UNITS:
            commune = self.rng.choice(COMMUNES)
            hamlet = self.rng.choice(RURAL_HAMLETS if commune[0] == "xã" else URBAN_HAMLETS)
            place = {"commune": f"{commune[0]} {commune[1]}", "short": commune[1],
                     "hamlet": f"{hamlet}, {commune[0]} {commune[1]}", "unit": name}
            partners = [f"Ủy ban MTTQ Việt Nam tỉnh {PROVINCE}", f"Ủy ban nhân dân {place['commune']}"]
            self.registrants.append(Registrant(create_unit(name, group, "province", root), kind, place, partners))
        for index, (kind, short) in enumerate(COMMUNES):
            self.communes.append(self._commune(root, index, kind, short))
        return root

    def _commune(self, root: Unit, index: int, kind: str, short: str) -> dict[str, Registrant]:
        commune = f"{kind} {short}"
        committee = create_unit(f"Đảng ủy {commune}", "party", "commune", root)
        hamlet, other_hamlet = self.rng.sample(RURAL_HAMLETS if kind == "xã" else URBAN_HAMLETS, 2)
        names = {"commune": commune, "short": short, "hamlet": hamlet, "other_hamlet": other_hamlet}
        members = {"party": Registrant(committee, "party", dict(names, unit=committee.name), [])}
        for template in COMMUNE_UNITS:
            if not _occurs(template.where, kind, index):
                continue
            name = template.pattern.format(**names)
            unit = create_unit(name, template.group, "commune", committee)
            own_hamlet = other_hamlet if template.kind == "residential" else hamlet
            members[template.kind] = Registrant(unit, template.kind, dict(names, hamlet=own_hamlet, unit=name), [])
        for registrant in members.values():
            others = [other.unit.name for other in members.values() if other is not registrant]
            registrant.partners = self.rng.sample(others, 2)
            self.registrants.append(registrant)
        return members

    def _fields(self) -> dict[str, Field]:
        fields = {}
        for position, (code, name) in enumerate(FIELDS, start=1):
            existing = db.session.scalar(select(Field).where((Field.code == code) | (Field.name == name)))
            fields[code] = existing or Field(code=code, name=name, position=position)
            db.session.add(fields[code])
        db.session.flush()
        return fields

    def _campaigns(self) -> tuple[Campaign, Campaign]:
        year = self.now.year
        made = []
        for campaign_year, is_open in ((year, True), (year - 1, False)):
            registration, evaluation = date(campaign_year, 5, 31), date(campaign_year, 11, 30)
            if is_open:
                # The server refuses registrations after the deadline: the open campaign's one stays ahead of
                # the day the demo is seeded (a month at least), so that the demo can still register models.
                registration = max(registration, self.now.date() + timedelta(days=30))
                evaluation = max(evaluation, registration + timedelta(days=30))
            campaign = db.session.scalar(select(Campaign).where(Campaign.year == campaign_year)) or Campaign(
                year=campaign_year, name=f"Phong trào thi đua “Dân vận khéo” năm {campaign_year}",
                phase=campaign_phase(campaign_year),
                description=f"Đăng ký, đánh giá, công nhận mô hình “Dân vận khéo” năm {campaign_year} "
                            f"trên địa bàn tỉnh {PROVINCE}.",
                registration_deadline=registration, evaluation_deadline=evaluation, is_open=is_open)
            db.session.add(campaign)
            made.append(campaign)
        db.session.flush()
        return made[0], made[1]

    def _account(self, email: str, full_name: str, role: str, units: list[Unit]) -> User:
        user = User(email=email, full_name=full_name, password_hash=self.password_hash, is_demo=True)
        user.roles = [RoleAssignment(role=role, unit=unit) for unit in units]
        db.session.add(user)
        return user

    def _accounts(self, root: Unit) -> User:
        """Create the listed logins and one focal officer per commune (and one for the province)."""
        province = {account.role: self._account(account.email, account.full_name, account.role, [root])
                    for account in PROVINCE_ACCOUNTS}
        province_units = [r.unit for r in self.registrants if r.unit.level == "province"]
        province_officer = self._account(f"canbo.tinh@{DEMO_DOMAIN}", make_person(self.rng).full_name,
                                         ROLE_OFFICER, province_units)
        for registrant in self.registrants:
            if registrant.unit.level == "province":
                registrant.officer = province_officer
        for members in self.communes:
            commune = members["party"].place["commune"]
            officer = self._account(f"canbo.{fold(commune).replace(' ', '-')}@{DEMO_DOMAIN}",
                                    make_person(self.rng).full_name, ROLE_OFFICER,
                                    [r.unit for r in members.values()])
            for registrant in members.values():
                registrant.officer = officer
        for account in UNIT_ACCOUNTS:
            registrant = self.communes[account.commune_index][account.unit_kind]
            registrant.officer = self._account(account.email, account.full_name, account.role, [registrant.unit])
        db.session.flush()
        return province[ROLE_STAFF]

    def _initiatives(self) -> None:
        login_units = [self.communes[a.commune_index][a.unit_kind] for a in UNIT_ACCOUNTS]
        previous = [self._plan(r, self.previous, path) for r in login_units for path in LOGIN_UNIT_PATHS["previous"]]
        previous += [self._plan(self.rng.choice(self.registrants), self.previous,
                                _weighted(self.rng, PREVIOUS_WEIGHTS)) for _ in range(PREVIOUS_COUNT)]
        current = [self._plan(r, self.current, path) for r in login_units for path in LOGIN_UNIT_PATHS["current"]]
        current += [self._plan(self.rng.choice(self.registrants), self.current,
                               _weighted(self.rng, CURRENT_WEIGHTS)) for _ in range(CURRENT_COUNT)]
        renewable = [plan for plan in previous if plan.path in RENEWABLE_PATHS]
        current += [self._renewal(plan) for plan in self.rng.sample(renewable, RENEWAL_COUNT)]
        for plans, weights in ((previous, PREVIOUS_WEIGHTS), (current, CURRENT_WEIGHTS)):
            drawn = {plan.path for plan in plans}  # every path of the campaign shows at least once
            plans += [self._plan(self.rng.choice(self.registrants), plans[0].campaign, path)
                      for path in weights if path not in drawn]
        login_unit_ids = {registrant.unit.id for registrant in login_units}
        next(plan for plan in current if plan.path == "scoring_some"
             and plan.registrant.unit.id not in login_unit_ids).declares_conflict = True
        older = self.old.plans()
        for plans in (older, previous, current):
            plans.sort(key=lambda plan: plan.created_at)  # codes follow the order of registration
            first = reserve_codes(plans[0].campaign.year, len(plans))
            for number, plan in enumerate(plans, start=first):
                self._create(plan, format_code(plan.campaign.year, number))
        self._finish(older + previous + current)

    def _plan(self, registrant: Registrant, campaign: Campaign, path: str) -> Plan:
        place = dict(registrant.place, year=campaign.year)
        exemplars = exemplars_for(registrant.kind)
        exemplar = self.rng.choice(exemplars) if exemplars and self.rng.random() < EXEMPLAR_SHARE else None
        theme = THEMES[exemplar.theme] if exemplar else self.rng.choice(themes_for(registrant.kind))
        texts, indicators = dossier(theme, place, self.rng)
        plan = Plan(registrant, campaign, path, self._start(campaign.year), texts, indicators, theme.field)
        if exemplar:
            plan.person = make_person(self.rng)
            plan.texts["title"], plan.position = exemplar_title(plan.person, exemplar, place, self.rng)
        if path == S.draft and self.rng.random() < 0.35:  # a draft still being written
            for name in self.rng.sample(["outputs", "sustainability", "resources_and_timeline", "forces"], 2):
                plan.texts[name] = ""
        return plan

    def _renewal(self, earlier: Plan) -> Plan:
        """Plan this year's renewal of last year's entry: same unit, title and person, fresh dossier."""
        plan = self._plan(earlier.registrant, self.current, _weighted(self.rng, CURRENT_WEIGHTS))
        plan.texts = dict(earlier.texts, situation=f"Mô hình đã triển khai năm {earlier.campaign.year}, "
                          f"đạt kết quả bước đầu; năm {self.current.year} tiếp tục duy trì và mở rộng. "
                          + earlier.texts["situation"])
        plan.indicators, plan.field_code = earlier.indicators, earlier.field_code
        plan.person, plan.position, plan.renewal_of = earlier.person, earlier.position, earlier
        return plan

    def _start(self, year: int) -> datetime:
        """Return when a dossier was opened: between mid-January and May, never in the future."""
        start = datetime(year, 1, 15, 8, tzinfo=UTC)
        end = min(datetime(year, 5, 20, 17, tzinfo=UTC), self.now - timedelta(days=30))
        if end <= start:
            start, end = self.now - timedelta(days=30), self.now - timedelta(days=20)
        return start + (end - start) * self.rng.random()

    def _create(self, plan: Plan, code: str) -> None:
        """Create one initiative and walk it along its path through the workflow service."""
        registrant, person, field_row = plan.registrant, plan.person, self.fields[plan.field_code]
        contact = person or make_person(self.rng)
        # Ids as well as objects: the workflow's checks read them before the first flush, and
        # leaving that flush to fire() saves one per initiative.
        initiative = Initiative(
            code=code, field=field_row, field_id=field_row.id, campaign=plan.campaign, campaign_id=plan.campaign.id,
            unit=registrant.unit, unit_id=registrant.unit.id, partner_units="; ".join(registrant.partners),
            subject_type="individual" if person else "collective",
            individual_name=person.full_name if person else "", individual_position=plan.position,
            individual_gender=person.gender if person else "",
            individual_birth_year=person.birth_year if person else None,
            individual_ethnicity=person.ethnicity if person else "",
            registration_kind="renewal" if plan.renewal_of else "new",
            renewed_from=plan.renewal_of.initiative if plan.renewal_of else None,
            target_level=self._target_level(registrant), contact_name=contact.full_name,
            contact_phone=make_phone(self.rng), created_by_id=registrant.officer.id,
            created_at=plan.created_at, updated_at=plan.created_at, status=INITIAL_STATE, evaluation_round=1,
            **plan.texts)
        db.session.add(initiative)
        plan.initiative = initiative
        moment = plan.created_at
        for step in STATUS_PATHS[plan.path]:
            if step in SHEET_STEPS:
                plan.sheets += self.work.sheets(initiative, SHEET_STEPS[step], moment)
                continue
            moment = step_moment(self.rng, step, moment, plan.campaign.year, self.now)
            if step == "assign":
                self.work.assign(initiative, plan.declares_conflict)
                plan.assigned_at = moment
                continue
            comment, inputs = self.work.inputs(step, initiative, moment)
            log = fire(initiative, step, self._actor(plan, step), comment or self._comment(step), **inputs)
            plan.history.append((log, moment))
            # Date the step now, not only in _finish: the next decision may not be dated before it.
            log.created_at = moment
            if step in (T.submit, T.resubmit):
                plan.submitted_at = initiative.submitted_at = moment
        plan.updated_at = moment

    def _finish(self, plans: list[Plan]) -> None:
        """Add the indicators, and give history rows and timestamps the dates of the story.

        Done in a few statements for all initiatives rather than a few per initiative. The workflow
        stamps history with the present; the demo's events happened earlier in the year.
        """
        db.session.flush()
        db.session.execute(insert(Indicator.__table__), [
            {"initiative_id": plan.initiative.id, "position": position, "name": name,
             "unit_of_measure": unit_of_measure, "target": Decimal(target), "actual": self._actual(plan, target)}
            for plan in plans for position, (name, unit_of_measure, target) in enumerate(plan.indicators)])
        log_table, initiative_table = TransitionLog.__table__, Initiative.__table__
        db.session.execute(update(log_table).where(log_table.c.id == bindparam("log_id"))
                           .values(created_at=bindparam("at")),
                           [{"log_id": log.id, "at": at} for plan in plans for log, at in plan.history])
        db.session.execute(update(initiative_table).where(initiative_table.c.id == bindparam("initiative_id"))
                           .values(submitted_at=bindparam("submitted"), updated_at=bindparam("updated")),
                           [{"initiative_id": plan.initiative.id, "submitted": plan.submitted_at,
                             "updated": plan.updated_at} for plan in plans])
        date_council_work([(plan.initiative.id, plan.assigned_at) for plan in plans if plan.assigned_at],
                          [sheet for plan in plans for sheet in plan.sheets])
        db.session.expire_all()

    def _actual(self, plan: Plan, target: int) -> Decimal | None:
        """Return an indicator's actual value: known once a council evaluates it, or at last year's end."""
        steps = STATUS_PATHS[plan.path]
        if "assign" in steps or (plan.campaign is self.previous and steps[-1:] in ((T.submit,), (T.resubmit,))):
            return Decimal(round(target * self.rng.uniform(0.8, 1.25)))
        return None

    def _actor(self, plan: Plan, trigger: str) -> User:
        """Return who fires `trigger`: the unit's own officer, the board's staff, or a council seat."""
        actor = TRIGGER_ACTORS[trigger]
        if actor == ROLE_OFFICER:
            return plan.registrant.officer
        if actor in (SEAT_CHAIR, SEAT_SECRETARY):
            return self.work.seat_user(plan.campaign, "chair" if actor == SEAT_CHAIR else "secretary")
        return self.staff

    def _comment(self, trigger: str) -> str:
        if trigger == T.return_for_revision:
            return self.rng.choice(RETURN_REASONS)
        if trigger == T.withdraw:
            return self.rng.choice(WITHDRAW_REASONS)
        return ""

    def _target_level(self, registrant: Registrant) -> str:
        if registrant.unit.level == "province":
            return "national" if self.rng.random() < 0.15 else "province"
        return "province" if self.rng.random() < 0.15 else "commune"


def _occurs(where: str, kind: str, index: int) -> bool:
    """Tell whether a commune unit template applies to the `index`-th commune of `kind`."""
    return (where == "all" or (where == "rural" and kind == "xã") or (where == "urban" and kind == "phường")
            or (where == "even" and index % 2 == 0))


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    """Pick a status path by weight."""
    return rng.choices(list(weights), weights=list(weights.values()))[0]
