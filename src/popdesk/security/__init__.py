"""Keys, store encryption and backups. No Qt."""
