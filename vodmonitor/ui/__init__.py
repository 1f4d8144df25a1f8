"""Qt widgets, models and dialogs. Only this package and app.py import Qt."""
