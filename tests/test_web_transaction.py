"""One service call through the transaction helper: committed on success, rolled back and explained on refusal."""

from flask import get_flashed_messages
from sqlalchemy import select

from registry.admin.forms import FieldForm
from registry.extensions import db
from registry.models import Field
from registry.refusals import Refused
from web.transaction import commit_or_refuse


def _refuse(message, field=None):
    db.session.add(Field(name="Tạm", code="TAM"))
    db.session.flush()
    raise Refused(message, fields=field)


def test_a_refusal_naming_a_field_is_shown_beside_it_and_nothing_is_written(app):
    with app.test_request_context(method="POST"):
        form = FieldForm()
        assert commit_or_refuse(lambda: _refuse("Mã đã có", "code"), form) == (False, None)
        assert form.code.errors == ["Mã đã có"]
        assert db.session.scalar(select(Field)) is None


def test_a_refusal_naming_no_field_becomes_a_flash(app):
    with app.test_request_context(method="POST"):
        form = FieldForm()
        assert commit_or_refuse(lambda: _refuse("Không có quyền"), form)[0] is False
        assert get_flashed_messages(with_categories=True) == [("danger", "Không có quyền")]


def test_success_commits_and_returns_the_result(app, make):
    with app.test_request_context(method="POST"):
        saved, field = commit_or_refuse(lambda: make.field("Kinh tế", "KT"), FieldForm())
        assert saved and field.code == "KT"
    db.session.rollback()
    assert db.session.scalar(select(Field.code)) == "KT"
