"""Time the renewal forecast and the planning page at 100,000 subscriptions.

Run: ``python tests/perf/bench_planning.py [ROWS]`` from a checkout.
The bars (issue 14): the forecast under 0.5 s, the page open under 1 s. The
baseline line is the bare SQL read of the same rows (``fetchall``), the floor
any forecast over the cache pays.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from renewdesk.store.engine import open_cache
from renewdesk.store.models import CustomerRow, PriceRow, RenewalPlanRow, SubscriptionRow

TODAY = date(2026, 11, 20)
CURRENCIES = ["USD", "EUR", "SEK", "GBP"]
TERMS = ["monthly", "annual", "three_year"]
STAGES = ["not-started", "in-progress", "quoted", "ordered", "will-not-renew"]


def fill(path: Path, n: int) -> None:
    engine = open_cache(path)
    rnd = random.Random(14)
    with engine.begin() as conn:
        conn.execute(
            CustomerRow.__table__.insert(),
            [{"csn": f"{5100000000 + i}"} for i in range(1, 2001)],
        )
        conn.execute(
            PriceRow.__table__.insert(),
            [
                {
                    "offering_code": f"OC{o:04d}",
                    "term": t,
                    "currency": c,
                    "unit_price": Decimal(rnd.randint(1000, 900000)) / 100,
                }
                for o in range(1, 281)  # 20 of 300 offerings have no price
                for t in TERMS
                for c in CURRENCIES
            ],
        )
        subs = []
        for i in range(n):
            renewal = TODAY + timedelta(days=rnd.randint(-120, 800))
            subs.append(
                {
                    "subscription_id": f"{100000000 + i}",
                    "contract_number": "",
                    "product_name": "Product",
                    "offering_code": f"OC{rnd.randint(1, 300):04d}",
                    "offering_type": rnd.choice(["standard"] * 8 + ["flex", "success_plan"]),
                    "customer_csn": f"{5100000000 + rnd.randint(1, 2000)}",
                    "partner_csn": None,
                    "currency": rnd.choice(CURRENCIES),
                    "payment_method": "invoice",
                    "term": rnd.choice(TERMS),
                    "seats": rnd.randint(1, 500),
                    "start_date": renewal - timedelta(days=365),
                    "renewal_date": renewal,
                    "status": rnd.choice(["active"] * 6 + ["expired", "suspended", "canceled"]),
                    "auto_renew": rnd.random() < 0.3,
                    "team": "",
                }
            )
        conn.execute(SubscriptionRow.__table__.insert(), subs)
        conn.execute(
            RenewalPlanRow.__table__.insert(),
            [
                {
                    "subscription_id": s["subscription_id"],
                    "stage": rnd.choice(STAGES),
                    "owner": "Anna",
                    "note": "",
                    "updated": TODAY,
                }
                for s in subs[: n // 5]
            ],
        )
    engine.dispose()


def best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(n: int) -> None:
    from renewdesk.services.planning_service import PlanningService

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        fill(path, n)
        engine = open_cache(path)
        planning = PlanningService(engine)

        def bare() -> None:
            with engine.begin() as conn:
                conn.exec_driver_sql(
                    "SELECT subscription_id, currency, seats, renewal_date FROM subscriptions"
                ).fetchall()

        floor = best(bare)
        forecast = best(lambda: planning.forecast(TODAY, 12))
        long = best(lambda: planning.forecast(TODAY, 24))
        cells = planning.forecast(TODAY, 12).cells
        print(f"{n} subscriptions, {len(cells)} forecast rows")
        print(f"baseline: bare read of {n} rows   {floor * 1000:7.1f} ms")
        print(f"forecast 12 months                {forecast * 1000:7.1f} ms  (bar 500 ms)")
        print(f"forecast 24 months                {long * 1000:7.1f} ms")

        from PySide6.QtWidgets import QApplication

        from renewdesk.ui.context import UiContext  # noqa: F401  (imported before timing)
        from renewdesk.ui.planning_page import PlanningPage
        from renewdesk.ui.task_runner import TaskRunner

        app = QApplication.instance() or QApplication([])

        class Ctx:
            def __init__(self) -> None:
                self.planning = planning

            def today(self) -> date:
                return TODAY

        def open_page() -> None:
            runner = TaskRunner(None, synchronous=True)
            page = PlanningPage(Ctx(), runner)  # type: ignore[arg-type]
            page.resize(1280, 800)
            page.show()
            page.reload()
            app.processEvents()
            page.chart.grab()  # the chart is painted
            assert page.model.rowCount() > 0
            page.close()
            page.deleteLater()
            app.processEvents()

        opened = best(open_page)
        print(
            f"planning page open (forecast, table, chart painted) {opened * 1000:7.1f} ms  (bar 1000 ms)"
        )
        engine.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
