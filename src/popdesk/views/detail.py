"""Detail panes as simple HTML for a QTextBrowser, with copy links for phones and emails."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

if TYPE_CHECKING:
    from popdesk.domain.dto import LastEngagement

STYLE = """
<style>
h2 { margin: 0 0 2px 0; font-size: 15pt; }
h3 { margin: 14px 0 4px 0; font-size: 10.5pt; color: #2b3a55; }
p.sub { margin: 0 0 8px 0; color: #555; }
table.kv td { padding: 1px 10px 1px 0; vertical-align: top; }
td.k { color: #555; white-space: nowrap; }
p.empty { color: #777; font-style: italic; margin: 2px 0; }
span.flag { color: #8c1d18; font-weight: bold; }
a { color: #1f5fa8; text-decoration: none; }
</style>
"""


NBSP = "\u00a0"  # dates and numbers are never broken over two lines


def when(value: date | datetime | None) -> str:
    """A date (or local date and time) as people here write it, with the month's name in the
    interface's language."""
    if value is None:
        return ""
    locale = QLocale()
    if isinstance(value, datetime):
        local = value.astimezone()
        moment = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        return locale.toString(moment, "dd MMM yyyy, HH:mm").replace(" ", NBSP)
    return locale.toString(QDate(value.year, value.month, value.day), "dd MMM yyyy").replace(
        " ", NBSP
    )


def copy_link(text: str, shown: str | None = None) -> str:
    """A link that copies ``text`` when clicked (handled by the view, not a browser)."""
    hint = QCoreApplication.translate("Detail", "Click to copy")
    shown_text = escape(shown or text).replace(" ", "&nbsp;")  # a number never breaks
    return f'<a href="copy:{quote(text)}" title="{escape(hint)}">{shown_text}</a>'


def open_link(kind: str, record_id: object, text: str) -> str:
    return f'<a href="open:{kind}:{record_id}">{escape(text)}</a>'


def last_engagement(last: LastEngagement) -> list[str]:
    """The one line about when we last engaged, or nothing when we never have."""
    if last.engagement_id is None:
        return []
    link = open_link("engagement", last.engagement_id, last.summary or "")
    return [f"{when(last.occurred_at)} – {link}"]


def flag(text: str) -> str:
    return f'<span class="flag">{escape(text)}</span>'


class Html:
    def __init__(self, title: str, subtitle: str | None = None) -> None:
        self.parts = [STYLE, f"<h2>{escape(title)}</h2>"]
        if subtitle:
            self.parts.append(f'<p class="sub">{escape(subtitle)}</p>')

    def facts(self, rows: Iterable[tuple[str, str | None]], *, raw: bool = False) -> Html:
        cells = [
            f'<tr><td class="k">{escape(k)}</td><td>{v if raw else escape(v)}</td></tr>'
            for k, v in rows
            if v
        ]
        if cells:
            self.parts.append('<table class="kv">' + "".join(cells) + "</table>")
        return self

    def section(self, heading: str, items: Iterable[str], empty: str) -> Html:
        """``items`` are HTML fragments (escape text before passing it)."""
        listed = list(items)
        self.parts.append(f"<h3>{escape(heading)}</h3>")
        if listed:
            self.parts.append("<br>".join(listed))
        else:
            self.parts.append(f'<p class="empty">{escape(empty)}</p>')
        return self

    def text(self, heading: str, body: str | None) -> Html:
        if body:
            self.parts.append(f"<h3>{escape(heading)}</h3>")
            self.parts.append(escape(body).replace("\n", "<br>"))
        return self

    def render(self) -> str:
        return "".join(self.parts)


def placeholder(message: str) -> str:
    return f'{STYLE}<p class="empty">{escape(message)}</p>'
