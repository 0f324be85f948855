"""The plan's question flow without a database: any POST gives a screen, never an error."""

import datetime

from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from content.situations import SEPARATION, UNSAFE
from plan import flow
from plan.forms import DetailsForm

DEPS = flow.Deps(
    events_for=lambda situations: ["verhuizing"] if SEPARATION in situations else [],
    pc4_known=lambda pc4: pc4 == "7201",
    today=datetime.date(2026, 1, 20),
)


def query(data: dict) -> QueryDict:
    q = QueryDict(mutable=True)
    for key, value in data.items():
        q.setlist(key, value if isinstance(value, list) else [value])
    return q


def test_start_and_the_straight_line_to_the_plan():
    screen = flow.screen_start(DEPS)
    assert screen.name == flow.SITUATIONS
    screen = flow.screen_for_post(
        query(
            {"plan_state": screen.token, "screen": "situations", "situations": [UNSAFE]}
        ),
        DEPS,
    )
    assert screen.name == flow.DETAILS
    assert "event_verhuizing" not in screen.form.fields  # no date rule for this
    screen = flow.screen_for_post(
        query({"plan_state": screen.token, "screen": "details", "postcode": "7201"}),
        DEPS,
    )
    assert screen.is_plan
    assert screen.state.pc4 == "7201"
    assert screen.pc4_given == "7201"


def test_a_separation_asks_its_date_and_the_checks_steps_without_the_postcode():
    state = flow.PlanState(situations=[SEPARATION])
    form = flow.form_for(flow.DETAILS, state, DEPS)
    assert "event_verhuizing" in form.fields
    assert flow.sequence(state) == [
        "situations",
        "details",
        "check-1",
        "check-2",
        "check-3",
        "check-4",
        "check-5",
    ]
    assert "postcode" not in flow.form_for("check-5", state, DEPS).fields


def test_details_round_trip():
    stored = {"events": {"verhuizing": "2026-01-15"}, "postcode": "7201"}
    form = DetailsForm(
        DetailsForm.data_from(stored), events=["verhuizing"], today=DEPS.today
    )
    assert form.is_valid()
    assert form.stored() == stored


keys = st.sampled_from(
    [
        "plan_state",
        "screen",
        "action",
        "goto",
        "situations",
        "postcode",
        "done",
        "event_verhuizing",
        "check_state",
        "household",
        "children_count",
        "editing",
    ]
)
values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "plan",
            "details",
            "situations",
            "check-1",
            "check-9",
            "back",
            "pdf",
            "ics",
            "uit-elkaar",
            "01-01-1900",
            "7201",
            "0",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(keys, st.one_of(values, st.lists(values, max_size=3)), max_size=6)
)
def test_no_post_breaks_the_flow(data):
    screen = flow.screen_for_post(query(data), DEPS)
    assert screen.name in flow.sequence(screen.state) + [flow.PLAN]
    assert isinstance(screen.token, str)
