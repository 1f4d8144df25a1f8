"""Team mode: several desktops on one VOD application, sharing one PostgreSQL ledger.

- ``config``: where the team database is, who this editor is (Qt-free, no psycopg);
- ``ledger``: the engine's Ledger over PostgreSQL, mirrored into the local SQLite file the
  window reads, so the table, search and sort stay exactly as in single mode;
- ``link``: one connection per desktop for leadership (a session advisory lock keyed by
  the SubAppId), presence, and LISTEN/NOTIFY of every change.
"""
