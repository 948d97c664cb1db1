"""unit.code and unit.admin_code; import_batch and import_batch_item: Excel imports and their undo;
transition_log.import_batch_id: history written by an import of past campaigns

Existing units get no code (NULL): staff give codes before importing rows that name them as parents.

Revision ID: e6a5ec0a0016
Revises: e4a5ec0a0014
Create Date: 2026-12-02 03:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e6a5ec0a0016'
down_revision = 'e4a5ec0a0014'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('admin_code', sa.String(length=8), nullable=True))
        batch_op.create_index(batch_op.f('ix_unit_code'), ['code'], unique=True)
        batch_op.create_index(batch_op.f('ix_unit_admin_code'), ['admin_code'], unique=True)

    op.create_table(
        'import_batch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('applied_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('rows_total', sa.Integer(), nullable=False),
        sa.Column('rows_new', sa.Integer(), nullable=False),
        sa.Column('rows_unchanged', sa.Integer(), nullable=False),
        sa.Column('rows_failed', sa.Integer(), nullable=False),
        sa.Column('errors_json', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'], name=op.f('fk_import_batch_actor_id_user_account'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch')),
    )
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_sha256'), ['sha256'], unique=False)

    op.create_table(
        'import_batch_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('entity', sa.String(length=16), nullable=False),
        sa.Column('row_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'],
                                name=op.f('fk_import_batch_item_batch_id_import_batch'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_item')),
    )
    with op.batch_alter_table('import_batch_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index('ix_import_batch_item_entity', ['entity', 'row_id'], unique=False)

    with op.batch_alter_table('transition_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_batch_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_transition_log_import_batch_id'), ['import_batch_id'], unique=False)


def downgrade():
    with op.batch_alter_table('transition_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transition_log_import_batch_id'))
        batch_op.drop_column('import_batch_id')
    op.drop_table('import_batch_item')
    op.drop_table('import_batch')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_admin_code'))
        batch_op.drop_index(batch_op.f('ix_unit_code'))
        batch_op.drop_column('admin_code')
        batch_op.drop_column('code')
