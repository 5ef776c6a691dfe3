"""The settings the Settings dialog and ``renewdesk config`` edit: load, validate, save.

Plain values live in the cache's ``settings`` table under dotted keys
(``smtp.host``); the SMTP password goes to the :class:`~renewdesk.secrets.SecretStore`
only. A stored value that no longer parses falls back to its default instead of
breaking start-up.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from sqlalchemy import Engine

from renewdesk.domain import PAGE_SIZE_CHOICES, Seller
from renewdesk.i18n import LANGUAGE_SETTING, translate
from renewdesk.mail.oauth import SMTP_SERVERS, OAuthConfig, Provider, preset_endpoints
from renewdesk.mail.smtp import DEFAULT_PORTS, Security, SmtpSettings
from renewdesk.rules import default_limits
from renewdesk.secrets import SecretStore, smtp_account
from renewdesk.store.repositories import SettingsRepository
from renewdesk.value_labels import field_label

LANGUAGES = ("", "en", "sv")  # "" = follow the system
AUTH_METHODS = ("password", "oauth2")
OAUTH_URL_FIELDS = (
    "oauth_authorize_url",
    "oauth_token_url",
    "oauth_device_url",
    "oauth_revoke_url",
)
_TENANT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,99}")
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
    # How to sign in to the SMTP server: "password" or "oauth2" (issue 11). With oauth2
    # the user name is the mailbox, and only the refresh token goes to the secret store.
    smtp_auth: str = "password"
    oauth_provider: str = Provider.MICROSOFT.value
    oauth_client_id: str = ""
    oauth_tenant: str = ""  # Microsoft only; empty: "organizations"
    oauth_authorize_url: str = ""  # empty: the preset's
    oauth_token_url: str = ""
    oauth_device_url: str = ""
    oauth_revoke_url: str = ""
    oauth_scope: str = ""  # space-separated; empty: the preset's

    @property
    def uses_oauth(self) -> bool:
        return self.smtp_auth == "oauth2"

    @property
    def from_address(self) -> str:
        """The From of quote emails: the sender, else (signed in) the mailbox itself."""
        return self.sender or (self.smtp_user if self.uses_oauth else "")

    @property
    def smtp_configured(self) -> bool:
        return bool(self.smtp_host and self.from_address)

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
    "language": LANGUAGE_SETTING,
    "quote_validity_days": "quotes.validity_days",
    "automatic_quotes": "quotes.automatic",
    "pdf_page_size": "pdf.page_size",
    "smtp_auth": "smtp.auth",
    "oauth_provider": "oauth.provider",
    "oauth_client_id": "oauth.client_id",
    "oauth_tenant": "oauth.tenant",
    "oauth_authorize_url": "oauth.authorize_url",
    "oauth_token_url": "oauth.token_url",
    "oauth_device_url": "oauth.device_url",
    "oauth_revoke_url": "oauth.revoke_url",
    "oauth_scope": "oauth.scope",
}


class SettingsError(ValueError):
    """One or more fields are invalid; ``errors`` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        # Field labels ("Server"), not field names (smtp_host): the text reaches the window.
        super().__init__("; ".join(f"{field_label(n)}: {text}" for n, text in self.errors.items()))


def _email_error(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        text = translate("SettingsService", "{value} is not a valid email address: {why}")
        return text.format(value=value, why=exc)
    return ""


def _url_error(value: str) -> str:
    """An endpoint must be https (plain http only on this computer, for testing)."""
    from urllib.parse import urlsplit

    parts = urlsplit(value)
    loopback = parts.hostname in {"127.0.0.1", "localhost", "::1"}
    if (parts.scheme == "https" and parts.hostname) or (parts.scheme == "http" and loopback):
        return ""
    return translate("SettingsService", "{value} is not an https:// address.").format(value=value)


def _oauth_errors(settings: AppSettings, complete: bool) -> dict[str, str]:
    errors: dict[str, str] = {}
    if settings.smtp_auth not in AUTH_METHODS:
        errors["smtp_auth"] = translate(
            "SettingsService", "The sign-in method must be password or oauth2."
        )
    if settings.oauth_provider not in {p.value for p in Provider}:
        errors["oauth_provider"] = translate(
            "SettingsService", "The provider must be microsoft, google or custom."
        )
    if settings.oauth_tenant and not _TENANT.fullmatch(settings.oauth_tenant):
        errors["oauth_tenant"] = translate(
            "SettingsService",
            "The tenant is a domain or directory id, such as contoso.onmicrosoft.com.",
        )
    for name in OAUTH_URL_FIELDS:
        value = getattr(settings, name)
        if value and (problem := _url_error(value)):
            errors[name] = problem
    if not complete or not settings.uses_oauth or "smtp_auth" in errors:
        return errors
    if not settings.smtp_user:
        errors["smtp_user"] = translate(
            "SettingsService", "Signing in needs the mailbox address as the user name."
        )
    elif problem := _email_error(settings.smtp_user):
        errors["smtp_user"] = problem
    if not settings.oauth_client_id:
        errors["oauth_client_id"] = translate(
            "SettingsService", "Signing in needs the client id of your app registration."
        )
    if settings.oauth_provider == Provider.CUSTOM.value:
        for name in ("oauth_authorize_url", "oauth_token_url"):
            if not getattr(settings, name):
                errors.setdefault(
                    name,
                    translate("SettingsService", "Another provider needs this address."),
                )
    return errors


def validate(settings: AppSettings, *, complete: bool = True) -> dict[str, str]:
    """Field name -> what is wrong with it; empty when every field is valid.

    ``complete=False`` checks each value alone (loading), not what sign-in needs.
    """
    errors: dict[str, str] = _oauth_errors(settings, complete)
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
    if complete:  # a longer value stored before the limits is kept until it is edited
        errors.update(_length_errors(settings))
    return errors


# The profile printed on every quote, by its longest length ([fields] in limits.toml).
PROFILE_LENGTHS = {"company_name": "company_name", "your_name": "your_name", "phone": "phone"}


def _length_errors(settings: AppSettings) -> dict[str, str]:
    limits = default_limits()
    errors: dict[str, str] = {}
    for name, field_name in PROFILE_LENGTHS.items():
        value, limit = getattr(settings, name), limits.max_length(field_name)
        if len(value) > limit:
            errors[name] = translate(
                "SettingsService", "At most {limit} characters ({count} given)."
            ).format(limit=f"{limit:,}", count=f"{len(value):,}")
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
        bad = validate(loaded, complete=False)
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
            sender=current.from_address,
            timeout=SMTP_TIMEOUT_S,
            auth=current.smtp_auth,
        )

    # ---- OAuth 2.0 (issue 11) ----------------------------------------------------------

    def oauth_config(self, settings: AppSettings | None = None) -> OAuthConfig:
        """The provider to sign in with: the preset's endpoints unless set explicitly.

        Raises :class:`SettingsError` when sign-in is not set up (or not complete).
        """
        current = settings or self.load()
        errors = validate(current)
        if not current.uses_oauth:
            errors["smtp_auth"] = translate(
                "SettingsService", "Sign-in with OAuth 2.0 is not chosen in the settings."
            )
        if errors:
            raise SettingsError(errors)
        provider = Provider(current.oauth_provider)
        preset = preset_endpoints(provider, current.oauth_tenant)
        values = {
            name: getattr(current, "oauth_" + name) or preset.get(name, "")
            for name in ("authorize_url", "token_url", "device_url", "revoke_url", "scope")
        }
        return OAuthConfig(
            provider=provider,
            client_id=current.oauth_client_id,
            client_secret=self.get_client_secret(current) or "",
            redirect_host=_redirect_host(values["authorize_url"]),
            **values,
        )

    def _client_account(self, settings: AppSettings) -> str | None:
        client = settings.oauth_client_id.strip()
        return f"oauth-client:{client}" if client else None

    def set_client_secret(self, secret: str, settings: AppSettings | None = None) -> None:
        """Keep the app registration's client secret (optional) in the secret store."""
        current = settings or self.load()
        account = self._client_account(current)
        if account is None:
            raise SettingsError(
                {
                    "oauth_client_id": translate(
                        "SettingsService", "Enter the client id before the client secret."
                    )
                }
            )
        if secret:
            self._secrets.set_password(account, secret)
        else:
            self._secrets.delete_password(account)

    def get_client_secret(self, settings: AppSettings | None = None) -> str | None:
        account = self._client_account(settings or self.load())
        return self._secrets.get_password(account) if account else None


def _redirect_host(authorize_url: str) -> str:
    """RFC 8252's ``127.0.0.1``, except for Entra ID, whose apps register ``http://localhost``.

    Entra ID takes ``127.0.0.1`` only when edited into the app manifest; the loopback
    listener is on 127.0.0.1 either way (``localhost`` resolves to it).
    """
    from urllib.parse import urlsplit

    host = (urlsplit(authorize_url).hostname or "").lower()
    entra = host.startswith("login.microsoftonline.") or host == "login.partner.microsoftonline.cn"
    return "localhost" if entra else "127.0.0.1"


def preset_server(provider: str, current_host: str) -> tuple[str, int, str] | None:
    """The SMTP server a preset fills in, unless the admin has set one of their own."""
    known = {p.value for p in Provider}
    server = SMTP_SERVERS.get(Provider(provider)) if provider in known else None
    if server is None:
        return None
    preset_hosts = {host for host, _port, _security in SMTP_SERVERS.values()}
    if current_host and current_host not in preset_hosts:
        return None
    return server
