"""The certificate register: numbers per factory and year, issuing a session's certificates, reprints, voiding,
the register's list and its export to Excel.

Issued means fixed. Each certificate keeps in its snapshot everything printed on it (the person's name,
organisation and position, the programme, hours and dates, the factory, the design's texts, language and
signatories, the signature of its QR code) and the SHA-256 of its own one-certificate PDF. A reprint is drawn
from the snapshot alone, never from today's person or design, and is marked as a duplicate.

Numbers: a pattern per factory and year (`DEFAULT_PATTERN`, КИР-2026-00042); the year is the year of the
training's last day, the date the certificate bears. The next value is taken under a row lock (SELECT … FOR
UPDATE on PostgreSQL; SQLite's writers queue at BEGIN IMMEDIATE), inside the issue's transaction: two PCs
issuing at once get different numbers, a failed or cancelled issue consumes none, a voided certificate keeps
its number, and no number is ever given twice.

Certificates are issued once a session's attendance is closed (services.attendance.close: the session is then
held or reported), to the people its programme's completion rule finds eligible.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AppUser,
    AuditEntry,
    Certificate,
    CertificateStatus,
    DocumentLanguage,
    Enrolment,
    Factory,
    NumberSequence,
    Organisation,
    Person,
    Programme,
    SessionDay,
    SessionStatus,
    TrainingSession,
)
from factory_desk.domain.models.base import utcnow
from factory_desk.domain.text import full_name, normalize_spaces, search_terms
from factory_desk.exchange.export import Translate, untranslated, write_table
from factory_desk.services.people import word_starts
from factory_desk.services.session_status import locked_session, session_label
from factory_desk.services.users import user_id_of
from factory_desk.store.database import Database

if TYPE_CHECKING:
    from factory_desk.documents.certificate import CertificateData, TemplateDefinition
    from factory_desk.services.registry_export import ExportResult

__all__ = [
    "ALREADY_ISSUED", "CERTIFICATE_STATUS", "DEFAULT_PATTERN", "ERASED_PERSON", "REGISTER_COLUMNS",
    "CertificateError", "IssuePlan", "IssueResult", "IssuedCertificate", "MissingGlyphs", "NumberPattern",
    "PlannedPerson", "RegisterRow", "Renderer",
    "ReprintResult", "SkippedPerson", "certificate", "certificate_data", "check_pattern", "export_register",
    "format_number", "issue_certificates", "issue_plan", "number_pattern", "pdf_file_name", "pdf_matches", "qr_text",
    "register_count", "register_years", "register_rows", "reprint", "set_number_pattern", "void",
]

DEFAULT_PATTERN = "{code}-{year}-{seq:05d}"
PATTERN_FIELDS = ("code", "year", "yy", "seq")

# SkippedPerson.reason
ALREADY_ISSUED = "already_issued"  # holds an issued certificate for this session: not issued again
ERASED_PERSON = "erased"  # their data were erased on request: no name to print

CERTIFICATE_STATUS = {
    CertificateStatus.ISSUED.value: QT_TRANSLATE_NOOP("Labels", "Issued"),
    CertificateStatus.VOIDED.value: QT_TRANSLATE_NOOP("Labels", "Voided"),
}

_ISSUED = CertificateStatus.ISSUED.value
_VOIDED = CertificateStatus.VOIDED.value
_ERASED = "—"  # services.personal_data.ERASED: what an erased person's name reads in a snapshot

# (certificates, design, images) → PDF bytes: documents.certificate.certificate_pdf, deterministic.
Renderer = Callable[[Sequence["CertificateData"], "TemplateDefinition", Mapping[str, bytes]], bytes]
Progress = Callable[[int, int], None]  # (done, total)


class CertificateError(FactoryDeskError):
    """A certificate that cannot be issued, reprinted or voided as asked."""


class MissingGlyphs(CertificateError):
    """Texts the fonts cannot draw: issuing them would print empty boxes, so nothing was issued. `found` holds
    each (text, the characters missing); correct the names (or leave those people out with `person_ids`)."""

    def __init__(self, found: Sequence[tuple[str, str]]) -> None:
        self.found = tuple(found)
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Some texts have characters the certificate's font cannot print: {texts}. Correct them (or "
                      "leave those people out); nothing was issued."),
            texts="; ".join(f"{text} ({chars})" for text, chars in self.found[:10]), count=len(self.found))



def _renderer(render: Renderer | None) -> Renderer:
    if render is not None:
        return render
    from factory_desk.documents.certificate import certificate_pdf

    return certificate_pdf


# --- numbers ---------------------------------------------------------------------------------------------------

def format_number(pattern: str, *, code: str, year: int, seq: int) -> str:
    """A certificate number: `pattern` with {code} (the factory's), {year}, {yy} (two digits) and {seq} (the
    sequence's value, with a format such as {seq:05d})."""
    return pattern.format(code=code, year=year, yy=f"{year % 100:02d}", seq=seq)


def check_pattern(pattern: str) -> str:
    """The pattern, stripped, or a `ValidationError`: it must contain {seq} and only the known fields."""
    pattern = pattern.strip()
    try:
        fields = [name for _text, name, _spec, _conv in string.Formatter().parse(pattern) if name is not None]
        sample = format_number(pattern, code="КИР", year=2026, seq=42)
    except (ValueError, KeyError, IndexError, AttributeError):
        fields, sample = ["?"], ""
    if "seq" not in fields:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A number pattern must contain {{seq}}, the running number, for example "
                      "{{code}}-{{year}}-{{seq:05d}}."), field="pattern", pattern=pattern)
    if unknown := [name for name in fields if name not in PATTERN_FIELDS]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The number pattern “{pattern}” has “{unknown}”; it may use {{code}}, {{year}}, {{yy}} and "
                      "{{seq}}."), field="pattern", pattern=pattern, unknown=unknown[0])
    if not sample or len(sample) > 40 or "|" in sample or sample != " ".join(sample.split()):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The number pattern “{pattern}” does not make a usable number."), field="pattern",
            pattern=pattern)
    return pattern


@dataclass(frozen=True)
class NumberPattern:
    factory_id: int
    factory: str
    code: str
    year: int
    pattern: str
    last_value: int  # 0 until the first certificate of the year
    next_number: str  # what the next certificate will be numbered (unless another PC takes it first)


def _factory(session: Session, factory_id: int) -> Factory:
    factory = session.get(Factory, factory_id)
    if factory is None:
        raise CertificateError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."),
                               id=factory_id)
    return factory


def _sequence(session: Session, factory_id: int, year: int, *, lock: bool) -> NumberSequence:
    """The factory's sequence of the year, created when missing (two PCs creating it at once get one row)."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(NumberSequence).values(factory_id=factory_id, year=year, pattern=DEFAULT_PATTERN,
                                                          last_value=0)
                    .on_conflict_do_nothing(index_elements=["factory_id", "year"]))
    statement = select(NumberSequence).where(NumberSequence.factory_id == factory_id, NumberSequence.year == year)
    if lock:
        statement = statement.with_for_update()
    return session.execute(statement.execution_options(populate_existing=True)).scalar_one()


def _pattern_row(_session: Session, factory: Factory, sequence: NumberSequence) -> NumberPattern:
    return NumberPattern(factory.id, factory.name, factory.code, sequence.year, sequence.pattern, sequence.last_value,
                         format_number(sequence.pattern, code=factory.code, year=sequence.year,
                                       seq=sequence.last_value + 1))


def number_pattern(db: Database, factory_id: int, year: int) -> NumberPattern:
    """The number pattern of a factory in a year (the default until one is set), and how far its numbers went."""
    with db.read() as session:
        factory = _factory(session, factory_id)
        sequence = session.scalar(select(NumberSequence).where(NumberSequence.factory_id == factory_id,
                                                               NumberSequence.year == year))
        return _pattern_row(session, factory, sequence or NumberSequence(factory_id=factory_id, year=year,
                                                                         pattern=DEFAULT_PATTERN, last_value=0))


def set_number_pattern(db: Database, factory_id: int, year: int, pattern: str, *,
                       user_name: str = "") -> NumberPattern:
    """Number this factory's certificates of `year` by `pattern` from now on; the running number goes on (numbers
    already given keep their old form and are never given again)."""
    pattern = check_pattern(pattern)
    with db.write() as session:
        factory = _factory(session, factory_id)
        sequence = _sequence(session, factory_id, year, lock=True)
        old = sequence.pattern
        if old != pattern:
            sequence.pattern = pattern
            session.add(AuditEntry(action="certificate_pattern_changed", entity="number_sequence",
                                   entity_id=sequence.id, user_name=user_name,
                                   details={"factory_id": factory_id, "year": year, "from": old, "to": pattern}))
        session.flush()
        return _pattern_row(session, factory, sequence)


def _take_number(session: Session, factory: Factory, year: int) -> str:
    """The next number of the factory's year, under the sequence's row lock. A number some other pattern already
    produced (say, after the pattern changed) is passed over, so a number is never given twice."""
    sequence = _sequence(session, factory.id, year, lock=True)
    while True:
        sequence.last_value += 1
        number = format_number(sequence.pattern, code=factory.code, year=year, seq=sequence.last_value)
        if session.scalar(select(Certificate.id).where(Certificate.number == number)) is None:
            session.flush()
            return number


# --- what a certificate says -------------------------------------------------------------------------------------

def _hours(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else Decimal(0)


def certificate_data(snapshot: Mapping[str, Any], *, duplicate: bool = False) -> CertificateData:
    """What documents.certificate prints, from a certificate's snapshot (and its QR text, rebuilt from it)."""
    from factory_desk.documents.certificate import CertificateData

    return CertificateData(
        number=str(snapshot["number"]), full_name=str(snapshot["full_name"]),
        organisation=str(snapshot.get("organisation") or ""), position=str(snapshot.get("position") or ""),
        programme=str(snapshot.get("programme") or ""), hours=_hours(snapshot.get("hours")),
        first_day=dt.date.fromisoformat(snapshot["first_day"]), last_day=dt.date.fromisoformat(snapshot["last_day"]),
        factory=str(snapshot.get("factory") or ""), factory_address=str(snapshot.get("factory_address") or ""),
        qr_text=qr_text(snapshot), duplicate=duplicate)


def qr_text(snapshot: Mapping[str, Any]) -> str:
    """The signed QR text of a certificate, rebuilt from its snapshot."""
    from factory_desk.services.signing import signed_text

    if not snapshot.get("signature"):
        return ""
    return signed_text(_payload(snapshot, str(snapshot["key_id"])), str(snapshot["signature"]))


def _payload(snapshot: Mapping[str, Any], key_id: str = "") -> Any:
    from factory_desk.services.signing import Payload

    return Payload(str(snapshot["number"]), str(snapshot["full_name"]), str(snapshot.get("programme") or ""),
                   dt.date.fromisoformat(snapshot["last_day"]), _hours(snapshot.get("hours")), key_id)


def _definition(snapshot: Mapping[str, Any]) -> TemplateDefinition:
    from factory_desk.documents.certificate import TemplateDefinition

    return TemplateDefinition.from_json(dict(snapshot.get("template") or {}))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- issuing -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IssuedCertificate:
    id: int
    number: str
    person_id: int
    enrolment_id: int
    full_name: str
    organisation: str
    pdf_sha256: str
    qr_text: str


@dataclass(frozen=True)
class SkippedPerson:
    person_id: int
    full_name: str
    reason: str  # ALREADY_ISSUED or ERASED_PERSON
    number: str = ""  # the certificate they already hold


@dataclass(frozen=True)
class IssueResult:
    """The certificates issued, in the order they were numbered (alphabetical by name), their PDFs (one per
    person, the very bytes whose SHA-256 the register keeps) and who was passed over and why."""

    session_id: int
    issued: tuple[IssuedCertificate, ...]
    skipped: tuple[SkippedPerson, ...]
    pdfs: tuple[bytes, ...]  # pdfs[i] is the PDF of issued[i]
    language: str
    _merged: list[bytes] = field(default_factory=list, repr=False, compare=False)
    _data: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    _design: Any = field(default=None, repr=False, compare=False)
    _images: Mapping[str, bytes] = field(default_factory=dict, repr=False, compare=False)
    _render: Renderer | None = field(default=None, repr=False, compare=False)

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(c.number for c in self.issued)

    def pdf_of(self, number: str) -> bytes:
        return self.pdfs[self.numbers.index(number)]

    def merged_pdf(self) -> bytes:
        """Every certificate of the batch in one PDF, in number order (made once, on first call, from the same
        data; empty bytes when nobody was issued)."""
        if not self.issued:
            return b""
        if not self._merged:
            self._merged.append(_renderer(self._render)(list(self._data), self._design, self._images))
        return self._merged[0]

    def files(self) -> Iterator[tuple[str, bytes]]:
        """(file name, PDF) of each certificate, for a ZIP: "<number> <full name>.pdf"."""
        for certificate, pdf in zip(self.issued, self.pdfs, strict=True):
            yield pdf_file_name(certificate.number, certificate.full_name), pdf


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def pdf_file_name(number: str, name: str) -> str:
    """"<number> <full name>.pdf", safe as a file name on Windows (no reserved characters or names, no trailing
    dot or space, not too long)."""
    stem = _UNSAFE.sub("_", " ".join(f"{number} {name}".split())).rstrip(". ")[:120].rstrip(". ") or "certificate"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    return stem + ".pdf"


def _session_facts(session: Session, training: TrainingSession) -> dict[str, Any]:
    days = list(session.scalars(select(SessionDay.date).where(SessionDay.session_id == training.id)
                                .order_by(SessionDay.day_no)))
    programme = session.get(Programme, training.programme_id)
    factory = session.get(Factory, training.factory_id)
    assert programme is not None and factory is not None and days
    return {"session_id": training.id, "programme": programme.name, "wording": programme.certificate_wording,
            "hours": format(Decimal(programme.hours).normalize(), "f"), "first_day": min(days).isoformat(),
            "last_day": max(days).isoformat(), "dates": [d.isoformat() for d in days], "factory": factory.name,
            "factory_address": factory.address, "factory_code": factory.code, "_factory": factory,
            "_year": max(days).year}


def _require_closed(session: Session, training: TrainingSession) -> None:
    if training.status == SessionStatus.CANCELLED.value:
        raise CertificateError(QT_TRANSLATE_NOOP(
            "Errors", "The session «{programme}» of {date} was cancelled: it has no certificates."),
            **session_label(session, training))
    if training.closed_at is None:
        raise CertificateError(QT_TRANSLATE_NOOP(
            "Errors", "Certificates of the session «{programme}» of {date} are issued once its attendance is closed: "
                      "close it first."), **session_label(session, training))


def _holders(session: Session, session_id: int) -> dict[int, tuple[Person, Enrolment, str]]:
    """person id → (person, enrolment, organisation) of everyone holding a place."""
    from factory_desk.services.organisations import organisation_name

    rows = session.execute(
        select(Person, Enrolment, organisation_name())
        .join(Enrolment, Enrolment.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Enrolment.session_id == session_id, Enrolment.status == "enrolled")
        .order_by(Person.sort_key, Person.id))
    return {person.id: (person, enrolment, organisation or "") for person, enrolment, organisation in rows}


@dataclass(frozen=True)
class PlannedPerson:
    """A person holding a place in the session, and what issuing would do for them."""

    person_id: int
    full_name: str
    organisation: str
    eligible: bool
    why_not: FactoryDeskError | None  # i18n.error_text(...) when not eligible
    number: str = ""  # the issued certificate they already hold
    erased: bool = False

    @property
    def will_be_issued(self) -> bool:
        return self.eligible and not self.number and not self.erased


@dataclass(frozen=True)
class IssuePlan:
    """What `issue_certificates` would do, for the batch dialog to show before anything is numbered: each person
    holding a place, the design and language, the next number, and the texts the fonts cannot draw (empty when
    all is printable). `refusal` is the sentence when the session cannot be issued (not closed, cancelled)."""

    session_id: int
    people: tuple[PlannedPerson, ...]
    template_id: int
    template_name: str
    language: str
    next_number: str
    missing_glyphs: tuple[tuple[str, str], ...]
    refusal: FactoryDeskError | None

    @property
    def to_issue(self) -> tuple[PlannedPerson, ...]:
        return tuple(p for p in self.people if p.will_be_issued)


def _check_language(language: str | None) -> None:
    if language is not None and language not in {lang.value for lang in DocumentLanguage}:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A certificate can be printed in Russian, Latvian, English, Russian and English, or Latvian and "
                      "English, not in “{language}”."), field="language", language=language)


def _design(session: Session, template_id: int | None, language: str | None,
            user_name: str) -> tuple[Any, TemplateDefinition, dict[str, Any], dict[str, bytes]]:
    """The design row, its definition in the chosen language (and as JSON), and its images."""
    from factory_desk.documents.certificate import TemplateDefinition
    from factory_desk.services.certificate_templates import template_row

    row = template_row(session, template_id, user_name=user_name)
    design = TemplateDefinition.from_json({**row.definition, "language": language or row.language})
    return row, design, dict(design.to_json()), {a.name: a.data for a in row.assets}


def _missing(people: Iterable[tuple[Person, str]], facts: Mapping[str, Any], number: str,
             design: TemplateDefinition) -> list[tuple[str, str]]:
    from factory_desk.documents.certificate import texts_to_check
    from factory_desk.documents.layout import missing_glyphs

    data = [certificate_data({"number": number, "full_name": person.full_name, "organisation": organisation,
                              "position": person.position, **facts}) for person, organisation in people]
    return missing_glyphs(texts_to_check(data, design))


def issue_plan(db: Database, session_id: int, *, person_ids: Iterable[int] | None = None,
               template_id: int | None = None, language: str | None = None) -> IssuePlan:
    """What issuing the session would do (nothing is written but the default design, made on first use)."""
    from factory_desk.services.attendance import eligibility

    _check_language(language)
    wanted = None if person_ids is None else set(person_ids)
    with db.write() as session:
        training = session.get(TrainingSession, session_id)
        if training is None:
            raise CertificateError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                                   id=session_id)
        refusal: FactoryDeskError | None = None
        try:
            _require_closed(session, training)
        except CertificateError as exc:
            refusal = exc
        report = eligibility(db, session_id)
        verdicts = {p.person_id: p for p in report.people}
        holders = _holders(session, session_id)
        held = _held(session, session_id)
        row, design, design_json, _images = _design(session, template_id, language, "")
        facts = _session_facts(session, training)
        factory, year = facts.pop("_factory"), facts.pop("_year")
        next_number = _next_number(session, factory, year)
        people = []
        for pid, (person, enrolment, organisation) in holders.items():
            if wanted is not None and pid not in wanted:
                continue
            verdict = verdicts.get(pid)
            people.append(PlannedPerson(pid, person.full_name, organisation, bool(verdict and verdict.eligible),
                                        verdict.why_not if verdict else None, held.get(enrolment.id, ""),
                                        person.anonymised_at is not None))
        chosen = [(holders[p.person_id][0], p.organisation) for p in people if p.will_be_issued]
        missing = _missing(chosen, facts, next_number, design)
        return IssuePlan(session_id, tuple(people), row.id, row.name, design_json["language"], next_number,
                         tuple(missing), refusal)


def _next_number(session: Session, factory: Factory, year: int) -> str:
    """The number the factory's next certificate of `year` would get (read without locking: a preview)."""
    sequence = session.scalar(select(NumberSequence).where(NumberSequence.factory_id == factory.id,
                                                           NumberSequence.year == year))
    return format_number(sequence.pattern if sequence else DEFAULT_PATTERN, code=factory.code, year=year,
                         seq=(sequence.last_value if sequence else 0) + 1)


def _held(session: Session, session_id: int) -> dict[int, str]:
    """enrolment id → number of the issued certificates of the session."""
    return dict(session.execute(  # type: ignore[arg-type]
        select(Certificate.enrolment_id, Certificate.number)
        .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
        .where(Enrolment.session_id == session_id, Certificate.status == _ISSUED)).all())


def issue_certificates(db: Database, session_id: int, *, person_ids: Iterable[int] | None = None,
                       template_id: int | None = None, language: str | None = None, user_name: str = "",
                       progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                       render: Renderer | None = None) -> IssueResult:
    """Issue the certificates of a closed session: to every eligible person holding a place, or to those of
    `person_ids` (each must be eligible, else nothing is issued and the sentence names them).

    Each gets the next number of the factory's year, a snapshot of everything printed, the signed QR text and the
    SHA-256 of its own PDF, rendered with design `template_id` (the default design when None) in `language` (the
    design's when None). People who already hold an issued certificate for this session, and people whose data
    were erased, are passed over (`IssueResult.skipped`). A text the fonts cannot draw raises `MissingGlyphs`
    (see `issue_plan`). One unit of work: a refusal, a crash or `cancelled()` returning True issues nobody and
    consumes no number. `progress(done, total)` is called after each PDF.
    """
    from factory_desk.services.attendance import eligibility
    from factory_desk.services.signing import Payload, current_key, fitted_payload, sign, signature_of

    draw = _renderer(render)
    wanted = None if person_ids is None else list(dict.fromkeys(person_ids))
    _check_language(language)
    with db.write() as session:
        training = locked_session(session, session_id)
        _require_closed(session, training)
        # The marks cannot change meanwhile: reopening the session needs the lock this unit of work holds.
        report = eligibility(db, session_id)
        eligible = {p.person_id for p in report.eligible}
        holders = _holders(session, session_id)
        if wanted is not None:
            refused = [p for p in wanted if p not in eligible]
            if refused:
                names = [p.full_name for p in report.people if p.person_id in refused] or [str(p) for p in refused]
                raise CertificateError(QT_TRANSLATE_NOOP(
                    "Errors", "Not eligible for a certificate of the session «{programme}» of {date}: {names}. "
                              "Nobody was issued one."), names=", ".join(names), count=len(refused),
                    **session_label(session, training))
        chosen = [pid for pid in holders if pid in eligible and (wanted is None or pid in wanted)]
        held = _held(session, session_id)
        design_row, design, design_json, images = _design(session, template_id, language, user_name)
        facts = _session_facts(session, training)
        factory: Factory = facts.pop("_factory")
        year: int = facts.pop("_year")

        skipped: list[SkippedPerson] = []
        todo: list[tuple[Person, Enrolment, str]] = []
        for pid in chosen:
            person, enrolment, organisation = holders[pid]
            if enrolment.id in held:
                skipped.append(SkippedPerson(pid, person.full_name, ALREADY_ISSUED, held[enrolment.id]))
            elif person.anonymised_at is not None:
                skipped.append(SkippedPerson(pid, person.full_name, ERASED_PERSON))
            else:
                todo.append((person, enrolment, organisation))
        if missing := _missing([(p, o) for p, _e, o in todo], facts, _next_number(session, factory, year), design):
            raise MissingGlyphs(missing)
        key = current_key(session, user_name=user_name) if todo else None
        issued_by = user_id_of(session, user_name)

        issued: list[IssuedCertificate] = []
        pdfs: list[bytes] = []
        data: list[Any] = []
        for person, enrolment, organisation in todo:
            assert key is not None
            if cancelled is not None and cancelled():
                raise CertificateError(QT_TRANSLATE_NOOP(
                    "Errors", "Issuing was cancelled: no certificate was issued and no number was used."))
            number = _take_number(session, factory, year)
            snapshot: dict[str, Any] = {
                "number": number, "language": design_json["language"], "person_id": person.id,
                "full_name": person.full_name, "surname": person.surname, "first_name": person.first_name,
                "patronymic": person.patronymic, "organisation": organisation, "position": person.position,
                **facts, "template_id": design_row.id, "template_name": design_row.name, "template": design_json,
                "assets": {name: _sha256(blob) for name, blob in sorted(images.items())},
                "issued_by": user_name,
            }
            payload = Payload(number, person.full_name, facts["programme"], dt.date.fromisoformat(facts["last_day"]),
                              Decimal(facts["hours"]))
            text = sign(key, payload)
            snapshot["key_id"] = fitted_payload(key, payload).key_id
            snapshot["signature"] = signature_of(text)
            one = certificate_data(snapshot)
            assert one.qr_text == text
            pdf = draw([one], design, images)
            digest = _sha256(pdf)
            row = Certificate(number=number, enrolment_id=enrolment.id, template_id=design_row.id,
                              signing_key_id=key.id, language=design_json["language"], status=_ISSUED,
                              snapshot=snapshot, pdf_sha256=digest, issued_at=utcnow(), issued_by_id=issued_by,
                              print_count=1)
            session.add(row)
            session.flush()
            session.add(AuditEntry(action="certificate_issued", entity="certificate", entity_id=row.id,
                                   user_name=user_name,
                                   details={"number": number, "person_id": person.id, "session_id": session_id,
                                            "pdf_sha256": digest, "template_id": design_row.id}))
            issued.append(IssuedCertificate(row.id, number, person.id, enrolment.id, person.full_name, organisation,
                                            digest, text))
            pdfs.append(pdf)
            data.append(one)
            if progress is not None:
                progress(len(issued), len(todo))
        if issued or skipped:
            session.add(AuditEntry(action="certificates_issued", entity="training_session", entity_id=session_id,
                                   user_name=user_name,
                                   details={"numbers": [c.number for c in issued],
                                            "skipped": [{"person_id": s.person_id, "reason": s.reason}
                                                        for s in skipped]}))
    return IssueResult(session_id, tuple(issued), tuple(skipped), tuple(pdfs), design_json["language"],
                       _data=tuple(data), _design=design, _images=images, _render=render)


# --- one certificate -----------------------------------------------------------------------------------------------

def _find(session: Session, certificate: int | str, *, lock: bool = False) -> Certificate:
    """A certificate by its id (int) or its number (str; case and surrounding spaces ignored)."""
    statement = select(Certificate)
    if isinstance(certificate, int):
        statement = statement.where(Certificate.id == certificate)
    else:
        wanted = normalize_spaces(certificate)
        statement = statement.where(or_(Certificate.number == wanted, Certificate.number == wanted.upper()))
    if lock:
        statement = statement.with_for_update()
    found = session.execute(statement.limit(1)).scalar_one_or_none()
    if found is None:
        raise CertificateError(QT_TRANSLATE_NOOP("Errors", "There is no certificate {number} in the register."),
                               number=str(certificate))
    return found


@dataclass(frozen=True)
class ReprintResult:
    id: int
    number: str
    print_count: int  # with this reprint
    pdf: bytes  # drawn from the snapshot, marked as a duplicate
    changed_images: tuple[str, ...]  # the design's images that changed since issue (the current ones were used)


@dataclass(frozen=True)
class Duplicate:
    """A duplicate drawn but not yet counted (the window counts it once it was printed, saved or opened)."""

    id: int
    number: str
    pdf: bytes  # drawn from the snapshot, marked as a duplicate
    changed_images: tuple[str, ...]  # the design's images that changed since issue (the current ones were used)


def duplicate(db: Database, certificate: int | str, *, render: Renderer | None = None) -> Duplicate:
    """A certificate drawn again (by id or number) from its snapshot — never from today's person or design —
    marked as a duplicate, without counting it: `count_reprint` does, once the duplicate was put to use. A voided
    certificate, or one whose holder's data were erased, is refused."""
    with db.read() as session:
        row = _find(session, certificate)
        pdf, changed = _draw_duplicate(session, row, _renderer(render))
        return Duplicate(row.id, row.number, pdf, changed)


def count_reprint(db: Database, certificate: int | str, *, user_name: str = "",
                  changed_images: tuple[str, ...] = ()) -> int:
    """Count one more print of a certificate (audited, with the images of its `duplicate` that changed since
    issue) and return its print count; refused when it was voided meanwhile."""
    with db.write() as session:
        row = _find(session, certificate, lock=True)
        _refuse_voided(row)
        return _count(session, row, user_name, changed_images)


def reprint(db: Database, certificate: int | str, *, user_name: str = "",
            render: Renderer | None = None) -> ReprintResult:
    """Print a certificate again (by id or number): `duplicate` and `count_reprint` in one transaction, for a
    duplicate written straight to a file (the command line)."""
    draw = _renderer(render)
    with db.write() as session:
        row = _find(session, certificate, lock=True)
        pdf, changed = _draw_duplicate(session, row, draw)
        count = _count(session, row, user_name, changed)
        return ReprintResult(row.id, row.number, count, pdf, changed)


def _refuse_voided(row: Certificate) -> None:
    if row.status == _VOIDED:
        raise CertificateError(QT_TRANSLATE_NOOP(
            "Errors", "The certificate {number} was voided ({reason}): it cannot be printed again."),
            number=row.number, reason=row.void_reason or "")


def _draw_duplicate(session: Session, row: Certificate, draw: Renderer) -> tuple[bytes, tuple[str, ...]]:
    """The duplicate's PDF and the names of the design's images that changed since issue."""
    snapshot = dict(row.snapshot or {})
    _refuse_voided(row)
    if snapshot.get("full_name") in (None, "", _ERASED) or "first_day" not in snapshot:
        raise CertificateError(QT_TRANSLATE_NOOP(
            "Errors", "The certificate {number} cannot be printed again: the data it was printed with are no "
                      "longer kept."), number=row.number)
    images: dict[str, bytes] = {}
    changed: list[str] = []
    if row.template_id is not None:
        from factory_desk.domain.models import TemplateAsset

        current = {a.name: a.data for a in session.scalars(
            select(TemplateAsset).where(TemplateAsset.template_id == row.template_id))}
        for name, digest in sorted((snapshot.get("assets") or {}).items()):
            if name in current:
                images[name] = current[name]
                if _sha256(current[name]) != digest:
                    changed.append(name)
            else:
                changed.append(name)
    return draw([certificate_data(snapshot, duplicate=True)], _definition(snapshot), images), tuple(changed)


def _count(session: Session, row: Certificate, user_name: str, changed: tuple[str, ...]) -> int:
    row.print_count += 1
    session.add(AuditEntry(action="certificate_reprinted", entity="certificate", entity_id=row.id,
                           user_name=user_name,
                           details={"number": row.number, "print_count": row.print_count,
                                    "changed_images": list(changed)}))
    session.flush()
    return row.print_count


def pdf_matches(db: Database, certificate: int | str, pdf: bytes) -> bool:
    """Whether `pdf` is, byte for byte, the PDF the certificate was issued as (its SHA-256 in the register)."""
    with db.read() as session:
        row = _find(session, certificate)
        return row.pdf_sha256 is not None and row.pdf_sha256 == _sha256(pdf)


def void(db: Database, certificate: int | str, *, reason: str, user_name: str = "") -> RegisterRow:
    """Void a certificate (by id or number) with a reason. It keeps its number, which is never given again; its QR
    code then verifies as voided. The person can be issued a new certificate (a new number) for the session."""
    reason = normalize_spaces(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Say why the certificate is voided: the reason is kept in the register."), field="reason")
    with db.write() as session:
        row = _find(session, certificate, lock=True)
        if row.status == _VOIDED:
            raise CertificateError(QT_TRANSLATE_NOOP(
                "Errors", "The certificate {number} was already voided ({reason})."),
                number=row.number, reason=row.void_reason or "")
        row.status, row.void_reason, row.voided_at = _VOIDED, reason, utcnow()
        row.voided_by_id = user_id_of(session, user_name)
        session.add(AuditEntry(action="certificate_voided", entity="certificate", entity_id=row.id,
                               user_name=user_name, reason=reason, details={"number": row.number}))
        session.flush()
        return _rows(session, _register_query().where(Certificate.id == row.id))[0]


# --- the register ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RegisterRow:
    """A line of the register: what the certificate was issued as (from its snapshot) and where it stands."""

    id: int
    number: str
    status: str  # issued or voided (CERTIFICATE_STATUS has the words)
    person_id: int
    full_name: str
    organisation: str
    programme: str
    hours: Decimal | None
    session_id: int
    first_day: dt.date | None
    last_day: dt.date | None
    factory_id: int
    factory: str
    language: str
    issued_at: dt.datetime
    issued_by: str
    print_count: int
    void_reason: str
    voided_at: dt.datetime | None
    pdf_sha256: str


_last_day = (select(func.max(SessionDay.date)).where(SessionDay.session_id == Enrolment.session_id)
             .correlate(Enrolment).scalar_subquery())


def _register_query() -> Select[Any]:
    from factory_desk.services.organisations import organisation_name

    return (select(Certificate, Enrolment.person_id, Enrolment.session_id, TrainingSession.factory_id, Factory.name,
                   Person.surname, Person.first_name, Person.patronymic, organisation_name(), Programme.name,
                   AppUser.display_name, AppUser.login)
            .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
            .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .join(Person, Person.id == Enrolment.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(AppUser, AppUser.id == Certificate.issued_by_id))


def _filtered(statement: Select[Any], *, factory_id: int | None, year: int | None, status: str | None, search: str,
              session_id: int | None, person_id: int | None) -> Select[Any]:
    if factory_id is not None:
        statement = statement.where(TrainingSession.factory_id == factory_id)
    if year is not None:
        statement = statement.where(_last_day >= dt.date(year, 1, 1), _last_day <= dt.date(year, 12, 31))
    if status:
        statement = statement.where(Certificate.status == status)
    if session_id is not None:
        statement = statement.where(Enrolment.session_id == session_id)
    if person_id is not None:
        statement = statement.where(Enrolment.person_id == person_id)
    text = normalize_spaces(search)
    if text:
        # A number (КИР-2026-00042, or a piece of it, in any case) or the words of a name.
        numbers = [Certificate.number.like(f"%{variant}%") for variant in dict.fromkeys((text, text.upper()))]
        names = and_(*(word_starts(Person.search_text, term) for term in search_terms(text))) \
            if search_terms(text) else None
        statement = statement.where(or_(*numbers, names) if names is not None else or_(*numbers))
    return statement


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _first_and_last(snapshot: Mapping[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    first, last = _day(snapshot.get("first_day")), _day(snapshot.get("last_day"))
    if first is None and isinstance(snapshot.get("dates"), list) and snapshot["dates"]:  # older snapshots
        first, last = _day(snapshot["dates"][0]), _day(snapshot["dates"][-1])
    return first, last


def _rows(session: Session, statement: Select[Any]) -> list[RegisterRow]:
    rows = []
    for (row, person_id, session_id, factory_id, factory, surname, first, patronymic, organisation, programme,
         display_name, login) in session.execute(statement):
        snapshot = row.snapshot or {}
        first_day, last_day = _first_and_last(snapshot)
        hours = snapshot.get("hours")
        rows.append(RegisterRow(
            id=row.id, number=row.number, status=row.status, person_id=person_id,
            full_name=str(snapshot.get("full_name") or full_name(surname, first, patronymic)),
            organisation=str(snapshot.get("organisation") if "organisation" in snapshot else organisation or ""),
            programme=str(snapshot.get("programme") or programme), hours=_hours(hours) if hours is not None else None,
            session_id=session_id, first_day=first_day, last_day=last_day, factory_id=factory_id,
            factory=str(snapshot.get("factory") or factory), language=row.language, issued_at=row.issued_at,
            issued_by=str(snapshot.get("issued_by") or display_name or login or ""), print_count=row.print_count,
            void_reason=row.void_reason or "", voided_at=row.voided_at,
            pdf_sha256=row.pdf_sha256 or ""))
    return rows


def register_rows(db: Database, *, factory_id: int | None = None, year: int | None = None, status: str | None = None,
                  search: str = "", session_id: int | None = None, person_id: int | None = None, limit: int = 200,
                  offset: int = 0) -> list[RegisterRow]:
    """A page of the register, newest first, filtered by factory, year (of the certificate's date, as in its
    number), status (issued or voided), a session, a person, and `search` — a piece of a number or the
    beginnings of the words of a name."""
    statement = _filtered(_register_query(), factory_id=factory_id, year=year, status=status, search=search,
                          session_id=session_id, person_id=person_id)
    statement = statement.order_by(Certificate.issued_at.desc(), Certificate.id.desc()).limit(limit).offset(offset)
    with db.read() as session:
        return _rows(session, statement)


def register_years(db: Database) -> list[int]:
    """The years the register's certificates belong to (their training's last day, as the year filter reads
    it), newest first: one query, however many years."""
    year = func.extract("year", _last_day)
    statement = (select(year).select_from(Certificate).join(Enrolment, Enrolment.id == Certificate.enrolment_id)
                 .group_by(year).order_by(year.desc()))
    with db.read() as session:
        return [int(value) for value in session.scalars(statement) if value is not None]


def register_count(db: Database, *, factory_id: int | None = None, year: int | None = None,
                   status: str | None = None, search: str = "", session_id: int | None = None,
                   person_id: int | None = None) -> int:
    """How many certificates `register_rows` lists with these filters (for the status line and paging)."""
    statement = _filtered(
        select(func.count()).select_from(Certificate).join(Enrolment, Enrolment.id == Certificate.enrolment_id)
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(Person, Person.id == Enrolment.person_id),
        factory_id=factory_id, year=year, status=status, search=search, session_id=session_id, person_id=person_id)
    with db.read() as session:
        return int(session.scalar(statement) or 0)


def certificate(db: Database, certificate: int | str) -> RegisterRow:
    """One certificate of the register, by id or number."""
    with db.read() as session:
        row = _find(session, certificate)
        return _rows(session, _register_query().where(Certificate.id == row.id))[0]


REGISTER_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Number"),
    QT_TRANSLATE_NOOP("Export", "Status"),
    QT_TRANSLATE_NOOP("Export", "Full name"),
    QT_TRANSLATE_NOOP("Export", "Organisation"),
    QT_TRANSLATE_NOOP("Export", "Programme"),
    QT_TRANSLATE_NOOP("Export", "Hours"),
    QT_TRANSLATE_NOOP("Export", "First day"),
    QT_TRANSLATE_NOOP("Export", "Last day"),
    QT_TRANSLATE_NOOP("Export", "Factory"),
    QT_TRANSLATE_NOOP("Export", "Issued at"),
    QT_TRANSLATE_NOOP("Export", "Issued by"),
    QT_TRANSLATE_NOOP("Export", "Prints"),
    QT_TRANSLATE_NOOP("Export", "Voided at"),
    QT_TRANSLATE_NOOP("Export", "Void reason"),
    QT_TRANSLATE_NOOP("Export", "SHA-256 of the PDF"),
)



def export_register(db: Database, path: Path, *, translate: Translate = untranslated,
                    progress: Callable[[int], None] | None = None, factory_id: int | None = None,
                    year: int | None = None, status: str | None = None, search: str = "",
                    session_id: int | None = None, person_id: int | None = None) -> ExportResult:
    """The register with `register_rows`' filters, every matching line in number order, to .xlsx (or .csv).
    Texts beginning with = + - @ stay text in Excel. Times are the PC's local time."""
    from factory_desk.services.registry_export import ExportResult

    statement = _filtered(_register_query(), factory_id=factory_id, year=year, status=status, search=search,
                          session_id=session_id, person_id=person_id).order_by(Certificate.number)

    def local(value: dt.datetime | None) -> dt.datetime | None:
        return value.astimezone().replace(tzinfo=None) if value is not None else None

    with db.read() as session:
        rows = [(r.number, translate("Labels", CERTIFICATE_STATUS.get(r.status, r.status)), r.full_name,
                 r.organisation, r.programme, r.hours, r.first_day, r.last_day, r.factory, local(r.issued_at),
                 r.issued_by, r.print_count, local(r.voided_at), r.void_reason, r.pdf_sha256)
                for r in _rows(session, statement)]
    count = write_table(Path(path), [translate("Export", h) for h in REGISTER_COLUMNS], rows,
                        sheet_title=translate("Export", "Certificates"), progress=progress)
    return ExportResult(Path(path), count)
