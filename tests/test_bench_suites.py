"""`python -m factcheck.bench suites` on small suite files in the public formats, with sentences of our own."""

from __future__ import annotations

import datetime as dt
import json

from factcheck.bench.__main__ import main
from factcheck.bench.suites import SUITES, load_cases

PUBLISHED = dt.date(2026, 3, 2)


def _rt(text: str, mention: str, type_name: str, value: str | None = None, **extra) -> dict:
    """A Recognizers-Text entry with one result; Start/End (inclusive) computed from the text."""
    start = text.index(mention)
    result = {"Text": mention, "TypeName": type_name, "Start": start, "End": start + len(mention) - 1}
    if value is not None:
        result["Resolution"] = {"value": value, "unit": "Dollar"}
    return {"Input": text, "Results": [result], **extra}


def _write(directory, name: str, entries) -> None:
    (directory / name).write_text(json.dumps(entries), encoding="utf-8")


def _row(output: str, suite: str) -> list[str]:
    """The table row of `suite`, split on whitespace."""
    rows = [line.split() for line in output.splitlines() if line.split()[:1] == [suite]]
    assert len(rows) == 1, output
    return rows[0]


def _suites(tmp_path, capsys, *options: str) -> tuple[int, str, str]:
    code = main(["suites", "--dir", str(tmp_path), *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _currency(tmp_path) -> None:
    _write(tmp_path, "CurrencyModel.json", [
        # found, full span, value right; "$2 million" is a money fact no gold names: spurious
        _rt("The ferry cost $14.3 million to build and $2 million a year to run.", "$14.3 million", "currency", "14300000"),
        # found, value wrong on purpose: the check must compare
        _rt("The new bridge cost $2 billion.", "$2 billion", "currency", "2000000"),
        _rt("Lunch came to seven kuai at the stall.", "seven kuai", "currency", "7"),  # an unknown currency: missed
        _rt("Dinner was 9 dollars.", "9 dollars", "currency", "9", NotSupported="javascript, python"),
    ])


def test_recognizers_and_quantulum_suites_are_scored(tmp_path, capsys):
    _currency(tmp_path)
    _write(tmp_path, "quantities.json", [
        {"req": "The trail climbs 300 metres over 4 km.",
         "res": [{"value": 300, "unit": "metre", "surface": "300 metres"}, {"value": 4, "unit": "kilometre", "surface": "4 km"}]},
        {"req": "Some 1,200 volunteers planted 45 percent of the saplings.",
         "res": [{"value": 45, "unit": "percentage", "surface": "45 percent"}]},
    ])
    text = "The council met on 14 May to vote."
    _write(tmp_path, "DateExtractor.json",
           [{"Input": text, "Results": [{"Text": "14 May", "Type": "date", "Start": text.index("14 May"), "Length": 6}]}])
    code, out, _ = _suites(tmp_path, capsys, "--examples", "5")
    assert code == 0
    assert "published 2026-03-02" in out.splitlines()[0]
    # suite, cases, gold, found, recall, full span, value ok, spurious, notes
    assert _row(out, "Currency")[:8] == ["Currency", "3", "3", "2", "66.7%", "2", "1/2", "1"]
    assert "1 skipped as not supported" in " ".join(_row(out, "Currency")[8:])
    assert _row(out, "quantulum3")[:8] == ["quantulum3", "2", "3", "3", "100.0%", "3", "3/3", "-"]
    assert _row(out, "Date")[:8] == ["Date", "1", "1", "1", "100.0%", "1", "-", "-"]
    assert "'seven kuai' in 'Lunch came to seven kuai at the stall.'" in out  # the --examples list
    assert "Dinner" not in out


def test_all_entries_scores_the_entries_marked_unsupported_in_python(tmp_path, capsys):
    _currency(tmp_path)
    code, out, _ = _suites(tmp_path, capsys, "--all-entries")
    assert code == 0
    assert _row(out, "Currency")[:8] == ["Currency", "4", "4", "3", "75.0%", "3", "2/3", "1"]
    assert "skipped" not in " ".join(_row(out, "Currency")[8:])


def test_examples_are_off_by_default_and_published_is_echoed(tmp_path, capsys):
    _currency(tmp_path)
    code, out, _ = _suites(tmp_path, capsys, "--published", "2025-01-31")
    assert code == 0 and "published 2025-01-31" in out.splitlines()[0]
    assert "seven kuai" not in out


def test_offsets_that_disagree_fall_back_to_the_text_and_reference_date_wins(tmp_path):
    text = "The council met on Tuesday, again on Tuesday and once more on Tuesday."
    first, second, third = (i for i in range(len(text)) if text.startswith("Tuesday", i))
    results = [
        {"Text": "Tuesday", "Type": "date", "Start": third, "End": third + 6},  # inclusive End, right: the third
        {"Text": "Tuesday", "Type": "date", "Start": 3, "Length": 7},  # wrong offsets: first unused occurrence
        {"Text": "Tuesday", "Type": "date", "Start": 5, "End": 11},  # wrong again: the next unused one
    ]
    _write(tmp_path, "DateExtractor.json",
           [{"Input": text, "Context": {"ReferenceDateTime": "2017-09-01T00:00:00"}, "Results": results}])
    suite = next(s for s in SUITES if s.name == "Date")
    cases, skipped, unscored = load_cases(tmp_path / "DateExtractor.json", suite, PUBLISHED)
    assert (skipped, unscored) == (0, 0)
    assert cases[0].published == dt.date(2017, 9, 1)
    assert [(g.start, g.end) for g in cases[0].gold] == [(third, third + 7), (first, first + 7), (second, second + 7)]


def test_gold_without_a_value_is_not_scored_and_age_is_read_in_years(tmp_path):
    text = "The calf is 8 months old; its age in days was not given."
    age, days = _rt(text, "8 months old", "age")["Results"][0], _rt(text, "days", "age")["Results"][0]
    age["Resolution"], days["Resolution"] = {"value": "8", "unit": "Month"}, {"value": None, "unit": "Day"}
    entries = [{"Input": text, "Results": [age, days]}]
    _write(tmp_path, "AgeModel.json", entries)
    suite = next(s for s in SUITES if s.name == "Age")
    cases, _, unscored = load_cases(tmp_path / "AgeModel.json", suite, PUBLISHED)
    assert unscored == 1 and len(cases[0].gold) == 1
    assert abs(cases[0].gold[0].value - 8 / 12) < 1e-12


def test_empty_directory_exits_2_naming_the_files(tmp_path, capsys):
    code, out, err = _suites(tmp_path, capsys)
    assert code == 2 and out == ""
    assert "CurrencyModel.json" in err and "quantities.json" in err and "Traceback" not in err


def test_malformed_suite_file_is_skipped_and_the_rest_scored(tmp_path, capsys):
    _currency(tmp_path)
    (tmp_path / "PercentModel.json").write_text("[{not json", encoding="utf-8")
    _write(tmp_path, "NumberModel.json", {"Input": "a dict, not a list"})
    _write(tmp_path, "AgeModel.json", [{"Input": "no results here"}])
    code, out, _ = _suites(tmp_path, capsys)
    assert code == 0
    assert "PercentModel.json: skipped: " in out
    assert "NumberModel.json: skipped: not a JSON list" in out
    assert "AgeModel.json: skipped: entry 0 has no 'Input' text and 'Results' list" in out
    assert _row(out, "Currency")[1] == "3"
    assert not any(line.split()[:1] in (["Percent"], ["Number"], ["Age"]) for line in out.splitlines())
