"""Import and export of a municipal page's local schemes and initiatives.

One file holds both lists, as CSV (one row per item, column `type` is `regeling`
or `initiatief`) or as JSON (`{"regelingen": [...], "initiatieven": [...]}`).
Only LocalScheme's and LocalInitiative's own fields travel (kind, name, summary,
url), in the file's order. An item whose name is already on the page (same type)
is updated, a new name is added; nothing is deleted unless asked. Rows with errors
are not saved; the report says which row and why, as the peer-group import does.

Hostile files get a Dutch message, never a 500: too large, too many rows, an
encoding that is not UTF-8 (cp1252 and latin-1 are read too), formulas (our own
export guards them, core/csv_safe.py, and the import takes the guard off), and
HTML in names or summaries (tags are stripped; the templates escape the rest).
"""

import csv
import io
import json
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from core import csv_safe
from core.forms import name_key
from gemeenten.models import LocalInitiative, LocalScheme, MunicipalityPage
from professionals.forms import LocalInitiativeForm, LocalSchemeForm

COLUMNS = ["type", "kind", "name", "summary", "url"]
SCHEME, INITIATIVE = "regeling", "initiatief"
# The page editor shows at most this many of each (its formsets' max_num).
MAX_PER_LIST = 20
MAX_ROWS = 200
MAX_BYTES = 1_000_000


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    rejected: list[tuple[str, str, list[str]]] = field(default_factory=list)
    error: str = ""
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.error and not self.rejected


class FileProblem(Exception):
    """The whole file cannot be read; the message is for the user."""


# --- Export -----------------------------------------------------------------------


def _items(page: MunicipalityPage | None):
    if page is None or page.pk is None:
        return [], []
    return list(page.local_schemes.all()), list(page.local_initiatives.all())


def local_offer_rows(page: MunicipalityPage | None) -> list[dict]:
    schemes, initiatives = _items(page)
    return [
        {"type": SCHEME, "kind": s.kind, "name": s.name, "summary": s.summary}
        | {"url": s.url}
        for s in schemes
    ] + [
        {"type": INITIATIVE, "kind": "", "name": i.name, "summary": i.summary}
        | {"url": i.url}
        for i in initiatives
    ]


def local_offer_csv(page: MunicipalityPage | None) -> str:
    """UTF-8 CSV text (the view adds a BOM for Excel), formulas guarded."""
    out = io.StringIO()
    writer = csv_safe.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(local_offer_rows(page))
    return out.getvalue()


def local_offer_json(page: MunicipalityPage | None) -> str:
    schemes, initiatives = _items(page)
    data = {
        "versie": 1,
        "gemeente": page.municipality.name if page else "",
        "regelingen": [
            {"kind": s.kind, "name": s.name, "summary": s.summary, "url": s.url}
            for s in schemes
        ],
        "initiatieven": [
            {"name": i.name, "summary": i.summary, "url": i.url} for i in initiatives
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


# --- Reading a file ---------------------------------------------------------------


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 / latin-1:
    what Excel and LibreOffice write on Dutch computers."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise FileProblem(_("Het bestand is geen leesbare tekst.")) from error
    if b"\x00" in raw:
        raise FileProblem(_("Dit is geen tekstbestand. Kies een CSV- of JSON-bestand."))
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileProblem(_("Het bestand is geen leesbare tekst."))  # pragma: no cover


def _read_csv(text: str) -> list[tuple[str, dict]]:
    lines = text.splitlines()
    first_line = lines[0] if lines else ""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name_key(n) for n in reader.fieldnames or []]
    except csv.Error as error:
        raise FileProblem(_("Het bestand is geen geldige CSV.")) from error
    missing = {"type", "name"} - set(header)
    if missing:
        raise FileProblem(
            _("Deze kolommen ontbreken: %(columns)s. Begin met de regel uit de export.")
            % {"columns": ", ".join(sorted(missing))}
        )
    reader.fieldnames = header
    rows = []
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise FileProblem(_too_many())
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            rows.append(
                (
                    _("regel %(line)s") % {"line": reader.line_num},
                    {
                        k: csv_safe.csv_unguard(v) if isinstance(v, str) else ""
                        for k, v in row.items()
                        if k in COLUMNS
                    },
                )
            )
    except csv.Error as error:
        raise FileProblem(_("Het bestand is geen geldige CSV.")) from error
    return rows


def _read_json(text: str) -> list[tuple[str, dict]]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise FileProblem(
            _("Het bestand is geen geldige JSON. Gebruik de opbouw van de export.")
        ) from error
    if not isinstance(data, dict):
        raise FileProblem(_("Het JSON-bestand moet de opbouw van de export hebben."))
    rows = []
    for key, kind in (("regelingen", SCHEME), ("initiatieven", INITIATIVE)):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise FileProblem(
                _("'%(key)s' moet een lijst zijn, zoals in de export.") % {"key": key}
            )
        for number, item in enumerate(items, start=1):
            if len(rows) >= MAX_ROWS:
                raise FileProblem(_too_many())
            where = f"{key} nr. {number}"
            if not isinstance(item, dict):
                rows.append((where, {"type": kind, "_bad": "1"}))
                continue
            rows.append(
                (
                    where,
                    {
                        "type": kind,
                        **{
                            c: item[c] if isinstance(item.get(c), str) else ""
                            for c in COLUMNS[1:]
                            if c in item
                        },
                    },
                )
            )
    return rows


def _too_many() -> str:
    return _(
        "Het bestand heeft meer dan %(max)s regels. Een gemeentepagina heeft "
        "hoogstens %(per)s regelingen en %(per)s initiatieven."
    ) % {"max": MAX_ROWS, "per": MAX_PER_LIST}


def local_offer_read(upload) -> list[tuple[str, dict]]:
    """(where, row) pairs from an uploaded CSV or JSON file; raises FileProblem."""
    if upload.size > MAX_BYTES:
        raise FileProblem(
            _("Het bestand is groter dan 1 MB. Zoveel past niet op een gemeentepagina.")
        )
    text = _decode(upload.read(MAX_BYTES + 1)).lstrip("\ufeff")
    if not text.strip():
        raise FileProblem(_("Het bestand is leeg."))
    if text.lstrip()[:1] in "{[":
        return _read_json(text)
    return _read_csv(text)


# --- Saving -----------------------------------------------------------------------


def _clean_text(value) -> str:
    """Tags stripped, spaces tidied: a name is text, never markup."""
    return " ".join(strip_tags(str(value or "")).split())


def _clean_summary(value) -> str:
    return "\n".join(
        " ".join(line.split()) for line in strip_tags(str(value or "")).splitlines()
    ).strip()


@transaction.atomic
def local_offer_import(
    page: MunicipalityPage, rows, *, replace: bool = False, dry_run: bool = False
) -> ImportReport:
    """Save valid rows on `page` (which must be saved); report the others."""
    report = ImportReport(dry_run=dry_run)
    existing = {
        SCHEME: {name_key(s.name): s for s in page.local_schemes.all()},
        INITIATIVE: {name_key(i.name): i for i in page.local_initiatives.all()},
    }
    forms = {SCHEME: LocalSchemeForm, INITIATIVE: LocalInitiativeForm}
    kept = {SCHEME: set(), INITIATIVE: set()}
    order = {SCHEME: 0, INITIATIVE: 0}
    for where, row in rows:
        kind = name_key(row.get("type", ""))
        kind = {"regelingen": SCHEME, "initiatieven": INITIATIVE}.get(kind, kind)
        name = _clean_text(row.get("name"))[:150]
        if row.get("_bad"):
            report.rejected.append(
                (where, "", [_("Dit is geen item zoals in de export.")])
            )
            continue
        if kind not in forms:
            report.rejected.append(
                (where, name, [_("type moet 'regeling' of 'initiatief' zijn.")])
            )
            continue
        key = name_key(name)
        if key and key in kept[kind]:
            report.rejected.append(
                (where, name, [_("Deze naam staat al eerder in het bestand.")])
            )
            continue
        data = {
            "name": name,
            "summary": _clean_summary(row.get("summary")),
            "url": str(row.get("url") or "").strip(),
        }
        if kind == SCHEME:
            data["kind"] = str(row.get("kind") or "").strip()
        instance = existing[kind].get(key)
        is_new = instance is None
        if is_new and len(existing[kind]) + 1 > MAX_PER_LIST and not replace:
            report.rejected.append((where, name, [_limit_message(kind)]))
            continue
        form = forms[kind](data, instance=instance)
        if not form.is_valid():
            report.rejected.append(
                (
                    where,
                    name,
                    [
                        f"{form.fields[f].label}: {m}" if f in form.fields else m
                        for f, messages in form.errors.items()
                        for m in messages
                    ],
                )
            )
            continue
        if len(kept[kind]) >= MAX_PER_LIST:
            report.rejected.append((where, name, [_limit_message(kind)]))
            continue
        item = form.save(commit=False)
        item.page = page
        item.sort_order = order[kind]
        order[kind] += 1
        item.save()
        kept[kind].add(key)
        existing[kind][key] = item
        if is_new:
            report.created += 1
        else:
            report.updated += 1
    if replace:
        for kind, model in ((SCHEME, LocalScheme), (INITIATIVE, LocalInitiative)):
            stale = [i.pk for k, i in existing[kind].items() if k not in kept[kind]]
            report.deleted += model.objects.filter(pk__in=stale).delete()[0]
    if dry_run:
        transaction.set_rollback(True)
    return report


def _limit_message(kind: str) -> str:
    if kind == SCHEME:
        return _("Er passen hoogstens %(max)s regelingen op een gemeentepagina.") % {
            "max": MAX_PER_LIST
        }
    return _("Er passen hoogstens %(max)s initiatieven op een gemeentepagina.") % {
        "max": MAX_PER_LIST
    }
