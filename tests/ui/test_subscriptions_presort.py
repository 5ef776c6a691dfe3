"""Sorting a large table by a new column: the background orders give the same rows at once."""

from __future__ import annotations

import random
from datetime import date, timedelta

from PySide6.QtCore import Qt

from renewdesk.domain import OfferingType, PaymentMethod, Subscription, SubscriptionStatus, Term
from renewdesk.rules import default_limits
from renewdesk.services.check_service import evaluate
from renewdesk.ui.subscription_rows import Column, index_rows, lean_from_results, sort_orders
from renewdesk.ui.subscriptions_model import SubscriptionFilter, SubscriptionsModel

TODAY = date(2026, 6, 1)


def _results(n: int) -> list:
    rnd = random.Random(3)
    subs = [
        Subscription(
            subscription_id=f"SUB-{i:05d}",
            contract_number=f"C-{rnd.randint(1, 40)}",
            product_name=rnd.choice(["Revit", "maya", "AutoCAD", "Vault"]),
            offering_code="OC1",
            offering_type=rnd.choice(list(OfferingType)),
            customer_csn=f"{5100000000 + rnd.randint(1, 30)}",
            partner_csn="",
            currency=rnd.choice(["USD", "SEK"]),
            payment_method=rnd.choice(list(PaymentMethod)),
            term=rnd.choice(list(Term)),
            seats=rnd.randint(1, 20),
            start_date=TODAY - timedelta(days=300),
            renewal_date=TODAY + timedelta(days=rnd.randint(-60, 200)),
            status=rnd.choice(list(SubscriptionStatus)),
            auto_renew=rnd.random() < 0.5,
        )
        for i in range(n)
    ]
    return evaluate(subs, TODAY, {}, default_limits())


def _shown(model: SubscriptionsModel, column: Column) -> list:
    return [
        model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]


def test_presorted_columns_show_the_rows_a_fresh_sort_shows(qapp) -> None:
    rows, verdicts = lean_from_results(_results(400))
    plain, fast = SubscriptionsModel(), SubscriptionsModel()
    plain.set_rows(rows, TODAY, verdicts=verdicts)
    fast.set_rows(rows, TODAY, verdicts=verdicts)
    orders = sort_orders(rows, index_rows(rows, TODAY, verdicts), verdicts)
    fast.adopt_sort_orders(rows, orders)
    for model in (plain, fast):
        model.set_filter(SubscriptionFilter(currency="SEK"))
    for column in (Column.PRODUCT, Column.SEATS, Column.RENEWAL_DATE, Column.ELIGIBILITY):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            plain.sort(column, order)
            fast.sort(column, order)
            # Equal keys may come in another order; the column itself reads the same.
            assert _shown(fast, column) == _shown(plain, column), (column, order)
    assert fast.rowCount() == plain.rowCount() < len(rows)


def test_orders_of_other_rows_are_not_taken(qapp) -> None:
    (first, first_verdicts), second = lean_from_results(_results(50)), _results(60)
    model = SubscriptionsModel()
    model.set_results(second, TODAY)
    orders = sort_orders(first, index_rows(first, TODAY, first_verdicts), first_verdicts)
    model.adopt_sort_orders(first, orders)  # stale
    model.sort(Column.SEATS, Qt.SortOrder.AscendingOrder)
    shown = _shown(model, Column.SEATS)
    assert len(shown) == 60 and shown == sorted(shown, key=int)
