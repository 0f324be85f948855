"""Pure rules for step-by-step plans (GOV.UK step-by-step pattern)."""

AND = "en"
OR = "of"


def step_labels(logics: list[str]) -> list[str]:
    """What stands in each step's circle: a number, or 'en' / 'of'.

    A step linked to the previous one with 'en' (do both) or 'of' (do one of them)
    shares the previous step's number and shows the word instead. The first step is
    always number 1, whatever its logic says.
    """
    labels, number = [], 0
    for index, logic in enumerate(logics):
        if index > 0 and logic in (AND, OR):
            labels.append(logic)
        else:
            number += 1
            labels.append(str(number))
    return labels


def step_numbers(logics: list[str]) -> list[int]:
    """The number each step belongs to ('en'/'of' steps belong to the one before)."""
    numbers, number = [], 0
    for index, logic in enumerate(logics):
        if index == 0 or logic not in (AND, OR):
            number += 1
        numbers.append(number)
    return numbers
