"""Bulk generation of demo initiatives for load tests: COPY on PostgreSQL, executemany on SQLite.

Rows are generated one batch at a time (memory stays flat) with their history rows, so every
initiative's status equals its last history row's `to_status`. The caller commits after each batch.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from flask_babel import gettext as _
from sqlalchemy import func, insert, select, text

from demo.council import BOARD_ISSUER, step_moment
from demo.data import (
    COMMUNES,
    CURRENT_WEIGHTS,
    DECISION_NUMBERS,
    DECISION_SUFFIX,
    DEMO_DOMAIN,
    PREVIOUS_WEIGHTS,
    REJECT_REASONS,
    RETURN_REASONS,
    REVOKE_REASONS,
    RURAL_HAMLETS,
    STATUS_PATHS,
    TRIGGER_ACTORS,
    URBAN_HAMLETS,
    WITHDRAW_REASONS,
    make_person,
    make_phone,
)
from demo.themes import EXEMPLARS, THEMES, Exemplar, dossier, exemplar_title
from registry.codes import format_code, reserve_codes
from registry.extensions import db
from registry.models import Campaign, Field, Initiative, RoleAssignment, Unit, User
from registry.refusals import STATE, Refused
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from registry.text import fold
from reports.summary import record_inserted
from workflows.machine import INITIAL_STATE, SEAT_CHAIR, SEAT_SECRETARY, TRIGGERS_BY_NAME, T
from workflows.models import TransitionLog

#: Share of the generated rows that go to the open campaign; the rest go to last year's.
CURRENT_SHARE = 0.6
EXEMPLAR_SHARE = 0.08
#: The kinds of unit (as the themes name them) that each stored unit group stands for.
GROUP_KINDS = {
    "party": ("party", "party_cell"),
    "government": ("government",),
    "front": ("front", "women", "farmers", "veterans", "youth"),
    "armed_forces": ("military", "police"),
    "residential": ("residential",),
    "school_enterprise": ("school", "coop", "enterprise"),
    "other": ("front",),
}
INITIATIVE_COLUMNS = (
    "code", "title", "subject_type", "individual_name", "individual_position", "individual_gender",
    "individual_birth_year", "individual_ethnicity", "field_id", "campaign_id", "unit_id", "partner_units",
    "political_task", "situation", "objectives", "content", "area_and_target", "forces",
    "resources_and_timeline", "outputs", "sustainability", "registration_kind", "renewed_from_id",
    "target_level", "contact_name", "contact_phone", "status", "version", "evaluation_round", "search_text",
    "created_by_id", "created_at", "updated_at", "submitted_at",
)
#: The reasons a trigger's history row carries.
BULK_COMMENTS = {T.return_for_revision: RETURN_REASONS, T.withdraw: WITHDRAW_REASONS, T.reject: REJECT_REASONS,
                 T.revoke: REVOKE_REASONS}
LOG_COLUMNS = ("initiative_id", "trigger", "from_status", "to_status", "actor_id", "comment", "created_at",
               "decision_number", "decision_date", "decision_issuer")


@dataclass(frozen=True)
class _Target:
    """A registering unit, as much of it as a generated row needs."""

    unit_id: int
    officer_id: int
    level: str
    group: str
    place: dict


@dataclass(frozen=True)
class _Year:
    """One campaign's ids, its reserved code numbers and its time window."""

    campaign_id: int
    year: int
    first_number: int
    start: datetime
    span: float
    weights: dict


class BulkGenerator:
    """Generates `count` initiatives in batches; construct it, commit, then iterate `batches()`."""

    def __init__(self, count: int, batch_size: int = 10_000, seed: int | None = None):
        """Load what every row needs once, and reserve the codes of both campaigns in one step each."""
        self.count, self.batch_size = count, max(1, batch_size)
        self.rng = random.Random(seed)
        self.now = datetime.now(UTC)
        self.targets = self._load_targets()
        self.fields = dict(db.session.execute(select(Field.code, Field.id)).all())
        if not self.targets or not self.fields:
            raise Refused(_("The demo's campaigns, fields or unit officers are missing."), STATE)
        self.staff_id = db.session.scalar(select(User.id).where(User.email == f"bandanvan@{DEMO_DOMAIN}"))
        # Chair and secretary triggers are signed by the demo's council seats (staff if they are gone).
        seat_ids = {role: db.session.scalar(select(User.id).where(User.email == f"{name}@{DEMO_DOMAIN}"))
                    for role, name in ((SEAT_CHAIR, "chutich"), (SEAT_SECRETARY, "thuky"))}
        self.actor_ids = {ROLE_STAFF: self.staff_id, **{role: seat_ids[role] or self.staff_id for role in seat_ids}}
        self.current_count = round(count * CURRENT_SHARE)
        self.years = (self._year(self.now.year, self.current_count, CURRENT_WEIGHTS),
                      self._year(self.now.year - 1, count - self.current_count, PREVIOUS_WEIGHTS))
        self.people = [make_person(self.rng) for _ in range(500)]
        self.paths = {name: _steps(triggers) for name, triggers in STATUS_PATHS.items()}
        self.render = lru_cache(maxsize=8192)(self._render)  # bounded: memory stays flat
        self.made = {0: 0, 1: 0}  # rows made so far per campaign, to number the codes
        self.themes_by_group = {group: [i for i, theme in enumerate(THEMES) if set(kinds) & set(theme.kinds)]
                                for group, kinds in GROUP_KINDS.items()}
        self.exemplars_by_group = {group: [e for e in EXEMPLARS if set(e.kinds) & set(kinds)]
                                   for group, kinds in GROUP_KINDS.items()}

    def _load_targets(self) -> list[_Target]:
        """Return every unit with a demo focal officer, with its commune's names (one query each)."""
        officers = dict(db.session.execute(
            select(RoleAssignment.unit_id, func.min(RoleAssignment.user_id))
            .join(User, User.id == RoleAssignment.user_id)
            .where(RoleAssignment.role == ROLE_OFFICER, User.is_demo.is_(True))
            .group_by(RoleAssignment.unit_id)).all())
        units = db.session.execute(select(Unit.id, Unit.name, Unit.level, Unit.group, Unit.parent_id, Unit.depth)
                                   .where(Unit.id.in_(list(officers))).order_by(Unit.id)).all()
        names = {unit.id: unit.name for unit in units}
        targets = []
        for unit in units:
            if unit.level == "province":
                kind, short = self.rng.choice(COMMUNES)
            else:
                committee = names.get(unit.parent_id, "") if unit.depth > 1 else unit.name
                kind, _space, short = committee.removeprefix("Đảng ủy ").partition(" ")
            hamlet = self.rng.choice(RURAL_HAMLETS if kind == "xã" else URBAN_HAMLETS)
            commune = f"{kind} {short}"
            if unit.level == "province":
                hamlet = f"{hamlet}, {commune}"
            place = {"commune": commune, "short": short, "hamlet": hamlet, "unit": unit.name}
            targets.append(_Target(unit.id, officers[unit.id], unit.level, unit.group, place))
        return targets

    def _year(self, year: int, count: int, weights: dict) -> _Year:
        campaign_id = db.session.scalar(select(Campaign.id).where(Campaign.year == year))
        if campaign_id is None:
            raise Refused(_("The demo's campaigns, fields or unit officers are missing."), STATE)
        first = reserve_codes(year, count) if count else 0
        start = datetime(year, 1, 15, 8, tzinfo=UTC)
        end = min(datetime(year, 5, 20, 17, tzinfo=UTC), self.now - timedelta(days=30))
        if end <= start:
            start, end = self.now - timedelta(days=30), self.now - timedelta(days=20)
        return _Year(campaign_id, year, first, start, (end - start).total_seconds(), weights)

    def _render(self, theme_index: int, target_index: int, year: int) -> tuple[dict, str]:
        """Return a dossier's texts and its folded title (cached: many rows share unit and theme)."""
        target = self.targets[target_index]
        texts, _indicators = dossier(THEMES[theme_index], dict(target.place, year=year), self.rng)
        return texts, fold(texts["title"])

    def batches(self) -> Iterator[int]:
        """Insert the rows batch by batch, yielding how many were inserted; commit after each."""
        done = 0
        while done < self.count:
            size = min(self.batch_size, self.count - done)
            rows, logs = self._generate(done, size)
            if db.session.get_bind().dialect.name == "postgresql":
                self._copy(rows, logs)
            else:
                self._executemany(rows, logs)
            record_inserted(INITIATIVE_COLUMNS, rows)  # the summary counts stay exact, same transaction
            done += size
            yield size

    def _generate(self, offset: int, size: int) -> tuple[list[tuple], list[tuple]]:
        """Return `size` initiative rows and their history rows (keyed by position in the batch)."""
        rows, logs = [], []
        for position in range(size):
            index = offset + position
            which = 0 if (index + 1) * self.current_count // self.count > index * self.current_count // self.count \
                else 1
            year = self.years[which]
            number = year.first_number + self.made[which]
            self.made[which] += 1
            target_index = self.rng.randrange(len(self.targets))
            target = self.targets[target_index]
            exemplars = self.exemplars_by_group.get(target.group)
            exemplar = self.rng.choice(exemplars) if exemplars and self.rng.random() < EXEMPLAR_SHARE else None
            theme_index = exemplar.theme if exemplar else self.rng.choice(self.themes_by_group[target.group])
            texts, folded = self.render(theme_index, target_index, year.year)
            paths = [name for name, weight in year.weights.items() if weight]
            # Each path once first, so that even a small load holds every state; then by weight.
            path = paths[self.made[which] - 1] if self.made[which] <= len(paths) else \
                self.rng.choices(list(year.weights), weights=list(year.weights.values()))[0]
            rows.append(self._row(year, number, target, theme_index, exemplar, texts, folded, position, path,
                                  logs))
        return rows, logs

    def _row(self, year: _Year, number: int, target: _Target, theme_index: int, exemplar: Exemplar | None,
             texts: dict, folded: str, position: int, path: str, logs: list) -> tuple:
        """Return one initiative row and append its history rows to `logs`."""
        rng = self.rng
        code = format_code(year.year, number)
        person, individual_position, title = None, "", texts["title"]
        field_code = THEMES[theme_index].field
        if exemplar:
            person = rng.choice(self.people)
            title, individual_position = exemplar_title(person, exemplar, dict(target.place, year=year.year), rng)
            folded = fold(title)
        created = year.start + timedelta(seconds=rng.random() * year.span)
        moment, submitted = created, None
        for trigger, from_status, to_status, actor_role in self.paths[path]:
            moment = step_moment(rng, trigger, moment, year.year, self.now)
            if trigger in (T.submit, T.resubmit):
                submitted = moment
            comment = rng.choice(BULK_COMMENTS[trigger]) if trigger in BULK_COMMENTS else ""
            actor = target.officer_id if actor_role == ROLE_OFFICER else self.actor_ids[actor_role]
            decision = ((f"{DECISION_NUMBERS[trigger]}-{DECISION_SUFFIX}", moment.date(), BOARD_ISSUER)
                        if trigger in DECISION_NUMBERS else (None, None, None))
            logs.append((position, trigger, from_status, to_status, actor, comment, moment, *decision))
        status = self.paths[path][-1][2] if self.paths[path] else INITIAL_STATE
        level = "province" if target.level == "province" else ("province" if rng.random() < 0.15 else "commune")
        return (
            code, title, "individual" if person else "collective", person.full_name if person else "",
            individual_position, person.gender if person else "", person.birth_year if person else None,
            person.ethnicity if person else "", self.fields.get(field_code) or next(iter(self.fields.values())),
            year.campaign_id, target.unit_id, "", texts["political_task"], texts["situation"],
            texts["objectives"], texts["content"], texts["area_and_target"], texts["forces"],
            texts["resources_and_timeline"], texts["outputs"], texts["sustainability"], "new", None, level,
            (person or rng.choice(self.people)).full_name, make_phone(rng), status, 1,
            1 + STATUS_PATHS[path].count(T.return_for_revision), f"{code.lower()} {folded}",
            target.officer_id, created, moment, submitted,
        )

    def _copy(self, rows: list[tuple], logs: list[tuple]) -> None:
        """Write the batch with PostgreSQL COPY, ids drawn from the table's own sequence."""
        ids = db.session.execute(text("SELECT nextval(pg_get_serial_sequence('initiative', 'id')) "
                                      "FROM generate_series(1, :n)"), {"n": len(rows)}).scalars().all()
        cursor = db.session.connection().connection.driver_connection.cursor()
        with cursor.copy(f"COPY initiative (id, {', '.join(INITIATIVE_COLUMNS)}) FROM STDIN") as copy:
            for initiative_id, row in zip(ids, rows, strict=True):
                copy.write_row((initiative_id, *row))
        with cursor.copy(f"COPY transition_log ({', '.join(LOG_COLUMNS)}) FROM STDIN") as copy:
            for position, *rest in logs:
                copy.write_row((ids[position], *rest))
        cursor.close()

    def _executemany(self, rows: list[tuple], logs: list[tuple]) -> None:
        """Write the batch with Core inserts (SQLite): the new ids are the last ones of the table.

        SQLite gives a new row max(id) + 1, and the first insert takes the write lock until commit,
        so the batch's ids are consecutive and end at the new max(id).
        """
        db.session.execute(insert(Initiative.__table__), [dict(zip(INITIATIVE_COLUMNS, row, strict=True))
                                                         for row in rows])
        last = db.session.scalar(select(func.max(Initiative.id)))
        first = last - len(rows) + 1
        db.session.execute(insert(TransitionLog.__table__), [
            dict(zip(LOG_COLUMNS, (first + position, *rest), strict=True)) for position, *rest in logs])


def _steps(path: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """Return a path's workflow triggers as (trigger, from, to, who fires it).

    Its council steps (assignment, score sheets) are left out: bulk rows carry history only.
    """
    steps, state = [], INITIAL_STATE
    for trigger in (step for step in path if step in TRIGGERS_BY_NAME):
        spec = TRIGGERS_BY_NAME[trigger]
        steps.append((trigger, state, spec.dest, TRIGGER_ACTORS[trigger]))
        state = spec.dest
    return steps
