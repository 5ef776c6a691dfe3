"""The command line speaks Swedish with --lang sv: help, usage errors, output, errors."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def renewdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "RENEWDESK_TODAY": "2026-03-02"}
    return subprocess.run(
        [sys.executable, "-m", "renewdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_help_and_usage_errors_are_swedish() -> None:
    shown = renewdesk("--lang", "sv", "--help")
    assert shown.returncode == 0
    assert shown.stdout.startswith("användning: renewdesk")
    assert "kontrollera varje prenumeration mot förnyelsereglerna" in shown.stdout
    assert "flaggor:" in shown.stdout and "visa den här hjälpen och avsluta" in shown.stdout
    wrong = renewdesk("--lang", "sv", "quote", "create")
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == (
        "renewdesk: följande argument krävs: SUB_ID (se 'renewdesk --help')"
    )


def test_output_and_errors_follow_the_language(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    from renewdesk.demo import build_demo_cache

    build_demo_cache(db, date(2026, 3, 2))
    checked = renewdesk("--lang", "sv", "--db", str(db), "check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[0].startswith("Prenumeration")
    assert "Prenumerationer: 21, varav" in checked.stdout
    english = renewdesk("--lang", "en", "--db", str(db), "check")
    assert "21 subscriptions" in english.stdout
    missing = renewdesk("--lang", "sv", "--db", str(db), "quote", "buy", "Q-2026-999999")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "renewdesk: det finns ingen offert Q-2026-999999"


def test_quote_create_without_lang_writes_in_the_customers_language(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from renewdesk.demo import build_demo_cache

    db = tmp_path / "demo.sqlite"
    build_demo_cache(db, date(2026, 3, 2))
    pdf = tmp_path / "q.pdf"
    made = renewdesk(
        "--lang", "en", "--db", str(db), "quote", "create", "SUB-10001", "--pdf", str(pdf)
    )
    assert made.returncode == 0, made.stderr
    text = PdfReader(str(pdf)).pages[0].extract_text().replace("\u00a0", " ")
    assert "Förnyelseoffert" in text  # Nordljus Arkitekter AB is in Sweden


def test_without_lang_the_command_line_follows_the_os_language_without_qt() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env.update(PYTHONPATH=str(REPO), LANG="sv_SE.UTF-8")
    swedish = subprocess.run(
        [sys.executable, "-m", "renewdesk", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    env["LC_ALL"] = "C"
    english = subprocess.run(
        [sys.executable, "-m", "renewdesk", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert swedish.stdout.startswith("användning: renewdesk"), swedish.stderr
    assert english.stdout.startswith("usage: renewdesk"), english.stderr
