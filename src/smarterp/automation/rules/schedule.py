"""Schedules of rules: cron lines (parsed by huey's crontab) and a few words for the usual ones.

"0 8 * * 1", "every monday 8:00", "every day 07:30", "every hour", "month end 18:00"; times
are in the schedule's time zone (UTC unless the rule names one)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from huey import crontab

DAYS = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
# How far back a worker looks for a slot it missed while nobody was running.
CATCH_UP = timedelta(days=1)

_EVERY = re.compile(
    r"every\s+(?P<unit>day|weekday|hour|minute|" + "|".join(DAYS) + r")"
    r"(?:\s+(?:at\s+)?(?P<h>\d{1,2})(?::(?P<m>\d{2}))?)?$"
)
_MONTH_END = re.compile(r"month[\s_-]?end(?:\s+(?:at\s+)?(?P<h>\d{1,2})(?::(?P<m>\d{2}))?)?$")


@dataclass(frozen=True)
class Schedule:
    """When a rule fires: a cron line, or the last day of each month at a time."""

    cron: str
    month_end: bool
    zone: str

    def matches(self) -> Callable[[datetime], bool]:
        minute, hour, day, month, weekday = self.cron.split()
        test = crontab(minute, hour, day, month, weekday, strict=True)
        if not self.month_end:
            return test

        def last_day(moment: datetime) -> bool:
            days = calendar.monthrange(moment.year, moment.month)[1]
            return moment.day == days and test(moment)

        return last_day


def parse(text: str, zone: str = "UTC") -> Schedule:
    """A schedule from a cron line or words; ValueError says what is wrong."""
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{zone!r} is not a time zone (e.g. UTC, Asia/Shanghai)") from exc
    words = " ".join(text.lower().split())
    month_end = _MONTH_END.match(words)
    if month_end:
        hour, minute = _time(month_end)
        return _checked(Schedule(f"{minute} {hour} * * *", True, zone))
    every = _EVERY.match(words)
    if every:
        unit = every["unit"]
        hour, minute = _time(every)
        if unit == "minute":
            return _checked(Schedule("* * * * *", False, zone))
        if unit == "hour":
            return _checked(Schedule(f"{minute} * * * *", False, zone))
        if unit == "day":
            return _checked(Schedule(f"{minute} {hour} * * *", False, zone))
        if unit == "weekday":
            return _checked(Schedule(f"{minute} {hour} * * 1-5", False, zone))
        return _checked(Schedule(f"{minute} {hour} * * {DAYS.index(unit)}", False, zone))
    if len(words.split()) == 5:
        return _checked(Schedule(words, False, zone))
    raise ValueError(
        f"{text!r} is not a schedule: give a cron line ('0 8 * * 1') or words "
        "('every monday 8:00', 'every day 7:30', 'every hour', 'month end 18:00')"
    )


def _time(match: re.Match[str]) -> tuple[int, int]:
    hour = int(match["h"]) if match["h"] else 0
    minute = int(match["m"]) if match["m"] else 0
    if hour > 23 or minute > 59:
        raise ValueError(f"{hour}:{minute:02d} is not a time of day")
    return hour, minute


def _checked(schedule: Schedule) -> Schedule:
    try:
        schedule.matches()
    except ValueError as exc:
        raise ValueError(f"{schedule.cron!r} is not a cron line: {exc}") from exc
    return schedule


def slots(schedule: Schedule, start: datetime, end: datetime) -> list[datetime]:
    """The moments in (start, end] the schedule names, whole minutes, in UTC."""
    zone = ZoneInfo(schedule.zone)
    test = schedule.matches()
    moment = end.astimezone(zone).replace(second=0, microsecond=0)
    first = start.astimezone(zone)
    found = []
    while moment > first:
        if test(moment.replace(tzinfo=None)):
            found.append(moment.astimezone(ZoneInfo("UTC")))
        moment -= timedelta(minutes=1)
    return sorted(found)


def latest_slot(schedule: Schedule, since: datetime, now: datetime) -> datetime | None:
    """The latest moment the schedule names after `since` (and within CATCH_UP) up to now."""
    start = max(since, now - CATCH_UP)
    zone = ZoneInfo(schedule.zone)
    test = schedule.matches()
    moment = now.astimezone(zone).replace(second=0, microsecond=0)
    first = start.astimezone(zone)
    while moment > first:
        if test(moment.replace(tzinfo=None)):
            return moment.astimezone(ZoneInfo("UTC"))
        moment -= timedelta(minutes=1)
    return None
