"""Create or edit a contact. Phones and emails are checked as they are typed; a refused save
keeps everything typed and says what is wrong beside the field."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from popdesk.domain.dto import ContactDTO
from popdesk.domain.enums import Channel, LawfulBasis
from popdesk.domain.rules import review_due_from
from popdesk.domain.validation import NAME_MAX, normalise_email, normalise_phone, required_text
from popdesk.errors import ValidationError
from popdesk.services.partners import PartnerService
from popdesk.views.editing import FormDialog, submit
from popdesk.views.forms.ui_contact_dialog import Ui_ContactDialog
from popdesk.views.i18n import error_text, label_of
from popdesk.views.widgets import choose, fill_combo, qdate, show_error


class ContactDialog(FormDialog):
    saved = Signal(object)  # ContactDTO

    def __init__(
        self,
        partners: PartnerService,
        contact: ContactDTO | None,
        *,
        organisation_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.partners = partners
        self.contact = contact
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        orgs = partners.list_organisations(active=True)
        current_org = (
            contact.organisation.id if contact and contact.organisation else organisation_id
        )
        fill_combo(
            self.ui.organisation_combo,
            [(o.name, o.id) for o in orgs],
            first=(self.tr("None (an individual)"), None),
            keep=current_org,
        )
        fill_combo(
            self.ui.channel_combo,
            [(label_of(c), c) for c in Channel],
            first=(self.tr("Not known"), None),
        )
        fill_combo(
            self.ui.basis_combo,
            [(label_of(b), b) for b in LawfulBasis],
            keep=LawfulBasis.PUBLIC_TASK,
        )
        today = partners.context.today()
        days = partners.context.contact_review_days  # the settings' review period
        self.ui.review_edit.setDate(qdate(review_due_from(today, days)))
        if contact is not None:
            self.ui.name_edit.setText(contact.name)
            self.ui.job_title_edit.setText(contact.job_title or "")
            if contact.phones:
                self.ui.phone_edit.setText(contact.phones[0].display)
            if len(contact.phones) > 1:
                self.ui.mobile_edit.setText(contact.phones[1].display)
            self.ui.email_edit.setText(contact.emails[0] if contact.emails else "")
            choose(self.ui.channel_combo, contact.preferred_channel)
            choose(self.ui.basis_combo, contact.lawful_basis)
            if contact.review_due:
                self.ui.review_edit.setDate(qdate(contact.review_due))
            self.ui.notes_edit.setPlainText(contact.notes or "")

        self.checks: dict[QLineEdit, tuple[QLabel, Callable[[str], object]]] = {
            self.ui.name_edit: (
                self.ui.name_error,
                lambda t: required_text(t, "Name", max_length=NAME_MAX),
            ),
            self.ui.phone_edit: (self.ui.phone_error, lambda t: t.strip() and normalise_phone(t)),
            self.ui.mobile_edit: (self.ui.mobile_error, lambda t: t.strip() and normalise_phone(t)),
            self.ui.email_edit: (self.ui.email_error, lambda t: t.strip() and normalise_email(t)),
        }
        for edit in self.checks:
            edit.textEdited.connect(lambda _text, e=edit: self._check(e))
        self.by_field = {
            "name": self.ui.name_error,
            "phone": self.ui.phone_error,
            "email": self.ui.email_error,
        }
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.setFocus()

    def _check(self, edit: QLineEdit) -> bool:
        label, check = self.checks[edit]
        try:
            check(edit.text())
        except ValidationError as exc:
            show_error(label, error_text(exc))
            return False
        show_error(label, None)
        return True

    def save(self) -> None:
        show_error(self.ui.form_error, None)
        results = [self._check(edit) for edit in self.checks]
        if not all(results):
            show_error(
                self.ui.form_error, self.tr("Nothing was saved: correct the fields marked above.")
            )
            return
        phones: list[tuple[str | None, str]] = []
        if self.ui.phone_edit.text().strip():
            phones.append(("Office", self.ui.phone_edit.text()))
        if self.ui.mobile_edit.text().strip():
            phones.append(("Mobile", self.ui.mobile_edit.text()))
        email = self.ui.email_edit.text().strip()
        emails = [email] if email else []
        if self.contact is not None:  # numbers and addresses beyond those shown are kept
            phones += [(p.label, p.number) for p in self.contact.phones[2:]]
            emails += list(self.contact.emails[1:])
        fields = {
            "name": self.ui.name_edit.text(),
            "job_title": self.ui.job_title_edit.text(),
            "preferred_channel": self.ui.channel_combo.currentData(),
            "lawful_basis": self.ui.basis_combo.currentData(),
            "review_due": self.ui.review_edit.date().toPython(),
            "notes": self.ui.notes_edit.toPlainText(),
        }
        submit(
            self,
            lambda: (
                self.partners.create_contact(
                    organisation_id=self.ui.organisation_combo.currentData(),
                    phones=phones,
                    emails=emails,
                    **fields,
                )
                if self.contact is None
                else self.partners.update_contact(
                    self.contact.id,
                    expected_version=self.contact.version,
                    organisation_id=self.ui.organisation_combo.currentData(),
                    phones=phones,
                    emails=emails,
                    **fields,
                )
            ),
            self.by_field,
            self.ui.form_error,
        )
