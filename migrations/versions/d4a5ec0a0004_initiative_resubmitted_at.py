"""initiative.resubmitted_at: a resubmission no longer overwrites the first submission's date

Existing rows get NULL: the date of an earlier resubmission was overwritten into submitted_at and
cannot be told apart now.

Revision ID: d4a5ec0a0004
Revises: c2a5ec0a0002
Create Date: 2026-12-02 00:35:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4a5ec0a0004'
down_revision = 'c2a5ec0a0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resubmitted_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_column('resubmitted_at')
