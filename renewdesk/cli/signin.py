"""``renewdesk signin`` / ``signout`` and the OAuth 2.0 options of ``renewdesk config``.

``signin`` opens the provider's address with Python's ``webbrowser`` (so
``$BROWSER`` is honoured) and prints it too; ``signin --device`` prints a code
and an address and waits. Both exit 0 once signed in and then send what the
outbox kept for the sign-in, or 2 with one line. ``signout`` removes the
keyring entries. Heavy imports stay inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any

from renewdesk.cli.registry import Cli, CliError, command
from renewdesk.cli.wiring import engine_for as _engine

DEFAULT_TIMEOUT_S = 300.0


def add_oauth_config_options(p: argparse.ArgumentParser) -> None:
    """The sign-in options of ``renewdesk config`` (issue 11's exact names)."""
    p.add_argument(
        "--smtp-auth",
        choices=["password", "oauth2"],
        help=Cli.tr("sign in to the SMTP server with a password or with OAuth 2.0"),
    )
    p.add_argument(
        "--oauth-provider",
        choices=["microsoft", "google", "custom"],
        help=Cli.tr("Microsoft 365, Google, or another OAuth 2.0 provider"),
    )
    p.add_argument("--oauth-client-id", metavar="ID", help=Cli.tr("your app registration's id"))
    p.add_argument(
        "--oauth-client-secret-stdin",
        action="store_true",
        help=Cli.tr("read the app registration's client secret from standard input"),
    )
    p.add_argument(
        "--oauth-tenant", metavar="T", help=Cli.tr("Microsoft tenant (default: organizations)")
    )
    p.add_argument("--oauth-authorize-url", metavar="URL", help=Cli.tr("authorization endpoint"))
    p.add_argument("--oauth-token-url", metavar="URL", help=Cli.tr("token endpoint"))
    p.add_argument(
        "--oauth-device-url", metavar="URL", help=Cli.tr("device authorization endpoint")
    )
    p.add_argument("--oauth-revoke-url", metavar="URL", help=Cli.tr("revocation endpoint"))
    p.add_argument("--oauth-scope", metavar='"S1 S2"', help=Cli.tr("scopes, separated by spaces"))


OAUTH_OPTIONS = {
    "smtp_auth": "smtp_auth",
    "oauth_provider": "oauth_provider",
    "oauth_client_id": "oauth_client_id",
    "oauth_tenant": "oauth_tenant",
    "oauth_authorize_url": "oauth_authorize_url",
    "oauth_token_url": "oauth_token_url",
    "oauth_device_url": "oauth_device_url",
    "oauth_revoke_url": "oauth_revoke_url",
    "oauth_scope": "oauth_scope",
}


def oauth_changes(args: argparse.Namespace, current: Any, changes: dict[str, Any]) -> None:
    """Add the sign-in options given on the command line to ``changes``."""
    from renewdesk.services.settings_service import preset_server

    for option, field in OAUTH_OPTIONS.items():
        value = getattr(args, option, None)
        if value is not None:
            changes[field] = " ".join(value.split()) if field == "oauth_scope" else value.strip()
    provider = changes.get("oauth_provider")
    if provider and "smtp_host" not in changes:  # the preset fills the server in
        server = preset_server(provider, current.smtp_host)
        if server is not None:
            changes["smtp_host"], port, security = server
            changes.setdefault("smtp_port", port)
            changes.setdefault("smtp_security", security)


def save_client_secret(args: argparse.Namespace, service: Any, current: Any) -> None:
    if not getattr(args, "oauth_client_secret_stdin", False):
        return
    import getpass

    secret = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass()
    service.set_client_secret(secret, current)


def print_oauth_config(service: Any, current: Any) -> None:
    """The sign-in lines of ``renewdesk config`` (never a token or the secret)."""
    print(f"smtp-auth: {current.smtp_auth}")
    if not current.uses_oauth:
        return
    from renewdesk.services.settings_service import SettingsError
    from renewdesk.services.signin_service import SignInService

    print(f"oauth-provider: {current.oauth_provider}")
    print(f"oauth-client-id: {current.oauth_client_id}")
    try:
        config = service.oauth_config(current)
    except SettingsError as exc:
        print(Cli.tr("sign-in: not set up ({problems})").format(problems=exc))
        return
    print(f"oauth-authorize-url: {config.authorize_url}")
    print(f"oauth-token-url: {config.token_url}")
    print(f"oauth-device-url: {config.device_url or '-'}")
    print(f"oauth-scope: {config.scope}")
    signed_in = SignInService(service).signed_in(current)
    print(
        Cli.tr("sign-in: {state} ({store})").format(
            state=Cli.tr("signed in") if signed_in else Cli.tr("not signed in"),
            store=service.secret_store.description,
        )
    )


def add_signin_subcommands(sub: Any) -> None:
    p = sub.add_parser("signin", help=Cli.tr("sign in to the mail provider (OAuth 2.0)"))
    p.add_argument(
        "--device",
        action="store_true",
        help=Cli.tr("sign in with a code on another device instead of this computer's browser"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help=Cli.tr("give up after this many seconds (default 300)"),
    )
    sub.add_parser("signout", help=Cli.tr("sign out: forget the tokens in the keyring"))


def _services(args: argparse.Namespace) -> tuple[Any, Any, Any]:
    from renewdesk.secrets import probe_secret_store
    from renewdesk.services.settings_service import SettingsError, SettingsService
    from renewdesk.services.signin_service import SignInService

    engine = _engine(args)
    settings = SettingsService(engine, probe_secret_store())
    app = settings.load()
    try:
        settings.oauth_config(app)
    except SettingsError as exc:
        problems = "; ".join(f"--{k.replace('_', '-')}: {v}" for k, v in exc.errors.items())
        raise CliError(
            Cli.tr("sign-in is not set up ({problems}); see 'renewdesk config --help'").format(
                problems=problems
            )
        ) from None
    return engine, settings, SignInService(settings)


@command("signin")
def cmd_signin(args: argparse.Namespace) -> int:
    from renewdesk.mail.oauth import OAuthError

    engine, settings, signin = _services(args)
    if not settings.secret_store.persistent:
        raise CliError(
            Cli.tr(
                "no OS keyring is available, so the sign-in cannot be kept; sign in from "
                "the window (it lasts for that session)"
            )
        )
    cancel = threading.Event()
    try:
        if args.device:
            device = signin.start_device()
            print(
                Cli.tr("To sign in, open {uri} and enter the code {code}").format(
                    uri=device.verification_uri, code=device.user_code
                )
            )
            if device.verification_uri_complete:
                print(device.verification_uri_complete)
            print(Cli.tr("Waiting for the sign-in…"), file=sys.stderr, flush=True)
            sys.stdout.flush()
            result = signin.finish_device(device, cancel)
        else:

            def show(url: str) -> None:
                print(Cli.tr("Opening your browser to sign in; if it does not open, visit:"))
                print(url, flush=True)

            result = signin.sign_in_browser(cancel, timeout=args.timeout, on_url=show)
    except OAuthError as exc:
        raise CliError(Cli.tr("not signed in: {reason}").format(reason=exc.reason)) from None
    print(
        Cli.tr("Signed in as {user}; the sign-in is kept in: {store}").format(
            user=result.user, store=result.store
        )
    )
    _send_waiting(engine, settings)
    return 0


def _send_waiting(engine: Any, settings: Any) -> None:
    """After a sign-in: send what the outbox kept for it (and anything else queued)."""
    from renewdesk.mail.outbox import Outbox
    from renewdesk.services.outbox_runner import OutboxSender

    run = OutboxSender(settings, Outbox(engine)).after_sign_in()
    if run.report is not None and run.report.sent:
        print(Cli.tr("{n} quote email(s) sent from the outbox").format(n=run.report.sent))
    if run.error:
        print(Cli.tr("not sent: {error}").format(error=run.error), file=sys.stderr)


@command("signout")
def cmd_signout(args: argparse.Namespace) -> int:
    _engine, _settings, signin = _services(args)
    signin.sign_out()
    print(Cli.tr("Signed out: the sign-in is removed from the keyring."))
    return 0
