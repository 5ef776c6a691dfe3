"""Set the renewal stage, owner and note of one or more subscriptions (issue 14)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from renewdesk.planning.stages import SETTABLE, RenewalPlan, Stage
from renewdesk.services.planning_service import PlanningError, PlanningService
from renewdesk.ui.planning_labels import stage_label
from renewdesk.ui.widgets import dialog_layout, name

KEEP = ""  # the combo's "keep each one's stage" choice


class StageDialog(QDialog):
    """Stage, owner and note for ``ids``; ``changed`` holds the ids saved after accept."""

    def __init__(
        self,
        planning: PlanningService,
        ids: Sequence[str],
        plans: dict[str, RenewalPlan],
        owners: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name(self, "stageDialog", self.tr("Renewal stage and owner"))
        self.setWindowTitle(self.tr("Renewal stage and owner"))
        self._planning = planning
        self._ids = list(ids)
        self.changed: list[str] = []
        single = plans.get(self._ids[0]) if len(self._ids) == 1 else None
        intro = (
            self.tr("Subscription %1.").replace("%1", self._ids[0])
            if len(self._ids) == 1
            else self.tr("%n subscription(s) selected.", "", len(self._ids))
        )
        intro += " " + self.tr(
            "Quoted and Ordered are set by sending a quote and by Buy. Will not renew keeps "
            "the subscription out of the forecast amount and out of automatic quotes."
        )
        outer = dialog_layout(self, self.tr("Renewal stage and owner"), intro)
        form = QFormLayout()
        self.stage = QComboBox()
        name(self.stage, "stageCombo", self.tr("Stage"))
        if single is None:
            self.stage.addItem(self.tr("Keep each one's stage"), KEEP)
        elif single.stage not in SETTABLE:
            self.stage.addItem(self.tr("Keep: %1").replace("%1", stage_label(single.stage)), KEEP)
        for stage in SETTABLE:
            self.stage.addItem(stage_label(stage), stage.value)
        if single is not None and single.stage in SETTABLE:
            self.stage.setCurrentIndex(self.stage.findData(single.stage.value))
        self.owner = QLineEdit(single.owner if single else "")
        name(self.owner, "ownerEdit", self.tr("Owner"))
        self.owner.setPlaceholderText(
            self.tr("An admin's name") if single else self.tr("Leave empty to keep each owner")
        )
        self.owner.setMaxLength(120)
        if owners:
            self.owner.setCompleter(QCompleter(sorted(set(owners)), self))
        self.note = QLineEdit(single.note if single else "")
        name(self.note, "stageNote", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Why it will not renew (the customer's reason)"))
        self.note.setMaxLength(500)
        form.addRow(self.tr("Stage:"), self.stage)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Note:"), self.note)
        outer.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("stageSaveButton")
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.stage.currentIndexChanged.connect(self._update_note)
        self._single = single is not None
        self._update_note()
        self.resize(520, self.sizeHint().height())

    def chosen_stage(self) -> Stage | None:
        value = self.stage.currentData()
        return Stage(value) if value else None

    def _update_note(self) -> None:
        self.note.setEnabled(self.chosen_stage() is Stage.WILL_NOT_RENEW)

    def _on_save(self) -> None:
        stage = self.chosen_stage()
        owner = self.owner.text().strip()
        note = self.note.text().strip() if stage is Stage.WILL_NOT_RENEW else None
        try:
            self.changed = self._planning.set_stage(
                self._ids,
                stage,
                note=note,
                owner=owner if (owner or self._single) else None,
            )
        except PlanningError as exc:
            QMessageBox.warning(self, self.tr("The stage was not changed"), str(exc))
            return
        self.accept()
