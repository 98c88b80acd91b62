"""The window on a bigger store: sections list a hundred lines and say how many more."""

from __future__ import annotations

from popdesk.demo.large import LargeDemoService, Scale
from popdesk.services import Services
from popdesk.views.main_window import MainWindow


def test_the_dashboard_lists_a_hundred_overdue_actions_and_counts_the_rest(
    qtbot, window: MainWindow, services: Services
) -> None:
    LargeDemoService(services.work, services.partners.context).fill(Scale().times(0.02))
    dashboard = window.go("dashboard")
    dashboard.refresh()
    overdue = len(services.actions.overdue())
    assert overdue > 150
    assert len(dashboard.lines("Overdue actions")) == 100  # the lines that open a record
    tree = dashboard.ui.attention_tree
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Overdue")
    )
    assert top.text(0) == f"Overdue actions ({overdue})"
    last = top.child(top.childCount() - 1).text(0)
    assert last == f"… and {overdue - 100:,} more: see the section for all of them"
    tree.itemActivated.emit(top.child(3), 0)
    assert window.ui.pages.currentWidget() is window.pages["actions"]


def test_a_long_list_shows_a_screenful_first_then_loads_pages_as_it_scrolls(qtbot) -> None:
    from PySide6.QtCore import QModelIndex

    from popdesk.views.models import Column, PagedTableModel

    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return list(range(offset, min(offset + limit, 1000)))

    model = PagedTableModel([Column("Number", str)], fetch)
    model.reload()
    assert model.rowCount() == 60 and asked == [(0, 60)]  # enough to fill the window at once
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert asked[1:3] == [(60, 200), (260, 200)]
    assert model.rowCount() == 1000 and model.record(999) == 999
