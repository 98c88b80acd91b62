"""The dashboard's statements compiled for SQLite (see repositories.dashboard).

Written by tools/compile_dashboard.py: do not edit. Each is (SQL, the names of its
values in order, the stored values of the fixed ones)."""

from typing import Any

STATEMENTS: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {
    'agreements_due': (
        'SELECT agreements.id, agreements.title, agreements.review_date FROM agreements WHERE (agreements.status = ? OR agreements.status = ?) AND agreements.review_date IS NOT NULL AND agreements.review_date <= ? ORDER BY lower(agreements.title), agreements.id',
        ('status_1', 'status_2', 'until'),
        {'status_1': 'active', 'status_2': 'under_review'},
    ),
    'contacts_due': (
        'SELECT contacts.id, contacts.name, organisations.name AS name_1, contacts.review_due FROM (SELECT contacts.id AS id FROM contacts WHERE contacts.active IS 1 AND contacts.review_due <= ? ORDER BY lower(contacts.name), contacts.id LIMIT ? OFFSET ?) AS chosen JOIN contacts ON contacts.id = chosen.id LEFT OUTER JOIN organisations ON organisations.id = contacts.organisation_id ORDER BY lower(contacts.name), contacts.id',
        ('until', 'limit', 'param_1'),
        {'param_1': 0},
    ),
    'contacts_due_count': (
        'SELECT count(*) AS count_1 FROM contacts WHERE contacts.active IS 1 AND contacts.review_due <= ?',
        ('until',),
        {},
    ),
    'count_actions': (
        'SELECT count(*) AS count_1 FROM actions',
        (),
        {},
    ),
    'count_agreements': (
        'SELECT count(*) AS count_1 FROM agreements',
        (),
        {},
    ),
    'count_audit_entries': (
        'SELECT count(*) AS count_1 FROM audit_entries',
        (),
        {},
    ),
    'count_contacts': (
        'SELECT count(*) AS count_1 FROM contacts',
        (),
        {},
    ),
    'count_engagements': (
        'SELECT count(*) AS count_1 FROM engagements',
        (),
        {},
    ),
    'count_groups': (
        'SELECT count(*) AS count_1 FROM groups',
        (),
        {},
    ),
    'count_handovers': (
        'SELECT count(*) AS count_1 FROM handovers',
        (),
        {},
    ),
    'count_meetings': (
        'SELECT count(*) AS count_1 FROM meetings',
        (),
        {},
    ),
    'count_organisations': (
        'SELECT count(*) AS count_1 FROM organisations',
        (),
        {},
    ),
    'count_problems': (
        'SELECT count(*) AS count_1 FROM problems',
        (),
        {},
    ),
    'count_spoc_assignments': (
        'SELECT count(*) AS count_1 FROM spoc_assignments',
        (),
        {},
    ),
    'count_staff': (
        'SELECT count(*) AS count_1 FROM staff',
        (),
        {},
    ),
    'due_today_actions': (
        'SELECT actions.id, actions.description, coalesce(staff.name, contacts.name) AS coalesce_1, actions.due_date FROM actions LEFT OUTER JOIN staff ON staff.id = actions.owner_staff_id LEFT OUTER JOIN contacts ON contacts.id = actions.owner_contact_id WHERE actions.status = ? AND actions.due_date = ? ORDER BY actions.due_date, actions.id LIMIT ? OFFSET ?',
        ('status_1', 'today', 'limit', 'param_1'),
        {'status_1': 'open', 'param_1': 0},
    ),
    'due_today_actions_count': (
        'SELECT count(*) AS count_1 FROM actions WHERE actions.status = ? AND actions.due_date = ?',
        ('status_1', 'today'),
        {'status_1': 'open'},
    ),
    'handovers_in_progress': (
        'SELECT handovers.id, handovers.post, staff_1.name, staff_2.name AS name_1, (SELECT count(*) AS count_1 FROM handover_items WHERE handover_items.handover_id = handovers.id AND handover_items.status != ?) AS anon_1, (SELECT count(*) AS count_1 FROM handover_items WHERE handover_items.handover_id = handovers.id) AS anon_2 FROM handovers JOIN staff AS staff_1 ON staff_1.id = handovers.outgoing_staff_id LEFT OUTER JOIN staff AS staff_2 ON staff_2.id = handovers.incoming_staff_id WHERE handovers.status = ? ORDER BY handovers.due_date IS NULL, handovers.due_date, handovers.id',
        ('status_1', 'status_2'),
        {'status_1': 'todo', 'status_2': 'in_progress'},
    ),
    'kept_counts': (
        'SELECT record_counts.kind, record_counts.n FROM record_counts',
        (),
        {},
    ),
    'overdue_actions': (
        'SELECT actions.id, actions.description, coalesce(staff.name, contacts.name) AS coalesce_1, actions.due_date FROM actions LEFT OUTER JOIN staff ON staff.id = actions.owner_staff_id LEFT OUTER JOIN contacts ON contacts.id = actions.owner_contact_id WHERE actions.status = ? AND actions.due_date < ? ORDER BY actions.due_date, actions.id LIMIT ? OFFSET ?',
        ('status_1', 'today', 'limit', 'param_1'),
        {'status_1': 'open', 'param_1': 0},
    ),
    'overdue_actions_count': (
        'SELECT count(*) AS count_1 FROM actions WHERE actions.status = ? AND actions.due_date < ?',
        ('status_1', 'today'),
        {'status_1': 'open'},
    ),
    'stale_roles': (
        'SELECT spoc_assignments.id, organisations.name, topics.name AS name_1, staff.name AS name_2, contacts.name AS name_3, spoc_assignments.review_due FROM (SELECT spoc_assignments.id AS id FROM spoc_assignments JOIN organisations ON organisations.id = spoc_assignments.organisation_id JOIN topics ON topics.id = spoc_assignments.topic_id WHERE spoc_assignments.end_date IS NULL AND (spoc_assignments.review_due < ? OR NOT (EXISTS (SELECT * FROM organisation_last_engaged WHERE organisation_last_engaged.organisation_id = spoc_assignments.organisation_id AND organisation_last_engaged.occurred_at >= ?))) ORDER BY lower(organisations.name), topics.name, spoc_assignments.id LIMIT ? OFFSET ?) AS chosen JOIN spoc_assignments ON spoc_assignments.id = chosen.id JOIN organisations ON organisations.id = spoc_assignments.organisation_id JOIN topics ON topics.id = spoc_assignments.topic_id LEFT OUTER JOIN staff ON staff.id = spoc_assignments.our_spoc_id LEFT OUTER JOIN contacts ON contacts.id = spoc_assignments.their_spoc_id ORDER BY lower(organisations.name), topics.name, spoc_assignments.id',
        ('today', 'since', 'limit', 'param_1'),
        {'param_1': 0},
    ),
    'stale_roles_count': (
        'SELECT count(*) AS count_1 FROM spoc_assignments WHERE spoc_assignments.end_date IS NULL AND (spoc_assignments.review_due < ? OR NOT (EXISTS (SELECT * FROM organisation_last_engaged WHERE organisation_last_engaged.organisation_id = spoc_assignments.organisation_id AND organisation_last_engaged.occurred_at >= ?)))',
        ('today', 'since'),
        {},
    ),
    'unrepresented_groups': (
        'SELECT groups.id, groups.name, groups.cadence FROM groups WHERE groups.active IS 1 AND NOT (EXISTS (SELECT representations.id FROM representations WHERE representations.group_id = groups.id AND representations.end_date IS NULL)) ORDER BY lower(groups.name), groups.id LIMIT ? OFFSET ?',
        ('limit', 'param_1'),
        {'param_1': 0},
    ),
    'unrepresented_groups_count': (
        'SELECT count(*) AS count_1 FROM groups WHERE groups.active IS 1 AND NOT (EXISTS (SELECT representations.id FROM representations WHERE representations.group_id = groups.id AND representations.end_date IS NULL))',
        (),
        {},
    ),
    'upcoming_meetings': (
        'SELECT meetings.id, groups.name, meetings.venue, meetings.starts_at FROM meetings JOIN groups ON groups.id = meetings.group_id WHERE meetings.starts_at >= ? AND meetings.starts_at < ? AND meetings.status = ? ORDER BY meetings.starts_at, meetings.id',
        ('now', 'until', 'status_1'),
        {'status_1': 'scheduled'},
    ),
    'vacant_roles': (
        'SELECT spoc_assignments.id, organisations.name, topics.name AS name_1, staff.name AS name_2, contacts.name AS name_3, spoc_assignments.review_due FROM (SELECT spoc_assignments.id AS id FROM spoc_assignments JOIN organisations ON organisations.id = spoc_assignments.organisation_id JOIN topics ON topics.id = spoc_assignments.topic_id WHERE spoc_assignments.end_date IS NULL AND (spoc_assignments.our_spoc_id IS NULL OR spoc_assignments.their_spoc_id IS NULL) ORDER BY lower(organisations.name), topics.name, spoc_assignments.id LIMIT ? OFFSET ?) AS chosen JOIN spoc_assignments ON spoc_assignments.id = chosen.id JOIN organisations ON organisations.id = spoc_assignments.organisation_id JOIN topics ON topics.id = spoc_assignments.topic_id LEFT OUTER JOIN staff ON staff.id = spoc_assignments.our_spoc_id LEFT OUTER JOIN contacts ON contacts.id = spoc_assignments.their_spoc_id ORDER BY lower(organisations.name), topics.name, spoc_assignments.id',
        ('limit', 'param_1'),
        {'param_1': 0},
    ),
    'vacant_roles_count': (
        'SELECT count(*) AS count_1 FROM spoc_assignments WHERE spoc_assignments.end_date IS NULL AND (spoc_assignments.our_spoc_id IS NULL OR spoc_assignments.their_spoc_id IS NULL)',
        (),
        {},
    ),
}
