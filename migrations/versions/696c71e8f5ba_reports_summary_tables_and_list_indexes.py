"""reports: summary tables kept exact per change, and indexes for commune counts and keyset pages

report_count holds counts per (campaign, rollup unit, the registering unit's level and group, field,
status, subject type, registration kind); report_unit_registrations the registered count of each unit
itself (coverage). Existing initiatives are counted once at upgrade; afterwards every change keeps
both exact in its own transaction (reports.summary).

Revision ID: 696c71e8f5ba
Revises: 879abf45b390
Create Date: 2026-11-22 01:09:18.585728

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '696c71e8f5ba'
down_revision = '879abf45b390'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('report_count',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('unit_level', sa.String(length=16), nullable=False),
    sa.Column('unit_group', sa.String(length=32), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('subject_type', sa.String(length=16), nullable=False),
    sa.Column('registration_kind', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_report_count_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f('fk_report_count_field_id_field'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_report_count_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('campaign_id', 'unit_id', 'unit_level', 'unit_group', 'field_id', 'status', 'subject_type', 'registration_kind', name=op.f('pk_report_count'))
    )
    with op.batch_alter_table('report_count', schema=None) as batch_op:
        batch_op.create_index('ix_report_count_unit_campaign', ['unit_id', 'campaign_id'], unique=False)

    op.create_table('report_unit_registrations',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_report_unit_registrations_campaign_id_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_report_unit_registrations_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('campaign_id', 'unit_id', name=op.f('pk_report_unit_registrations'))
    )
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_unit_campaign_dims', ['unit_id', 'campaign_id'], unique=False, postgresql_include=['status', 'field_id', 'subject_type', 'registration_kind'])
        batch_op.create_index('ix_initiative_updated_at_id', ['updated_at', 'id'], unique=False)

    # Count what is already there (nothing on a new database) so the summary starts exact.
    from reports.summary import rebuild

    # Only the tables as recorded exist at this revision (the re-based ones come with e7a5ec0a0017).
    rebuild(op.get_bind(), bases=("recorded",))



def downgrade():
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_updated_at_id')
        batch_op.drop_index('ix_initiative_unit_campaign_dims', postgresql_include=['status', 'field_id', 'subject_type', 'registration_kind'])

    op.drop_table('report_unit_registrations')
    with op.batch_alter_table('report_count', schema=None) as batch_op:
        batch_op.drop_index('ix_report_count_unit_campaign')

    op.drop_table('report_count')
