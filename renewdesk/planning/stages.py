"""Renewal stages and owners: what an admin has decided about a subscription's next renewal."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
