"""api: access tokens and rate-limit windows

api_token keeps only a SHA-256 of each bearer token's secret, its expiry and revocation; api_rate_window
counts requests per client (token or address) per fixed window, shared by every app instance.

Revision ID: a28b2163d7be
Revises: 696c71e8f5ba
Create Date: 2026-11-22 03:10:43.990306

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a28b2163d7be'
down_revision = '696c71e8f5ba'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('api_rate_window',
    sa.Column('client', sa.String(length=80), nullable=False),
    sa.Column('window_start', sa.BigInteger(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('client', 'window_start', name=op.f('pk_api_rate_window'))
    )
    with op.batch_alter_table('api_rate_window', schema=None) as batch_op:
        batch_op.create_index('ix_api_rate_window_window_start', ['window_start'], unique=False)

    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_api_token_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash'))
    )
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_token_user_id'), ['user_id'], unique=False)



def downgrade():
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_token_user_id'))

    op.drop_table('api_token')
    with op.batch_alter_table('api_rate_window', schema=None) as batch_op:
        batch_op.drop_index('ix_api_rate_window_window_start')

    op.drop_table('api_rate_window')
