"""The demo's paperwork: dated issuers, and a decision record with certificates for each recognition."""

from datetime import date

from sqlalchemy import func, select

from paperwork.issuers import issuers_valid_on
from paperwork.models import Certificate, Decision, Issuer
from registry.extensions import db
from workflows.machine import T
from workflows.models import TransitionLog


def test_the_demo_seeds_the_dated_boards_and_certificates_for_its_recognitions(runner):
    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    codes = {issuer.short_code: issuer for issuer in db.session.scalars(select(Issuer))}
    assert set(codes) == {"BDVTU", "BTGDVTU", "UBND", "MTTQ-BTT"}
    assert codes["BDVTU"].valid_to == date(2025, 2, 28) and codes["BTGDVTU"].valid_from == date(2025, 3, 1)
    party_2024 = [issuer.short_code for issuer in issuers_valid_on(date(2024, 6, 1)) if issuer.kind == "party"]
    assert party_2024 == ["BDVTU"]
    recognitions = db.session.scalars(select(TransitionLog).where(TransitionLog.trigger == T.recognize)).all()
    assert recognitions and all(log.decision_id is not None for log in recognitions)
    assert db.session.scalar(select(func.count(Decision.id))) >= 2
    certified = set(db.session.scalars(select(Certificate.initiative_id)))
    assert certified == {log.initiative_id for log in recognitions}
