"""Time zones by IANA name (zoneinfo, the standard library), with one refusal for a bad one."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "UTC"


@cache
def zone(name: str) -> ZoneInfo:
    """The zone called `name` ("Europe/London"); ValueError naming it when there is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(
            f"{name!r} is not a time zone name (e.g. UTC, Europe/London, Asia/Shanghai)"
        ) from exc
