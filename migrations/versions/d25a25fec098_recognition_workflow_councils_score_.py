"""recognition workflow: councils, score sheets, decision rules, commendations

Revision ID: d25a25fec098
Revises: b88e079634eb
Create Date: 2026-11-22 00:29:59.163104

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd25a25fec098'
down_revision = 'b88e079634eb'
branch_labels = None
depends_on = None


#: The standard forms of commendation every install starts with; staff may add or retire forms.
STANDARD_COMMENDATION_FORMS = [
    ("Biểu dương", ""),
    ("Giấy khen", "Chủ tịch UBND cấp xã"),
    ("Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"),
    ("Bằng khen của Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
]


def upgrade():
    forms = op.create_table('commendation_form',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('default_issuer', sa.String(length=255), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendation_form')),
    sa.UniqueConstraint('name', name=op.f('uq_commendation_form_name'))
    )
    op.bulk_insert(forms, [
        {"name": name, "default_issuer": issuer, "position": position, "is_active": True}
        for position, (name, issuer) in enumerate(STANDARD_COMMENDATION_FORMS, start=1)
    ])
    op.create_table('council',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_council_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_council_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council'))
    )
    with op.batch_alter_table('council', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_council_unit_id'), ['unit_id'], unique=False)

    op.create_table('rubric_criterion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('max_points', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_rubric_criterion_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rubric_criterion')),
    sa.UniqueConstraint('campaign_id', 'code', name='uq_rubric_criterion_campaign_code')
    )
    with op.batch_alter_table('rubric_criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rubric_criterion_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('commendation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('form_id', sa.Integer(), nullable=False),
    sa.Column('issuer', sa.String(length=255), nullable=False),
    sa.Column('decision_number', sa.String(length=64), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('recipient_kind', sa.String(length=16), nullable=False),
    sa.Column('recipient_name', sa.String(length=255), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['form_id'], ['commendation_form.id'], name=op.f('fk_commendation_form_id_commendation_form')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_commendation_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['user_account.id'], name=op.f('fk_commendation_recorded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendation'))
    )
    with op.batch_alter_table('commendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commendation_form_id'), ['form_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commendation_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('council_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('assigned_by_id', sa.Integer(), nullable=True),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assigned_by_id'], ['user_account.id'], name=op.f('fk_council_assignment_assigned_by_id_user_account')),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_council_assignment_council_id_council'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_council_assignment_initiative_id_initiative'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_assignment')),
    sa.UniqueConstraint('initiative_id', name=op.f('uq_council_assignment_initiative_id'))
    )
    with op.batch_alter_table('council_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_assignment_council_id'), ['council_id'], unique=False)

    op.create_table('council_field',
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_council_field_council_id_council'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['field_id'], ['field.id'], name=op.f('fk_council_field_field_id_field')),
    sa.PrimaryKeyConstraint('council_id', 'field_id', name=op.f('pk_council_field'))
    )
    op.create_table('council_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('home_unit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['council.id'], name=op.f('fk_council_member_council_id_council'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['home_unit_id'], ['unit.id'], name=op.f('fk_council_member_home_unit_id_unit')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_council_member_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_member')),
    sa.UniqueConstraint('council_id', 'user_id', name='uq_council_member_council_user')
    )
    with op.batch_alter_table('council_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_council_member_user_id'), ['user_id'], unique=False)

    op.create_table('conflict_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('declared_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_conflict_declaration_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['council_member.id'], name=op.f('fk_conflict_declaration_member_id_council_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_declaration')),
    sa.UniqueConstraint('member_id', 'initiative_id', name='uq_conflict_declaration_member_initiative')
    )
    with op.batch_alter_table('conflict_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_declaration_initiative_id'), ['initiative_id'], unique=False)

    op.create_table('score_sheet',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('recommendation', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('total', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_score_sheet_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['council_member.id'], name=op.f('fk_score_sheet_member_id_council_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score_sheet')),
    sa.UniqueConstraint('initiative_id', 'member_id', 'round', name='uq_score_sheet_initiative_member_round')
    )
    with op.batch_alter_table('score_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_sheet_initiative_id'), ['initiative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_score_sheet_member_id'), ['member_id'], unique=False)

    op.create_table('score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sheet_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['rubric_criterion.id'], name=op.f('fk_score_criterion_id_rubric_criterion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sheet_id'], ['score_sheet.id'], name=op.f('fk_score_sheet_id_score_sheet'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score')),
    sa.UniqueConstraint('sheet_id', 'criterion_id', name='uq_score_sheet_criterion')
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quorum_numerator', sa.Integer(), server_default='2', nullable=False))
        batch_op.add_column(sa.Column('quorum_denominator', sa.Integer(), server_default='3', nullable=False))
        batch_op.add_column(sa.Column('recognition_min_average', sa.Numeric(precision=6, scale=2), server_default='50', nullable=False))
        batch_op.add_column(sa.Column('exemplary_min_average', sa.Numeric(precision=6, scale=2), server_default='80', nullable=False))

    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evaluation_round', sa.Integer(), server_default='1', nullable=False))

    with op.batch_alter_table('transition_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decision_number', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('decision_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('decision_issuer', sa.String(length=255), nullable=True))

    # ### end Alembic commands ###


def downgrade():
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table('transition_log', schema=None) as batch_op:
        batch_op.drop_column('decision_issuer')
        batch_op.drop_column('decision_date')
        batch_op.drop_column('decision_number')

    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_column('evaluation_round')

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('exemplary_min_average')
        batch_op.drop_column('recognition_min_average')
        batch_op.drop_column('quorum_denominator')
        batch_op.drop_column('quorum_numerator')

    op.drop_table('score')
    with op.batch_alter_table('score_sheet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_sheet_member_id'))
        batch_op.drop_index(batch_op.f('ix_score_sheet_initiative_id'))

    op.drop_table('score_sheet')
    with op.batch_alter_table('conflict_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_initiative_id'))

    op.drop_table('conflict_declaration')
    with op.batch_alter_table('council_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_member_user_id'))

    op.drop_table('council_member')
    op.drop_table('council_field')
    with op.batch_alter_table('council_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_assignment_council_id'))

    op.drop_table('council_assignment')
    with op.batch_alter_table('commendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commendation_initiative_id'))
        batch_op.drop_index(batch_op.f('ix_commendation_form_id'))

    op.drop_table('commendation')
    with op.batch_alter_table('rubric_criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rubric_criterion_campaign_id'))

    op.drop_table('rubric_criterion')
    with op.batch_alter_table('council', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_council_unit_id'))
        batch_op.drop_index(batch_op.f('ix_council_campaign_id'))

    op.drop_table('council')
    op.drop_table('commendation_form')
    # ### end Alembic commands ###
