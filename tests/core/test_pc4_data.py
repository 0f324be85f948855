"""The committed PC4 table (core/data/nl_pc4.csv) puts each area where it is: distances
from a postcode are only as right as its centroid.

GeoNames data has errors: PC4 9999 (Kantens, Het Hogeland) also carries rows for
Roermond, Rotterdam, Someren and Zwolle, and averaging them put Kantens near Apeldoorn.
scripts/build_pc4.py corrects what it can; these checks catch what a rebuild gets wrong.
"""

import collections
import csv
import importlib.util
import io
import math
import statistics
import zipfile
from contextlib import redirect_stdout
from pathlib import Path

from core.reference_data import PC4_CSV

ROOT = Path(__file__).resolve().parents[2]
# The Netherlands (with the Wadden islands and the south of Limburg), generously.
LAT_RANGE = (50.70, 53.60)
LON_RANGE = (3.30, 7.25)
# Each area lies within this distance of another area of its municipality. The
# farthest real one is Breezanddijk (8766) on the Afsluitdijk, 10.5 km from
# Kornwerderzand; the wrong centroids found were 11 to 117 km away.
MAX_KM_TO_NEAREST_AREA = 12
# ... and within this distance of the median centroid of its municipality. The
# farthest real one is Maasvlakte (3199), 30 km from the median of Rotterdam.
MAX_KM_TO_MEDIAN = 35


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _outliers(rows: list[dict]) -> list[str]:
    """Areas whose centroid is far from the other areas of their municipality."""
    by_municipality = collections.defaultdict(list)
    for row in rows:
        by_municipality[row["cbs_code"]].append(
            (row["pc4"], (float(row["lat"]), float(row["lon"])))
        )
    found = []
    for code, areas in by_municipality.items():
        if len(areas) < 2:
            continue
        median = (
            statistics.median(p[0] for _, p in areas),
            statistics.median(p[1] for _, p in areas),
        )
        for pc4, point in areas:
            nearest = min(_km(point, p) for other, p in areas if other != pc4)
            to_median = _km(point, median)
            if nearest > MAX_KM_TO_NEAREST_AREA or to_median > MAX_KM_TO_MEDIAN:
                found.append(
                    f"{pc4} ({code}): {nearest:.1f} km from the nearest area of "
                    f"its municipality, {to_median:.1f} km from their median"
                )
    return found


def _rows(path: Path = PC4_CSV) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_area_has_a_municipality_and_lies_in_the_netherlands():
    rows = _rows()
    assert len(rows) > 4000
    for row in rows:
        assert row["cbs_code"] and row["municipality"], row["pc4"]
        assert LAT_RANGE[0] < float(row["lat"]) < LAT_RANGE[1], row["pc4"]
        assert LON_RANGE[0] < float(row["lon"]) < LON_RANGE[1], row["pc4"]


def test_no_centroid_is_far_from_the_rest_of_its_municipality():
    assert _outliers(_rows()) == []


def test_the_check_finds_a_centroid_in_the_wrong_place():
    rows = _rows()
    kantens = next(row for row in rows if row["pc4"] == "9999")
    # What the table said before: Kantens near Apeldoorn.
    kantens.update(lat="52.2900", lon="5.9174")
    assert [line.split()[0] for line in _outliers(rows)] == ["9999"]


def test_municipality_names_are_the_cbs_names():
    names = {row["cbs_code"]: row["municipality"] for row in _rows()}
    assert names["0267"] == "Nijkerk"  # GeoNames: "Hoogland"
    assert names["0014"] == "Groningen"  # GeoNames: "Groningen."
    assert names["1900"] == "Súdwest-Fryslân"
    assert [name for name in names.values() if name.endswith(".")] == []


def _build(tsv_lines: list[str], tmp_path: Path) -> list[dict]:
    """Run scripts/build_pc4.py on a wheel that holds only these GeoNames rows."""
    wheel = tmp_path / "geotz.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(
            "geotz/data/geonames_all_countries_sorted.tsv",
            "".join(line + "\n" for line in tsv_lines),
        )
    spec = importlib.util.spec_from_file_location(
        "build_pc4", ROOT / "scripts" / "build_pc4.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    with redirect_stdout(out):
        module.main(str(wheel))
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_build_averages_only_the_rows_of_the_areas_own_municipality(tmp_path):
    def row(place, province, municipality, code, lat, lon, accuracy):
        return "\t".join(
            ["NL", "9999", place, province, "", municipality, code, "", ""]
            + [lat, lon, accuracy]
        )

    (area,) = _build(
        [
            row(
                "Kantens", "Groningen", "Het Hogeland", "1966", "53.3507", "6.6023", "6"
            ),
            row(
                "Roermond",
                "Limburg",
                "Roermond Municipality",
                "0957",
                "51.1934",
                "5.988",
                "4",
            ),
            row(
                "Rotterdam",
                "South Holland",
                "Rotterdam Municipality",
                "0599",
                "51.9444",
                "4.5432",
                "",
            ),
            row(
                "Stitswerd",
                "Groningen",
                "Het Hogeland",
                "1966",
                "53.3603",
                "6.5982",
                "6",
            ),
        ],  # fmt: skip
        tmp_path,
    )
    assert (area["place"], area["municipality"]) == ("Kantens", "Het Hogeland")
    assert (area["lat"], area["lon"]) == ("53.3555", "6.6002")


def test_build_takes_the_municipality_of_the_most_precise_row(tmp_path):
    (area,) = _build(
        [
            "NL\t2324\tAmersfoort\tUtrecht\t09\tAmersfoort Municipality\t0307"
            "\t\t\t52.2008\t5.374\t",
            "NL\t2324\tLeiden\tSouth Holland\t11\tLeiden Municipality\t0546"
            "\t\t\t52.145\t4.4717\t6",
        ],
        tmp_path,
    )
    assert (area["municipality"], area["cbs_code"]) == ("Leiden", "0546")
    assert (area["lat"], area["lon"]) == ("52.1450", "4.4717")
