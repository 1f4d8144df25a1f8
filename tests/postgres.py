"""A real PostgreSQL server for the team-mode tests, started by the suite itself.

Debian's ``postgresql`` package provides ``initdb`` and ``pg_ctl``; the server runs from a
temporary folder on a free port of 127.0.0.1, with password (SCRAM) authentication over
TCP like a team's server. As root (CI) it runs as the ``postgres`` user, since PostgreSQL
refuses to run as root. Absent PostgreSQL the tests skip, except where
VODMONITOR_REQUIRE_POSTGRES is set (CI), where they fail.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest

EDITOR = "editor"
EDITOR_PASSWORD = "team-pw-4f2a9c"  # test-only; the leak tests look for it in output


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4])
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self, *, durable: bool = False) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            if os.environ.get("VODMONITOR_REQUIRE_POSTGRES"):
                pytest.fail("PostgreSQL (initdb, pg_ctl) is required here but not installed")
            pytest.skip("PostgreSQL is not installed")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="vodmonitor-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._user = "postgres" if os.geteuid() == 0 else None
        if self._user:
            shutil.chown(self.root, self._user)
        self._names = itertools.count(1)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "admin",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
        )
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.root}'\n"
                # Tests need no crash safety from the server; a benchmark does.
                f"fsync = {'on' if durable else 'off'}\n"
                "max_connections = 200\nlog_min_messages = warning\n"
            )
        self.start()
        self.admin(f"CREATE ROLE {EDITOR} LOGIN PASSWORD '{EDITOR_PASSWORD}'")

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin / tool), *args],
            check=True,
            capture_output=True,
            user=self._user,
            cwd=self.root,
        )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def admin_uri(self, database: str = "postgres") -> str:
        return f"host={self.root} port={self.port} user=admin dbname={database}"

    def admin(self, sql: str, database: str = "postgres") -> list[tuple[object, ...]]:
        with psycopg.connect(self.admin_uri(database), autocommit=True) as conn:
            cur = conn.execute(sql)  # type: ignore[arg-type]
            return cur.fetchall() if cur.description else []

    def new_database(self) -> str:
        """A fresh database owned by the editor role; its URI without the password."""
        name = f"team{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} OWNER {EDITOR}")
        return f"postgresql://{EDITOR}@127.0.0.1:{self.port}/{name}"

    def close(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
