"""Form classes generated from forms/*.ui by scripts/build_ui.py; edit the .ui files, never these modules."""
