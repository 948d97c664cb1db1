"""`flask create-admin`: the first administrator of a fresh production install."""

import click
from flask import Flask
from flask_babel import gettext as _
from sqlalchemy import select

from registry.auth.passwords import password_problem
from registry.extensions import db
from registry.models import RoleAssignment, Unit, User
from registry.models.users import user_by_email
from registry.refusals import DATA, Refused
from registry.roles import ROLE_ADMIN
from registry.unit_tree import create_unit
from web.transaction import cli_commit


@click.command("create-admin")
@click.argument("email")
@click.option("--name", "full_name", required=True, help="Full name of the administrator.")
@click.option("--root-unit", default="", help="Name of the province's root unit, created when the tree is empty.")
@click.password_option(help="Password (asked twice when not given).")
def create_admin(email: str, full_name: str, root_unit: str, password: str) -> None:
    """Create an administrator over the root unit (creating that unit on an empty install)."""
    email = email.strip().lower()
    root = cli_commit(lambda: _add_admin(email, full_name, root_unit, password))
    click.echo(_("Administrator %(email)s created over “%(unit)s”.", email=email, unit=root.name))


def _add_admin(email: str, full_name: str, root_unit: str, password: str) -> Unit:
    """Add the administrator (and the root unit on an empty install); return the root unit; flush.

    :raise Refused: for a weak password, a taken e-mail, or an empty tree without `root_unit`.
    """
    problem = password_problem(password, [email, full_name])
    if problem:
        raise Refused(problem, DATA, "password")
    if user_by_email(email):
        raise Refused(_("A user with this e-mail already exists."), DATA, "email")
    root = db.session.scalar(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id))
    if root is None:
        if not root_unit.strip():
            raise Refused(_("The unit tree is empty: give --root-unit."), DATA, "root_unit")
        root = create_unit(root_unit, "party", "province")
    user = User(email=email, full_name=full_name.strip())
    user.set_password(password)
    user.roles.append(RoleAssignment(role=ROLE_ADMIN, unit=root))
    db.session.add(user)
    db.session.flush()
    return root


def init_app(app: Flask) -> None:
    """Add the command to `flask`."""
    app.cli.add_command(create_admin)
