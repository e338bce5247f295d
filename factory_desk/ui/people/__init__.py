"""The People and organisations area: the register of participants and where they work."""
