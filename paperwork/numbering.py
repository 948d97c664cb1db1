"""Registers and numbers: the next number of an issuer's register, proposed and reserved atomically.

Two people deciding at once never get the same number: the reservation is one `UPDATE … SET last_number =
last_number + 1 … RETURNING`, which on PostgreSQL holds the register's row lock until the transaction ends
(the second transaction waits, then reads the first one's number and adds one). A number that was reserved
by a transaction that rolled back was never stored, so nothing holds it; a stored number is never given again.
"""

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from paperwork.models import DOC_DECISION, Issuer, Register
from registry.extensions import db


def period_key(issuer: Issuer, day: date) -> str:
    """Return the numbering period of `day` for `issuer`: its calendar year, or the term it falls in."""
    if issuer.numbering_period == "term" and issuer.term_start is not None and day >= issuer.term_start:
        return f"T{issuer.term_start.isoformat()}"
    return str(day.year)


def register_for(issuer: Issuer, doc_type: str, day: date) -> Register:
    """Return the register of `issuer` × `doc_type` × the period of `day`, creating it (race-free) when new."""
    key = period_key(issuer, day)
    insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
    db.session.execute(insert(Register).values(issuer_id=issuer.id, doc_type=doc_type, period_key=key, last_number=0)
                       .on_conflict_do_nothing(index_elements=["issuer_id", "doc_type", "period_key"]))
    return db.session.scalars(select(Register).where(
        Register.issuer_id == issuer.id, Register.doc_type == doc_type, Register.period_key == key)).one()


def proposed_number(issuer: Issuer, day: date, doc_type: str = DOC_DECISION) -> int:
    """Return the number the next document would get today (a proposal: reserving may give a later one)."""
    key = period_key(issuer, day)
    last = db.session.scalar(select(Register.last_number).where(
        Register.issuer_id == issuer.id, Register.doc_type == doc_type, Register.period_key == key))
    return (last or 0) + 1


def reserve_number(issuer: Issuer, day: date, doc_type: str = DOC_DECISION) -> tuple[Register, int]:
    """Reserve the next number of the register for `day`, atomically; return the register and the number."""
    register = register_for(issuer, doc_type, day)
    number = db.session.execute(
        update(Register).where(Register.id == register.id).values(last_number=Register.last_number + 1)
        .returning(Register.last_number), execution_options={"synchronize_session": False}).scalar_one()
    register.last_number = number  # what the session shows, without another read
    return register, number


def reserve_numbers(issuer: Issuer, day: date, count: int, doc_type: str) -> tuple[Register, range]:
    """Reserve `count` consecutive numbers at once (the certificates of one decision); return them as a range."""
    register = register_for(issuer, doc_type, day)
    last = db.session.execute(
        update(Register).where(Register.id == register.id).values(last_number=Register.last_number + count)
        .returning(Register.last_number), execution_options={"synchronize_session": False}).scalar_one()
    register.last_number = last
    return register, range(last - count + 1, last + 1)


def number_text(issuer: Issuer, number: int | None, doc_type: str = DOC_DECISION) -> str:
    """Write a number the way the issuer's kind writes it: 123-QĐ/BTGDVTU (party), 15/QĐ-UBND (state, Front)."""
    shown = "…" if number is None else str(number)
    if issuer.kind == "party":
        return f"{shown}-{doc_type}/{issuer.short_code}"
    return f"{shown}/{doc_type}-{issuer.short_code}"


def number_line(issuer: Issuer, text: str) -> str:
    """Return the number line of the header: "Số 123-QĐ/BTGDVTU" (party) or "Số: 15/QĐ-UBND"."""
    return f"Số {text}" if issuer.kind == "party" else f"Số: {text}"
