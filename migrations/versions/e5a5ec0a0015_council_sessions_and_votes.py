"""Council sessions: attendance, agenda, deliberation votes; each campaign's evaluation mode and vote share

Revision ID: e5a5ec0a0015
Revises: e1a5ec0a0011
Create Date: 2026-12-02 03:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5a5ec0a0015'
down_revision = 'e1a5ec0a0011'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evaluation_mode', sa.String(length=16), server_default='scoring',
                                      nullable=False))
        batch_op.add_column(sa.Column('vote_share_numerator', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('vote_share_denominator', sa.Integer(), server_default='2', nullable=False))
        batch_op.add_column(sa.Column('vote_share_strict', sa.Boolean(), server_default='1', nullable=False))

    op.create_table(
        'council_session',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('council_id', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('place', sa.String(length=255), nullable=False),
        sa.Column('chair_member_id', sa.Integer(), nullable=True),
        sa.Column('secretary_member_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['council_id'], ['council.id'], name='fk_council_session_council_id_council',
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['chair_member_id'], ['council_member.id'],
                                name='fk_council_session_chair_member_id_council_member', ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['secretary_member_id'], ['council_member.id'],
                                name='fk_council_session_secretary_member_id_council_member', ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['created_by_id'], ['user_account.id'],
                                name='fk_council_session_created_by_id_user_account'),
        sa.PrimaryKeyConstraint('id', name='pk_council_session'),
    )
    with op.batch_alter_table('council_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_session_council_id'), ['council_id'], unique=False)

    op.create_table(
        'session_attendance',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('present', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['council_session.id'],
                                name='fk_session_attendance_session_id_council_session', ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['council_member.id'],
                                name='fk_session_attendance_member_id_council_member', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name='pk_session_attendance'),
        sa.UniqueConstraint('session_id', 'member_id', name='uq_session_attendance_session_member'),
    )
    with op.batch_alter_table('session_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_attendance_member_id'), ['member_id'], unique=False)

    op.create_table(
        'session_agenda_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('initiative_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['council_session.id'],
                                name='fk_session_agenda_item_session_id_council_session', ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'],
                                name='fk_session_agenda_item_initiative_id_initiative', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name='pk_session_agenda_item'),
        sa.UniqueConstraint('session_id', 'initiative_id', name='uq_session_agenda_session_initiative'),
    )
    with op.batch_alter_table('session_agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_agenda_item_initiative_id'), ['initiative_id'], unique=False)

    op.create_table(
        'session_vote',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('initiative_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('round', sa.Integer(), nullable=False),
        sa.Column('choice', sa.String(length=16), nullable=False),
        sa.Column('exemplary', sa.Boolean(), nullable=False),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['council_session.id'],
                                name='fk_session_vote_session_id_council_session', ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'],
                                name='fk_session_vote_initiative_id_initiative', ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['council_member.id'],
                                name='fk_session_vote_member_id_council_member', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name='pk_session_vote'),
        sa.UniqueConstraint('session_id', 'initiative_id', 'member_id', 'round', name='uq_session_vote'),
    )
    with op.batch_alter_table('session_vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_vote_initiative_id'), ['initiative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_vote_member_id'), ['member_id'], unique=False)


def downgrade():
    for table in ('session_vote', 'session_agenda_item', 'session_attendance', 'council_session'):
        op.drop_table(table)
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        for column in ('vote_share_strict', 'vote_share_denominator', 'vote_share_numerator', 'evaluation_mode'):
            batch_op.drop_column(column)
