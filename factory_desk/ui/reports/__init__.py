"""The Reports area: figures the centre reports."""
