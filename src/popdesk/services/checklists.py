"""Handover checklist templates: the standard one, and teams' own."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy.orm import Session, selectinload

from popdesk.db.models import ChecklistTemplate, ChecklistTemplateItem
from popdesk.domain import checklists as defaults
from popdesk.domain import dto
from popdesk.domain.enums import AuditAction
from popdesk.domain.validation import QT_TRANSLATE_NOOP, TITLE_MAX, required_text
from popdesk.errors import ValidationError
from popdesk.repositories import handovers as repo
from popdesk.repositories.base import get
from popdesk.services.base import Service


class ChecklistService(Service):
    def templates(self) -> list[dto.TemplateDTO]:
        with self._tx() as s:
            default_template(s, self.context.language)
            return [_template_dto(t) for t in repo.templates(s)]

    def save_template(
        self,
        *,
        name: str,
        items: Iterable[tuple[str, bool]],
        template_id: uuid.UUID | None = None,
        make_default: bool = False,
    ) -> dto.TemplateDTO:
        """Create or replace a checklist template's items (title, required), in order."""
        with self._tx() as s:
            template = ChecklistTemplate() if template_id is None else load_template(s, template_id)
            template.name = required_text(name, "Template name", field="name", max_length=TITLE_MAX)
            rows = [
                ChecklistTemplateItem(
                    title=required_text(title, "Item", max_length=TITLE_MAX),
                    required=required,
                    position=i,
                )
                for i, (title, required) in enumerate(items)
            ]
            if not rows:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A checklist template needs at least one item."),
                    "items",
                )
            template.items = rows
            if make_default:
                for other in repo.templates(s):
                    other.is_default = False
                template.is_default = True
            s.add(template)
            s.flush()
            self.auditor.record(
                s,
                AuditAction.UPDATE,
                "checklist_template",
                template.id,
                f"Saved checklist template {template.name}",
            )
            return _template_dto(template)


def load_template(s: Session, template_id: uuid.UUID) -> ChecklistTemplate:
    return get(
        s,
        ChecklistTemplate,
        template_id,
        "checklist template",
        options=[selectinload(ChecklistTemplate.items)],
    )


def default_template(s: Session, language: str = "en") -> ChecklistTemplate:
    """The store's default checklist; made the first time it is needed, in ``language``."""
    for t in repo.templates(s):
        if t.is_default:
            return t
    name, items = defaults.default_template(language)
    template = ChecklistTemplate(
        name=name,
        is_default=True,
        items=[
            ChecklistTemplateItem(title=title, detail=detail, required=required, position=i)
            for i, (title, detail, required) in enumerate(items)
        ],
    )
    s.add(template)
    s.flush()
    return template


def _template_dto(t: ChecklistTemplate) -> dto.TemplateDTO:
    return dto.TemplateDTO(
        t.id, t.name, t.is_default, tuple((i.title, i.required) for i in t.items)
    )
