"""Calendar files (.ics, RFC 5545) of a session, a trainer's schedule or a factory's plan, for Outlook,
Google Calendar or a phone.

One event per day of a session. Its UID stays the same however often the file is made again
(`session-12-day-1@factory-desk`), so a calendar that imports a newer file updates the event instead of
adding a second one, and a cancelled session (STATUS:CANCELLED) is taken off. Times are the factory's local
times with its time zone (Europe/Moscow, Europe/Riga…), which the file describes in a VTIMEZONE.

The words in an event's description are English marked for translation; the caller passes `translate`
(factory_desk.i18n.translate in the app) to write them in the user's language. What goes into a file is
read by services/calendar_files.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from factory_desk.domain.labels import SESSION_STATUS
from factory_desk.domain.models import SessionStatus

if TYPE_CHECKING:
    from factory_desk.services.calendar import CalendarEntry, FactoryPlace

Translate = Callable[[str, str], str]  # (context, English text) → the user's language

PRODUCT = "-//Factory Desk//Factory Desk//EN"
UID_DOMAIN = "factory-desk"
# How a session's status reads to a calendar program.
EVENT_STATUS = {
    SessionStatus.PLANNED.value: "TENTATIVE",
    SessionStatus.OPEN.value: "TENTATIVE",
    SessionStatus.CONFIRMED.value: "CONFIRMED",
    SessionStatus.HELD.value: "CONFIRMED",
    SessionStatus.REPORTED.value: "CONFIRMED",
    SessionStatus.CANCELLED.value: "CANCELLED",
}


def untranslated(_context: str, text: str) -> str:
    return text


def event_uid(session_id: int, day_no: int) -> str:
    return f"session-{session_id}-day-{day_no}@{UID_DOMAIN}"


def calendar_bytes(entries: Sequence[CalendarEntry], places: Mapping[int, FactoryPlace], name: str,
                   translate: Translate = untranslated, *, stamp: dt.datetime | None = None) -> bytes:
    """The .ics file of `entries` (one event each), named `name` in calendar programs."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    for entry in entries:
        calendar.add_component(_event(entry, places.get(entry.factory_id), translate, stamp))
    if entries:  # a VTIMEZONE for each zone the events use, with the rules of the years they fall in
        first, last = min(e.date for e in entries), max(e.date for e in entries)
        calendar.add_missing_timezones(first_date=dt.date(first.year - 1, 1, 1), last_date=dt.date(last.year + 2, 1, 1))
    return bytes(calendar.to_ical())


def _zone(place: FactoryPlace | None) -> ZoneInfo | None:
    try:
        return ZoneInfo(place.timezone) if place is not None and place.timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        return None  # an unknown zone: local ("floating") times rather than wrong ones


def _event(entry: CalendarEntry, place: FactoryPlace | None, translate: Translate, stamp: dt.datetime) -> Event:
    zone = _zone(place)
    event = Event()
    event.add("uid", event_uid(entry.session_id, entry.day_no))
    event.add("dtstamp", stamp)
    event.add("dtstart", dt.datetime.combine(entry.date, entry.starts_at, tzinfo=zone))
    event.add("dtend", dt.datetime.combine(entry.date, entry.ends_at, tzinfo=zone))
    summary = entry.programme
    if entry.days > 1:
        summary += " " + translate("CalendarFile", "(day {n} of {days})").format(n=entry.day_no, days=entry.days)
    event.add("summary", summary)
    location = ", ".join(part for part in (place.name if place else entry.factory, place.address if place else "")
                         if part)
    event.add("location", location)
    event.add("description", description(entry, translate))
    event.add("status", EVENT_STATUS.get(entry.status, "TENTATIVE"))
    if entry.status == SessionStatus.CANCELLED.value:
        event.add("transp", "TRANSPARENT")  # a cancelled day does not make anyone busy
    return event


def description(entry: CalendarEntry, translate: Translate = untranslated) -> str:
    """The lines under an event: trainers, fill and status."""
    lines = []
    if entry.trainers:
        lines.append(translate("CalendarFile", "Trainers: {names}").format(names=entry.trainers))
    fill = translate("CalendarFile", "Enrolled: {enrolled} of {max_group} (at least {min_group})").format(
        enrolled=entry.enrolled, max_group=entry.max_group, min_group=entry.min_group)
    if entry.waitlisted:
        fill += translate("CalendarFile", ", {n} waiting").format(n=entry.waitlisted)
    lines.append(fill)
    status = translate("Labels", SESSION_STATUS.get(entry.status, entry.status))
    lines.append(translate("CalendarFile", "Status: {status}").format(status=status))
    lines.append(translate("CalendarFile", "Session No. {id}").format(id=entry.session_id))
    return "\n".join(lines)
