"""Words for the codes stored in the database (categories, types, consent forms), as English sentences
marked for translation; the GUI, the command line and exported files show them in the user's language."""

from __future__ import annotations

from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AttachmentKind,
    ConsentForm,
    OrganisationType,
    PersonCategory,
    ProjectStatus,
    ReviewState,
    SessionStatus,
)

PERSON_CATEGORY = {
    PersonCategory.ENTERPRISE_EMPLOYEE.value: QT_TRANSLATE_NOOP("Labels", "Enterprise employee"),
    PersonCategory.STUDENT.value: QT_TRANSLATE_NOOP("Labels", "Student"),
    PersonCategory.CIVIL_SERVANT.value: QT_TRANSLATE_NOOP("Labels", "Civil servant"),
    PersonCategory.MUNICIPAL_EMPLOYEE.value: QT_TRANSLATE_NOOP("Labels", "Municipal employee"),
    PersonCategory.SOCIAL_SECTOR.value: QT_TRANSLATE_NOOP("Labels", "Social-sector employee"),
    PersonCategory.SCHOOL_PUPIL.value: QT_TRANSLATE_NOOP("Labels", "School pupil"),
    PersonCategory.OTHER.value: QT_TRANSLATE_NOOP("Labels", "Other"),
}

ORGANISATION_TYPE = {
    OrganisationType.ENTERPRISE.value: QT_TRANSLATE_NOOP("Labels", "Enterprise"),
    OrganisationType.STATE_BODY.value: QT_TRANSLATE_NOOP("Labels", "State body"),
    OrganisationType.MUNICIPAL.value: QT_TRANSLATE_NOOP("Labels", "Municipal body"),
    OrganisationType.EDUCATION.value: QT_TRANSLATE_NOOP("Labels", "Education"),
    OrganisationType.HEALTHCARE.value: QT_TRANSLATE_NOOP("Labels", "Healthcare"),
    OrganisationType.SOCIAL.value: QT_TRANSLATE_NOOP("Labels", "Social services"),
    OrganisationType.OTHER.value: QT_TRANSLATE_NOOP("Labels", "Other"),
}

CONSENT_FORM = {
    ConsentForm.WRITTEN.value: QT_TRANSLATE_NOOP("Labels", "Written"),
    ConsentForm.ELECTRONIC.value: QT_TRANSLATE_NOOP("Labels", "Electronic"),
    ConsentForm.PARENTAL.value: QT_TRANSLATE_NOOP("Labels", "By a parent"),
}

# The built-in attendance statuses (migration 0002); a centre's own statuses are shown by the name it gave.
ATTENDANCE_STATUS = {
    "present": QT_TRANSLATE_NOOP("Labels", "Present"),
    "late": QT_TRANSLATE_NOOP("Labels", "Late"),
    "left_early": QT_TRANSLATE_NOOP("Labels", "Left early"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Absent"),
    "excused": QT_TRANSLATE_NOOP("Labels", "Excused"),
}

SESSION_STATUS = {
    SessionStatus.PLANNED.value: QT_TRANSLATE_NOOP("Labels", "Planned"),
    SessionStatus.OPEN.value: QT_TRANSLATE_NOOP("Labels", "Open for enrolment"),
    SessionStatus.CONFIRMED.value: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    SessionStatus.HELD.value: QT_TRANSLATE_NOOP("Labels", "Held"),
    SessionStatus.REPORTED.value: QT_TRANSLATE_NOOP("Labels", "Reported"),
    SessionStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

# The roles of the people at the PCs (services/users.py).
ROLE = {
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "Trainer"),
    "viewer": QT_TRANSLATE_NOOP("Labels", "Viewer"),
}

# Improvement projects: the register's statuses and the coordinator's review.
PROJECT_STATUS = {
    ProjectStatus.IN_DEVELOPMENT.value: QT_TRANSLATE_NOOP("Labels", "In development"),
    ProjectStatus.LAUNCHED.value: QT_TRANSLATE_NOOP("Labels", "Launched"),
    ProjectStatus.IMPLEMENTING.value: QT_TRANSLATE_NOOP("Labels", "Being implemented"),
    ProjectStatus.COMPLETED.value: QT_TRANSLATE_NOOP("Labels", "Completed"),
}
REVIEW_STATE = {
    ReviewState.NONE.value: "",
    ReviewState.ON_REVIEW.value: QT_TRANSLATE_NOOP("Labels", "On review"),
    ReviewState.NEEDS_WORK.value: QT_TRANSLATE_NOOP("Labels", "Needs work"),
    ReviewState.CHECKED.value: QT_TRANSLATE_NOOP("Labels", "Checked"),
}

# What an improvement project's attachment is (domain.models.AttachmentKind).
ATTACHMENT_KIND = {
    AttachmentKind.PHOTO_BEFORE.value: QT_TRANSLATE_NOOP("Labels", "Photo before"),
    AttachmentKind.PHOTO_AFTER.value: QT_TRANSLATE_NOOP("Labels", "Photo after"),
    AttachmentKind.PASSPORT.value: QT_TRANSLATE_NOOP("Labels", "Project passport"),
    AttachmentKind.VALUE_STREAM_MAP.value: QT_TRANSLATE_NOOP("Labels", "Value-stream map"),
    AttachmentKind.PROTOCOL.value: QT_TRANSLATE_NOOP("Labels", "Protocol"),
    AttachmentKind.DOCUMENT.value: QT_TRANSLATE_NOOP("Labels", "Document"),
}
