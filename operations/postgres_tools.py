"""pg_dump and pg_restore for the site's database, found by version, with its connection settings.

pg_dump refuses servers newer than itself, and pg_restore cannot read archives written by a newer
pg_dump. So each is chosen by major version among the ones installed: pgserver's own (16, which
the embedded server runs), the one on PATH, and the versioned directories of Debian, Red Hat and
Homebrew; PG_BIN_DIR narrows the choice to one directory.
"""

import os
import re
import shutil
import subprocess
import warnings
from pathlib import Path

# Where Debian (postgresql-client-N), the PGDG RPMs and Homebrew put each version's programs.
VERSIONED_DIRECTORIES = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/opt/homebrew/opt/postgresql@*/bin",
    "/usr/local/opt/postgresql@*/bin",
)
# libpq's environment variables for the connection parameters psycopg is given; anything else
# (pool, cursor factory, server-side options such as a statement timeout) is not for pg_dump.
LIBPQ_ENVIRONMENT = {
    "host": "PGHOST",
    "port": "PGPORT",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "dbname": "PGDATABASE",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}


class ToolError(Exception):
    """A PostgreSQL program is missing or failed; the message says what to do."""


def libpq_environment(connection):
    """The environment in which pg_dump and pg_restore reach the database of a Django connection.

    Through the environment rather than the command line, so the password never shows in `ps`.
    """
    params = connection.get_connection_params()
    environment = {name: value for name, value in os.environ.items() if not name.startswith("PG")}
    for key, variable in LIBPQ_ENVIRONMENT.items():
        if params.get(key) not in (None, ""):
            environment[variable] = str(params[key])
    return environment


def server_major_version(connection):
    connection.ensure_connection()
    return connection.pg_version // 10000


def find_tool(name, at_least):
    """The installed `name` (pg_dump, pg_restore) of the lowest major version >= at_least."""
    versions = {}
    for program in tool_candidates(name):
        if program.is_file() and os.access(program, os.X_OK):
            versions.setdefault(major_version(program), program)
    suitable = sorted(version for version in versions if version >= at_least)
    if suitable:
        return versions[suitable[0]]
    found = ", ".join(f"{versions[v]} ({v})" for v in sorted(versions)) or "none"
    raise ToolError(
        f"{name} {at_least} or newer is needed here; found: {found}. Install the PostgreSQL "
        f"{at_least} client programs (Debian: postgresql-client-{at_least}) or set PG_BIN_DIR "
        "to the directory holding them."
    )


def tool_candidates(name):
    if os.environ.get("PG_BIN_DIR"):
        return [Path(os.environ["PG_BIN_DIR"]) / name]
    candidates = []
    # Importing pgserver warns when XDG_RUNTIME_DIR is unset (cron, CI); its fallback is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR", module="platformdirs")
    try:
        from pgserver._commands import POSTGRES_BIN_PATH
    except ImportError:  # no embedded PostgreSQL for this Python
        pass
    else:
        candidates.append(POSTGRES_BIN_PATH / name)
    if shutil.which(name):
        candidates.append(Path(shutil.which(name)))
    for pattern in VERSIONED_DIRECTORIES:
        candidates.extend(sorted(Path("/").glob(f"{pattern.lstrip('/')}/{name}")))
    return candidates


def major_version(program):
    """16 for "pg_dump (PostgreSQL) 16.2"; 0 for a program that does not say."""
    try:
        output = subprocess.run(
            [program, "--version"], capture_output=True, text=True, timeout=30
        ).stdout
    except OSError:
        return 0
    match = re.search(r"\)\s*(\d+)", output)
    return int(match.group(1)) if match else 0


def run_tool(command, environment):
    """Run a PostgreSQL program; its own error message becomes a ToolError."""
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        errors = (
            result.stderr.strip() or result.stdout.strip() or f"exit status {result.returncode}"
        )
        raise ToolError(f"{Path(command[0]).name} failed:\n{errors}")
