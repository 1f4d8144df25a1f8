"""Where events live: the model, one set of rules, SQLite and PostgreSQL."""
