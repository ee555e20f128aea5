"""The optional user configuration file: defaults for the database, actor dictionaries,
gazetteer dumps and the article size limit, so a project does not repeat its flags.

Looked up in this order, the first found wins:
  1. the file named by ``$EVENTCODER_CONFIG`` (it must exist);
  2. ``eventcoder.toml`` in the current directory;
  3. the ``[tool.eventcoder]`` table of ``pyproject.toml`` in the current directory.

Keys: ``db`` (database URL or SQLite path), ``actors`` (list of YAML files),
``gazetteer`` (list of GeoNames dumps), ``max_chars`` (longest article accepted).
Relative paths are relative to the file's folder. Command-line flags override the file;
``$EVENTCODER_DB`` overrides its ``db``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError

ENV_VAR = "EVENTCODER_CONFIG"
FILE_NAME = "eventcoder.toml"
KEYS = ("db", "actors", "gazetteer", "max_chars")


@dataclass(frozen=True)
class Settings:
    """What the configuration file says; ``origin`` names the file (None: no file)."""

    db: str | None = None
    actors: tuple[str, ...] = ()
    gazetteer: tuple[str, ...] = ()
    max_chars: int | None = None
    origin: str | None = None
    present: frozenset[str] = field(default_factory=frozenset)
    """The keys the file actually sets."""


def find_config(cwd: Path | None = None) -> tuple[Path, bool] | None:
    """(path, is_pyproject) of the configuration in effect, or None when there is none."""
    folder = cwd or Path.cwd()
    named = os.environ.get(ENV_VAR)
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigError(f"${ENV_VAR} names {path}, which does not exist; fix or unset it")
        return path, path.name == "pyproject.toml"
    if (folder / FILE_NAME).is_file():
        return folder / FILE_NAME, False
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and "eventcoder" in _read_toml(pyproject).get("tool", {}):
        return pyproject, True
    return None


def load_settings(cwd: Path | None = None) -> Settings:
    """Read and validate the configuration in effect; Settings() when there is none."""
    found = find_config(cwd)
    if found is None:
        return Settings()
    path, is_pyproject = found
    data = _read_toml(path)
    where = f"{path} [tool.eventcoder]" if is_pyproject else str(path)
    if is_pyproject:
        data = data.get("tool", {}).get("eventcoder", {})
    return _settings_from(data, where=where, base=path.resolve().parent)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _settings_from(data: dict[str, Any], *, where: str, base: Path) -> Settings:
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(KEYS)}")
    return Settings(
        db=_db(data.get("db"), where=where, base=base),
        actors=_paths(data.get("actors"), key="actors", where=where, base=base),
        gazetteer=_paths(data.get("gazetteer"), key="gazetteer", where=where, base=base),
        max_chars=_max_chars(data.get("max_chars"), where=where),
        origin=where,
        present=frozenset(data),
    )


def _db(value: object, *, where: str, base: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: db must be a database URL or SQLite path (a string)")
    if "://" in value or Path(value).is_absolute():
        return value
    return str(base / value)


def _paths(value: object, *, key: str, where: str, base: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ConfigError(f"{where}: {key} must be a list of file paths, e.g. {key} = [\"a.yaml\"]")
    return tuple(str(base / v) if not Path(v).is_absolute() else v for v in items)


def _max_chars(value: object, *, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: max_chars must be a whole number of 1 or more")
    return value


DB_ENV_VAR = "EVENTCODER_DB"


def resolve_db(flag: str | None, settings: Settings) -> tuple[str, str]:
    """(database URL, where it came from): --db, then $EVENTCODER_DB, then the file, then the default."""
    from eventcoder.store import DEFAULT_URL

    if flag:
        return flag, "--db"
    if os.environ.get(DB_ENV_VAR):
        return os.environ[DB_ENV_VAR], f"${DB_ENV_VAR}"
    if settings.db:
        return settings.db, str(settings.origin)
    return DEFAULT_URL, "default"


def resolve_actors(flags: list[str], settings: Settings) -> tuple[tuple[str, ...], str]:
    """(actor files, where from): --actors replaces the file's list."""
    if flags:
        return tuple(flags), "--actors"
    if settings.actors:
        return settings.actors, str(settings.origin)
    return (), "default"


def resolve_max_chars(flag: int | None, settings: Settings) -> tuple[int, str]:
    """(size limit, where from): --max-chars, then the file, then the built-in limit."""
    from eventcoder.ingest import MAX_TEXT_CHARS

    if flag:
        return flag, "--max-chars"
    if settings.max_chars:
        return settings.max_chars, str(settings.origin)
    return MAX_TEXT_CHARS, "default"
