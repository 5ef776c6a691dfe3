"""RenewDesk: renew software subscriptions by quote, offline."""

__version__ = "0.1.0"
