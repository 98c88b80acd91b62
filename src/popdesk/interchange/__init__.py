"""Contacts and calendars in the formats other programs read and write: CSV, vCard, iCalendar.

Pure file work, no database: parsers turn a file into ``IncomingContact`` rows (or refuse it with
one clear message), writers turn DTOs into bytes. The import service decides what to do with
the rows.
"""
