"""The rules engine of the Regelcheck and of local schemes: pure functions over plain data.

Editors keep each scheme's criteria as data (question, operator, value, group and a
reason in plain words). Criteria with the same group number are alternatives (one is
enough: OR); the groups together must all hold (AND). So any and/or rule can be
written as groups of alternatives, and no scheme's rule lives in Python.

An answer the parent did not give ("weet ik niet") makes its criterion unknown. A
scheme is then:

- ``likely``: every group holds (unless the scheme says the check can only ever
  give "maybe", for example because income or the municipality decides);
- ``maybe``: no group fails, but one is unknown, or the scheme caps at "maybe";
- ``no``: at least one group fails.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

LIKELY = "likely"
MAYBE = "maybe"
NO = "no"

YES_NO = ("yes", "no")
# Does a child go to childcare in the Landelijk Register Kinderopvang (kinderdagverblijf,
# bso, gastouder via a gastouderbureau)? "planned": not yet, the parent wants to.
CHILDCARE = ("registered", "planned", "none")


class Kind(StrEnum):
    CHOICE = "choice"  # one value from a fixed list
    NUMBER = "number"  # a whole number
    SET = "set"  # several values from a fixed list
    AGES = "ages"  # the children's ages
    YEARS = "years"  # the children's birth years (worked out from their ages)


class Op(StrEnum):
    EQ = "eq"
    NE = "ne"
    IN = "in"
    LT = "lt"
    LTE = "lte"
    GT = "gt"
    GTE = "gte"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    ANY_BETWEEN = "any_between"


OPERATOR_LABELS = {
    Op.EQ: "is",
    Op.NE: "is niet",
    Op.IN: "is een van (komma's ertussen)",
    Op.LT: "kleiner dan",
    Op.LTE: "kleiner dan of gelijk aan",
    Op.GT: "groter dan",
    Op.GTE: "groter dan of gelijk aan",
    Op.CONTAINS: "bevat",
    Op.NOT_CONTAINS: "bevat niet",
    Op.ANY_BETWEEN: "een kind is tussen (van-tot, bijvoorbeeld 16-17)",
}


OPERATORS_FOR_KIND = {
    Kind.CHOICE: {Op.EQ, Op.NE, Op.IN},
    Kind.NUMBER: {Op.EQ, Op.NE, Op.LT, Op.LTE, Op.GT, Op.GTE},
    Kind.SET: {Op.CONTAINS, Op.NOT_CONTAINS},
    Kind.AGES: {Op.ANY_BETWEEN},
    Kind.YEARS: {Op.ANY_BETWEEN},
}

# Questions worked out from the children's ages: with no children (a parent who is
# expecting her first) they do not hold, rather than being unknown.
CHILD_QUESTIONS = {
    "children_count",
    "youngest_child_age",
    "oldest_child_age",
    "child_ages",
    "child_birth_years",
}


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    kind: Kind
    choices: tuple[str, ...] = ()


# The facts a rule can ask about. The keys are stored in editors' criteria: rename
# one only with a data migration.
QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        Question(
            "household",
            "Woont samen met (alone, partner, others)",
            Kind.CHOICE,
            ("alone", "partner", "others"),
        ),
        Question(
            "care",
            "Zorg voor de kinderen (full, shared, other_parent, expecting)",
            Kind.CHOICE,
            ("full", "shared", "other_parent", "expecting"),
        ),
        Question("partner_died", "Partner overleden (yes, no)", Kind.CHOICE, YES_NO),
        Question("children_count", "Aantal kinderen", Kind.NUMBER),
        Question("youngest_child_age", "Leeftijd jongste kind", Kind.NUMBER),
        Question("oldest_child_age", "Leeftijd oudste kind", Kind.NUMBER),
        Question("child_ages", "Leeftijden van de kinderen", Kind.AGES),
        Question(
            "child_birth_years",
            "Geboortejaren van de kinderen (uit hun leeftijd)",
            Kind.YEARS,
        ),
        Question(
            "expecting",
            "Is zwanger of verwacht een kind (yes, no)",
            Kind.CHOICE,
            YES_NO,
        ),
        Question(
            "child_disability",
            "Kind met een beperking of ziekte (yes, no)",
            Kind.CHOICE,
            YES_NO,
        ),
        Question(
            "housing",
            "Wonen (rent, own, living_in, other)",
            Kind.CHOICE,
            ("rent", "own", "living_in", "other"),
        ),
        Question(
            "income",
            "Inkomen uit (work, business, bijstand, uwv, study, none, job_loss)",
            Kind.SET,
            ("work", "business", "bijstand", "uwv", "study", "none", "job_loss"),
        ),
        Question("alimony", "Krijgt alimentatie (yes, no)", Kind.CHOICE, YES_NO),
        Question(
            "alimony_trouble",
            "Alimentatie komt niet of niet op tijd (yes, no)",
            Kind.CHOICE,
            YES_NO,
        ),
        Question("debts", "Heeft schulden (yes, no)", Kind.CHOICE, YES_NO),
        Question(
            "low_income", "Laag inkomen, weinig geld (yes, no)", Kind.CHOICE, YES_NO
        ),
        Question(
            "income_band",
            "Inkomen per jaar, met toeslagpartner samen (low, middle, high, not_low)",
            Kind.CHOICE,
            ("low", "middle", "high", "not_low"),
        ),
        Question(
            "legal_problem",
            "Juridisch probleem, bijvoorbeeld scheiding (yes, no)",
            Kind.CHOICE,
            YES_NO,
        ),
        Question(
            "childcare",
            "Kind gaat naar geregistreerde kinderopvang (registered, planned, none)",
            Kind.CHOICE,
            CHILDCARE,
        ),
    )
}


@dataclass(frozen=True)
class Answers:
    """What a parent told the Regelcheck. ``None`` means: not answered or unknown.

    ``child_ages`` is ``None`` when unknown and ``()`` when the parent has no children
    yet (she is expecting her first). ``reference_date`` is the day of the check: the
    children's birth years are worked out from their ages on that day.
    """

    household: str | None = None
    care: str | None = None
    partner_died: str | None = None
    child_ages: tuple[int, ...] | None = None
    expecting: str | None = None
    reference_date: datetime.date | None = None
    child_disability: str | None = None
    housing: str | None = None
    income: frozenset[str] | None = None
    alimony: str | None = None
    alimony_trouble: str | None = None
    debts: str | None = None
    low_income: str | None = None
    # low: about bijstand or minimum wage; middle: up to the verified limit the band
    # question names (valid today); high: above it; not_low: above low, while no
    # verified limit is valid (then a rule can only leave it open).
    income_band: str | None = None
    legal_problem: str | None = None
    # Asked only when it can decide something: a child of 12 or younger and work,
    # an own business or study (the Regelcheck's questions, regelingen/check.py).
    childcare: str | None = None

    @property
    def children_count(self) -> int | None:
        return None if self.child_ages is None else len(self.child_ages)

    @property
    def youngest_child_age(self) -> int | None:
        return min(self.child_ages) if self.child_ages else None

    @property
    def oldest_child_age(self) -> int | None:
        return max(self.child_ages) if self.child_ages else None

    @property
    def child_birth_years(self) -> tuple[tuple[int, int], ...] | None:
        """Per child the first and last year it can have been born in."""
        if self.child_ages is None or self.reference_date is None:
            return None
        day = self.reference_date
        # A child of age a on this day was born after this day a+1 years ago and on
        # or before this day a years ago; only on 31 December is that one year.
        last_day = (day.month, day.day) == (12, 31)
        return tuple(
            (day.year - age - (0 if last_day else 1), day.year - age)
            for age in self.child_ages
        )

    def value(self, key: str):
        """The answer to a question, or None when it was not given."""
        if key not in QUESTIONS:
            raise KeyError(key)
        value = getattr(self, key)
        if value is None or value in ("", "unknown"):
            return None
        if value == () and key not in CHILD_QUESTIONS:
            return None
        return value


@dataclass(frozen=True)
class Criterion:
    question: str
    operator: str
    value: str
    group: int = 1
    reason: str = ""
    # An "open" alternative is enough for "maybe" only: its reason then says in
    # words what is still open, and is shown on the result.
    open: bool = False
    legal_basis: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class SchemeRules:
    """One scheme's criteria, as the check needs them."""

    key: str
    criteria: tuple[Criterion, ...]
    maybe_only: bool = False


@dataclass(frozen=True)
class Outcome:
    key: str
    result: str  # LIKELY, MAYBE or NO
    reasons: tuple[str, ...] = ()
    unanswered: bool = False  # "maybe" partly because a question was not answered
    open_conditions: tuple[str, ...] = ()  # what the answers leave open, in words


@dataclass
class CheckResult:
    likely: list[Outcome] = field(default_factory=list)
    maybe: list[Outcome] = field(default_factory=list)
    no: list[Outcome] = field(default_factory=list)


class CriterionError(ValueError):
    """A criterion an editor wrote that the check cannot use."""


def _int(text: str) -> int:
    try:
        return int(text.strip())
    except (TypeError, ValueError):
        raise CriterionError(
            _("'%(text)s' is geen heel getal.") % {"text": text}
        ) from None


def _range(text: str) -> tuple[int, int]:
    low, sep, high = text.partition("-")
    if not sep:
        raise CriterionError(
            _("'%(text)s' is geen bereik zoals 16-17.") % {"text": text}
        )
    low_int, high_int = _int(low), _int(high)
    if low_int > high_int:
        raise CriterionError(
            _("In '%(text)s' is het eerste getal groter dan het tweede.")
            % {"text": text}
        )
    return low_int, high_int


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def criterion_validate(question: str, operator: str, value: str) -> None:
    """Raise CriterionError with a Dutch message when a criterion cannot be used."""
    if question not in QUESTIONS:
        raise CriterionError(_("Onbekende vraag '%(q)s'.") % {"q": question})
    spec = QUESTIONS[question]
    try:
        op = Op(operator)
    except ValueError:
        raise CriterionError(
            _("Onbekende vergelijking '%(op)s'.") % {"op": operator}
        ) from None
    if op not in OPERATORS_FOR_KIND[spec.kind]:
        raise CriterionError(
            _("De vergelijking '%(op)s' past niet bij '%(q)s'.")
            % {"op": OPERATOR_LABELS[op], "q": spec.label}
        )
    if spec.kind is Kind.NUMBER:
        _int(value)
    elif spec.kind in (Kind.AGES, Kind.YEARS):
        _range(value)
    else:
        items = _items(value) if op is Op.IN else [value.strip()]
        if not items:
            raise CriterionError(_("Vul een waarde in."))
        unknown = [item for item in items if item not in spec.choices]
        if unknown:
            raise CriterionError(
                _("'%(values)s' kan niet. Kies uit: %(choices)s.")
                % {"values": ", ".join(unknown), "choices": ", ".join(spec.choices)}
            )


def criterion_holds(criterion: Criterion, answers: Answers) -> bool | None:
    """True or False, or None when the answer is unknown or the criterion is broken."""
    try:
        criterion_validate(criterion.question, criterion.operator, criterion.value)
    except CriterionError:
        return None
    answer = answers.value(criterion.question)
    if answer is None:
        return None
    op, value = Op(criterion.operator), criterion.value.strip()
    if QUESTIONS[criterion.question].kind is Kind.YEARS:
        return _years_between(answer, *_range(value))
    if answer == () and criterion.question in CHILD_QUESTIONS:
        return False  # no children yet: no child has any age
    match op:
        case Op.EQ:
            return answer == (_int(value) if isinstance(answer, int) else value)
        case Op.NE:
            return answer != (_int(value) if isinstance(answer, int) else value)
        case Op.IN:
            return answer in _items(value)
        case Op.LT:
            return answer < _int(value)
        case Op.LTE:
            return answer <= _int(value)
        case Op.GT:
            return answer > _int(value)
        case Op.GTE:
            return answer >= _int(value)
        case Op.CONTAINS:
            return value in answer
        case Op.NOT_CONTAINS:
            return value not in answer
        case Op.ANY_BETWEEN:
            low, high = _range(value)
            return any(low <= age <= high for age in answer)
    return None  # pragma: no cover - every operator is handled above


def _years_between(years: tuple[tuple[int, int], ...], low: int, high: int):
    """True if a child was surely born in low-high, False if none can have been."""
    if any(low <= first and last <= high for first, last in years):
        return True
    if all(last < low or first > high for first, last in years):
        return False
    return None


def _answered(criterion: Criterion, answers: Answers) -> bool:
    try:
        return answers.value(criterion.question) is not None
    except KeyError:
        return False


def scheme_evaluate(rules: SchemeRules, answers: Answers) -> Outcome | None:
    """The check's outcome for one scheme, or None when it has no criteria."""
    if not rules.criteria:
        return None
    groups: dict[int, list[Criterion]] = {}
    for criterion in rules.criteria:
        groups.setdefault(criterion.group, []).append(criterion)
    reasons: list[str] = []
    open_conditions: list[str] = []
    unknown = False
    for criteria in groups.values():
        results = [criterion_holds(c, answers) for c in criteria]
        held = [c for c, result in zip(criteria, results, strict=True) if result]
        met = [c for c in held if not c.open]
        if met:
            reasons.extend(c.reason for c in met[:1] if c.reason)
        elif held:
            open_conditions.extend(c.reason for c in held[:1] if c.reason)
        elif all(result is False for result in results):
            return Outcome(rules.key, NO)
        elif uncertain := [
            c
            for c, result in zip(criteria, results, strict=True)
            if result is None and c.reason and _answered(c, answers)
        ]:
            # Answered, but the answer cannot settle it (a child of 1 may be born
            # in 2025 or before): say in words what decides it.
            with translation.override(settings.LANGUAGE_CODE):  # see reasons_sentence
                open_conditions.append(
                    _("Dit geldt alleen als %(reason)s.")
                    % {"reason": uncertain[0].reason.strip().rstrip(".")}
                )
        else:
            unknown = True
    if unknown or open_conditions or rules.maybe_only:
        return Outcome(
            rules.key,
            MAYBE,
            tuple(reasons),
            unanswered=unknown,
            open_conditions=tuple(open_conditions),
        )
    return Outcome(rules.key, LIKELY, tuple(reasons))


def schemes_evaluate(
    all_rules: list[SchemeRules] | tuple[SchemeRules, ...], answers: Answers
) -> CheckResult:
    """Sort every scheme with criteria into likely, maybe and no (order kept)."""
    result = CheckResult()
    for rules in all_rules:
        outcome = scheme_evaluate(rules, answers)
        if outcome is not None:
            getattr(result, outcome.result).append(outcome)
    return result


def reasons_sentence(reasons: tuple[str, ...] | list[str]) -> str:
    """'Omdat je huurt, je werkt en je jongste kind jonger is dan 12.'

    Always Dutch: the reasons are the criteria's own words, and criteria are not
    translated (regelingen/seed/translations). A page in another language shows the
    whole sentence marked lang="nl", never half in one language, half in the other."""
    parts = [r.strip().rstrip(".") for r in reasons if r and r.strip()]
    if not parts:
        return ""
    if len(parts) == 1:
        joined = parts[0]
    else:
        joined = ", ".join(parts[:-1]) + " en " + parts[-1]
    with translation.override(settings.LANGUAGE_CODE):
        return _("Omdat %(reasons)s.") % {"reasons": joined}
