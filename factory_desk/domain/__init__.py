"""The data model and pure rules of the field. No Qt, no files, no printing."""
