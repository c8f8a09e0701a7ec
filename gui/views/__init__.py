"""Widgets and dialogs: layout and wiring only, no docker calls."""
