"""The store: SQLAlchemy models, engine set-up and Alembic migrations. No Qt."""

# "POPD" as a 32-bit big-endian integer: tells a popdesk store apart from any other SQLite file.
APPLICATION_ID = 0x504F5044
