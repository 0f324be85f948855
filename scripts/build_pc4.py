"""Build core/data/nl_pc4.csv from the GeoNames postal data in the geotz wheel.

Usage (see README, "Postcode data"):
    pip download --no-deps -d build/geotz geotz==0.0.2b0
    python scripts/build_pc4.py build/geotz/geotz-0.0.2b0-py3-none-any.whl > core/data/nl_pc4.csv

Data: GeoNames (geonames.org), CC BY 4.0. The site credits GeoNames in the colophon.

GeoNames has errors; the tables below correct the ones we know of, each with its
reason. tests/core/test_pc4_data.py checks the result: every centroid lies near the
other areas of its municipality. After a rebuild, `manage.py load_reference_data`
brings the changed rows into an existing database.
"""

import collections
import csv
import io
import re
import sys
import zipfile

# GeoNames gives English province names; we show the Dutch ones.
PROVINCES = {
    "Drenthe": "Drenthe",
    "Flevoland": "Flevoland",
    "Friesland": "Fryslân",
    "Guelders": "Gelderland",
    "Groningen": "Groningen",
    "Limburg": "Limburg",
    "North Brabant": "Noord-Brabant",
    "North Holland": "Noord-Holland",
    "Overijssel": "Overijssel",
    "South Holland": "Zuid-Holland",
    "Utrecht": "Utrecht",
    "Zeeland": "Zeeland",
}
# CBS distinguishes municipalities that share a name by a province suffix.
SAME_NAME_SUFFIX = {"0373": "Bergen (NH.)", "0893": "Bergen (L.)"}
# Names GeoNames gets wrong, by CBS code: 0267 is Nijkerk (GeoNames calls it
# "Hoogland", a village in Amersfoort); 1900 is spelled Súdwest-Fryslân by CBS.
MUNICIPALITY_NAMES = {"0267": "Nijkerk", "1900": "Súdwest-Fryslân"}
# GeoNames leaves these places without a municipality: Brielle, Hellevoetsluis and
# Westvoorne merged into Voorne aan Zee (CBS code 1992) on 1 January 2023.
MERGED_PLACES = {
    place: ("Voorne aan Zee", "1992")
    for place in (
        "Brielle",
        "Hellevoetsluis",
        "Oostvoorne",
        "Oudenhoorn",
        "Rockanje",
        "Vierpolders",
        "Zwartewaal",
    )
}


# Areas whose only GeoNames row has wrong coordinates (found by the check in
# tests/core/test_pc4_data.py: far from every other area of their municipality).
# Their centroid becomes the mean of the centroids of the named neighbouring areas of
# the same place, so no coordinate is made up.
CENTROID_FROM_NEIGHBOURS = {
    # Rotterdam (Kralingen); GeoNames puts it in the sea off Goeree-Overflakkee.
    "3062": ("3061", "3063"),
    # Hoensbroek (Heerlen); GeoNames puts it near Maastricht.
    "6431": ("6432", "6433"),
}


def clean_municipality(name: str, code: str) -> str:
    if code in SAME_NAME_SUFFIX:
        return SAME_NAME_SUFFIX[code]
    if code in MUNICIPALITY_NAMES:
        return MUNICIPALITY_NAMES[code]
    name = re.sub(r"^Gemeente\s+", "", name)
    name = re.sub(r"\s+Municipal\w*$", "", name)
    return name.strip().rstrip(".")  # "Groningen. Municipality"


def main(wheel: str) -> None:
    rows = collections.defaultdict(list)
    with (
        zipfile.ZipFile(wheel) as z,
        z.open("geotz/data/geonames_all_countries_sorted.tsv") as f,
    ):
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            if line.startswith("NL\t"):
                # cc, pc4, place, province, prov_code, municipality, cbs_code,
                # _, _, lat, lon, accuracy
                rows[line.split("\t")[1]].append(line.rstrip("\n").split("\t"))

    areas = []
    for pc4 in sorted(rows):
        rs = rows[pc4]
        best = min(rs, key=lambda r: {"6": 0, "4": 1}.get(r[11], 2))
        with_code = [r for r in rs if r[6]]
        # The municipality of the most precise row. Some PC4s also carry rows of
        # places far away (9999 Kantens has rows for Roermond, Rotterdam, Someren
        # and Zwolle): the centroid is the mean of the rows of that municipality
        # only, or it lands between them (9999 ended up near Apeldoorn).
        mun_row = best if best[6] else (with_code[0] if with_code else None)
        if mun_row:
            rs = [r for r in rs if r[6] == mun_row[6]]
        areas.append(
            {
                "pc4": pc4,
                "place": best[2],
                "municipality": clean_municipality(mun_row[5], mun_row[6])
                if mun_row
                else "",
                "cbs_code": mun_row[6] if mun_row else "",
                "province": PROVINCES[best[3]],
                "lat": sum(float(r[9]) for r in rs) / len(rs),
                "lon": sum(float(r[10]) for r in rs) / len(rs),
                "accuracy": best[11],
                "municipality_source": "geonames" if mun_row else "",
            }
        )

    by_pc4 = {a["pc4"]: a for a in areas}
    for pc4, neighbours in CENTROID_FROM_NEIGHBOURS.items():
        if pc4 not in by_pc4:
            continue
        near = [by_pc4[n] for n in neighbours]
        by_pc4[pc4]["lat"] = sum(n["lat"] for n in near) / len(near)
        by_pc4[pc4]["lon"] = sum(n["lon"] for n in near) / len(near)

    for a in areas:
        if not a["cbs_code"] and a["place"] in MERGED_PLACES:
            a["municipality"], a["cbs_code"] = MERGED_PLACES[a["place"]]
            a["municipality_source"] = "correction"
    missing = [a["pc4"] for a in areas if not a["cbs_code"]]
    if missing:
        print(f"warning: no municipality for {missing}", file=sys.stderr)

    w = csv.writer(sys.stdout, lineterminator="\n")
    cols = ["pc4", "place", "municipality", "cbs_code", "province", "lat", "lon"]
    w.writerow(cols + ["accuracy", "municipality_source"])
    for a in areas:
        w.writerow(
            [a[c] for c in cols[:5]]
            + [f"{a['lat']:.4f}", f"{a['lon']:.4f}", a["accuracy"]]
            + [a["municipality_source"]]
        )


if __name__ == "__main__":
    main(sys.argv[1])
