"""Documents and files popdesk writes: PDF packs and briefs (later CSV, vCard, iCalendar).

Exporters take plain DTOs and never a database session.
"""
