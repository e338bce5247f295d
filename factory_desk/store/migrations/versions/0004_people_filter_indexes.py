"""Indexes for the people list's category filter and for finding duplicate people

`ix_person_category_sort` lets the list walk one category alphabetically and count it without reading the
table; `ix_person_duplicates` lets the duplicates list group people by organisation and folded name in index
order instead of sorting 200,000 rows.

Revision ID: 0004
Revises: 0003
Created: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_category_sort', ['category', 'sort_key', 'id'], unique=False)
        batch_op.create_index('ix_person_duplicates', ['organisation_id', 'search_text'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_duplicates')
        batch_op.drop_index('ix_person_category_sort')
