"""Printed documents leaving the app: printing, saving and opening PDFs made in the background."""
