"""Storage: engines for SQLite and PostgreSQL, migrations, the unit of work, backup and restore."""
