"""Schedules of rules: cron lines (parsed by huey's crontab) and a few words for the usual ones.

"0 8 * * 1", "every monday 8:00", "every day 07:30", "every hour", "month end 18:00". Times
are wall-clock times in the schedule's zone (the company's, unless the rule names one), so
"every monday 8:00" in Europe/London fires at 8:00 GMT in winter and 8:00 BST in summer.
Where the clocks jump forward, a time that does not exist that day fires at the jump; where
they fall back, a time of day fires once (the first time), while a schedule of every hour
fires in both of the repeated hours. Slots are returned as moments in UTC."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from huey import crontab

from smarterp.core.zones import zone as zone_named

DAYS = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
# How far back a search for the slot before a moment looks: a yearly cron line fits.
LOOK_BACK_DAYS = 400

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
        """A test of a local wall-clock time."""
        minute, hour, day, month, weekday = self.cron.split()
        test = crontab(minute, hour, day, month, weekday, strict=True)
        if not self.month_end:
            return test

        def last_day(moment: datetime) -> bool:
            return _is_month_end(moment.date()) and test(moment)

        return last_day

    @cached_property
    def _times(self) -> list[tuple[int, int]]:
        """The (hour, minute) wall-clock times of a day the schedule fires at, in order."""
        minute, hour = self.cron.split()[:2]
        minutes = [m for m in range(60) if crontab(minute, strict=True)(datetime(2001, 1, 1, 0, m))]
        hours = [h for h in range(24) if crontab("*", hour, strict=True)(datetime(2001, 1, 1, h))]
        return [(h, m) for h in hours for m in minutes]

    @cached_property
    def _day(self) -> Callable[[date], bool]:
        day, month, weekday = self.cron.split()[2:]
        test = crontab("0", "0", day, month, weekday, strict=True)

        def fires_on(d: date) -> bool:
            if self.month_end and not _is_month_end(d):
                return False
            return bool(test(datetime(d.year, d.month, d.day)))

        return fires_on

    def on(self, day: date) -> list[datetime]:
        """The moments (UTC, in order) the schedule fires at on a local calendar day."""
        return list(_moments_on(self, day))

    def _compute_on(self, day: date) -> tuple[datetime, ...]:
        if not self._day(day):
            return ()
        tz = zone_named(self.zone)
        every_hour = len({h for h, _ in self._times}) == 24
        found: set[datetime] = set()
        for hour, minute in self._times:
            wall = datetime(day.year, day.month, day.day, hour, minute)
            found.update(_instants(wall, tz, both_folds=every_hour))
        return tuple(sorted(found))


# Each worker tick asks for today's and yesterday's slots of every schedule again (a rule's
# schedule is parsed anew each time; equal schedules share the entries).
@lru_cache(maxsize=512)
def _moments_on(schedule: Schedule, day: date) -> tuple[datetime, ...]:
    return schedule._compute_on(day)


def _is_month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def _instants(wall: datetime, tz: ZoneInfo, *, both_folds: bool) -> list[datetime]:
    """The moments a local wall-clock time names: one; none that exists (the clocks jumped
    over it: the moment of the jump instead); or two (the clocks fell back over it)."""
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if first == second:
        return [first]
    if first < second:  # the hour that repeats: the first time, or both
        return [first, second] if both_folds else [first]
    # In the gap: the first whole minute after the jump (second < jump <= first).
    moment = second.replace(second=0, microsecond=0)
    while moment.astimezone(tz).replace(tzinfo=None) <= wall:
        moment += timedelta(minutes=1)
    return [moment]


def parse(text: str, zone: str = "UTC") -> Schedule:
    """A schedule from a cron line or words; ValueError says what is wrong."""
    zone_named(zone)
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


def backwards(schedule: Schedule, moment: datetime) -> Iterator[datetime]:
    """The slots at or before `moment`, the latest first (as far as LOOK_BACK_DAYS back)."""
    day = moment.astimezone(zone_named(schedule.zone)).date() + timedelta(days=1)
    last: datetime | None = None
    for _ in range(LOOK_BACK_DAYS + 2):
        for slot in reversed(schedule.on(day)):
            if slot <= moment and (last is None or slot < last):
                last = slot
                yield slot
        day -= timedelta(days=1)


def slots(schedule: Schedule, start: datetime, end: datetime) -> list[datetime]:
    """The moments in (start, end] the schedule names, in order, in UTC."""
    found = []
    for slot in backwards(schedule, end):
        if slot <= start:
            break
        found.append(slot)
    return found[::-1]


@dataclass(frozen=True)
class Due:
    """The slot a worker should fire now, and what it missed before it."""

    slot: datetime
    late_by: timedelta
    skipped: int  # earlier slots since the last one fired that are not run at all


# A slot fired this long after its time is recorded as late.
LATE_AFTER = timedelta(minutes=1)
# How many skipped slots are counted at most (a worker away for a year on a minutely rule).
MAX_COUNTED = 10_000


def due(
    schedule: Schedule, *, since: datetime, now: datetime, fired_before: datetime | None = None
) -> Due | None:
    """The latest slot in (since, now], if it is less than one period old (the time between
    it and the slot before): a worker that was away runs the slot it missed once, late, not
    once per missed slot, and not at all when the next one is nearer than the missed one.
    `fired_before` is the rule's last slot that fired, for counting what was skipped."""
    ahead = backwards(schedule, now)
    slot = next(ahead, None)
    if slot is None or slot <= since:
        return None
    previous = next(ahead, None)
    if previous is not None and now - slot >= slot - previous:
        return None
    floor = max(since, fired_before) if fired_before else since
    skipped = 0
    while previous is not None and previous > floor and skipped < MAX_COUNTED:
        skipped += 1
        previous = next(ahead, None)
    return Due(slot, now - slot, skipped)
