"""Import speed: the Northwind migration and the demo company, each into a fresh SQLite file.

Usage: python bench/bench_import.py
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import figure, heading, sqlite_engine


def _find(module: str, name: str) -> Any | None:
    """The function when its module exists yet; the importers are written alongside this."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        figure(f"{module}.{name}", f"skipped: not available ({exc})")
        return None


def bench_northwind() -> float | None:
    import_northwind = _find("smarterp.data.northwind", "import_northwind")
    if import_northwind is None:
        return None
    from smarterp.data.northwind import SAMPLE_DIR

    engine = sqlite_engine()
    started = time.perf_counter()
    summary = import_northwind(engine, SAMPLE_DIR)
    elapsed = time.perf_counter() - started
    figure("import_northwind (sample CSVs)", f"{elapsed:.1f} s")
    figure("  summary", str(summary)[:200])
    engine.dispose()
    return elapsed


def bench_demo() -> float | None:
    build_demo = _find("smarterp.data.demo", "build_demo")
    if build_demo is None:
        return None
    engine = sqlite_engine()
    started = time.perf_counter()
    summary = build_demo(engine, seed=42)
    elapsed = time.perf_counter() - started
    figure("build_demo(seed=42)", f"{elapsed:.1f} s")
    figure("  summary", str(summary)[:200])
    engine.dispose()
    return elapsed


def main() -> dict[str, float | None]:
    heading("Imports into SQLite")
    return {"northwind": bench_northwind(), "demo": bench_demo()}


if __name__ == "__main__":
    main()
