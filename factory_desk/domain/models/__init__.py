"""The data model of Factory Desk. Importing this package registers every table on `Base.metadata`."""

from factory_desk.domain.models.admin import AppUser, AuditEntry, Role, Setting, Target, TargetMeasure
from factory_desk.domain.models.base import Base, utcnow
from factory_desk.domain.models.documents import (
    Certificate,
    CertificateStatus,
    CertificateTemplate,
    DocumentLanguage,
    NumberSequence,
    SigningKey,
    TemplateAsset,
)
from factory_desk.domain.models.projects import (
    AttachmentKind,
    ImprovementProject,
    MetricMeasurement,
    ProjectAttachment,
    ProjectFollowUp,
    ProjectMember,
    ProjectMetric,
    ProjectStatus,
    ReviewState,
    project_session,
)
from factory_desk.domain.models.registry import (
    ConsentForm,
    Factory,
    Municipality,
    Organisation,
    OrganisationType,
    Person,
    PersonCategory,
    PoolEntry,
    Programme,
    ProgrammeKind,
    RoundMetric,
    Trainer,
    TrainerAbsence,
    factory_municipality,
    person_word,
    trainer_factory,
)
from factory_desk.domain.models.training import (
    ACCEPTING_STATUSES,
    AttendanceMark,
    AttendanceStatus,
    Enrolment,
    EnrolmentSource,
    EnrolmentStatus,
    Feedback,
    RoundResult,
    SessionDay,
    SessionStatus,
    TestKind,
    TestResult,
    TrainerRole,
    TrainingSession,
    session_trainer,
)

__all__ = [
    "ACCEPTING_STATUSES",
    "AppUser", "AttachmentKind", "AttendanceMark", "AttendanceStatus", "AuditEntry", "Base", "Certificate",
    "CertificateStatus", "CertificateTemplate", "ConsentForm", "DocumentLanguage", "Enrolment",
    "EnrolmentSource", "EnrolmentStatus", "Factory", "Feedback", "ImprovementProject", "MetricMeasurement",
    "Municipality", "NumberSequence", "Organisation", "OrganisationType", "Person", "PersonCategory",
    "PoolEntry", "Programme", "ProgrammeKind", "ProjectAttachment", "ProjectFollowUp", "ProjectMember",
    "ProjectMetric", "ProjectStatus", "ReviewState", "Role", "RoundMetric", "RoundResult", "SessionDay",
    "SessionStatus", "Setting", "SigningKey", "Target", "TargetMeasure", "TemplateAsset", "TestKind",
    "TestResult", "Trainer", "TrainerAbsence", "TrainerRole", "TrainingSession", "factory_municipality", "person_word",
    "project_session", "session_trainer", "trainer_factory", "utcnow",
]
