"""Quote, outbox, automatic-quote and settings sub-commands of ``renewdesk``."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from renewdesk.cli.output import add_json_options, format_table, write_json
from renewdesk.cli.registry import Cli, CliError, command
from renewdesk.cli.wiring import as_of, engine_for, quote_service
from renewdesk.i18n import QT_TRANSLATE_NOOP


def add_quote_subcommands(sub: Any) -> None:
    p = sub.add_parser("quote", help=Cli.tr("create a quote, buy one, or write its PDF"))
    qsub = p.add_subparsers(dest="quote_command", metavar="ACTION", required=True)
    c = qsub.add_parser("create", help=Cli.tr("build, check and save or send one quote"))
    c.add_argument("subscription_ids", nargs="+", metavar="SUB_ID")
    c.add_argument("--recipient", action="append", default=[], metavar="EMAIL")
    c.add_argument("--seats", action="append", default=[], metavar="SUB=N")
    c.add_argument("--term", action="append", default=[], metavar="SUB=TERM")
    c.add_argument(
        "--lang",
        dest="quote_lang",
        choices=["en", "sv"],
        help=Cli.tr("language of the quote (default: the customer's country's)"),
    )
    c.add_argument("--pdf", type=Path, metavar="OUT.pdf", help=Cli.tr("also write the PDF here"))
    how = c.add_mutually_exclusive_group()
    how.add_argument("--send", action="store_true", help=Cli.tr("send by email through the outbox"))
    how.add_argument(
        "--eml", type=Path, metavar="OUT.eml", help=Cli.tr("write an unsent email draft")
    )
    how.add_argument(
        "--draft", action="store_true", help=Cli.tr("save as a draft only (the default)")
    )
    c.add_argument(
        "--turn-off-auto-renew",
        action="store_true",
        help=Cli.tr(
            "turn off auto-renew where the quote needs it (AUTO_RENEW_MUST_BE_OFF), "
            "as the review's one-click fix does"
        ),
    )
    b = qsub.add_parser("buy", help=Cli.tr("record that the customer bought a sent quote"))
    b.add_argument("number")
    d = qsub.add_parser("pdf", help=Cli.tr("write a quote's PDF"))
    d.add_argument("number")
    d.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    p = sub.add_parser("quotes", help=Cli.tr("list every quote"))
    add_json_options(p)

    p = sub.add_parser("outbox", help=Cli.tr("list queued and failed email, or send it now"))
    p.add_argument("action", nargs="?", choices=["send"], help=Cli.tr("send what is due now"))

    p = sub.add_parser("auto-quotes", help=Cli.tr("make the automatic quotes due today"))
    p.add_argument("--today", help=Cli.tr("run as of this date (YYYY-MM-DD)"))

    p = sub.add_parser("config", help=Cli.tr("show or change the settings"))
    for name, help_text in (
        ("--smtp-host", QT_TRANSLATE_NOOP("Cli", "SMTP server")),
        ("--smtp-port", QT_TRANSLATE_NOOP("Cli", "SMTP port")),
        ("--smtp-user", QT_TRANSLATE_NOOP("Cli", "SMTP user name")),
        ("--sender", QT_TRANSLATE_NOOP("Cli", "From address of quote emails")),
        ("--company-name", QT_TRANSLATE_NOOP("Cli", "your company, printed on quotes")),
        ("--your-name", QT_TRANSLATE_NOOP("Cli", "your name, printed on quotes")),
        ("--email", QT_TRANSLATE_NOOP("Cli", "your email, printed on quotes")),
        ("--phone", QT_TRANSLATE_NOOP("Cli", "your phone, printed on quotes")),
        ("--quote-validity-days", QT_TRANSLATE_NOOP("Cli", "days a quote is valid")),
        (
            "--language",
            QT_TRANSLATE_NOOP("Cli", "window and quote language: en, sv or empty for the system's"),
        ),
    ):
        p.add_argument(name, help=Cli.tr(help_text))
    for name, dest, help_text in (  # the Settings profile: signs and names the quote email
        (
            "--profile-name",
            "your_name",
            QT_TRANSLATE_NOOP("Cli", "your name (email From, signature)"),
        ),
        ("--profile-company", "company_name", QT_TRANSLATE_NOOP("Cli", "your company (signature)")),
        ("--profile-phone", "phone", QT_TRANSLATE_NOOP("Cli", "your phone (signature)")),
        ("--profile-email", "email", QT_TRANSLATE_NOOP("Cli", "your email (Reply-To, signature)")),
    ):
        p.add_argument(name, dest=dest, help=Cli.tr(str(help_text)))
    p.add_argument("--smtp-security", choices=["none", "starttls", "ssl"])
    p.add_argument("--automatic-quotes", choices=["on", "off"])
    p.add_argument("--pdf-page-size", choices=["auto", "A4", "Letter"])
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=Cli.tr("read the SMTP password from standard input"),
    )
    from renewdesk.cli.signin import add_oauth_config_options

    add_oauth_config_options(p)


def _pairs(values: Iterable[str], option: str, convert: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for value in values:
        key, sep, raw = value.partition("=")
        if not sep or not key.strip() or not raw.strip():
            raise CliError(f"{option} {value!r}: " + Cli.tr("write it as SUB_ID=VALUE"))
        try:
            result[key.strip()] = convert(raw.strip())
        except ValueError:
            raise CliError(
                f"{option} {value!r}: " + Cli.tr("{raw} is not valid here").format(raw=raw)
            ) from None
    return result


def _quote_service(args: argparse.Namespace) -> Any:
    return quote_service(engine_for(args))


def _print_blocked(exc: Any) -> int:
    from renewdesk.messages import sentence

    for finding in exc.preview.blocking:
        print(f"{finding.code}: {sentence(finding)}", file=sys.stderr)
    return 2


def _money(amount: Any, currency: str, language: str = "en") -> str:
    from renewdesk.pdf.formatting import money

    return money(amount, currency, language)


@command("quote")
def cmd_quote(args: argparse.Namespace) -> int:
    from renewdesk.quotes.errors import QuoteBlockedError, QuoteError

    try:
        if args.quote_command == "create":
            return _create(args)
        service = _quote_service(args)
        if args.quote_command == "buy":
            quote = service.buy(args.number)
            print(
                Cli.tr("{number} ordered: {n} subscription(s) renewed").format(
                    number=quote.number, n=len(quote.lines)
                )
            )
            return 0
        pdf = service.pdf(args.number)
        try:
            args.output.write_bytes(pdf)
        except OSError as exc:
            raise CliError(f"{args.output}: {exc.strerror or exc}") from None
        print(args.output)
        return 0
    except QuoteBlockedError as exc:
        return _print_blocked(exc)
    except QuoteError as exc:
        raise CliError(str(exc)) from None


def _create(args: argparse.Namespace) -> int:
    from renewdesk.domain import Term

    seats = _pairs(args.seats, "--seats", int)
    terms = _pairs(args.term, "--term", lambda v: Term(v.lower().replace("-", "_")))
    delivery = "email" if args.send else "eml" if args.eml else None
    if delivery is None and args.pdf and not args.draft:
        delivery = "pdf"
    service = _quote_service(args)
    if args.turn_off_auto_renew:
        request = service.request(
            args.subscription_ids, seats=seats, terms=terms, recipients=args.recipient
        )
        needed = service.preview(request).auto_renew_must_be_off
        if needed:
            service.turn_off_auto_renew(needed)
            print(
                Cli.tr("auto-renew turned off for {ids}").format(ids=", ".join(needed)),
                file=sys.stderr,
            )
    result = service.create_and_send(
        args.subscription_ids,
        recipients=args.recipient,
        seats=seats,
        terms=terms,
        delivery=delivery,
        pdf_path=args.pdf,
        eml_target=args.eml,
        language=args.quote_lang or "",  # "": the customer's (Swedish for SE)
    )
    print(result.number)
    from renewdesk.cli.expiry import expiry_warning_line

    warning = expiry_warning_line(result.quote)
    if warning:
        print(warning, file=sys.stderr)
    total = _money(result.total, result.currency, result.quote.language)
    note = Cli.tr("{status}, expires {expires}, total {total}").format(
        status=result.quote.status, expires=result.expires.isoformat(), total=total
    )
    if result.queued:
        note += "; " + Cli.tr("queued in the outbox: {error}").format(
            error=result.delivery_error or Cli.tr("not sent yet")
        )
    elif result.delivered:
        note += "; " + Cli.tr("sent")
    print(note, file=sys.stderr)
    return 0


@command("quotes")
def cmd_quotes(args: argparse.Namespace) -> int:
    quotes = _quote_service(args).list_quotes()
    if args.format == "json":
        rows = [
            {
                "number": q.number,
                "status": str(q.status),
                "customer_csn": q.customer.csn,
                "customer": q.customer.company_name,
                "currency": q.currency,
                "total": str(q.total),
                "created": q.created.isoformat(timespec="seconds"),
                "expires": q.expires.isoformat(),
                "origin": str(q.origin),
                "created_by": q.created_by,
                "sent_by": q.sent_by,
                "subscriptions": [line.subscription_id for line in q.lines],
            }
            for q in quotes
        ]
        write_json(rows, pretty=args.pretty)
        return 0
    header = (
        Cli.tr("Number"),
        Cli.tr("Status"),
        Cli.tr("Customer"),
        Cli.tr("Total"),
        Cli.tr("Created"),
        Cli.tr("Expires"),
        Cli.tr("Origin"),
        Cli.tr("Made by"),
        Cli.tr("Sent by"),
    )
    table = [
        (
            q.number,
            str(q.status),
            f"{q.customer.csn} {q.customer.company_name}"[:40],
            _money(q.total, q.currency),
            q.created.date().isoformat(),
            q.expires.isoformat(),
            str(q.origin),
            q.created_by,
            q.sent_by,
        )
        for q in quotes
    ]
    print(format_table(header, table))
    print(Cli.tr("{n} quotes").format(n=len(quotes)))
    return 0


@command("outbox")
def cmd_outbox(args: argparse.Namespace) -> int:
    from renewdesk.domain import OutboxStatus
    from renewdesk.mail.outbox import Outbox
    from renewdesk.store.outbox_repo import sender_of

    engine = engine_for(args)
    outbox = Outbox(engine)
    if args.action == "send":
        from renewdesk.services.quote_service import default_now

        now = default_now()
        outbox.recover_interrupted(now)
        # Asked to send now: this admin's messages waiting out their retry delay go too
        # (another admin's wait for that admin: they go through that admin's account).
        mine = sender_of(engine)
        for message in outbox.list([OutboxStatus.QUEUED]):
            if mine is None or message.queued_by == mine:
                outbox.retry_now(message.id, now)
        error = quote_service(engine, outbox).deliver_outbox(now)
        if error:
            print(Cli.tr("not sent: {error}").format(error=error), file=sys.stderr)
    waiting = outbox.list([OutboxStatus.QUEUED, OutboxStatus.SENDING, OutboxStatus.FAILED])
    header = (
        Cli.tr("Id"),
        Cli.tr("Quote"),
        Cli.tr("Status"),
        Cli.tr("Attempts"),
        Cli.tr("Recipients"),
        Cli.tr("Queued by"),
        Cli.tr("Last error"),
    )
    rows = [
        (
            str(m.id),
            m.quote_number,
            str(m.status),
            str(m.attempts),
            ", ".join(m.recipients),
            m.queued_by,
            m.last_error[:60],
        )
        for m in waiting
    ]
    if rows:
        print(format_table(header, rows))
    print(Cli.tr("{n} message(s) waiting").format(n=len(waiting)))
    return 2 if args.action == "send" and waiting and error else 0


@command("auto-quotes")
def cmd_auto_quotes(args: argparse.Namespace) -> int:
    from renewdesk.services.auto_quotes import AutoQuoteService

    engine = engine_for(args)
    report = AutoQuoteService(engine, quote_service(engine)).run(as_of(args))
    if report.disabled:
        print(Cli.tr("Automatic quotes are turned off in the settings."))
        return 0
    if report.elsewhere:  # the daily job runs in one client at a time
        print(
            Cli.tr("another RenewDesk client is making the automatic quotes now: none made here"),
            file=sys.stderr,
        )
        return 0
    if report.missing:  # not the day's run: the next one makes them once this is set
        options = " ".join(
            {"sender": "--sender EMAIL", "smtp_host": "--smtp-host HOST"}[m] for m in report.missing
        )
        raise CliError(
            Cli.tr(
                "no automatic quotes were made for %n due subscription(s): "
                "set {options} with renewdesk config",
                "",
                len(report.considered),
            ).format(options=options)
        )
    for number in report.created:
        print(number)
    for skipped in report.skipped:
        detail = f" ({skipped.detail})" if skipped.detail else ""
        print(
            Cli.tr("skipped {sub}: {reason}").format(
                sub=skipped.subscription_id, reason=_skip_reason(skipped.reason)
            )
            + detail,
            file=sys.stderr,
        )
    if report.delivery_error:
        print(
            Cli.tr("queued in the outbox: {error}").format(error=report.delivery_error),
            file=sys.stderr,
        )
    print(
        Cli.tr("%n automatic quote(s) made as of {day}", "", len(report.created)).format(
            day=report.run_date.isoformat()
        ),
        file=sys.stderr,
    )
    return 0


_CONFIG_FIELDS = {
    "smtp_host": "smtp_host",
    "smtp_port": "smtp_port",
    "smtp_security": "smtp_security",
    "smtp_user": "smtp_user",
    "sender": "sender",
    "company_name": "company_name",
    "your_name": "your_name",
    "email": "email",
    "phone": "phone",
    "quote_validity_days": "quote_validity_days",
    "language": "language",
    "automatic_quotes": "automatic_quotes",
    "pdf_page_size": "pdf_page_size",
}


@command("config")
def cmd_config(args: argparse.Namespace) -> int:
    import dataclasses

    from renewdesk.secrets import probe_secret_store
    from renewdesk.services.settings_service import SettingsError, SettingsService

    service = SettingsService(engine_for(args), probe_secret_store())
    current = service.load()
    changes: dict[str, Any] = {}
    for option, field in _CONFIG_FIELDS.items():
        value = getattr(args, option)
        if value is None:
            continue
        if field in ("smtp_port", "quote_validity_days"):
            try:
                value = int(value)
            except ValueError:
                raise CliError(
                    f"--{option.replace('_', '-')} {value!r}: " + Cli.tr("not a whole number")
                ) from None
        elif field == "automatic_quotes":
            value = value == "on"
        changes[field] = value
    from renewdesk.cli.signin import oauth_changes, print_oauth_config, save_client_secret

    oauth_changes(args, current, changes)
    try:
        if changes:
            current = service.save(dataclasses.replace(current, **changes))
        save_client_secret(args, service, current)
        if args.password_stdin:
            if not service.secret_store.persistent:
                raise CliError(
                    Cli.tr(
                        "no OS keyring is available, so the password cannot be kept; "
                        "the window asks for it once per session"
                    )
                )
            password = (
                sys.stdin.readline().rstrip("\r\n") if not sys.stdin.isatty() else getpass.getpass()
            )
            service.set_password(password, current)
    except SettingsError as exc:
        problems = "; ".join(f"--{k.replace('_', '-')}: {v}" for k, v in exc.errors.items())
        raise CliError(problems) from None
    for field in _CONFIG_FIELDS.values():
        print(f"{field.replace('_', '-')}: {getattr(current, field)}")
    has_password = bool(service.get_password(current))
    print(
        Cli.tr("password: {state} ({store})").format(
            state=Cli.tr("stored") if has_password else Cli.tr("not set"),
            store=service.secret_store.description,
        )
    )
    print_oauth_config(service, current)
    return 0


def _skip_reason(reason: str) -> str:
    """Why an automatic quote was not made, in words (the report holds a code)."""
    return {
        "no_buyer_email": Cli.tr("no buyer email"),
        "invalid_buyer_email": Cli.tr("invalid buyer email"),
        "price_missing": Cli.tr("no price"),
        "blocked": Cli.tr("blocked by the rules"),
        "not_sent": Cli.tr("not sent"),
        "failed": Cli.tr("the quote could not be made"),
    }.get(reason, reason)
