"""Reminders (issue 14 item 4): a renewal window opens or is about to close, a quote expires.

Pure: which reminders are due on a day. The service drops the ones already
shown (kept in the cache by key), so each reminder is shown once. Only
subscriptions that are not *will not renew* and whose auto-renew is off get
reminders; a quote gets them while one of its subscriptions does.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from renewdesk.domain import OfferingType, Subscription
from renewdesk.planning.calendar_export import CALENDAR_STATUSES, OpenQuote
from renewdesk.planning.stages import RenewalPlan, Stage

DEFAULT_LEAD_DAYS = (14, 7)


class ReminderKind(enum.StrEnum):
    WINDOW_OPENS = "window_opens"
    WINDOW_CLOSES = "window_closes"
    QUOTE_EXPIRES = "quote_expires"


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    subject: str  # subscription id, or quote number
    on: date  # the day the window opens or closes, or the quote expires
    days_left: int  # from the as-of date to ``on`` (0 or less for "opened")
    key: str  # what the cache remembers
    also_done: tuple[str, ...] = ()  # keys of earlier lead days this one stands for


def parse_lead_days(text: str) -> tuple[int, ...]:
    """``"14, 7"`` -> (14, 7); raises ValueError naming the bad part."""
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        value = int(part)  # ValueError for "x"
        if not 1 <= value <= 90:
            raise ValueError(f"lead days must be 1-90, not {value}")
        out.append(value)
    return tuple(sorted(set(out), reverse=True)) or DEFAULT_LEAD_DAYS


def _lead(
    kind: ReminderKind, subject: str, tag: str, on: date, as_of: date, leads: Sequence[int]
) -> Reminder | None:
    """The most urgent lead-day reminder due before ``on``; earlier leads ride along."""
    left = (on - as_of).days
    if left < 0:
        return None
    due = [lead for lead in leads if left <= lead]
    if not due:
        return None
    keys = [f"{kind.value}:{lead}:{subject}:{tag}" for lead in sorted(due, reverse=True)]
    return Reminder(kind, subject, on, left, keys[-1], tuple(keys[:-1]))


def due_reminders(
    subs: Iterable[Subscription],
    plans: Mapping[str, RenewalPlan],
    quotes: Iterable[OpenQuote],
    as_of: date,
    lead_days: Sequence[int] = DEFAULT_LEAD_DAYS,
    days_before: int = 90,
    days_after: int = 45,
) -> list[Reminder]:
    """Every reminder due on ``as_of`` (before dropping those already shown)."""
    leads = sorted(set(lead_days), reverse=True)
    catch_up = max(leads) if leads else 14  # a window opened while the app was closed
    out: list[Reminder] = []
    watched: set[str] = set()
    for sub in subs:
        if sub.auto_renew or sub.status not in CALENDAR_STATUSES:
            continue
        if sub.offering_type is not OfferingType.STANDARD:
            continue
        plan = plans.get(sub.subscription_id)
        if plan is not None and plan.stage is Stage.WILL_NOT_RENEW:
            continue
        sid, tag = sub.subscription_id, sub.renewal_date.isoformat()
        watched.add(sid)
        opens = sub.renewal_date - timedelta(days=days_before)
        closes = sub.renewal_date + timedelta(days=days_after)
        if opens <= as_of < opens + timedelta(days=catch_up) and as_of <= closes:
            out.append(
                Reminder(
                    ReminderKind.WINDOW_OPENS,
                    sid,
                    opens,
                    (opens - as_of).days,
                    f"{ReminderKind.WINDOW_OPENS.value}:{sid}:{tag}",
                )
            )
        closing = _lead(ReminderKind.WINDOW_CLOSES, sid, tag, closes, as_of, leads)
        if closing is not None:
            out.append(closing)
    for quote in quotes:
        if not any(s in watched for s in quote.subscription_ids):
            continue
        expiring = _lead(
            ReminderKind.QUOTE_EXPIRES,
            quote.number,
            quote.expires.isoformat(),
            quote.expires,
            as_of,
            leads,
        )
        if expiring is not None:
            out.append(expiring)
    return sorted(out, key=lambda r: (r.on, r.kind.value, r.subject))
