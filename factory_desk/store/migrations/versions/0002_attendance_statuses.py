"""Built-in attendance statuses

The trainer's attendance screen offers these; a centre may add its own later. Names are the English
source; the app shows them translated by code. Keys 1–5 mark a person with one press.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

attendance_status = sa.table(
    "attendance_status",
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("counts_as_present", sa.Boolean),
    sa.column("needs_note", sa.Boolean),
    sa.column("shortcut", sa.String),
    sa.column("position", sa.Integer),
    sa.column("is_builtin", sa.Boolean),
    sa.column("is_active", sa.Boolean),
)

BUILT_IN = [
    ("present", "Present", True, False, "1"),
    ("late", "Late", True, False, "2"),
    ("left_early", "Left early", False, False, "3"),
    ("absent", "Absent", False, False, "4"),
    ("excused", "Excused", False, True, "5"),
]


def upgrade() -> None:
    op.bulk_insert(
        attendance_status,
        [
            {"code": code, "name": name, "counts_as_present": present, "needs_note": note, "shortcut": key,
             "position": position, "is_builtin": True, "is_active": True}
            for position, (code, name, present, note, key) in enumerate(BUILT_IN, start=1)
        ],
    )


def downgrade() -> None:
    op.execute(attendance_status.delete().where(attendance_status.c.is_builtin.is_(True)))
