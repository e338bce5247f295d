"""The Sessions area: groups on dates at the factories, from planning to their report."""
