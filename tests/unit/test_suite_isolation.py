"""The test session keeps its data files out of the user's home (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smarterp.core.audit_anchor import Anchor
from smarterp.core.settings import get_settings


def test_data_files_go_to_a_folder_of_the_test_session(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    settings = get_settings()
    session_folder = tmp_path_factory.getbasetemp()
    assert settings.data_dir.is_relative_to(session_folder)
    assert not settings.data_dir.resolve().is_relative_to(Path.home().resolve() / ".local")
    anchor = Anchor.from_settings()
    assert anchor.file.is_relative_to(session_folder)
    assert anchor.key_file.is_relative_to(session_folder)
    assert settings.resolved_database_url() == f"sqlite:///{settings.data_dir / 'smarterp.db'}"
