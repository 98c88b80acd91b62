"""Queries over organisations, contacts, staff, neighbourhoods and topics."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from popdesk.db.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Neighbourhood,
    Organisation,
    StaffMember,
    Topic,
    organisation_neighbourhoods,
)
from popdesk.domain.enums import Sector
from popdesk.repositories import rules

Detail = TypeVar("Detail", Organisation, Contact, ContactEmail, ContactPhone)

CONTACT_LOAD = (
    joinedload(Contact.organisation),
    selectinload(Contact.phones),
    selectinload(Contact.emails),
)


def organisations(
    session: Session,
    *,
    active: bool | None = None,
    sector: Sector | None = None,
    neighbourhood_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> Sequence[Organisation]:
    query = select(Organisation).options(selectinload(Organisation.neighbourhoods))
    if active is not None:
        query = query.where(Organisation.active == active)
    if sector is not None:
        query = query.where(Organisation.sector == sector)
    if neighbourhood_id is not None:
        query = query.join(organisation_neighbourhoods).where(
            organisation_neighbourhoods.c.neighbourhood_id == neighbourhood_id
        )
    query = query.order_by(func.lower(Organisation.name), Organisation.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def contacts(
    session: Session,
    *,
    organisation_id: uuid.UUID | None = None,
    active: bool | None = None,
    review_due_by: date | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> Sequence[Contact]:
    query = select(Contact).options(*CONTACT_LOAD)
    if organisation_id is not None:
        query = query.where(Contact.organisation_id == organisation_id)
    if active is not None:
        query = query.where(Contact.active == active)
    if review_due_by is not None:
        query = query.where(rules.contact_review_by(review_due_by))
    query = query.order_by(func.lower(Contact.name), Contact.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def contacts_due_review(session: Session, by: date, limit: int | None = None) -> Sequence[Contact]:
    """Active contacts whose data-protection review falls on or before ``by``, in name order
    (as ``contacts``)."""
    query = (
        select(Contact)
        .options(*CONTACT_LOAD)
        .where(rules.contact_due(by))
        .order_by(func.lower(Contact.name), Contact.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).all()


def count_contacts_due_review(session: Session, by: date) -> int:
    return (
        session.scalar(select(func.count()).select_from(Contact).where(rules.contact_due(by))) or 0
    )


def every(session: Session, model: type[Detail]) -> Sequence[Detail]:
    """Every organisation, contact, address or number in the store, in no particular order:
    what an import checks its rows against for duplicates."""
    return session.scalars(select(model)).all()


def contact_ids_by_email(session: Session, key: str) -> Sequence[uuid.UUID]:
    return session.scalars(
        select(ContactEmail.contact_id).where(ContactEmail.address_key == key)
    ).all()


def contact_ids_by_phone(session: Session, e164: str) -> Sequence[uuid.UUID]:
    return session.scalars(select(ContactPhone.contact_id).where(ContactPhone.number == e164)).all()


def staff(session: Session, *, active: bool | None = None) -> Sequence[StaffMember]:
    query = select(StaffMember)
    if active is not None:
        query = query.where(StaffMember.active == active)
    return session.scalars(query.order_by(func.lower(StaffMember.name), StaffMember.id)).all()


def names(
    session: Session, model: type[Organisation] | type[StaffMember]
) -> list[tuple[str, uuid.UUID]]:
    """(name, id) of every organisation or staff member in name order, reading two columns
    only: what a picker needs, a hundred times cheaper than the records at force scale."""
    rows = session.execute(select(model.name, model.id).order_by(func.lower(model.name), model.id))
    return [(name, record_id) for name, record_id in rows]


def staff_by_number(session: Session, number: str) -> StaffMember | None:
    return session.scalars(select(StaffMember).where(StaffMember.staff_number == number)).first()


def neighbourhoods(session: Session) -> Sequence[Neighbourhood]:
    return session.scalars(select(Neighbourhood).order_by(Neighbourhood.name)).all()


def neighbourhood_by_name(session: Session, name: str) -> Neighbourhood | None:
    return session.scalars(
        select(Neighbourhood).where(func.lower(Neighbourhood.name) == name.casefold())
    ).first()


def topic_by_key(session: Session, key: str) -> Topic | None:
    return session.scalars(select(Topic).where(Topic.name_key == key)).first()


def topics(session: Session) -> Sequence[Topic]:
    return session.scalars(select(Topic).order_by(Topic.name)).all()
