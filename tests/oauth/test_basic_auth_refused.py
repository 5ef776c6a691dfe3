"""Microsoft 365's "550 5.7.30 Basic authentication is not supported" on a password setup."""

from __future__ import annotations

from typing import Any

import pytest

from renewdesk.mail.smtp import BasicAuthDisabledError, send_message, test_connection
from tests.mail.conftest import SmtpServer

ANSWER = "550 5.7.30 Basic authentication is not supported for Client Submission"


@pytest.fixture
def tenant_without_basic_auth(smtp_server: SmtpServer) -> SmtpServer:
    from aiosmtpd.smtp import AuthResult

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        return AuthResult(success=False, handled=False, message=ANSWER)

    smtp_server.options = {"authenticator": authenticator, "auth_require_tls": False}
    smtp_server.start()
    return smtp_server


def test_test_connection_explains_that_the_tenant_turned_off_password_sign_in(
    tenant_without_basic_auth: SmtpServer,
) -> None:
    settings = tenant_without_basic_auth.settings(user="admin@contoso.example")
    with pytest.raises(BasicAuthDisabledError) as caught:
        test_connection(settings, "correct horse")
    text = str(caught.value.reason)
    assert "5.7.30" in text
    assert "Microsoft 365" in text and "Open in mail app" in text
    assert caught.value.affects_all and not caught.value.temporary


def test_sending_fails_with_the_same_explanation(tenant_without_basic_auth: SmtpServer) -> None:
    settings = tenant_without_basic_auth.settings(user="admin@contoso.example")
    with pytest.raises(BasicAuthDisabledError, match="turned off password"):
        send_message(settings, "pw", b"Subject: x\r\n\r\nx\r\n", ["a@b.example"])
    assert tenant_without_basic_auth.handler.received == []
