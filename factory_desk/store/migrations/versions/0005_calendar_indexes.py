"""Indexes for the calendar and the Today page

`ix_enrolment_session_status` lets the calendar count each session's enrolled and waiting people from the
index alone (a 6-week month of a 20-factory region asks it for some 600 sessions); `ix_enrolment_waitlisted`
holds only the few people who wait, so "waiting lists that can be promoted" starts from them instead of
reading every enrolment.

Revision ID: 0005
Revises: 0004
Created: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index('ix_enrolment_session_status', ['session_id', 'status'], unique=False)
        batch_op.create_index('ix_enrolment_waitlisted', ['session_id'], unique=False,
                              sqlite_where=sa.text("status = 'waitlisted'"),
                              postgresql_where=sa.text("status = 'waitlisted'"))


def downgrade() -> None:
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_waitlisted')
        batch_op.drop_index('ix_enrolment_session_status')
