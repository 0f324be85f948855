"""Load the committed PC4 CSV into the database, idempotently."""

import csv
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from core.models import Municipality, PostcodeArea
from core.public_content import public_content_changed_send

PC4_CSV = Path(__file__).resolve().parent / "data" / "nl_pc4.csv"


def _read_rows(path: Path = PC4_CSV) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["cbs_code"]]


def _table_matches(rows: list[dict]) -> bool:
    """True when the database holds exactly these areas, so a rebuilt CSV (a
    corrected centroid or municipality name) also reaches an existing database."""
    if PostcodeArea.objects.count() != len(rows):
        return False
    stored = set(
        PostcodeArea.objects.values_list(
            "pc4",
            "place",
            "municipality__cbs_code",
            "municipality__name",
            "latitude",
            "longitude",
        )
    )
    return stored == {
        (
            row["pc4"],
            row["place"],
            row["cbs_code"],
            row["municipality"],
            float(row["lat"]),
            float(row["lon"]),
        )
        for row in rows
    }


@transaction.atomic
def reference_data_load(path: Path = PC4_CSV) -> tuple[int, int]:
    """Create or update every municipality and postcode area in the CSV.

    Returns (municipalities, postcode areas). Skips the work when the table is
    already up to date, so `make run` stays fast the second time.
    """
    rows = _read_rows(path)
    if _table_matches(rows):
        return Municipality.objects.count(), len(rows)

    municipalities = {}
    for row in rows:
        municipalities.setdefault(
            row["cbs_code"], (row["municipality"], row["province"])
        )
    Municipality.objects.bulk_create(
        [
            Municipality(cbs_code=code, name=name, slug=slugify(name), province=prov)
            for code, (name, prov) in municipalities.items()
        ],
        update_conflicts=True,
        unique_fields=["cbs_code"],
        update_fields=["name", "slug", "province"],
    )
    ids = dict(Municipality.objects.values_list("cbs_code", "id"))
    PostcodeArea.objects.bulk_create(
        [
            PostcodeArea(
                pc4=row["pc4"],
                place=row["place"],
                municipality_id=ids[row["cbs_code"]],
                latitude=float(row["lat"]),
                longitude=float(row["lon"]),
            )
            for row in rows
        ],
        update_conflicts=True,
        unique_fields=["pc4"],
        update_fields=["place", "municipality", "latitude", "longitude"],
        batch_size=500,
    )
    public_content_changed_send(model=PostcodeArea)  # bulk_create sends no signals
    return len(municipalities), len(rows)
