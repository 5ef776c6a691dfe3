"""Renewal stages and owners: what an admin has decided about a subscription's next renewal."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from renewdesk.lazy_text import tr_later


class Stage(enum.StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    QUOTED = "quoted"  # set when a quote holding the subscription is sent
    ORDERED = "ordered"  # set by Buy
    WILL_NOT_RENEW = "will-not-renew"

    @property
    def cli_name(self) -> str:
        """The spelling ``renewdesk stage --set`` and ``check --format json`` use."""
        return self.value


# What an admin may set by hand; quoted and ordered come from quotes and Buy.
SETTABLE = (Stage.NOT_STARTED, Stage.IN_PROGRESS, Stage.WILL_NOT_RENEW)
STAGES = {m.value: m for m in Stage}


@dataclass(frozen=True, slots=True)
class RenewalPlan:
    """One subscription's stage, owner and note; the default is *not started*, no owner."""

    subscription_id: str
    stage: Stage = Stage.NOT_STARTED
    owner: str = ""
    note: str = ""


def parse_stage(value: str) -> Stage | None:
    """``will-not-renew``, ``will_not_renew`` or ``Will not renew`` -> the stage, else None."""
    key = value.strip().lower().replace("_", "-").replace(" ", "-")
    return STAGES.get(key)


def stage_text(stage: Stage | str) -> str:
    """The stage as the admin reads it ("Will not renew"), in the language of the moment."""
    texts = {
        "not-started": tr_later("Planning", "Not started"),
        "in-progress": tr_later("Planning", "In progress"),
        "quoted": tr_later("Planning", "Quoted"),
        "ordered": tr_later("Planning", "Ordered"),
        "will-not-renew": tr_later("Planning", "Will not renew"),
    }
    found = texts.get(str(stage))
    return str(found) if found is not None else str(stage)
