"""SQLite storage: the database, its numbered migrations and the audit log."""
