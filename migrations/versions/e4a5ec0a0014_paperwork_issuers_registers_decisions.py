"""paperwork: issuers, registers of numbers, decisions as records, corrections, certificates

The history rows and commendations get a nullable decision_id; their stored decision text stays.

Revision ID: e4a5ec0a0014
Revises: e5a5ec0a0015
Create Date: 2026-12-02 03:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e4a5ec0a0014'
down_revision = 'e5a5ec0a0015'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'issuer',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(255), nullable=False),
        sa.Column('parent_body', sa.String(255), nullable=False),
        sa.Column('short_code', sa.String(32), nullable=False),
        sa.Column('kind', sa.String(8), nullable=False),
        sa.Column('place_name', sa.String(128), nullable=False),
        sa.Column('numbering_period', sa.String(8), nullable=False),
        sa.Column('term_start', sa.Date(), nullable=True),
        sa.Column('signer_prefix', sa.String(128), nullable=False),
        sa.Column('signer_title', sa.String(128), nullable=False),
        sa.Column('signer_name', sa.String(128), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('owner_unit_id', sa.Integer(), sa.ForeignKey('unit.id', name='fk_issuer_owner_unit_id_unit'),
                  nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        'document_register',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('issuer_id', sa.Integer(), sa.ForeignKey('issuer.id', name='fk_document_register_issuer_id_issuer'),
                  nullable=False),
        sa.Column('doc_type', sa.String(8), nullable=False),
        sa.Column('period_key', sa.String(16), nullable=False),
        sa.Column('last_number', sa.Integer(), nullable=False),
        sa.UniqueConstraint('issuer_id', 'doc_type', 'period_key', name='uq_document_register_period'),
    )
    op.create_table(
        'decision',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('issuer_id', sa.Integer(), sa.ForeignKey('issuer.id', name='fk_decision_issuer_id_issuer'),
                  nullable=False),
        sa.Column('kind', sa.String(16), nullable=False),
        sa.Column('register_id', sa.Integer(),
                  sa.ForeignKey('document_register.id', name='fk_decision_register_id_document_register'),
                  nullable=True),
        sa.Column('number', sa.Integer(), nullable=True),
        sa.Column('number_text', sa.String(64), nullable=False),
        sa.Column('decision_date', sa.Date(), nullable=False),
        sa.Column('issuer_name', sa.String(255), nullable=False),
        sa.Column('created_by_id', sa.Integer(),
                  sa.ForeignKey('user_account.id', name='fk_decision_created_by_id_user_account'), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('scan_name', sa.String(255), nullable=True),
        sa.Column('scan_stored_name', sa.String(64), nullable=True, unique=True),
        sa.Column('scan_content_type', sa.String(128), nullable=True),
        sa.Column('scan_uploaded_at', sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint('register_id', 'number', name='uq_decision_register_number'),
    )
    op.create_index('ix_decision_issuer_id', 'decision', ['issuer_id'])
    op.create_table(
        'decision_correction',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('decision_id', sa.Integer(),
                  sa.ForeignKey('decision.id', name='fk_decision_correction_decision_id_decision', ondelete='CASCADE'),
                  nullable=False),
        sa.Column('old_number_text', sa.String(64), nullable=False),
        sa.Column('new_number_text', sa.String(64), nullable=False),
        sa.Column('old_date', sa.Date(), nullable=False),
        sa.Column('new_date', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('actor_id', sa.Integer(),
                  sa.ForeignKey('user_account.id', name='fk_decision_correction_actor_id_user_account'), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index('ix_decision_correction_decision_id', 'decision_correction', ['decision_id'])
    op.create_table(
        'certificate',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('code', sa.String(32), nullable=False, unique=True),
        sa.Column('initiative_id', sa.Integer(),
                  sa.ForeignKey('initiative.id', name='fk_certificate_initiative_id_initiative', ondelete='CASCADE'),
                  nullable=False),
        sa.Column('decision_id', sa.Integer(), sa.ForeignKey('decision.id', name='fk_certificate_decision_id_decision'),
                  nullable=False),
        sa.Column('register_id', sa.Integer(),
                  sa.ForeignKey('document_register.id', name='fk_certificate_register_id_document_register'),
                  nullable=False),
        sa.Column('register_number', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint('initiative_id', 'decision_id', name='uq_certificate_initiative_decision'),
    )
    op.create_index('ix_certificate_initiative_id', 'certificate', ['initiative_id'])
    op.create_index('ix_certificate_decision_id', 'certificate', ['decision_id'])
    for table in ('transition_log', 'commendation'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('decision_id', sa.Integer(), nullable=True))
            batch_op.create_foreign_key(f'fk_{table}_decision_id_decision', 'decision', ['decision_id'], ['id'])
            batch_op.create_index(f'ix_{table}_decision_id', ['decision_id'])


def downgrade():
    for table in ('commendation', 'transition_log'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_decision_id')
            batch_op.drop_constraint(f'fk_{table}_decision_id_decision', type_='foreignkey')
            batch_op.drop_column('decision_id')
    op.drop_table('certificate')
    op.drop_table('decision_correction')
    op.drop_index('ix_decision_issuer_id', 'decision')
    op.drop_table('decision')
    op.drop_table('document_register')
    op.drop_table('issuer')
