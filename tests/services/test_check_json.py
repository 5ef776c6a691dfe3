"""``check --format json`` joins its rows from shared fragments: the same bytes as json.dumps."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from renewdesk.planning.stages import RenewalPlan, Stage
from renewdesk.rules import default_limits
from renewdesk.services.check_service import check_json, check_json_text, summarise
from tests.rules.builders import AS_OF
from tests.services.test_check_service import _raw, subscriptions

owners = st.sampled_from(["", "Åsa Öberg", 'quote "mark"', "back\\slash", "tab\there", "名前"])


@settings(max_examples=60, deadline=None)
@given(st.lists(subscriptions, max_size=40, unique_by=lambda s: s.subscription_id), st.data())
def test_the_joined_text_is_what_json_dumps_writes(subs, data):
    ids = [s.subscription_id for s in subs]
    on_quote = data.draw(st.sets(st.sampled_from(ids))) if ids else set()
    planned = data.draw(st.sets(st.sampled_from(ids))) if ids else set()
    plans = {
        i: RenewalPlan(i, data.draw(st.sampled_from(list(Stage))), data.draw(owners))
        for i in planned
    }
    open_quotes = {i: "Q-2026-000001" for i in on_quote}
    results = summarise([_raw(s) for s in subs], AS_OF, open_quotes, default_limits(), plans)
    expected = json.dumps(check_json(results), ensure_ascii=False, separators=(",", ":"))
    assert check_json_text(results) == expected


def test_rows_with_the_same_codes_but_other_dates_carry_the_same_sources():
    from datetime import timedelta

    from tests.rules.builders import sub

    early = sub(subscription_id="A", renewal_date=AS_OF + timedelta(days=120))
    later = sub(subscription_id="B", renewal_date=AS_OF + timedelta(days=121))
    rows = json.loads(
        check_json_text(summarise([_raw(early), _raw(later)], AS_OF, {}, default_limits()))
    )
    assert rows[0]["codes"] == rows[1]["codes"] == ["WINDOW_NOT_OPEN"]
    assert rows[0]["sources"] == rows[1]["sources"]
    assert rows[0]["sources"]["WINDOW_NOT_OPEN"].startswith("[S1] ")


@settings(max_examples=40, deadline=None)
@given(st.lists(subscriptions, max_size=40, unique_by=lambda s: s.subscription_id), st.data())
def test_the_text_made_without_summaries_is_the_same(subs, data):
    """``check --format json`` writes straight from the rows: the very same bytes."""
    from renewdesk.services.verdicts import summarise_json_text

    rows = [_raw(s) for s in subs]
    ids = [s.subscription_id for s in subs]
    on_quote = data.draw(st.sets(st.sampled_from(ids))) if ids else set()
    planned = data.draw(st.sets(st.sampled_from(ids))) if ids else set()
    plans = {
        i: RenewalPlan(i, data.draw(st.sampled_from(list(Stage))), data.draw(owners))
        for i in planned
    }
    quotes = {i: "Q-2026-000001" for i in on_quote}
    limits = default_limits()
    expected = check_json_text(summarise(rows, AS_OF, quotes, limits, plans))
    assert summarise_json_text(rows, AS_OF, quotes, limits, plans) == expected
