"""Renewal planning (issue 14): stages, the forecast, reminders, the calendar and the report.

Everything here is Qt-free and reads no database: the store hands in plain rows.
"""
