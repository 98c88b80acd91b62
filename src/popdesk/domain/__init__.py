"""Pure-Python domain: enums, value rules and validators. No database, no Qt."""
