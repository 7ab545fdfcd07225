"""Data-driven tests of the comparison kinds in :mod:`factcheck.checks`.

Every ``tests/cases/checks/<comparison>.yaml`` is a list of cases: two facts
``a`` and ``b`` built from explicit fields (no extractor involved), optional
``rule`` parameters, the expected ``verdict`` (null when the facts cannot be
compared) and optionally a substring of the ``explanation``. A new case is one
YAML entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.checks import COMPARISONS
from factcheck.model import DateSpan, Fact, Quantity
from factcheck.rulepack import Rule

CASES = Path(__file__).parent / "cases" / "checks"


def load_cases() -> list:
    """(comparison, case) for every case in every file, with the case id as test id."""
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(path.stem, case, id=case["id"]))
    return params


def pytest_generate_tests(metafunc):
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("comparison,case", load_cases())


def make_fact(spec: dict, name: str) -> Fact:
    """A fact from explicit fields; low/high default to the surface-precision interval."""
    quantity = date = None
    if spec["kind"] == "date":
        date = DateSpan(spec.get("start"), spec.get("end"), spec.get("granularity", "day"), spec.get("mod"))
    else:
        value, step = float(spec["value"]), float(spec.get("step", 0))
        low, high = float(spec.get("low", value - step / 2)), float(spec.get("high", value + step / 2))
        quantity = Quantity(spec["kind"], spec.get("unit"), value, low, high, step, spec.get("qualifier"))
    text = spec["text"]
    return Fact(id=f"{name}:0", document=name, start=0, end=len(text), line=1, column=1, text=text, sentence=text,
                kind=spec["kind"], quantity=quantity, date=date, published=spec.get("published"))


def make_rule(comparison: str, params: dict) -> Rule:
    """The smallest rule that selects `comparison`."""
    return Rule(id=f"test-{comparison}", description="", attributes=(), kinds=(), subject=None, compare=comparison,
                tolerance=float(params.get("tolerance", 0.0)), relative=bool(params.get("relative", True)),
                severity=(), message="", examples=(), where="test")


def test_case(comparison, case):
    rule = make_rule(comparison, case.get("rule", {}))
    a, b = make_fact(case["a"], "a"), make_fact(case["b"], "b")
    relation = COMPARISONS[comparison](a, b, rule)
    assert (relation.verdict if relation else None) == case["verdict"], relation
    if "explanation" in case:
        assert case["explanation"] in relation.explanation
    reverse = COMPARISONS[comparison](b, a, rule)
    assert (reverse.verdict if reverse else None) == case["verdict"], f"not symmetric: {reverse}"


def test_every_comparison_has_cases():
    counts = {name: 0 for name in COMPARISONS}
    for param in load_cases():
        counts[param.values[0]] += 1
    assert all(n >= 6 for n in counts.values()), counts
