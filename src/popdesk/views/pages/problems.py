"""Problems worked with partners, on a SARA board: scanning, analysis, response, assessment."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from popdesk.domain.dto import ProblemDTO
from popdesk.domain.enums import Priority, ProblemStatus, SaraStage
from popdesk.errors import PopdeskError
from popdesk.services.engagements import ActionService, EngagementService
from popdesk.services.partners import PartnerService
from popdesk.services.problems import ProblemService
from popdesk.services.staff import StaffService
from popdesk.views import prompts
from popdesk.views.detail import Html, flag, open_link, placeholder, when
from popdesk.views.dialogs.problem_dialog import ProblemDialog
from popdesk.views.forms.ui_problems_view import Ui_ProblemsView
from popdesk.views.i18n import label_of
from popdesk.views.icons import icon
from popdesk.views.pages.base import Page
from popdesk.views.widgets import ID_ROLE, fill_combo

STAGES = list(SaraStage)
CARD_STYLE = (
    "QListWidget::item { border: 1px solid #c5ccd6; border-radius: 4px; padding: 6px;"
    " background: white; }"
    "QListWidget::item:selected { background: #dce8f5; color: black; border-color: #2f5a86; }"
)


def card_text(p: ProblemDTO) -> str:
    where = (
        p.neighbourhood.name
        if p.neighbourhood
        else QCoreApplication.translate("ProblemsView", "borough-wide")
    )
    lines = [
        p.title,
        QCoreApplication.translate("ProblemsView", "{0} priority · {1}").format(
            label_of(p.priority), where
        ),
    ]
    if p.lead:
        lines.append(QCoreApplication.translate("ProblemsView", "Lead: {0}").format(p.lead.name))
    if p.status is ProblemStatus.CLOSED:
        lines.append(QCoreApplication.translate("ProblemsView", "Closed"))
    return "\n".join(lines)


class ProblemsView(Page):
    title = "Problems"

    def __init__(
        self,
        problems: ProblemService,
        partners: PartnerService,
        staff: StaffService,
        engagements: EngagementService,
        actions: ActionService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.problems, self.partners, self.engagements, self.action_service = (
            problems,
            partners,
            engagements,
            actions,
        )
        self.staff = staff
        self.ui = Ui_ProblemsView()
        self.ui.setupUi(self)
        self.columns: dict[SaraStage, QListWidget] = {
            SaraStage.SCANNING: self.ui.scanning_list,
            SaraStage.ANALYSIS: self.ui.analysis_list,
            SaraStage.RESPONSE: self.ui.response_list,
            SaraStage.ASSESSMENT: self.ui.assessment_list,
        }
        self.chosen: ProblemDTO | None = None
        fill_combo(
            self.ui.show_combo,
            [
                (self.tr("Live"), ProblemStatus.LIVE),
                (self.tr("Closed"), ProblemStatus.CLOSED),
                (self.tr("All"), "all"),
            ],
        )
        self.ui.splitter.setSizes([300, 400])
        self.ui.new_button.setIcon(icon("add"))
        for column in self.columns.values():
            column.setSpacing(3)
            # Cards wrap to the column's width, whatever it becomes, and never scroll sideways.
            column.setResizeMode(QListView.ResizeMode.Adjust)
            column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            column.setStyleSheet(CARD_STYLE)
            column.currentItemChanged.connect(lambda item, _prev, c=column: self._picked(c, item))
        self.ui.show_combo.currentIndexChanged.connect(self.refresh)
        self.ui.detail_browser.anchorClicked.connect(self.follow_link)
        self.ui.new_button.clicked.connect(self.new_record)
        self.ui.next_stage_button.clicked.connect(self.next_stage)
        self.ui.partner_button.clicked.connect(self.add_partner)
        self.ui.priority_button.clicked.connect(self.agree_priority)
        self.ui.evaluation_button.clicked.connect(self.evaluation)
        self.ui.close_button.clicked.connect(self.close_problem)

    def refresh(self) -> None:
        keep = self.chosen.id if self.chosen else None
        show = self.ui.show_combo.currentData()
        rows = self.problems.list_problems(status=None if show == "all" else show)
        for column in self.columns.values():
            column.blockSignals(True)
            column.clear()
        for p in rows:
            card = QListWidgetItem(card_text(p))
            card.setData(ID_ROLE, p.id)
            card.setToolTip(p.description or p.title)
            self.columns[p.stage].addItem(card)
        for stage, column in self.columns.items():
            column.blockSignals(False)
            label = getattr(self.ui, f"{stage.value}_label")
            label.setText(f"<b>{label_of(stage)}</b> ({column.count()})")
        ids = [p.id for p in rows]
        self.open_record(keep if keep in ids else (ids[0] if ids else None))

    def open_record(self, record_id: uuid.UUID | None) -> None:
        for column in self.columns.values():
            for row in range(column.count()):
                if column.item(row).data(ID_ROLE) == record_id:
                    column.setCurrentRow(row)
                    column.setFocus()
                    self._show(record_id)
                    return
        if record_id is not None and self.ui.show_combo.currentData() != "all":
            self.ui.show_combo.setCurrentIndex(self.ui.show_combo.count() - 1)
            self.open_record(record_id)
            return
        self._show(None)

    def _picked(self, column: QListWidget, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other in self.columns.values():
            if other is not column:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentRow(-1)
                other.blockSignals(False)
        self._show(item.data(ID_ROLE))

    def _show(self, record_id: uuid.UUID | None) -> None:
        self.chosen = self.problems.get(record_id) if record_id else None
        live = self.chosen is not None and self.chosen.status is ProblemStatus.LIVE
        for button in (
            self.ui.next_stage_button,
            self.ui.partner_button,
            self.ui.priority_button,
            self.ui.evaluation_button,
            self.ui.close_button,
        ):
            button.setEnabled(live)
        if live and self.chosen is not None:
            self.ui.next_stage_button.setEnabled(self.chosen.stage is not SaraStage.ASSESSMENT)
        if self.chosen is None:
            self.ui.detail_browser.setHtml(placeholder(self.tr("No problems here yet.")))
            return
        self.ui.detail_browser.setHtml(self._detail(self.chosen))

    def _detail(self, p: ProblemDTO) -> str:
        linked = self.engagements.list_engagements(problem_id=p.id, limit=10)
        actions = self.action_service.list_actions(source=("problem", p.id))
        html = Html(
            p.title,
            f"{label_of(p.stage)} · "
            + self.tr("{0} priority · {1}").format(
                label_of(p.priority), label_of(p.status).lower()
            ),
        )
        html.facts(
            [
                (
                    self.tr("Neighbourhood"),
                    escape(p.neighbourhood.name) if p.neighbourhood else self.tr("Borough-wide"),
                ),
                (self.tr("Lead"), escape(p.lead.name) if p.lead else flag(self.tr("no lead"))),
                (self.tr("Opened"), when(p.opened_on)),
                (self.tr("Closed"), when(p.closed_on)),
            ],
            raw=True,
        )
        html.text(self.tr("Description"), p.description)
        html.section(
            self.tr("Partners and their roles"),
            [
                open_link("organisation", x.organisation.id, x.organisation.name)
                + escape(" – " + (x.role or self.tr("role not set")))
                + (f" ({escape(x.contact.name)})" if x.contact else "")
                for x in p.partners
            ],
            self.tr("No partners yet: add the organisations working on it."),
        )
        html.section(
            self.tr("Linked engagements"),
            [f"{when(e.occurred_at)} – {open_link('engagement', e.id, e.summary)}" for e in linked],
            self.tr("No engagements linked to this problem."),
        )
        html.section(
            self.tr("Actions"),
            [
                escape(a.description + " – " + (a.owner.name if a.owner else self.tr("no owner")))
                + escape(f" ({label_of(a.status).lower()})")
                + (" " + flag(self.tr("overdue")) if a.overdue else "")
                for a in actions
            ],
            self.tr("No actions on this problem."),
        )
        return html.text(self.tr("Evaluation"), p.evaluation_notes).render()

    # commands -----------------------------------------------------------------------------

    def new_record(self) -> None:
        self.keep_dialog(ProblemDialog(self.problems, self.partners, self.staff, parent=self))
        self.dialog.saved.connect(
            lambda p: (
                self.refresh(),
                self.open_record(p.id),
                self.status.emit(self.tr("Opened {0}").format(p.title)),
            )
        )
        self.dialog.open()

    def _run(self, work: object, message: str) -> None:
        try:
            result = work()  # type: ignore[operator]
        except PopdeskError as exc:
            self.report(exc)
            return
        self.status.emit(message)
        self.refresh()
        self.open_record(result.id)

    def next_stage(self) -> None:
        p = self.chosen
        if p is None or p.stage is SaraStage.ASSESSMENT:
            return
        stage = STAGES[STAGES.index(p.stage) + 1]
        self._run(
            lambda: self.problems.move_stage(p.id, stage),
            self.tr("{0} moved to {1}").format(p.title, label_of(stage)),
        )

    def add_partner(self) -> None:
        p = self.chosen
        if p is None:
            return
        taken = {x.organisation.id for x in p.partners}
        orgs = [o for o in self.partners.list_organisations(active=True) if o.id not in taken]
        names = [o.name for o in orgs]
        chosen, ok = prompts.item(
            self, self.tr("Add a partner"), self.tr("Organisation:"), names, 0, False
        )
        if not ok:
            return
        role, ok = prompts.text(
            self, self.tr("Add a partner"), self.tr("Their role on this problem:")
        )
        if ok:
            org = orgs[names.index(chosen)]
            self._run(
                lambda: self.problems.add_partner(p.id, organisation_id=org.id, role=role),
                self.tr("{0} joined").format(org.name),
            )

    def agree_priority(self) -> None:
        p = self.chosen
        if p is None:
            return
        labels = [label_of(x) for x in Priority]
        chosen, ok = prompts.item(
            self,
            self.tr("Agree priority"),
            self.tr("Priority agreed with partners:"),
            labels,
            labels.index(label_of(p.priority)),
            False,
        )
        if ok:
            self._run(
                lambda: self.problems.agree_priority(p.id, chosen), self.tr("Priority agreed")
            )

    def evaluation(self) -> None:
        p = self.chosen
        if p is None:
            return
        notes, ok = prompts.lines(
            self,
            self.tr("Evaluation"),
            self.tr("What worked, cost-benefit, the evaluator's view:"),
            p.evaluation_notes or "",
        )
        if ok:
            self._run(
                lambda: self.problems.record_evaluation(p.id, notes), self.tr("Evaluation saved")
            )

    def close_problem(self) -> None:
        p = self.chosen
        if p is None:
            return
        if self.confirm(
            self.tr("Close problem"),
            self.tr("Close {0}? It stays on record and can be read later.").format(p.title),
            self.tr("Close problem"),
        ):
            self._run(lambda: self.problems.close(p.id), self.tr("Closed {0}").format(p.title))
