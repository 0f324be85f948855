import csv

from core.models import Municipality, PostcodeArea
from core.reference_data import PC4_CSV, reference_data_load


def test_csv_covers_the_netherlands():
    with PC4_CSV.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert 4000 < len(rows) < 4200
    assert all(row["cbs_code"] for row in rows), "every area has a municipality"
    provinces = {row["province"] for row in rows}
    assert (
        len(provinces) == 12 and "Fryslân" in provinces and "Noord-Brabant" in provinces
    )


def test_load_is_complete_and_idempotent(db):
    assert reference_data_load() == reference_data_load()
    assert PostcodeArea.objects.count() > 4000
    assert Municipality.objects.count() > 300
    # Names are cleaned of GeoNames' "Gemeente …" / "… Municipality".
    assert not Municipality.objects.filter(name__icontains="municipal").exists()
    assert not Municipality.objects.filter(name__startswith="Gemeente ").exists()


def test_merged_municipality_is_corrected(postcode_areas):
    hellevoetsluis = PostcodeArea.objects.get(pc4="3221")
    assert hellevoetsluis.municipality.name == "Voorne aan Zee"


def test_municipalities_with_the_same_name_are_told_apart(postcode_areas):
    slugs = set(
        Municipality.objects.filter(name__startswith="Bergen (").values_list(
            "slug", flat=True
        )
    )
    assert slugs == {"bergen-nh", "bergen-l"}


def test_load_brings_a_corrected_csv_into_an_existing_database(postcode_areas):
    """A rebuilt CSV with a corrected centroid or name updates what is stored."""
    PostcodeArea.objects.filter(pc4="9999").update(latitude=52.29, longitude=5.9174)
    Municipality.objects.filter(cbs_code="0267").update(name="Hoogland")
    reference_data_load()
    kantens = PostcodeArea.objects.get(pc4="9999")
    assert round(kantens.latitude, 1) == 53.4
    assert Municipality.objects.get(cbs_code="0267").name == "Nijkerk"
