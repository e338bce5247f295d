"""The Projects area: improvement projects that participants carry out after the training."""
