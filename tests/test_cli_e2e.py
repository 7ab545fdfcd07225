"""End to end: the command line on the demo corpus, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def demo(root, tmp_path_factory):
    """Run `factcheck check examples/corpus` once; return (exit code, report data, stdout)."""
    out = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "examples/corpus",
         "--report", str(out / "report.md"), "--json", str(out / "report.json")],
        cwd=root, capture_output=True, text=True, timeout=120,
    )
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return proc.returncode, data, proc.stdout


def _findings(data, subject):
    return {f["verdict"]: f for f in data["findings"] if f["subject"] == subject}


def _texts(data, ids):
    facts = {f["id"]: f for f in data["facts"]}
    return sorted({facts[i]["text"] for i in ids})


def test_exit_code_is_one_for_an_error_finding(demo):
    code, data, stdout = demo
    assert code == 1
    assert "findings: 1 error, 1 warning, 1 note" in stdout


def test_investment_contradiction_and_rounding(demo):
    _, data, _ = demo
    found = _findings(data, "Meta → Scale AI / investment")
    assert set(found) == {"contradiction", "rounding"}
    assert "$15.8 billion" in _texts(data, found["contradiction"]["facts"])
    assert _texts(data, found["rounding"]["facts"]) == ["$14 billion", "$14.3 billion"]
    assert "rounded to 2 significant figures" in found["rounding"]["explanation"]
    assert found["contradiction"]["severity"] == "error"
    assert found["rounding"]["severity"] == "warning"


def test_age_difference_is_explained_by_time(demo):
    _, data, _ = demo
    found = _findings(data, "Alexandr Wang / age")
    assert set(found) == {"time-explained"}
    assert _texts(data, found["time-explained"]["facts"]) == ["28", "28-year-old", "29", "29-year-old"]
    assert "consistent if born between" in found["time-explained"]["explanation"]


def test_departure_month_agrees_with_late_2025(demo):
    _, data, _ = demo
    assert not _findings(data, "Yann LeCun / departure")
    agreed = {a["subject"]: a for a in data["agreements"]}
    assert sorted(agreed["Yann LeCun / departure"]["values"]) == ["November", "late 2025"]


@pytest.mark.parametrize("text, wrong_subject", [
    ("about $14 billion", "Meta → Scale AI / investment"),  # Scale's earlier valuation
    ("27", "Alexandr Wang / age"),                          # average engineer age
    ("at 19", "Alexandr Wang / age"),                       # age at founding
    ("at age 19", "Alexandr Wang / age"),
    ("$3 billion", "Scale AI / valuation"),                 # the new lab's target
])
def test_traps_are_not_lined_up(demo, text, wrong_subject):
    _, data, _ = demo
    facts = [f for f in data["facts"] if f["text"] == text]
    assert facts, f"{text!r} was not extracted"
    assert all(f["subject"] != wrong_subject for f in facts)
    for finding in data["findings"]:
        assert not {f["id"] for f in facts} & set(finding["facts"])


def test_json_report_is_byte_stable(root, tmp_path):
    outputs = []
    for name in ("a.json", "b.json"):
        subprocess.run([sys.executable, "-m", "factcheck", "check", "examples/corpus", "-q",
                        "--report", str(tmp_path / "r.md"), "--json", str(tmp_path / name)], cwd=root, timeout=120)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]


def test_extract_writes_one_record_per_fact(root, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "factcheck", "extract", "examples/corpus", "--format", "csv",
                           "-o", str(tmp_path / "facts.csv")], cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = (tmp_path / "facts.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,document,line,column,start,end,text,sentence,kind,unit,value,low,high")
    assert len(lines) > 20


def test_usage_errors_exit_two_without_traceback(root, tmp_path):
    for args in (["check", "examples/corpus", "--fail-on", "sometimes"],
                 ["check", "examples/corpus", "--published", "yesterday"],
                 ["check", "examples/corpus", "--rules", str(tmp_path / "missing")]):
        proc = subprocess.run([sys.executable, "-m", "factcheck", *args, "--report", str(tmp_path / "r.md")],
                              cwd=root, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr
        assert "error" in proc.stderr.lower()


def test_rules_commands(root, tmp_path):
    listed = subprocess.run([sys.executable, "-m", "factcheck", "rules", "list"], cwd=root, capture_output=True, text=True)
    assert listed.returncode == 0 and "money-amount" in listed.stdout and "rounding" in listed.stdout
    shown = subprocess.run([sys.executable, "-m", "factcheck", "rules", "show", "age"], cwd=root, capture_output=True, text=True)
    assert shown.returncode == 0 and "compare: age" in shown.stdout and "time-explained" in shown.stdout
    missing = subprocess.run([sys.executable, "-m", "factcheck", "rules", "show", "nope"], cwd=root, capture_output=True, text=True)
    assert missing.returncode == 2 and "known rules" in missing.stderr
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "r.yaml").write_text("rules:\n  - id: x\n    description: d\n    compare: exakt\n    message: m\n", encoding="utf-8")
    checked = subprocess.run([sys.executable, "-m", "factcheck", "rules", "validate", str(bad)], cwd=root, capture_output=True, text=True)
    assert checked.returncode == 2
    assert "r.yaml:4:14: unknown comparison 'exakt'" in checked.stderr and "did you mean 'exact'" in checked.stderr


def _two_outlets(root, tmp_path, a: tuple[str, str], b: tuple[str, str]):
    """Run `factcheck check` on two articles, each (published, text), from two outlets; (process, JSON report)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, source, (published, text) in (("a.md", "Wire A", a), ("b.md", "Paper B", b)):
        (corpus / name).write_text(f"---\npublished: {published}\nsource: {source}\n---\n{text}\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(corpus), "--json", str(tmp_path / "r.json"),
                           "--report", str(tmp_path / "r.md"), "-q"], cwd=root, capture_output=True, text=True, timeout=120)
    return proc, json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))


def test_customer_counts_and_debts_are_compared(root, tmp_path):
    """Two outlets on one day: different subscriber counts contradict; "$3.2 billion" and "about $3 billion" of debt agree."""
    proc, data = _two_outlets(root, tmp_path,
                              ("2026-01-10", "Harven Media said it had 84 million paying subscribers. The company owes $3.2 billion."),
                              ("2026-01-10", "Harven Media has 91 million subscribers, the company said. "
                                             "Harven Media owes about $3 billion."))
    assert proc.returncode == 1
    found = _findings(data, "Harven Media / customers")
    assert set(found) == {"contradiction"}
    assert _texts(data, found["contradiction"]["facts"]) == ["84 million paying subscribers", "91 million subscribers"]
    assert not _findings(data, "Harven Media / debt")
    debts = sorted(f["text"] for f in data["facts"] if f["attribute"] == "debt" and f["entity"] == "Harven Media")
    assert debts == ["$3.2 billion", "about $3 billion"]


def test_fines_of_one_year_are_compared_and_an_earlier_fine_is_not(root, tmp_path):
    """Two outlets: this year's fine given as €62 million and €65 million contradicts; the 2019 fine is another fine."""
    proc, data = _two_outlets(root, tmp_path,
                              ("2026-03-04", "The Grid Markets Authority fined Harrow Energy €62 million on Tuesday for overcharging."),
                              ("2026-03-05", "The Grid Markets Authority fined Harrow Energy €65 million this week. "
                                             "In 2019 the authority fined Harrow Energy €12 million."))
    assert proc.returncode == 1
    found = _findings(data, "Harrow Energy / fine")
    assert set(found) == {"contradiction"}
    assert _texts(data, found["contradiction"]["facts"]) == ["€62 million", "€65 million"]


def test_a_run_of_thousands_of_digits_is_no_figure_and_no_crash(root, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "digits.txt").write_text("The serial was " + "7" * 5000 + ", aged "
                                       + "9" * 5000 + ". Ona Vetch, 41, said revenue was $2 billion.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(corpus), "--published", "2026-01-05",
                           "--report", str(tmp_path / "r.md"), "--json", str(tmp_path / "r.json")], cwd=root, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["skipped"] == []
    assert sorted(f["text"] for f in data["facts"]) == ["$2 billion", "41"]
