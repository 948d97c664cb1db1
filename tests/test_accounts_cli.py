"""`flask create-admin` makes the first administrator of a fresh install."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Unit, User


def test_create_admin_on_an_empty_install_creates_the_root_unit(runner):
    result = runner.invoke(args=["create-admin", "Chief@Example.vn", "--name", "Nguyễn Văn Quản",
                                 "--root-unit", "Tỉnh ủy Mẫu", "--password", "Trống đồng Đông Sơn"])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User))
    assert user.email == "chief@example.vn"
    assert user.is_admin
    assert user.check_password("Trống đồng Đông Sơn")
    assert db.session.scalar(select(Unit)).name == "Tỉnh ủy Mẫu"


def test_create_admin_refuses_a_short_password_and_writes_nothing(runner):
    result = runner.invoke(args=["create-admin", "a@example.vn", "--name", "A", "--root-unit", "T",
                                 "--password", "short"])
    assert result.exit_code != 0
    assert db.session.scalar(select(User)) is None


def test_create_admin_needs_a_root_unit_name_on_an_empty_tree(runner):
    result = runner.invoke(args=["create-admin", "a@example.vn", "--name", "A", "--password", "Trống đồng Đông Sơn"])
    assert result.exit_code != 0
    assert "--root-unit" in result.output


def test_create_admin_refuses_a_taken_email(runner, make):
    make.user(email="a@example.vn")
    db.session.commit()
    result = runner.invoke(args=["create-admin", "A@example.vn", "--name", "A", "--root-unit", "T",
                                 "--password", "Trống đồng Đông Sơn"])
    assert result.exit_code != 0
