"""Factory Desk: plan, run and document Process Factory lean trainings."""

__version__ = "0.1.0"
