"""The officer's side of plate events: what was detected, what was decided, what goes out."""
