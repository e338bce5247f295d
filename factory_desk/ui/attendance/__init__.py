"""The Attendance area: who came on each day of a session."""
