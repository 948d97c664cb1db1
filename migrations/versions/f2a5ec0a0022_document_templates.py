"""Word templates uploaded per issuer and kind of document (decision, certificate)

Revision ID: f2a5ec0a0022
Revises: e7a5ec0a0017
Create Date: 2026-12-02 04:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f2a5ec0a0022'
down_revision = 'e7a5ec0a0017'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('document_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issuer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['issuer_id'], ['issuer.id'], name=op.f('fk_document_template_issuer_id_issuer'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user_account.id'],
                            name=op.f('fk_document_template_uploaded_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_template'))
    )
    with op.batch_alter_table('document_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_template_issuer_id'), ['issuer_id'], unique=False)


def downgrade():
    with op.batch_alter_table('document_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_template_issuer_id'))
    op.drop_table('document_template')
