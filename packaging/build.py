"""Build RenewDesk for the OS this runs on, then test the frozen build.

    python packaging/build.py                 icons, one-folder build, installer, checks
    python packaging/build.py --no-installer  stop after the one-folder build and its checks
    python packaging/build.py --check-only    only re-run the checks on an existing build

Steps: render the icons (packaging/icons.py) -> PyInstaller with
packaging/renewdesk.spec -> ``--bundle-check`` and ``--smoke-test`` on the
frozen executable (offscreen), timed against ``python -m renewdesk
--smoke-test`` -> the platform's package:

- Windows: sign the executables (RENEWDESK_SIGNTOOL_*), Inno Setup's ISCC
  with packaging/windows/renewdesk.iss -> dist/RenewDesk-<version>-setup.exe
- macOS: packaging/macos/build_dmg.sh -> dist/RenewDesk-<version>-macos-<arch>.dmg
  (signed and notarised when RENEWDESK_CODESIGN_IDENTITY / RENEWDESK_NOTARY_* are set)
- Linux: dist/RenewDesk-<version>-linux-<arch>.tar.gz

The version comes from renewdesk/__init__.py. Results, sizes and timings are
also written to dist/build-info.json, which tests/packaging reads to reuse a
build made from the same sources.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import appinfo

ROOT = appinfo.ROOT
PACKAGING = appinfo.PACKAGING
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
SPEC = PACKAGING / "renewdesk.spec"
BUILD_INFO = DIST / "build-info.json"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10,<7"
SMOKE_PREFIX = "RenewDesk smoke test OK"
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


class BuildError(Exception):
    """A step failed; the message says which and why."""


@dataclass
class Timing:
    """Seconds of repeated runs of one command: wall clock, and CPU where the OS reports it."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def __str__(self) -> str:
        text = f"{statistics.median(self.wall):.2f} s median of {len(self.wall)}"
        text += f" (min {min(self.wall):.2f} s"
        if any(self.cpu):
            text += f", CPU {statistics.median(self.cpu):.2f} s"
        return text + ")"


# --- paths ------------------------------------------------------------------


def one_folder() -> Path:
    """The PyInstaller output users get: the .app on macOS, else the one-folder directory."""
    return DIST / f"{appinfo.APP_NAME}.app" if IS_MAC else DIST / appinfo.DIST_NAME


def frozen_cli() -> Path:
    """The frozen executable that prints: the console one on Windows."""
    if IS_MAC:
        return one_folder() / "Contents" / "MacOS" / appinfo.GUI_EXE
    name = appinfo.CLI_EXE if IS_WIN else appinfo.GUI_EXE
    return one_folder() / (name + (".exe" if IS_WIN else ""))


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under ``path``, counting symlinks as links, not their targets."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(path):
        for name in names:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            files += 1
    return total, files


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def source_fingerprint() -> str:
    """A hash of everything that goes into a build: sources, resources, packaging, toolchain."""
    digest = hashlib.sha256()
    for top in ("renewdesk", "resources", "packaging"):
        for path in sorted((ROOT / top).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(sys.version.encode())
    for dist in ("pyinstaller", "PySide6-Essentials"):
        digest.update(_dist_version(dist).encode())
    return digest.hexdigest()


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


# --- running things ---------------------------------------------------------


def run(
    cmd: Sequence[str | os.PathLike[str]],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> None:
    """Run a command with its output passing through; BuildError when it fails."""
    shown = " ".join(str(c) for c in cmd)
    print(f"\n$ {shown}", flush=True)
    result = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(cmd[0])).name} failed with exit status {result.returncode}")


def headless_env() -> dict[str, str]:
    """The environment for smoke tests: offscreen Qt, no checkout on the import path."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONPATH", None)
    env.pop("QT_PLUGIN_PATH", None)
    env.setdefault("PYTHONUTF8", "1")
    return env


def run_captured(
    cmd: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path,
    env: dict[str, str],
    timing: Timing | None = None,
) -> str:
    """Run ``cmd`` and return its stdout; add its wall and CPU time to ``timing``."""
    before = os.times()
    start = time.perf_counter()
    result = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    wall = time.perf_counter() - start
    after = os.times()
    if result.returncode != 0:
        raise BuildError(
            f"{' '.join(str(c) for c in cmd)} exited with {result.returncode}:\n"
            f"{result.stdout}{result.stderr}"
        )
    if timing is not None:
        timing.wall.append(wall)
        cpu = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        timing.cpu.append(cpu)
    return result.stdout


# --- steps ------------------------------------------------------------------


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this interpreter when it is missing or older than 6.10."""
    try:
        import PyInstaller

        major, minor = (int(p) for p in PyInstaller.__version__.split(".")[:2])
        if (major, minor) >= (6, 10):
            return
    except ImportError:
        pass
    print(f"Installing {PYINSTALLER_REQUIREMENT} (a build-time tool, not a RenewDesk dependency)")
    run([sys.executable, "-m", "pip", "install", PYINSTALLER_REQUIREMENT])


def render_icons() -> None:
    env = headless_env()
    run([sys.executable, PACKAGING / "icons.py", ICONS], env=env)


def run_pyinstaller(*, clean: bool) -> None:
    env = dict(os.environ)
    env["RENEWDESK_ICON_DIR"] = str(ICONS)
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
    ]
    if clean:
        cmd.append("--clean")
    run([*cmd, SPEC], env=env)


@dataclass
class CheckResult:
    bundle_check: str
    smoke_line: str
    frozen: Timing
    source: Timing


def check_frozen(runs: int) -> CheckResult:
    """Bundle self-test, then the smoke test frozen and from source, timed.

    Frozen and source runs alternate, so load from other processes on the
    machine weighs on both alike; medians are reported.
    """
    exe = frozen_cli()
    if not exe.is_file():
        raise BuildError(f"no frozen executable at {exe}; build first")
    env = headless_env()
    source_cmd = [sys.executable, "-m", "renewdesk", "--smoke-test"]
    source_env = dict(env, PYTHONPATH=str(ROOT))
    frozen, source = Timing(), Timing()
    with tempfile.TemporaryDirectory(prefix="renewdesk-frozen-") as tmp:
        # The frozen build runs outside the checkout so nothing can come from the sources.
        bundle = run_captured([exe, "--bundle-check"], cwd=Path(tmp), env=env)
        print(bundle, end="", flush=True)
        print(f"Timing --smoke-test, {runs} runs each, frozen and source alternating", flush=True)
        for _ in range(runs):
            smoke = run_captured([exe, "--smoke-test"], cwd=Path(tmp), env=env, timing=frozen)
            run_captured(source_cmd, cwd=ROOT, env=source_env, timing=source)
    smoke_line = smoke.strip()
    if not smoke_line.startswith(SMOKE_PREFIX) or "\n" in smoke_line:
        raise BuildError(f"unexpected --smoke-test output from {exe}: {smoke!r}")
    return CheckResult(bundle.strip().splitlines()[-1], smoke_line, frozen, source)


# --- Windows ------------------------------------------------------------------


def _signtool() -> Path:
    explicit = os.environ.get("RENEWDESK_SIGNTOOL")
    if explicit:
        return Path(explicit)
    found = shutil.which("signtool")
    if found:
        return Path(found)
    kits = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Windows Kits"
    candidates = sorted(kits.glob("10/bin/10.*/x64/signtool.exe"), reverse=True)
    if candidates:
        return candidates[0]
    raise BuildError(
        "RENEWDESK_SIGNTOOL_CERT is set but signtool.exe was not found; "
        "install the Windows SDK or set RENEWDESK_SIGNTOOL"
    )


def signtool_command() -> list[str] | None:
    """``signtool sign ...`` without the file, or None when signing isn't configured."""
    cert = os.environ.get("RENEWDESK_SIGNTOOL_CERT", "").strip()
    if not cert:
        return None
    url = os.environ.get("RENEWDESK_SIGNTOOL_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL)
    cmd = [
        str(_signtool()),
        "sign",
        "/fd",
        "SHA256",
        "/tr",
        url,
        "/td",
        "SHA256",
        "/d",
        appinfo.APP_NAME,
    ]
    if cert.lower().endswith((".pfx", ".p12")):
        cmd += ["/f", cert]
        password = os.environ.get("RENEWDESK_SIGNTOOL_PASSWORD")
        if password:
            cmd += ["/p", password]
    else:  # the SHA-1 thumbprint of a certificate in the Windows certificate store
        cmd += ["/sha1", cert]
    return cmd


def _inno_sign_tool(cmd: list[str]) -> str:
    """The signtool command in ISCC's /S syntax: $q quotes, $f the file, $$ a dollar."""

    def quote(arg: str) -> str:
        arg = arg.replace("$", "$$")
        return f"$q{arg}$q" if (" " in arg or "\\" in arg) else arg

    return " ".join(quote(a) for a in cmd) + " $f"


def find_iscc() -> Path | None:
    explicit = os.environ.get("RENEWDESK_ISCC")
    if explicit:
        return Path(explicit)
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (
        os.environ.get("PROGRAMFILES(X86)"),
        os.environ.get("PROGRAMFILES"),
        str(Path(os.environ.get("LOCALAPPDATA", "")) / "Programs"),
    ):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_windows_installer(version: str, year: int) -> Path | None:
    sign = signtool_command()
    if sign:
        for exe in (appinfo.GUI_EXE, appinfo.CLI_EXE):
            run([*sign, one_folder() / f"{exe}.exe"])
    iscc = find_iscc()
    if iscc is None:
        print(
            "Inno Setup 6 (ISCC.exe) not found: skipping the installer. "
            "Install Inno Setup 6.3+ or set RENEWDESK_ISCC."
        )
        return None
    numeric = ".".join(str(n) for n in appinfo.numeric_version(version))
    cmd: list[str | Path] = [
        iscc,
        "/Qp",
        f"/DMyAppVersion={version}",
        f"/DMyAppNumericVersion={numeric}",
        f"/DMyAppCopyright={appinfo.copyright_line(year)}",
        f"/DBuildDir={one_folder()}",
        f"/DOutputDir={DIST}",
        f"/DIconFile={ICONS / 'renewdesk.ico'}",
    ]
    if sign:
        cmd += ["/DSignTool=renewdesk", f"/Srenewdesk={_inno_sign_tool(sign)}"]
    run([*cmd, PACKAGING / "windows" / "renewdesk.iss"])
    return DIST / f"{appinfo.APP_NAME}-{version}-setup.exe"


# --- macOS and Linux ------------------------------------------------------------


def build_dmg(version: str) -> Path:
    dmg = DIST / f"{appinfo.APP_NAME}-{version}-macos-{platform.machine()}.dmg"
    env = dict(os.environ, PYTHON=sys.executable)
    run(
        ["bash", PACKAGING / "macos" / "build_dmg.sh", "--app", one_folder(), "--out", dmg], env=env
    )
    return dmg


def _linux_arch() -> str:
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(
        platform.machine().lower(), platform.machine()
    )


def build_tarball(version: str) -> Path:
    """dist/RenewDesk-<version>-linux-<arch>.tar.gz with a desktop entry and icon."""
    folder = one_folder()
    shutil.copy2(PACKAGING / "linux" / "renewdesk.desktop", folder / "renewdesk.desktop")
    shutil.copy2(ICONS / "renewdesk-256.png", folder / "renewdesk.png")
    archive = DIST / f"{appinfo.APP_NAME}-{version}-linux-{_linux_arch()}.tar.gz"
    top = f"{appinfo.APP_NAME}-{version}"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    print(f"\nWriting {archive}", flush=True)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for path in _sorted_tree(folder):
            arcname = f"{top}/{path.relative_to(folder).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=normalise)
    return archive


def _sorted_tree(folder: Path) -> Iterator[Path]:
    """Every path under ``folder`` (not following symlinks), parents first, sorted."""
    for dirpath, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(dirs + names):
            yield Path(dirpath) / name


# --- main -----------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build RenewDesk for this OS and test the frozen build."
    )
    parser.add_argument(
        "--no-installer",
        action="store_true",
        help="stop after the one-folder build (and .app) and its checks",
    )
    parser.add_argument(
        "--check-only", action="store_true", help="only run the frozen checks on the existing build"
    )
    parser.add_argument(
        "--skip-checks", action="store_true", help="don't run the frozen checks (not recommended)"
    )
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's caches first")
    parser.add_argument(
        "--runs", type=int, default=5, help="smoke-test runs to time, frozen and source (default 5)"
    )
    args = parser.parse_args(argv)

    version = appinfo.version()
    year = time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))).tm_year
    print(
        f"RenewDesk {version} for {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}"
    )
    info: dict[str, object] = {
        "version": version,
        "platform": sys.platform,
        "machine": platform.machine(),
    }
    started = time.perf_counter()
    try:
        if not args.check_only:
            ensure_pyinstaller()
            render_icons()
            run_pyinstaller(clean=args.clean)
            info["fingerprint"] = source_fingerprint()
            info["build_seconds"] = round(time.perf_counter() - started, 1)
        elif BUILD_INFO.is_file():
            info = {**json.loads(BUILD_INFO.read_text(encoding="utf-8")), **info}
        size, files = folder_size(one_folder())
        info.update(
            one_folder=str(one_folder()),
            executable=str(frozen_cli()),
            one_folder_bytes=size,
            one_folder_files=files,
        )

        checks = None if args.skip_checks else check_frozen(max(1, args.runs))
        if checks:
            info["checks"] = {
                "bundle_check": checks.bundle_check,
                "smoke": checks.smoke_line,
                "frozen": asdict(checks.frozen),
                "source": asdict(checks.source),
            }

        package = None
        if not (args.no_installer or args.check_only):
            if IS_WIN:
                package = build_windows_installer(version, year)
            elif IS_MAC:
                package = build_dmg(version)
            else:
                package = build_tarball(version)
            if package is not None:
                info.update(package=str(package), package_bytes=package.stat().st_size)
    except BuildError as exc:
        print(f"\nbuild.py: {exc}", file=sys.stderr)
        return 1

    DIST.mkdir(exist_ok=True)
    BUILD_INFO.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print("\n=== RenewDesk build", version, "===")
    print(f"one-folder build   {one_folder()}  ({mib(size)}, {files} files)")
    print(f"executable         {frozen_cli()}")
    if package is not None:
        print(f"package            {package}  ({mib(package.stat().st_size)})")
    if checks:
        print(f"bundle check       {checks.bundle_check}")
        print(f"frozen smoke test  {checks.smoke_line}")
        print(f"start-up, frozen   {checks.frozen}")
        print(f"start-up, source   {checks.source}")
    print(f"build info         {BUILD_INFO}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
