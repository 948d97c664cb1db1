"""outbox: notification mails waiting, sent or failed, and each user's mail preference

Revision ID: 879abf45b390
Revises: d25a25fec098
Create Date: 2026-11-22 00:53:19.111923

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '879abf45b390'
down_revision = 'd25a25fec098'
branch_labels = None
depends_on = None


def upgrade():
    # One row per mail to one person; the worker picks pending rows by (status, next_attempt_at).
    op.create_table('outbox_mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=255), nullable=False),
    sa.Column('event', sa.String(length=32), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=True),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('to_address', sa.String(length=255), nullable=False),
    sa.Column('to_name', sa.String(length=255), nullable=False),
    sa.Column('locale', sa.String(length=8), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=255), nullable=True),
    sa.Column('digest_id', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['digest_id'], ['outbox_mail.id'], name=op.f('fk_outbox_mail_digest_id_outbox_mail'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_outbox_mail_initiative_id_initiative'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['recipient_id'], ['user_account.id'], name=op.f('fk_outbox_mail_recipient_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_mail')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_outbox_mail_dedupe_key')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_mail_message_id'))
    )
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_mail_event'), ['event'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_mail_initiative_id'), ['initiative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_mail_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index('ix_outbox_mail_status_next_attempt_at', ['status', 'next_attempt_at'], unique=False)

    # Existing accounts keep receiving each mail at once.
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mail_mode', sa.String(length=16), server_default='immediate', nullable=False))



def downgrade():
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('mail_mode')

    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_mail_status_next_attempt_at')
        batch_op.drop_index(batch_op.f('ix_outbox_mail_recipient_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_mail_initiative_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_mail_event'))

    op.drop_table('outbox_mail')
