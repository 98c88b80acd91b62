"""All queries live here. Repositories take a session and never commit."""
