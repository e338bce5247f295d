"""Word index for people search; index of anonymised people

Each folded word of a person's name gets a row with the person's sort key and folded name, so a search by
the beginning of any word is an index-only range scan on both engines, already in alphabetical order.
The rows are filled by the search-key rebuild that follows every upgrade (it also re-folds person.search_text
into the new " word word word" form).

Revision ID: 0003
Revises: 0002
Created: 2026-11-22 14:44:46.161857
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person_word',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('word', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.Column('sort_key', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.Column('name', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_word_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'word', name=op.f('pk_person_word'))
    )
    with op.batch_alter_table('person_word', schema=None) as batch_op:
        batch_op.create_index('ix_person_word_search', ['word', 'sort_key', 'person_id', 'name'], unique=False)
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_anonymised', ['anonymised_at'], unique=False,
                              sqlite_where=sa.text('anonymised_at IS NOT NULL'),
                              postgresql_where=sa.text('anonymised_at IS NOT NULL'))



def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_anonymised')
    with op.batch_alter_table('person_word', schema=None) as batch_op:
        batch_op.drop_index('ix_person_word_search')

    op.drop_table('person_word')
