"""When a fetch tries again: HTTP 429 (Too Many Requests) and 503 (Service Unavailable).

The rules (defaults in `FetchSettings`):

- at most `retries` more attempts (2), only after a 429 or a 503: every other
  answer is final;
- the wait is the server's ``Retry-After`` (seconds, or an HTTP date) when it
  gives one, else an exponential backoff: `backoff` seconds (1), then twice
  that, and so on;
- a wait over `max_wait` (30 s) is not taken: a server asking for two minutes
  gets its answer reported (``HTTP 429 ... (retry after 120 s), not
  retried: ...``) rather than a shortened wait it did not ask for;
- waits and attempts all come out of the one whole-fetch deadline (the
  ``--timeout``): a wait that would pass it is not taken either. So
  ``--timeout T`` still ends any fetch after about T seconds.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime

RETRY_STATUSES = frozenset({429, 503})
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF = 1.0
DEFAULT_MAX_WAIT = 30.0


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` value asks for (delta-seconds or an HTTP date), or None
    when it is absent or unreadable. A date in the past means 0."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text) if len(text) < 16 else float("inf")
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _plural(n: int) -> str:
    return f"{n} retry" if n == 1 else f"{n} retries"


def decide(status: int, retry_after: str | None, attempt: int, *, retries: int, backoff: float,
           max_wait: float, remaining: float) -> tuple[float | None, str]:
    """Whether to try again after this answer: (seconds to wait, "") to retry, else
    (None, a note for the error message, "" when there is nothing to add).
    `attempt` counts the retries already made; `remaining` is the deadline's time left."""
    if status not in RETRY_STATUSES or retries <= 0:
        return None, ""
    if attempt >= retries:
        return None, f", still after {_plural(attempt)}"
    asked = retry_after_seconds(retry_after)
    wait = asked if asked is not None else min(backoff * 2 ** attempt, max_wait)
    if wait > max_wait:
        return None, f", not retried: the wait is over the {max_wait:g} s cap"
    if wait >= remaining:
        return None, f", not retried: the wait would pass the fetch's time limit ({max(remaining, 0):.1f} s left)"
    return wait, ""
