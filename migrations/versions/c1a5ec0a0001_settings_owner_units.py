"""settings: an owner unit for campaigns, fields and commendation forms

Only administrators and the staff of the owner unit (or above it) change a campaign (with its rubric and
decision rules), a field or a commendation form. Every existing row is the province's: it gets the first
root unit of the tree. NULL stays allowed and means the top of the tree.

Revision ID: c1a5ec0a0001
Revises: a28b2163d7be
Create Date: 2026-12-01 23:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c1a5ec0a0001'
down_revision = 'a28b2163d7be'
branch_labels = None
depends_on = None

#: The tables whose rows get an owner unit.
OWNED = ('campaign', 'field', 'commendation_form')


def upgrade():
    for table in OWNED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('owner_unit_id', sa.Integer(), nullable=True))
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_owner_unit_id_unit'), 'unit', ['owner_unit_id'],
                                        ['id'])
        # The province (the first root unit) owns every setting made before owners existed.
        op.execute(sa.text(f'UPDATE {table} SET owner_unit_id = '
                           '(SELECT MIN(id) FROM unit WHERE parent_id IS NULL)'))


def downgrade():
    for table in reversed(OWNED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_owner_unit_id_unit'), type_='foreignkey')
            batch_op.drop_column('owner_unit_id')
