"""History notes: entries of an initiative's history that change no state (a decision's correction)

Revision ID: f3a5ec0a0023
Revises: f2a5ec0a0022
Create Date: 2026-12-02 04:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f3a5ec0a0023'
down_revision = 'f2a5ec0a0022'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'history_note',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('initiative_id', sa.Integer(),
                  sa.ForeignKey('initiative.id', name='fk_history_note_initiative_id_initiative', ondelete='CASCADE'),
                  nullable=False),
        sa.Column('kind', sa.String(32), nullable=False),
        sa.Column('old_value', sa.String(255), nullable=False),
        sa.Column('new_value', sa.String(255), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('decision_id', sa.Integer(),
                  sa.ForeignKey('decision.id', name='fk_history_note_decision_id_decision', ondelete='SET NULL'),
                  nullable=True),
        sa.Column('actor_id', sa.Integer(),
                  sa.ForeignKey('user_account.id', name='fk_history_note_actor_id_user_account'), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index('ix_history_note_initiative_id', 'history_note', ['initiative_id'])
    op.create_index('ix_history_note_decision_id', 'history_note', ['decision_id'])


def downgrade():
    op.drop_index('ix_history_note_decision_id', table_name='history_note')
    op.drop_index('ix_history_note_initiative_id', table_name='history_note')
    op.drop_table('history_note')
