"""One module per capability. Each function is one unit of work: it opens a session, does the job,
commits, and returns plain data. Services raise domain errors and never show UI."""
