"""Excel/CSV import and export, calendar files. No Qt, no database sessions."""
