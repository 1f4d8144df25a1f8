"""Exports of the table's view to CSV and XLSX, off the UI thread and from the command line."""
