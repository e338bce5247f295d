"""The reference lists sessions are made of: factories, programmes and trainers, each a tab with its editor."""
