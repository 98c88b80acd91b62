"""Meetings and action due dates as iCalendar (``icalendar``). Every event's UID is made from
the record's id, so importing a newer export into a calendar updates events instead of adding
them twice; SEQUENCE follows the record's version."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

MEETING_LENGTH = timedelta(hours=2)
PRODID = "-//popdesk//partnership working//EN"


def calendar_bytes(
    meetings: Iterable[Any], actions: Iterable[Any], now: datetime, marking: str | None = None
) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"popdesk ({marking})" if marking else "popdesk")
    if marking:
        cal.add("x-popdesk-marking", marking)
    for meeting in meetings:
        event = Event()
        event.add("uid", f"meeting-{meeting.id}@popdesk")
        event.add("dtstamp", now)
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.starts_at + MEETING_LENGTH)
        event.add("summary", f"{meeting.group.name} meeting")
        event.add("sequence", meeting.version)
        if meeting.venue:
            event.add("location", meeting.venue)
        if meeting.agenda:
            event.add("description", meeting.agenda)
        event.add("status", "CANCELLED" if meeting.status.value == "cancelled" else "CONFIRMED")
        cal.add_component(event)
    for action in actions:
        if action.due_date is None:
            continue
        event = Event()
        event.add("uid", f"action-{action.id}@popdesk")
        event.add("dtstamp", now)
        event.add("dtstart", action.due_date)
        event.add("dtend", action.due_date + timedelta(days=1))
        event.add("summary", f"Due: {action.description}")
        event.add("sequence", action.version)
        event.add("transp", "TRANSPARENT")
        if action.owner is not None:
            event.add("description", f"Owner: {action.owner.name}")
        cal.add_component(event)
    return bytes(cal.to_ical())
