"""Import and export of peer groups as CSV, with a report of rejected rows.

One row per group, identified by `slug` (an existing slug is updated). Lists
(target_groups, themes) are slugs separated by ";". Booleans are ja/nee. The
organiser is an existing Organisation, by name. Rows with errors are not saved;
the report says which line and why.
"""

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.utils import timezone

from content.i18n import in_source_locale
from content.models import Organisation, Theme
from core import csv_safe
from core.csv_safe import csv_unguard
from lotgenoten.models import PeerGroup, TargetGroup

COLUMNS = [
    "slug",
    "name",
    "description",
    "for_whom",
    "method",
    "organiser",
    "contact_name",
    "contact_role",
    "contact_phone",
    "contact_email",
    "notify_email",
    "is_online",
    "venue_name",
    "address",
    "postcode",
    "place",
    "getting_there",
    "accessibility",
    "weekday",
    "start_time",
    "end_time",
    "frequency",
    "schedule_text",
    "is_free",
    "cost_note",
    "childcare",
    "children_welcome",
    "languages",
    "join_method",
    "join_note",
    "target_groups",
    "themes",
    "status",
    "last_confirmed",
    "is_example",
]
REQUIRED_COLUMNS = {"slug", "name", "description"}
BOOLEAN_COLUMNS = {
    "is_online",
    "is_free",
    "childcare",
    "children_welcome",
    "is_example",
}
TRUE = {"ja", "j", "yes", "y", "true", "1", "waar"}
FALSE = {"nee", "n", "no", "false", "0", "onwaar", ""}
MAX_ROWS = 20000


class PeerGroupImportForm(forms.ModelForm):
    class Meta:
        model = PeerGroup
        fields = [
            c
            for c in COLUMNS
            if c not in {"organiser", "target_groups", "themes"} | BOOLEAN_COLUMNS
        ]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    rejected: list[tuple[int, str, list[str]]] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and not self.rejected


def _split(value: str) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _read(stream) -> tuple[list[str], list[dict]] | str:
    """Header and rows, or an error message."""
    raw = stream.read()
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return "Het bestand is geen UTF-8-tekst. Sla het op als CSV UTF-8."
    raw = raw.lstrip("\ufeff")
    if not raw.strip():
        return "Het bestand is leeg."
    first_line = raw.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(raw, newline=""), delimiter=delimiter)
    header = [name.strip() for name in reader.fieldnames or []]
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        return "Deze kolommen ontbreken: " + ", ".join(sorted(missing)) + "."
    unknown = set(header) - set(COLUMNS)
    if unknown:
        return "Deze kolommen kennen we niet: " + ", ".join(sorted(unknown)) + "."
    reader.fieldnames = header
    try:
        rows = []
        for row in reader:
            # Our export guards cells against spreadsheet formulas: undo that.
            rows.append(
                {k: csv_unguard(v) if isinstance(v, str) else v for k, v in row.items()}
            )
            if len(rows) > MAX_ROWS:
                return f"Het bestand heeft meer dan {MAX_ROWS} regels."
    except csv.Error as error:
        return f"Het bestand is geen geldige CSV: {error}."
    return header, rows


def _weekday(value: str) -> str:
    value = (value or "").strip().lower()
    for number, label in PeerGroup.Weekday.choices:
        if value == str(label):
            return str(number)
    return value


def _row_errors_and_instance(row: dict, lookups: dict):
    errors: list[str] = []
    row = {key: (value or "").strip() for key, value in row.items() if key}
    existing = lookups["groups"].get(row["slug"])
    data = {c: row.get(c, "") for c in PeerGroupImportForm.Meta.fields}
    data["weekday"] = _weekday(data.get("weekday", ""))
    if not data.get("last_confirmed"):
        data["last_confirmed"] = timezone.localdate().isoformat()
    if not data.get("status"):
        data["status"] = PeerGroup.Status.ACTIVE
    if not data.get("join_method"):
        data["join_method"] = PeerGroup.JoinMethod.CONTACT_FIRST
    booleans = {}
    for column in BOOLEAN_COLUMNS:
        value = row.get(column, "").lower()
        if column == "is_free" and column not in row:
            value = "ja"
        if value in TRUE:
            booleans[column] = True
        elif value in FALSE:
            booleans[column] = False
        else:
            errors.append(f"{column}: '{row[column][:40]}' is geen ja of nee")
    organiser = None
    if row.get("organiser"):
        organiser = lookups["organisations"].get(row["organiser"].lower())
        if organiser is None:
            errors.append(
                f"organiser: organisatie '{row['organiser'][:80]}' bestaat niet; "
                "maak haar eerst aan in het beheer"
            )
    relations = {}
    for column, known in (
        ("target_groups", lookups["target_groups"]),
        ("themes", lookups["themes"]),
    ):
        slugs = _split(row.get(column, ""))
        unknown = [slug for slug in slugs if slug not in known]
        if unknown:
            errors.append(f"{column}: onbekend: {', '.join(unknown)[:120]}")
        relations[column] = [known[slug] for slug in slugs if slug in known]

    instance = existing or PeerGroup()
    for column, value in booleans.items():
        setattr(instance, column, value)
    instance.organiser = organiser
    form = PeerGroupImportForm(data, instance=instance)
    if not form.is_valid():
        for name, messages in form.errors.items():
            for message in messages:
                errors.append(f"{name}: {message}" if name != "__all__" else message)
    return errors, form, relations, existing is not None


def peer_groups_import(stream, *, dry_run: bool = False) -> ImportReport:
    """Create or update groups from a CSV stream; rows with errors are skipped."""
    report = ImportReport()
    result = _read(stream)
    if isinstance(result, str):
        report.error = result
        return report
    _header, rows = result
    lookups = {
        "groups": {g.slug: g for g in PeerGroup.objects.all()},
        "organisations": {o.name.lower(): o for o in Organisation.objects.all()},
        "target_groups": {t.slug: t for t in TargetGroup.objects.all()},
        "themes": {t.slug: t for t in in_source_locale(Theme.objects.all())},
    }
    seen: set[str] = set()
    with transaction.atomic():
        for line, row in enumerate(rows, start=2):
            slug = (row.get("slug") or "").strip()
            if slug in seen:
                report.rejected.append(
                    (line, slug, ["slug staat al eerder in het bestand"])
                )
                continue
            errors, form, relations, is_update = _row_errors_and_instance(row, lookups)
            if errors:
                report.rejected.append((line, slug[:120], errors))
                continue
            seen.add(slug)
            group = form.save(commit=False)
            group.live = True
            group.save()
            group.target_groups.set(relations["target_groups"])
            group.themes.set(relations["themes"])
            group.save()
            lookups["groups"][group.slug] = group
            if is_update:
                report.updated += 1
            else:
                report.created += 1
        if dry_run:
            transaction.set_rollback(True)
    return report


def _cell(group: PeerGroup, column: str) -> str:
    if column in BOOLEAN_COLUMNS:
        return "ja" if getattr(group, column) else "nee"
    if column == "organiser":
        return group.organiser.name if group.organiser else ""
    if column in ("target_groups", "themes"):
        return ";".join(sorted(item.slug for item in getattr(group, column).all()))
    if column in ("start_time", "end_time"):
        value = getattr(group, column)
        return value.strftime("%H:%M") if value else ""
    value = getattr(group, column)
    return "" if value is None else str(value)


def peer_groups_export(stream, queryset=None) -> int:
    """Write groups as CSV (the import format) to a text stream; returns the count."""
    queryset = (queryset if queryset is not None else PeerGroup.objects.all()).order_by(
        "slug"
    )
    queryset = queryset.select_related("organiser").prefetch_related(
        "target_groups", "themes"
    )
    writer = csv_safe.writer(stream)  # no cell may run as a spreadsheet formula
    writer.writerow(COLUMNS)
    count = 0
    for group in queryset:
        writer.writerow([_cell(group, column) for column in COLUMNS])
        count += 1
    return count


def report_lines(report: ImportReport) -> list[str]:
    """The report in plain Dutch, one line each."""
    if report.error:
        return [report.error]
    lines = [
        f"Nieuw: {report.created}. Bijgewerkt: {report.updated}. Afgewezen: {len(report.rejected)}."
    ]
    for line, slug, errors in report.rejected:
        lines.append(f"Regel {line} ({slug or 'zonder slug'}): " + "; ".join(errors))
    return lines
