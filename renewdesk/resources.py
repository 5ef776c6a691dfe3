"""Find files under ``resources/`` in a wheel install and in a source checkout alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: inside the package when installed, beside it in a checkout."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"RenewDesk resources not found beside {_PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
