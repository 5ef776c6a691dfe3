"""The frozen RenewDesk, as packaging/build.py makes it, starts and passes its smoke test.

A build made from the same sources (dist/build-info.json holds their
fingerprint) is reused; otherwise the test runs ``packaging/build.py
--no-installer`` first, which takes a few minutes. Set
RENEWDESK_PACKAGING_REBUILD=1 to force a fresh build.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import renewdesk

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
BUILD_PY = ROOT / "packaging" / "build.py"
SMOKE_PREFIX = "RenewDesk smoke test OK"


def _load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("renewdesk_packaging_build", BUILD_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _headless_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    env.pop("RENEWDESK_TODAY", None)
    return env


@pytest.fixture(scope="module")
def frozen_exe() -> Path:
    """The frozen executable that prints (renewdesk-cli.exe on Windows), built if stale."""
    build = _load_build_script()
    info_file: Path = build.BUILD_INFO
    info = json.loads(info_file.read_text(encoding="utf-8")) if info_file.is_file() else {}
    fresh = (
        os.environ.get("RENEWDESK_PACKAGING_REBUILD", "") in ("", "0")
        and info.get("fingerprint") == build.source_fingerprint()
        and build.frozen_cli().is_file()
    )
    if not fresh:
        subprocess.run(
            [sys.executable, str(BUILD_PY), "--no-installer", "--runs", "1"],
            cwd=ROOT,
            check=True,
            timeout=3600,
        )
    exe: Path = build.frozen_cli()
    assert exe.is_file(), f"packaging/build.py made no executable at {exe}"
    return exe


def _run(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=_headless_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )


def test_frozen_smoke_test_prints_one_ok_line(frozen_exe: Path, tmp_path: Path) -> None:
    result = _run(frozen_exe, "--smoke-test", cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(SMOKE_PREFIX), lines[0]
    assert "Traceback" not in result.stderr


def test_frozen_bundle_has_everything_the_spec_promises(frozen_exe: Path, tmp_path: Path) -> None:
    result = _run(frozen_exe, "--bundle-check", cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout, result.stdout
    assert result.stdout.splitlines()[-1].startswith("bundle check (frozen):"), result.stdout


def test_frozen_version_is_the_package_version(frozen_exe: Path, tmp_path: Path) -> None:
    result = _run(frozen_exe, "--version", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"RenewDesk {renewdesk.__version__}"
