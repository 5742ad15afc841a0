"""Load the rule tables shipped in ``dengar/data`` (read once per process)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed TOML data file ``dengar/data/<name>.toml``."""
    text = (resources.files("dengar") / "data" / f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
