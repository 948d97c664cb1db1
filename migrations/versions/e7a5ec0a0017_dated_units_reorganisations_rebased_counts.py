"""Dated units, reorganisation events and successions, and the re-based summary tables

Every unit gets valid_from / valid_to (NULL: open). A reorganisation event (merge, split, rename,
move) links the units it closed to their successors, one of them the main one; unit_current maps each
closed unit onto today's unit its statistics fold into. report_rebased_count and
report_rebased_unit_registrations mirror the two summary tables counted under today's units: with no
unit closed yet they equal them, so they are filled by copying.

Revision ID: e7a5ec0a0017
Revises: e6a5ec0a0016
Create Date: 2026-12-02 03:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e7a5ec0a0017'
down_revision = 'e6a5ec0a0016'
branch_labels = None
depends_on = None

_DIMENSIONS = ('campaign_id', 'unit_id', 'unit_level', 'unit_group', 'field_id', 'status', 'subject_type',
               'registration_kind')


def _summary_table(name):
    op.create_table(name,
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('unit_level', sa.String(length=16), nullable=False),
    sa.Column('unit_group', sa.String(length=32), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('subject_type', sa.String(length=16), nullable=False),
    sa.Column('registration_kind', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f(f'fk_{name}_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f(f'fk_{name}_field_id_field'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f(f'fk_{name}_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint(*_DIMENSIONS, name=op.f(f'pk_{name}'))
    )


def upgrade():
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_to', sa.Date(), nullable=True))

    op.create_table('reorganisation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('legal_basis', sa.String(length=255), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_reorganisation_event_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reorganisation_event'))
    )
    op.create_table('unit_succession',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('predecessor_id', sa.Integer(), nullable=False),
    sa.Column('successor_id', sa.Integer(), nullable=False),
    sa.Column('is_main', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['reorganisation_event.id'], name=op.f('fk_unit_succession_event_id_reorganisation_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['predecessor_id'], ['unit.id'], name=op.f('fk_unit_succession_predecessor_id_unit')),
    sa.ForeignKeyConstraint(['successor_id'], ['unit.id'], name=op.f('fk_unit_succession_successor_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_succession')),
    sa.UniqueConstraint('event_id', 'predecessor_id', 'successor_id', name='uq_unit_succession_event_predecessor_successor')
    )
    with op.batch_alter_table('unit_succession', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_succession_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_succession_predecessor_id'), ['predecessor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_succession_successor_id'), ['successor_id'], unique=False)
    op.create_table('unit_current',
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('current_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['current_id'], ['unit.id'], name=op.f('fk_unit_current_current_id_unit')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_current_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('unit_id', name=op.f('pk_unit_current'))
    )
    with op.batch_alter_table('unit_current', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_current_current_id'), ['current_id'], unique=False)

    _summary_table('report_rebased_count')
    with op.batch_alter_table('report_rebased_count', schema=None) as batch_op:
        batch_op.create_index('ix_report_rebased_count_unit_campaign', ['unit_id', 'campaign_id'], unique=False)
    op.create_table('report_rebased_unit_registrations',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_report_rebased_unit_registrations_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_report_rebased_unit_registrations_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('campaign_id', 'unit_id', name=op.f('pk_report_rebased_unit_registrations'))
    )
    # No unit is closed yet: the re-based counts are the recorded ones.
    columns = ', '.join(_DIMENSIONS + ('count',))
    op.execute(f'INSERT INTO report_rebased_count ({columns}) SELECT {columns} FROM report_count')
    op.execute('INSERT INTO report_rebased_unit_registrations (campaign_id, unit_id, count) '
               'SELECT campaign_id, unit_id, count FROM report_unit_registrations')


def downgrade():
    op.drop_table('report_rebased_unit_registrations')
    with op.batch_alter_table('report_rebased_count', schema=None) as batch_op:
        batch_op.drop_index('ix_report_rebased_count_unit_campaign')
    op.drop_table('report_rebased_count')
    with op.batch_alter_table('unit_current', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_current_current_id'))
    op.drop_table('unit_current')
    with op.batch_alter_table('unit_succession', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_succession_successor_id'))
        batch_op.drop_index(batch_op.f('ix_unit_succession_predecessor_id'))
        batch_op.drop_index(batch_op.f('ix_unit_succession_event_id'))
    op.drop_table('unit_succession')
    op.drop_table('reorganisation_event')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_column('valid_to')
        batch_op.drop_column('valid_from')
