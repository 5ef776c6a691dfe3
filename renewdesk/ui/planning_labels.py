"""Display text and colours of renewal stages and forecast months (issue 14)."""

from __future__ import annotations

from renewdesk.i18n import TrContext
from renewdesk.planning.forecast import OVERDUE
from renewdesk.planning.stages import Stage, stage_text

# Chart colours, bottom of the stack first: calm for nothing done, green for ordered.
STAGE_COLORS = {
    Stage.NOT_STARTED: "#98a2b3",
    Stage.IN_PROGRESS: "#53b1fd",
    Stage.QUOTED: "#f79009",
    Stage.ORDERED: "#12b76a",
    Stage.WILL_NOT_RENEW: "#f04438",
}


class Planning(TrContext):
    """The translation context of the planning page, stages and reminders."""


def stage_label(stage: Stage | str) -> str:
    return stage_text(stage)


def month_label(month: str) -> str:
    """``2027-01`` as shown on the page; ``overdue`` as the translated row name."""
    return Planning.tr("Overdue") if month == OVERDUE else month
