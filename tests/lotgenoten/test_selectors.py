import pytest

from lotgenoten.models import PeerGroup, TargetGroup, schedule_is_outside_working_hours
from lotgenoten.selectors import (
    GroupFilters,
    bounding_box,
    haversine_km,
    peer_groups_near,
    peer_groups_nearest,
    peer_groups_online,
)
from tests.factories.lotgenoten import PeerGroupFactory

AMSTERDAM = (52.3735, 4.8951)  # PC4 1012
GRONINGEN = (53.2194, 6.5665)


def test_haversine_known_distance():
    # Amsterdam to Groningen is about 145 km as the crow flies.
    assert 140 < haversine_km(AMSTERDAM, GRONINGEN) < 150
    assert haversine_km(AMSTERDAM, AMSTERDAM) == 0


def test_bounding_box_holds_the_circle():
    min_lat, max_lat, min_lon, max_lon = bounding_box(AMSTERDAM, 25)
    north = (max_lat, AMSTERDAM[1])
    east = (AMSTERDAM[0], max_lon)
    assert haversine_km(AMSTERDAM, north) == pytest.approx(25, rel=0.01)
    assert haversine_km(AMSTERDAM, east) >= 24.9
    assert min_lat < AMSTERDAM[0] < max_lat and min_lon < AMSTERDAM[1] < max_lon


@pytest.mark.parametrize(
    "weekday, hour, expected",
    [
        (2, 9, False),
        (2, 19, True),
        (6, 10, True),
        (7, 10, True),
        (5, 16, False),
        (None, None, False),
    ],
)
def test_outside_working_hours(weekday, hour, expected):
    import datetime

    start = datetime.time(hour) if hour is not None else None
    assert schedule_is_outside_working_hours(weekday, start) is expected


@pytest.fixture
def three_cities(postcode_areas):
    return {
        "groningen": PeerGroupFactory(name="Groningen", postcode="9711"),
        "haarlem": PeerGroupFactory(name="Haarlem", postcode="2011"),
        "amsterdam": PeerGroupFactory(name="Amsterdam", postcode="1091"),
    }


def test_amsterdam_before_haarlem_before_groningen(three_cities):
    found = peer_groups_near(AMSTERDAM, radius_km=400)
    assert [g.name for g in found.groups] == ["Amsterdam", "Haarlem", "Groningen"]
    distances = [g.distance_km for g in found.groups]
    assert distances == sorted(distances)
    assert distances[0] < 5 and 15 < distances[1] < 25


def test_radius_leaves_far_groups_out(three_cities):
    found = peer_groups_near(AMSTERDAM, radius_km=25)
    assert [g.name for g in found.groups] == ["Amsterdam", "Haarlem"]
    assert found.total == 2


def test_hidden_stopped_draft_and_online_groups_are_not_near(postcode_areas):
    PeerGroupFactory(name="Verborgen", status=PeerGroup.Status.UNCONFIRMED)
    PeerGroupFactory(name="Gestopt", status=PeerGroup.Status.STOPPED)
    PeerGroupFactory(name="Concept", live=False)
    PeerGroupFactory(name="Online", is_online=True, postcode="")
    PeerGroupFactory(name="Zichtbaar")
    assert [g.name for g in peer_groups_near(AMSTERDAM).groups] == ["Zichtbaar"]
    assert [g.name for g in peer_groups_online()] == ["Online"]


def test_filters(postcode_areas):
    import datetime

    PeerGroupFactory(name="Overdag")
    PeerGroupFactory(name="Avond", start_time=datetime.time(19, 30))
    PeerGroupFactory(name="Betaald", is_free=False, start_time=datetime.time(20))
    PeerGroupFactory(name="Opvang", childcare=True)
    PeerGroupFactory(name="Met kinderen", children_welcome=True, weekday=6)
    vaders = PeerGroupFactory(name="Vaders")
    vaders.target_groups.set([TargetGroup.objects.get(slug="vaders")])
    vaders.save()

    def names(**kwargs):
        return sorted(
            g.name
            for g in peer_groups_near(AMSTERDAM, filters=GroupFilters(**kwargs)).groups
        )

    assert names(outside_working_hours=True) == ["Avond", "Betaald", "Met kinderen"]
    assert names(outside_working_hours=True, free=True) == ["Avond", "Met kinderen"]
    assert names(childcare=True) == ["Opvang"]
    assert names(children_welcome=True) == ["Met kinderen"]
    assert names(target_group="vaders") == ["Vaders"]
    assert len(names()) == 6


def test_nearest_further_away_when_nothing_near(three_cities):
    # Den Helder (1781): nothing within 25 km; Haarlem and Amsterdam are next.
    den_helder = (52.9563, 4.7600)
    assert peer_groups_near(den_helder).total == 0
    nearest = peer_groups_nearest(den_helder, limit=2)
    assert [g.name for g in nearest] == ["Haarlem", "Amsterdam"] or [
        g.name for g in nearest
    ] == ["Amsterdam", "Haarlem"]
    assert all(g.distance_km > 25 for g in nearest)


@pytest.mark.parametrize("count", [5, 60])
def test_queries_do_not_grow_with_groups(
    postcode_areas, django_assert_max_num_queries, count
):
    vaders = TargetGroup.objects.get(slug="vaders")
    for n in range(count):
        group = PeerGroupFactory(postcode=["1012", "1091", "2011"][n % 3])
        group.target_groups.set([vaders])
        group.save()
    with django_assert_max_num_queries(2):
        found = peer_groups_near(AMSTERDAM, limit=20)
        for group in found.groups:
            str(group.organiser)
            str(group.municipality)
    assert len(found.groups) == min(count, 20)


def test_coordinates_and_municipality_come_from_the_postcode(postcode_areas):
    group = PeerGroupFactory(postcode="1012 AB", place="")
    assert (group.latitude, group.longitude) == (52.3735, 4.8951)
    assert group.municipality.name == "Amsterdam"
    assert group.place == "Amsterdam"
    manual = PeerGroupFactory(
        postcode="1012", manual_coordinates=True, latitude=52.0, longitude=5.0
    )
    assert (manual.latitude, manual.longitude) == (52.0, 5.0)
