"""Tests of rule-pack loading and of the default rule pack.

Each folder under ``tests/cases/rules_invalid/`` is a small rule pack with one
mistake; ``cases.yaml`` says where the error must point and what it must say.
The default pack is loaded, checked for complete rules, and every example in it
is run through the extractor and the rule's comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.checks import COMPARISONS
from factcheck.errors import RuleError
from factcheck.extract import Extractor
from factcheck.model import VERDICTS, Document
from factcheck.rulepack import load_rulepack

INVALID = Path(__file__).parent / "cases" / "rules_invalid"
INVALID_CASES = yaml.safe_load((INVALID / "cases.yaml").read_text(encoding="utf-8"))
PACK = load_rulepack()
EXAMPLES = [pytest.param(rule, example, id=f"{rule.id}-{i}-{example['verdict']}")
            for rule in PACK.rules for i, example in enumerate(rule.examples)]


def test_every_invalid_folder_has_a_case():
    folders = {p.name for p in INVALID.iterdir() if p.is_dir()}
    assert folders == set(INVALID_CASES)


@pytest.mark.parametrize("folder", sorted(INVALID_CASES))
def test_invalid_rule_pack(folder):
    case = INVALID_CASES[folder]
    with pytest.raises(RuleError) as info:
        load_rulepack(INVALID / folder)
    text = str(info.value)
    assert f"{case['file']}:{case['line']}:{case['column']}: " in text
    assert case["message"] in text
    if "did_you_mean" in case:
        assert f"did you mean {case['did_you_mean']!r}" in text


def test_rule_file_nested_too_deeply_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "rules.yaml").write_text("rules:\n  - id: x\n    attributes: " + "[" * 3000 + "]" * 3000 + "\n",
                                         encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rulepack(tmp_path)
    assert "rules.yaml" in str(info.value) and "YAML nested too deeply" in str(info.value)


def test_severity_off_silences_a_verdict(tmp_path):
    (tmp_path / "rules.yaml").write_text(
        "rules:\n"
        "  - id: money-amount\n"
        "    description: Amounts should match.\n"
        "    compare: rounding\n"
        "    severity: {contradiction: error, rounding: off}\n"
        "    message: 'Sources disagree: {values}.'\n",
        encoding="utf-8",
    )
    rule = load_rulepack(tmp_path).rule("money-amount")
    assert rule.severity_of("contradiction") == "error"
    assert rule.severity_of("rounding") is None


def test_default_pack_loads():
    assert PACK.rules and PACK.attributes
    assert len({r.id for r in PACK.rules}) == len(PACK.rules)


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_is_documented_and_has_examples(rule):
    assert rule.description.strip() and rule.message.strip()
    verdicts = [e["verdict"] for e in rule.examples]
    assert set(verdicts) <= set(VERDICTS)
    assert "agree" in verdicts, "needs a passing example"
    assert any(v != "agree" for v in verdicts), "needs a failing example"


@pytest.mark.parametrize("rule,example", EXAMPLES)
def test_rule_example(rule, example):
    extractor = Extractor(PACK.attributes)
    published = example.get("published") or [None] * len(example["values"])
    facts = []
    for value, date in zip(example["values"], published):
        found = extractor.extract(Document(id="x", path="x", text=value, published=date)).facts
        matching = [f for f in found if f.kind in rule.kinds]
        assert matching, f"no {'/'.join(rule.kinds)} fact in {value!r}: {[(f.kind, f.text) for f in found]}"
        facts.append(matching[0])
    relation = COMPARISONS[rule.compare](facts[0], facts[1], rule)
    assert (relation.verdict if relation else None) == example["verdict"], relation


def test_qualified_attributes_are_compared_under_their_base_attributes_rules():
    pack = load_rulepack()
    plain = pack.rule_for("valuation", "money", "Acme / valuation")
    assert plain is not None
    assert pack.rule_for("valuation (projected)", "money", "Acme / valuation (projected)") == plain
    assert pack.rule_for("funding (total)", "money", "Acme / funding (total)") == pack.rule_for("funding", "money", "Acme / funding")


def test_an_attribute_with_any_qualifier_is_compared_under_its_rule():
    pack = load_rulepack()
    toll = pack.rule_for("death toll", "count", "Vessa spill / death toll")
    assert toll is not None and toll.compare == "growing"
    assert pack.rule_for("death toll (fish)", "count", "Vessa spill / death toll (fish)") == toll  # counts that may rise
    assert pack.rule_for("injured", "count", "Vessa spill / injured") == toll


def test_event_attribute_flag_is_read():
    pack = load_rulepack()
    assert pack.attribute("death toll").event
    assert not pack.attribute("revenue").event


def test_organization_attribute_flag_is_read():
    pack = load_rulepack()
    assert pack.attribute("revenue").organization and pack.attribute("headcount").organization
    assert not pack.attribute("age").organization and not pack.attribute("stake").organization


def test_the_nouns_an_attribute_counts_decide_which_counts_it_places(tmp_path):
    # a rule pack of our own: a count of "ships" is no crew count, whatever cue is near
    (tmp_path / "attributes.yaml").write_text(
        "attributes:\n  - name: crew\n    kinds: [count]\n    cues: [crew]\n    counts: [sailors, crew]\n", encoding="utf-8")
    pack = load_rulepack(tmp_path)
    assert pack.attribute("crew").counts == ("sailors", "crew")
    doc = Document(id="d", path="d", text="The fleet's crew of 410 sailors sailed in 12 ships, its crew said.")
    found = {f.text: f.attribute for f in Extractor(pack.attributes).extract(doc).facts}
    assert found["410 sailors"] == "crew"
    assert found["12 ships"] is None


def test_event_estimates_are_compared_under_the_estimates_rule_not_as_plain_money():
    pack = load_rulepack()
    for attribute in ("damage", "insured losses", "rebuilding cost", "clean-up cost"):
        rule = pack.rule_for(attribute, "money", f"Storm Orla / {attribute}")
        assert rule is not None and rule.id == "estimates", (attribute, rule and rule.id)
    assert pack.attribute("insured losses").estimate and not pack.attribute("price").estimate
