"""Benchmark a 100-line quote through the service against a bare reportlab document.

Run it as a script (pytest skips this folder)::

    python tests/perf/bench_quotes.py [RUNS]        # RUNS defaults to 11

In one process, over a fresh cache with 100 subscriptions per run, it times

1. ``QuoteService.preview`` of the 100 lines (the review step calls it on every
   edit; goal under 50 ms);
2. ``QuoteService.send(request, "pdf")``: build, check, price, number, render the
   PDF with the real renderer and store it, in one transaction; and the same send
   with a stub renderer (the service's own work: reads, rules, writes, commit);
3. the renderer alone on the same quote (``render_quote_pdf``);
4. the baseline: a bare reportlab ``SimpleDocTemplate`` with one ``Table`` of the
   same 100 rows (the same texts, the same embedded font), nothing else;

and prints the medians and the ratios. Goal: the service's send at most 2x the
bare document in CPU time (this process's, ``time.process_time``); wall-clock
ratios are printed beside it, but on a shared machine they follow whatever else
runs (a run that waits for a CPU is slow on the wall clock, not in CPU time). The
exit status is 1 when a goal is missed.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from renewdesk.domain import Quote
from renewdesk.pdf.quote_pdf import FONT, register_fonts, render_quote_pdf
from renewdesk.services.quote_service import QuoteService
from renewdesk.store.engine import open_cache
from tests.quotes.conftest import Clock, seed_world, static_settings

LINES = 100
PREVIEW_GOAL_S = 0.050
RATIO_GOAL = 2.0


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process, value): CPU time is steadier on a busy box."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def bare_document(quote: Quote) -> bytes:
    """The same 100 rows as plain strings in one reportlab Table, nothing else."""
    register_fonts()  # the same embedded font as the quote (cached after the first call)
    rows = [["#", "Product", "Subscription", "Term", "Seats", "Period", "Unit", "Campaign",
             "Discount", "Total"]]  # fmt: skip
    for i, ln in enumerate(quote.lines, start=1):
        rows.append(
            [
                str(i),
                ln.product_name,
                ln.subscription_id,
                str(ln.term),
                str(ln.seats),
                f"{ln.start_date.isoformat()} – {ln.end_date.isoformat()}",
                str(ln.unit_price),
                ln.campaign_code or "–",
                str(ln.discount),
                str(ln.line_total),
            ]
        )
    weights = [7, 32, 24, 13, 11, 22, 18, 18, 17, 20]
    width = A4[0] - 32 * mm
    table = Table(
        rows,
        colWidths=[width * w / sum(weights) for w in weights],
        repeatRows=1,
        style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7)]),
    )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([table])
    return out.getvalue()


def main(runs: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="renewdesk-bench-"))
    engine = open_cache(folder / "bench.sqlite")
    world = seed_world(engine)
    world.campaign("TEN", "10")
    batches = [world.subs(LINES, prefix=f"R{r:02d}-", seats=5) for r in range(2 * runs + 1)]
    service = QuoteService(
        engine, now=Clock(), settings=static_settings(), deliver_now=lambda now: None
    )
    # The same service with a renderer that returns fixed bytes: the service's own work.
    stub_pdf = b"%PDF-1.4 stub"
    no_render = QuoteService(
        engine,
        now=Clock(),
        settings=static_settings(),
        deliver_now=lambda now: None,
        render_pdf=lambda quote, partner, **kwargs: stub_pdf,
    )
    register_fonts()

    def request(batch: int) -> Any:
        return service.request([s.subscription_id for s in batches[batch]])

    # warm-up: imports, fonts, Babel data, email validator, SQLite pages
    service.send(request(runs), "pdf")
    bare_document(service.preview(request(0)).quote)

    # Interleaved rounds, so a busy machine slows every contender alike.
    times: dict[str, list[tuple[float, float]]] = {
        "preview": [],
        "send": [],
        "own": [],
        "render": [],
        "bare": [],
    }
    quote: Quote | None = None
    for r in range(runs):
        wall, cpu, _ = timed(lambda: service.preview(request(0)))
        times["preview"].append((wall, cpu))
        wall, cpu, result = timed(lambda r=r: service.send(request(r), "pdf"))
        times["send"].append((wall, cpu))
        wall, cpu, _ = timed(lambda r=r: no_render.send(request(runs + 1 + r), "pdf"))
        times["own"].append((wall, cpu))
        sent: Quote = result.quote
        quote = sent
        wall, cpu, _ = timed(lambda q=sent: render_quote_pdf(q, None))
        times["render"].append((wall, cpu))
        wall, cpu, _ = timed(lambda q=sent: bare_document(q))
        times["bare"].append((wall, cpu))
    assert quote is not None
    same = render_quote_pdf(quote, None) == render_quote_pdf(quote, None)
    engine.dispose()

    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    preview, ratio = wall["preview"], cpu["send"] / cpu["bare"]
    print(f"quote of {LINES} lines, median of {runs} interleaved runs   wall ms   CPU ms")
    rows = [
        ("preview", "preview (build, price, every rule)"),
        ("send", "send as PDF through the service"),
        ("own", "  the same with a stub renderer"),
        ("render", "  render_quote_pdf alone"),
        ("bare", "bare reportlab table document"),
    ]
    for key, label in rows:
        print(f"  {label:<38} {wall[key] * 1000:8.1f} {cpu[key] * 1000:8.1f}")
    send_wall, render_cpu = wall["send"] / wall["bare"], cpu["render"] / cpu["bare"]
    print(
        f"  ratio service / bare      {send_wall:6.2f} x wall {ratio:6.2f} x CPU (goal <= 2 x CPU)"
    )
    render_wall = wall["render"] / wall["bare"]
    print(f"  ratio renderer / bare     {render_wall:6.2f} x wall {render_cpu:6.2f} x CPU")
    print(f"  preview goal < {PREVIEW_GOAL_S * 1000:.0f} ms; same quote, same bytes: {same}")
    ok = preview < PREVIEW_GOAL_S and ratio <= RATIO_GOAL and same
    print("OK" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 11))
