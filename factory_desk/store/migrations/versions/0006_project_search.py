"""A project is searched by its organisation's and its leader's names through its own search text

Until now the register's search looked into the organisation and the leader of each project on every keystroke,
which at 10,000 projects and 200,000 people took 65–90 ms on SQLite and 150–200 ms on PostgreSQL
(bench/projects.py). A project's `search_text` now holds the folded title followed by its organisation's and its
leader's search texts; the model's events keep it in step. This revision puts the search text into the
register's sort index, so that a search reads that narrow index in order rather than every project's row with
its long A3 texts, and adds the indexes that find a person's projects (a leader renamed or anonymised, a person
merged or deleted). The search texts of existing projects are rewritten by the search-key pass that every
upgrade runs in the same transaction (store/search_keys.py).

Revision ID: 0006
Revises: 0005
Created: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('improvement_project', schema=None) as batch_op:
        batch_op.drop_index('ix_improvement_project_sort')
        batch_op.create_index('ix_improvement_project_sort', ['sort_key', 'id', 'search_text'], unique=False)
        batch_op.create_index('ix_improvement_project_leader_id', ['leader_id'], unique=False)
        batch_op.create_index('ix_improvement_project_sponsor_id', ['sponsor_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('improvement_project', schema=None) as batch_op:
        batch_op.drop_index('ix_improvement_project_sponsor_id')
        batch_op.drop_index('ix_improvement_project_leader_id')
        batch_op.drop_index('ix_improvement_project_sort')
        batch_op.create_index('ix_improvement_project_sort', ['sort_key', 'id'], unique=False)
