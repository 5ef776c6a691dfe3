"""The settings the Settings dialog and ``renewdesk config`` edit: load, validate, save.

Plain values live in the cache's ``settings`` table under dotted keys
(``smtp.host``); the SMTP password goes to the :class:`~renewdesk.secrets.SecretStore`
only. A stored value that no longer parses falls back to its default instead of
breaking start-up.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import Engine

from renewdesk.domain import PAGE_SIZE_CHOICES, Seller
from renewdesk.i18n import translate
from renewdesk.mail.smtp import DEFAULT_PORTS, Security, SmtpSettings
from renewdesk.rules import default_limits
from renewdesk.secrets import SecretStore, smtp_account
from renewdesk.store.repositories import SettingsRepository

LANGUAGES = ("", "en", "sv")  # "" = follow the system
SMTP_TIMEOUT_S = 30.0


def _default_validity() -> int:
    return default_limits().validity_days


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Everything in Settings except the password."""

    company_name: str = ""
    your_name: str = ""
    email: str = ""
    phone: str = ""
    smtp_host: str = ""
    smtp_port: int = DEFAULT_PORTS[Security.STARTTLS]
    smtp_security: str = Security.STARTTLS.value
    smtp_user: str = ""
    sender: str = ""
    language: str = ""
    quote_validity_days: int = field(default_factory=_default_validity)
    automatic_quotes: bool = True
    pdf_page_size: str = "auto"

    @property
    def smtp_configured(self) -> bool:
        return bool(self.smtp_host and self.sender)

    def seller(self) -> Seller:
        """The profile as the quote PDF's "Prepared by" block."""
        return Seller(self.company_name, self.your_name, self.email, self.phone)


# field name -> settings key; the order is the order `renewdesk config` shows them in
KEYS: dict[str, str] = {
    "company_name": "profile.company_name",
    "your_name": "profile.name",
    "email": "profile.email",
    "phone": "profile.phone",
    "smtp_host": "smtp.host",
    "smtp_port": "smtp.port",
    "smtp_security": "smtp.security",
    "smtp_user": "smtp.user",
    "sender": "smtp.sender",
    "language": "ui.language",
    "quote_validity_days": "quotes.validity_days",
    "automatic_quotes": "quotes.automatic",
    "pdf_page_size": "pdf.page_size",
}


class SettingsError(ValueError):
    """One or more fields are invalid; ``errors`` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{name}: {text}" for name, text in self.errors.items()))


def _email_error(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        text = translate("SettingsService", "{value} is not a valid email address: {why}")
        return text.format(value=value, why=exc)
    return ""


def validate(settings: AppSettings) -> dict[str, str]:
    """Field name -> what is wrong with it; empty when every field is valid."""
    errors: dict[str, str] = {}
    if not 1 <= settings.smtp_port <= 65535:
        errors["smtp_port"] = translate(
            "SettingsService", "The port must be a number from 1 to 65535."
        )
    if settings.smtp_security not in {s.value for s in Security}:
        errors["smtp_security"] = translate(
            "SettingsService", "Security must be none, starttls or ssl."
        )
    if any(ch.isspace() for ch in settings.smtp_host) or "/" in settings.smtp_host:
        errors["smtp_host"] = translate(
            "SettingsService", "The server name must be a host name, such as smtp.example.com."
        )
    for name in ("sender", "email"):
        value = getattr(settings, name)
        if value and (problem := _email_error(value)):
            errors[name] = problem
    if settings.language not in LANGUAGES:
        errors["language"] = translate(
            "SettingsService", "The language must be en or sv (or empty for the system's)."
        )
    if not 1 <= settings.quote_validity_days <= 365:
        errors["quote_validity_days"] = translate(
            "SettingsService", "A quote is valid for 1 to 365 days."
        )
    if settings.pdf_page_size not in PAGE_SIZE_CHOICES:
        errors["pdf_page_size"] = translate(
            "SettingsService", "The page size must be auto, A4 or Letter."
        )
    return errors


def _to_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _parse(text: str, default: object) -> object:
    if isinstance(default, bool):
        return text.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(text.strip())
    return text


class SettingsService:
    """Load and save :class:`AppSettings`; keep the SMTP password in the secret store."""

    def __init__(self, engine: Engine, secrets: SecretStore) -> None:
        self._repo = SettingsRepository(engine)
        self._secrets = secrets

    @property
    def secret_store(self) -> SecretStore:
        return self._secrets

    def load(self) -> AppSettings:
        """The saved settings; a missing or unreadable value takes its default."""
        stored = self._repo.all()
        defaults = AppSettings()
        values: dict[str, object] = {}
        for name, key in KEYS.items():
            if key not in stored:
                continue
            try:
                values[name] = _parse(stored[key], getattr(defaults, name))
            except ValueError:
                continue  # e.g. a port that is not a number: keep the default
        loaded = dataclasses.replace(defaults, **values)  # type: ignore[arg-type]
        # A value edited outside the app may be out of range: fall back field by field.
        bad = validate(loaded)
        if bad:
            loaded = dataclasses.replace(
                loaded, **{n: getattr(defaults, n) for n in bad if n in KEYS}
            )
        return loaded

    def save(self, settings: AppSettings) -> AppSettings:
        """Validate and store every field (one transaction); returns what was stored.

        Raises :class:`SettingsError` naming each invalid field; nothing is saved then.
        """
        cleaned = dataclasses.replace(
            settings,
            **{
                f.name: getattr(settings, f.name).strip()
                for f in dataclasses.fields(settings)
                if isinstance(getattr(settings, f.name), str)
            },
        )
        errors = validate(cleaned)
        if errors:
            raise SettingsError(errors)
        self._repo.set_many({key: _to_text(getattr(cleaned, name)) for name, key in KEYS.items()})
        return cleaned

    def _account(self, settings: AppSettings | None = None) -> str | None:
        current = settings or self.load()
        if not current.smtp_user or not current.smtp_host:
            return None
        return smtp_account(current.smtp_user, current.smtp_host)

    def set_password(self, password: str, settings: AppSettings | None = None) -> None:
        """Keep the SMTP password for the saved (or given) user and host in the secret store."""
        account = self._account(settings)
        if account is None:
            raise SettingsError(
                {
                    "smtp_user": translate(
                        "SettingsService",
                        "Enter the SMTP server and user name before the password.",
                    )
                }
            )
        if password:
            self._secrets.set_password(account, password)
        else:
            self._secrets.delete_password(account)

    def get_password(self, settings: AppSettings | None = None) -> str | None:
        """The SMTP password, or ``None`` when there is no user or none is stored."""
        account = self._account(settings)
        return self._secrets.get_password(account) if account else None

    def delete_password(self, settings: AppSettings | None = None) -> None:
        account = self._account(settings)
        if account:
            self._secrets.delete_password(account)

    def smtp_settings(self, settings: AppSettings | None = None) -> SmtpSettings:
        """What :mod:`renewdesk.mail.smtp` needs; raises :class:`SettingsError` if unset."""
        current = settings or self.load()
        if not current.smtp_configured:
            raise SettingsError(
                {
                    "smtp_host": translate(
                        "SettingsService",
                        "Sending by email needs an SMTP server and a sender address.",
                    )
                }
            )
        return SmtpSettings(
            host=current.smtp_host,
            port=current.smtp_port,
            security=Security(current.smtp_security),
            user=current.smtp_user,
            sender=current.sender,
            timeout=SMTP_TIMEOUT_S,
        )
