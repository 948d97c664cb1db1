"""deadline_extension: staff extend a campaign's registration or evaluation deadline, per campaign or subtree

Revision ID: e1a5ec0a0011
Revises: d4a5ec0a0004
Create Date: 2026-12-02 03:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e1a5ec0a0011'
down_revision = 'd4a5ec0a0004'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'deadline_extension',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('campaign_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('unit_id', sa.Integer(), nullable=True),
        sa.Column('new_date', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name='fk_deadline_extension_campaign_id_campaign',
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name='fk_deadline_extension_unit_id_unit'),
        sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'],
                                name='fk_deadline_extension_created_by_id_user_account', ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name='pk_deadline_extension'),
    )
    op.create_index('ix_deadline_extension_campaign_kind', 'deadline_extension', ['campaign_id', 'kind'])


def downgrade():
    op.drop_index('ix_deadline_extension_campaign_kind', table_name='deadline_extension')
    op.drop_table('deadline_extension')
