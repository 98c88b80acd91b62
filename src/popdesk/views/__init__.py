"""Qt views. They are handed services; they never open a database session."""
