"""The whole data model

Revision ID: 0001
Revises: (none: the first revision)
Created: 2026-11-22 14:30:20.496952
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(), nullable=False),
    sa.Column('display_name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('admin', 'coordinator', 'trainer', 'viewer')", name=op.f('ck_app_user_role_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('login', name=op.f('uq_app_user_login'))
    )
    op.create_table('attendance_status',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('counts_as_present', sa.Boolean(), nullable=False),
    sa.Column('needs_note', sa.Boolean(), nullable=False),
    sa.Column('shortcut', sa.String(length=1), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_builtin', sa.Boolean(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_attendance_status')),
    sa.UniqueConstraint('shortcut', name=op.f('uq_attendance_status_shortcut'))
    )
    op.create_table('certificate_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("language IN ('ru', 'lv', 'en', 'ru+en', 'lv+en')", name=op.f('ck_certificate_template_language_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_template')),
    sa.UniqueConstraint('name', name=op.f('uq_certificate_template_name'))
    )
    op.create_table('factory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('region', sa.String(), nullable=False),
    sa.Column('specialisation', sa.String(), nullable=False),
    sa.Column('timezone', sa.String(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('length(code) BETWEEN 1 AND 12', name=op.f('ck_factory_code_length')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_factory')),
    sa.UniqueConstraint('code', name=op.f('uq_factory_code')),
    sa.UniqueConstraint('name', name=op.f('uq_factory_name'))
    )
    op.create_table('municipality',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('region', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_municipality')),
    sa.UniqueConstraint('region', 'name', name=op.f('uq_municipality_region_name'))
    )
    op.create_table('programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=6, scale=1), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('min_group', sa.Integer(), nullable=False),
    sa.Column('max_group', sa.Integer(), nullable=False),
    sa.Column('rounds', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('certificate_wording', sa.String(), nullable=False),
    sa.Column('completion_rule', sa.JSON(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('production', 'office', 'other')", name=op.f('ck_programme_kind_valid')),
    sa.CheckConstraint('days BETWEEN 1 AND 60', name=op.f('ck_programme_days_range')),
    sa.CheckConstraint('hours > 0', name=op.f('ck_programme_hours_positive')),
    sa.CheckConstraint('min_group >= 1 AND min_group <= max_group AND max_group <= 100', name=op.f('ck_programme_group_range')),
    sa.CheckConstraint('rounds BETWEEN 0 AND 10', name=op.f('ck_programme_rounds_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('name', name=op.f('uq_programme_name'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=False),
    sa.Column('private_key', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_signing_key_fingerprint'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('entity', sa.String(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_audit_log_user_id_app_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('factory_municipality',
    sa.Column('factory_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['factory_id'], ['factory.id'], name=op.f('fk_factory_municipality_factory_id_factory'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_factory_municipality_municipality_id_municipality'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('factory_id', 'municipality_id', name=op.f('pk_factory_municipality'))
    )
    op.create_table('number_sequence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('factory_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('pattern', sa.String(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.CheckConstraint('last_value >= 0', name=op.f('ck_number_sequence_last_value_positive')),
    sa.ForeignKeyConstraint(['factory_id'], ['factory.id'], name=op.f('fk_number_sequence_factory_id_factory'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_sequence')),
    sa.UniqueConstraint('factory_id', 'year', name=op.f('uq_number_sequence_factory_id_year'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('short_name', sa.String(), nullable=False),
    sa.Column('inn', sa.String(length=12), nullable=True),
    sa.Column('org_type', sa.String(), nullable=False),
    sa.Column('sector', sa.String(), nullable=False),
    sa.Column('region', sa.String(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=True),
    sa.Column('national_project_since', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('search_text', sa.String(), nullable=False),
    sa.Column('sort_key', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("org_type IN ('enterprise', 'state_body', 'municipal', 'education', 'healthcare', 'social', 'other')", name=op.f('ck_organisation_org_type_valid')),
    sa.CheckConstraint('inn IS NULL OR length(inn) IN (10, 12)', name=op.f('ck_organisation_inn_length')),
    sa.CheckConstraint('national_project_since IS NULL OR national_project_since BETWEEN 2000 AND 2100', name=op.f('ck_organisation_national_project_year')),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_organisation_municipality_id_municipality'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('inn', name=op.f('uq_organisation_inn'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index('ix_organisation_sort', ['sort_key', 'id'], unique=False)

    op.create_table('round_metric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('lower_is_better', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_round_metric_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_metric')),
    sa.UniqueConstraint('programme_id', 'code', name=op.f('uq_round_metric_programme_id_code'))
    )
    op.create_table('target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('factory_id', sa.Integer(), nullable=True),
    sa.Column('measure', sa.String(), nullable=False),
    sa.Column('value', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.CheckConstraint("measure IN ('people_trained', 'person_sessions', 'sessions', 'projects_opened', 'projects_closed', 'nps')", name=op.f('ck_target_measure_valid')),
    sa.CheckConstraint('quarter BETWEEN 0 AND 4', name=op.f('ck_target_quarter_range')),
    sa.CheckConstraint('year BETWEEN 2000 AND 2100', name=op.f('ck_target_year_range')),
    sa.ForeignKeyConstraint(['factory_id'], ['factory.id'], name=op.f('fk_target_factory_id_factory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target'))
    )
    # One target per year, quarter, measure and factory; the whole region is factory NULL.
    op.create_index('uq_target_scope', 'target', ['year', 'quarter', 'measure', sa.text('coalesce(factory_id, 0)')], unique=True)
    op.create_table('template_asset',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('mime_type', sa.String(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.CheckConstraint("kind IN ('logo', 'artwork', 'signature', 'seal')", name=op.f('ck_template_asset_kind_valid')),
    sa.ForeignKeyConstraint(['template_id'], ['certificate_template.id'], name=op.f('fk_template_asset_template_id_certificate_template'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_asset')),
    sa.UniqueConstraint('template_id', 'name', name=op.f('uq_template_asset_template_id_name'))
    )
    op.create_table('trainer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(), nullable=False),
    sa.Column('first_name', sa.String(), nullable=False),
    sa.Column('patronymic', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('search_text', sa.String(), nullable=False),
    sa.Column('sort_key', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_trainer_user_id_app_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainer')),
    sa.UniqueConstraint('user_id', name=op.f('uq_trainer_user_id'))
    )
    with op.batch_alter_table('trainer', schema=None) as batch_op:
        batch_op.create_index('ix_trainer_sort', ['sort_key', 'id'], unique=False)

    op.create_table('training_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('factory_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('min_group', sa.Integer(), nullable=False),
    sa.Column('max_group', sa.Integer(), nullable=False),
    sa.Column('group_size_reason', sa.String(), nullable=True),
    sa.Column('cancel_reason', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('trainer_notes', sa.String(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status <> 'cancelled' OR cancel_reason IS NOT NULL", name=op.f('ck_training_session_cancel_has_reason')),
    sa.CheckConstraint("status IN ('planned', 'open', 'confirmed', 'held', 'reported', 'cancelled')", name=op.f('ck_training_session_status_valid')),
    sa.CheckConstraint('min_group >= 1 AND min_group <= max_group AND max_group <= 100', name=op.f('ck_training_session_group_range')),
    sa.ForeignKeyConstraint(['closed_by_id'], ['app_user.id'], name=op.f('fk_training_session_closed_by_id_app_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['factory_id'], ['factory.id'], name=op.f('fk_training_session_factory_id_factory'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_training_session_programme_id_programme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_session'))
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index('ix_training_session_factory_status', ['factory_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_session_programme_id'), ['programme_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('surname', sa.String(), nullable=False),
    sa.Column('first_name', sa.String(), nullable=False),
    sa.Column('patronymic', sa.String(), nullable=False),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('department', sa.String(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('badge_code', sa.String(), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_form', sa.String(), nullable=True),
    sa.Column('is_minor', sa.Boolean(), nullable=False),
    sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('search_text', sa.String(), nullable=False),
    sa.Column('sort_key', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("category IN ('enterprise_employee', 'student', 'civil_servant', 'municipal_employee', 'social_sector', 'school_pupil', 'other')", name=op.f('ck_person_category_valid')),
    sa.CheckConstraint("consent_form IS NULL OR consent_form IN ('written', 'electronic', 'parental')", name=op.f('ck_person_consent_form_valid')),
    sa.CheckConstraint('length(surname) > 0', name=op.f('ck_person_surname_present')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('badge_code', name=op.f('uq_person_badge_code'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_organisation_sort', ['organisation_id', 'sort_key', 'id'], unique=False)
        batch_op.create_index('ix_person_sort', ['sort_key', 'id'], unique=False)

    op.create_table('round_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('round_no', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=4), nullable=False),
    sa.CheckConstraint('round_no BETWEEN 1 AND 10', name=op.f('ck_round_result_round_no_range')),
    sa.ForeignKeyConstraint(['metric_id'], ['round_metric.id'], name=op.f('fk_round_result_metric_id_round_metric'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_round_result_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_result')),
    sa.UniqueConstraint('session_id', 'round_no', 'metric_id', name=op.f('uq_round_result_session_id_round_no_metric_id'))
    )
    with op.batch_alter_table('round_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_result_metric_id'), ['metric_id'], unique=False)

    op.create_table('session_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('day_no', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=False),
    sa.Column('ends_at', sa.Time(), nullable=False),
    sa.CheckConstraint('day_no >= 1', name=op.f('ck_session_day_day_no_positive')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_session_day_time_order')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_session_day_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_day')),
    sa.UniqueConstraint('session_id', 'day_no', name=op.f('uq_session_day_session_id_day_no'))
    )
    with op.batch_alter_table('session_day', schema=None) as batch_op:
        batch_op.create_index('ix_session_day_date', ['date', 'session_id'], unique=False)

    op.create_table('session_trainer',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('trainer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.CheckConstraint("role IN ('lead', 'assistant')", name=op.f('ck_session_trainer_role_valid')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_session_trainer_session_id_training_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trainer_id'], ['trainer.id'], name=op.f('fk_session_trainer_trainer_id_trainer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('session_id', 'trainer_id', name=op.f('pk_session_trainer'))
    )
    with op.batch_alter_table('session_trainer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_trainer_trainer_id'), ['trainer_id'], unique=False)

    op.create_table('trainer_absence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainer_id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.CheckConstraint('last_day >= first_day', name=op.f('ck_trainer_absence_day_order')),
    sa.ForeignKeyConstraint(['trainer_id'], ['trainer.id'], name=op.f('fk_trainer_absence_trainer_id_trainer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainer_absence'))
    )
    with op.batch_alter_table('trainer_absence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainer_absence_trainer_id'), ['trainer_id'], unique=False)

    op.create_table('trainer_factory',
    sa.Column('trainer_id', sa.Integer(), nullable=False),
    sa.Column('factory_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['factory_id'], ['factory.id'], name=op.f('fk_trainer_factory_factory_id_factory'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trainer_id'], ['trainer.id'], name=op.f('fk_trainer_factory_trainer_id_trainer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trainer_id', 'factory_id', name=op.f('pk_trainer_factory'))
    )
    op.create_table('enrolment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('waitlist_position', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('status_reason', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(status = 'waitlisted' AND waitlist_position IS NOT NULL AND waitlist_position >= 1) OR (status <> 'waitlisted' AND waitlist_position IS NULL)", name=op.f('ck_enrolment_waitlist_position_matches_status')),
    sa.CheckConstraint("source IN ('manual', 'import', 'pool', 'planner', 'walk_in', 'replacement', 'move')", name=op.f('ck_enrolment_source_valid')),
    sa.CheckConstraint("status IN ('enrolled', 'waitlisted', 'cancelled', 'moved', 'replaced')", name=op.f('ck_enrolment_status_valid')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_enrolment_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['replaces_id'], ['enrolment.id'], name=op.f('fk_enrolment_replaces_id_enrolment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_enrolment_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment')),
    sa.UniqueConstraint('session_id', 'person_id', name=op.f('uq_enrolment_session_id_person_id')),
    sa.UniqueConstraint('session_id', 'waitlist_position', name=op.f('uq_enrolment_session_id_waitlist_position'))
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index('ix_enrolment_person', ['person_id', 'session_id'], unique=False)

    op.create_table('improvement_project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('sub_programme', sa.String(), nullable=False),
    sa.Column('sponsor_id', sa.Integer(), nullable=True),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('review_state', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('planned_kickoff', sa.Date(), nullable=True),
    sa.Column('actual_kickoff', sa.Date(), nullable=True),
    sa.Column('planned_finish', sa.Date(), nullable=True),
    sa.Column('actual_finish', sa.Date(), nullable=True),
    sa.Column('passport_url', sa.String(), nullable=False),
    sa.Column('value_stream_map_url', sa.String(), nullable=False),
    sa.Column('background', sa.String(), nullable=False),
    sa.Column('current_condition', sa.String(), nullable=False),
    sa.Column('target_condition', sa.String(), nullable=False),
    sa.Column('root_causes', sa.String(), nullable=False),
    sa.Column('countermeasures', sa.String(), nullable=False),
    sa.Column('plan', sa.String(), nullable=False),
    sa.Column('effect_confirmation', sa.String(), nullable=False),
    sa.Column('follow_up_text', sa.String(), nullable=False),
    sa.Column('freed_hours_per_year', sa.Numeric(precision=12, scale=1), nullable=True),
    sa.Column('economic_effect', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('costs', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('social_effect', sa.String(), nullable=False),
    sa.Column('ecological_effect', sa.String(), nullable=False),
    sa.Column('cultural_effect', sa.String(), nullable=False),
    sa.Column('search_text', sa.String(), nullable=False),
    sa.Column('sort_key', sa.String().with_variant(sa.String(collation='C'), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("review_state IN ('none', 'on_review', 'needs_work', 'checked')", name=op.f('ck_improvement_project_review_state_valid')),
    sa.CheckConstraint("status IN ('in_development', 'launched', 'implementing', 'completed')", name=op.f('ck_improvement_project_status_valid')),
    sa.CheckConstraint('planned_finish IS NULL OR planned_start IS NULL OR planned_finish >= planned_start', name=op.f('ck_improvement_project_planned_order')),
    sa.ForeignKeyConstraint(['leader_id'], ['person.id'], name=op.f('fk_improvement_project_leader_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_improvement_project_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['sponsor_id'], ['person.id'], name=op.f('fk_improvement_project_sponsor_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_project'))
    )
    with op.batch_alter_table('improvement_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_improvement_project_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index('ix_improvement_project_sort', ['sort_key', 'id'], unique=False)
        batch_op.create_index('ix_improvement_project_status_finish', ['status', 'planned_finish'], unique=False)

    op.create_table('pool_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_pool_entry_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_pool_entry_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pool_entry')),
    sa.UniqueConstraint('person_id', 'programme_id', name=op.f('uq_pool_entry_person_id_programme_id'))
    )
    op.create_table('attendance_mark',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('day_no', sa.Integer(), nullable=False),
    sa.Column('status_code', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('marked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('marked_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('day_no >= 1', name=op.f('ck_attendance_mark_day_no_positive')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_attendance_mark_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['marked_by_id'], ['app_user.id'], name=op.f('fk_attendance_mark_marked_by_id_app_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['status_code'], ['attendance_status.code'], name=op.f('fk_attendance_mark_status_code_attendance_status'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_mark')),
    sa.UniqueConstraint('enrolment_id', 'day_no', name=op.f('uq_attendance_mark_enrolment_id_day_no'))
    )
    op.create_table('certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('signing_key_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('void_reason', sa.String(), nullable=True),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('voided_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("language IN ('ru', 'lv', 'en', 'ru+en', 'lv+en')", name=op.f('ck_certificate_language_valid')),
    sa.CheckConstraint("status <> 'voided' OR void_reason IS NOT NULL", name=op.f('ck_certificate_void_has_reason')),
    sa.CheckConstraint("status IN ('issued', 'voided')", name=op.f('ck_certificate_status_valid')),
    sa.CheckConstraint('print_count >= 1', name=op.f('ck_certificate_print_count_positive')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_certificate_enrolment_id_enrolment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['issued_by_id'], ['app_user.id'], name=op.f('fk_certificate_issued_by_id_app_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['signing_key_id'], ['signing_key.id'], name=op.f('fk_certificate_signing_key_id_signing_key'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['template_id'], ['certificate_template.id'], name=op.f('fk_certificate_template_id_certificate_template'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['voided_by_id'], ['app_user.id'], name=op.f('fk_certificate_voided_by_id_app_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('number', name=op.f('uq_certificate_number'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index('ix_certificate_issued_at', ['issued_at'], unique=False)
        batch_op.create_index('uq_certificate_issued_enrolment', ['enrolment_id'], unique=True, sqlite_where=sa.text("status = 'issued'"), postgresql_where=sa.text("status = 'issued'"))

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('recommend', sa.Integer(), nullable=True),
    sa.Column('comment', sa.String(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('recommend IS NULL OR recommend BETWEEN 0 AND 10', name=op.f('ck_feedback_recommend_range')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_feedback_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback')),
    sa.UniqueConstraint('enrolment_id', name=op.f('uq_feedback_enrolment_id'))
    )
    op.create_table('project_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('filename', sa.String(), nullable=False),
    sa.Column('mime_type', sa.String(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('photo_before', 'photo_after', 'passport', 'value_stream_map', 'protocol', 'document')", name=op.f('ck_project_attachment_kind_valid')),
    sa.CheckConstraint('size_bytes >= 0', name=op.f('ck_project_attachment_size_positive')),
    sa.ForeignKeyConstraint(['project_id'], ['improvement_project.id'], name=op.f('fk_project_attachment_project_id_improvement_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_attachment'))
    )
    with op.batch_alter_table('project_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_attachment_project_id'), ['project_id'], unique=False)

    op.create_table('project_follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['improvement_project.id'], name=op.f('fk_project_follow_up_project_id_improvement_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_follow_up'))
    )
    with op.batch_alter_table('project_follow_up', schema=None) as batch_op:
        batch_op.create_index('ix_project_follow_up_due', ['done_on', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_follow_up_project_id'), ['project_id'], unique=False)

    op.create_table('project_member',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_project_member_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['improvement_project.id'], name=op.f('fk_project_member_project_id_improvement_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'person_id', name=op.f('pk_project_member'))
    )
    op.create_table('project_metric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('baseline', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('target', sa.Numeric(precision=16, scale=4), nullable=True),
    sa.Column('lower_is_better', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['improvement_project.id'], name=op.f('fk_project_metric_project_id_improvement_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_metric'))
    )
    with op.batch_alter_table('project_metric', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_metric_project_id'), ['project_id'], unique=False)

    op.create_table('project_session',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['improvement_project.id'], name=op.f('fk_project_session_project_id_improvement_project'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_project_session_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'session_id', name=op.f('pk_project_session'))
    )
    with op.batch_alter_table('project_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_session_session_id'), ['session_id'], unique=False)

    op.create_table('test_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('score', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.Column('max_score', sa.Numeric(precision=7, scale=2), nullable=False),
    sa.CheckConstraint("kind IN ('pre', 'post')", name=op.f('ck_test_result_kind_valid')),
    sa.CheckConstraint('max_score > 0 AND score >= 0 AND score <= max_score', name=op.f('ck_test_result_score_range')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_test_result_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_test_result')),
    sa.UniqueConstraint('enrolment_id', 'kind', name=op.f('uq_test_result_enrolment_id_kind'))
    )
    op.create_table('metric_measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.Integer(), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Numeric(precision=16, scale=4), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['metric_id'], ['project_metric.id'], name=op.f('fk_metric_measurement_metric_id_project_metric'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric_measurement'))
    )
    with op.batch_alter_table('metric_measurement', schema=None) as batch_op:
        batch_op.create_index('ix_metric_measurement_metric_date', ['metric_id', 'measured_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('metric_measurement', schema=None) as batch_op:
        batch_op.drop_index('ix_metric_measurement_metric_date')

    op.drop_table('metric_measurement')
    op.drop_table('test_result')
    with op.batch_alter_table('project_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_session_session_id'))

    op.drop_table('project_session')
    with op.batch_alter_table('project_metric', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_metric_project_id'))

    op.drop_table('project_metric')
    op.drop_table('project_member')
    with op.batch_alter_table('project_follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_follow_up_project_id'))
        batch_op.drop_index('ix_project_follow_up_due')

    op.drop_table('project_follow_up')
    with op.batch_alter_table('project_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_attachment_project_id'))

    op.drop_table('project_attachment')
    op.drop_table('feedback')
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('uq_certificate_issued_enrolment', sqlite_where=sa.text("status = 'issued'"), postgresql_where=sa.text("status = 'issued'"))
        batch_op.drop_index('ix_certificate_issued_at')

    op.drop_table('certificate')
    op.drop_table('attendance_mark')
    op.drop_table('pool_entry')
    with op.batch_alter_table('improvement_project', schema=None) as batch_op:
        batch_op.drop_index('ix_improvement_project_status_finish')
        batch_op.drop_index('ix_improvement_project_sort')
        batch_op.drop_index(batch_op.f('ix_improvement_project_organisation_id'))

    op.drop_table('improvement_project')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_person')

    op.drop_table('enrolment')
    op.drop_table('trainer_factory')
    with op.batch_alter_table('trainer_absence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainer_absence_trainer_id'))

    op.drop_table('trainer_absence')
    with op.batch_alter_table('session_trainer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_trainer_trainer_id'))

    op.drop_table('session_trainer')
    with op.batch_alter_table('session_day', schema=None) as batch_op:
        batch_op.drop_index('ix_session_day_date')

    op.drop_table('session_day')
    with op.batch_alter_table('round_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_result_metric_id'))

    op.drop_table('round_result')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_sort')
        batch_op.drop_index('ix_person_organisation_sort')

    op.drop_table('person')
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_session_programme_id'))
        batch_op.drop_index('ix_training_session_factory_status')

    op.drop_table('training_session')
    with op.batch_alter_table('trainer', schema=None) as batch_op:
        batch_op.drop_index('ix_trainer_sort')

    op.drop_table('trainer')
    op.drop_table('template_asset')
    op.drop_index('uq_target_scope', table_name='target')
    op.drop_table('target')
    op.drop_table('round_metric')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index('ix_organisation_sort')

    op.drop_table('organisation')
    op.drop_table('number_sequence')
    op.drop_table('factory_municipality')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
    op.drop_table('signing_key')
    op.drop_table('setting')
    op.drop_table('programme')
    op.drop_table('municipality')
    op.drop_table('factory')
    op.drop_table('certificate_template')
    op.drop_table('attendance_status')
    op.drop_table('app_user')
