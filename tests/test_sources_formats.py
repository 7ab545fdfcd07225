"""Sources beyond text and Markdown: HTML, JSON Lines, JSON, encodings, datelines, limits.

Fixtures live in tests/fixtures/sources/ (one file per format and failure mode);
bytes in other encodings are written by the tests.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import time
from pathlib import Path

import pytest

from factcheck.pipeline import collect_facts
from factcheck.rulepack import load_rulepack
from factcheck.settings import Settings
from factcheck.sources import load
from factcheck.sources.published import find_dateline
from factcheck.sources.webpage import NO_MAIN_TEXT, TOO_DEEP
from .conftest import write_file as _write

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
FALLBACK = dt.date(2025, 7, 1)


def _load(path: Path, **kwargs):
    docs, skipped = load([path], **kwargs)
    return {d.id: d for d in docs}, {Path(s.path).name: s.reason for s in skipped}




# --- HTML ------------------------------------------------------------------------------------------

def test_html_main_text_without_boilerplate_with_metadata():
    docs, _ = _load(FIXTURES / "html")
    doc = docs["article.html"]
    assert "Acme invested $2.1 billion in Borealis" in doc.text
    assert "Subscribe" not in doc.text and "Copyright" not in doc.text and "Deals" not in doc.text
    assert doc.title == "Acme Buys Into Borealis"
    assert doc.source == "The Widget Weekly"
    assert (doc.published, doc.published_from) == (dt.date(2025, 6, 13), "html metadata")
    assert doc.suppressions == (("valuation", "the figure is an estimate"),)
    assert doc.warnings == ()


@pytest.mark.parametrize("name,expected", [
    ("article.html", dt.date(2025, 6, 13)),   # <meta article:published_time> beats JSON-LD and <time>
    ("jsonld.html", dt.date(2025, 3, 2)),     # JSON-LD datePublished (in an @graph) beats <time>
    ("timetag.html", dt.date(2025, 2, 1)),    # <time datetime> beats the "Published March 1" line
])
def test_html_date_sources_in_order(name, expected):
    docs, _ = _load(FIXTURES / "html" / name, published=FALLBACK)
    assert (docs[name].published, docs[name].published_from) == (expected, "html metadata")


def test_html_meta_name_variant_and_htm_suffix_are_read(tmp_path):
    _write(tmp_path / "page.htm", '<html><head><meta name="article:published_time" content="2025-04-05">'
                                  "</head><body><p>Acme employs 300 people.</p></body></html>")
    docs, skipped = _load(tmp_path)
    assert skipped == {}
    assert (docs["page.htm"].published, docs["page.htm"].published_from) == (dt.date(2025, 4, 5), "html metadata")


def test_html_bad_meta_date_warns_and_the_next_source_is_used(tmp_path):
    _write(tmp_path / "page.html", '<html><head><meta property="article:published_time" content="yesterday">'
                                   '<script type="application/ld+json">{"datePublished": "2025-05-06"}</script>'
                                   "</head><body><p>Acme employs 300 people.</p></body></html>")
    docs, _ = _load(tmp_path)
    doc = docs["page.html"]
    assert doc.published == dt.date(2025, 5, 6)
    assert any("article:published_time" in w and "yesterday" in w for w in doc.warnings)


def test_html_without_metadata_takes_the_wire_dateline():
    docs, _ = _load(FIXTURES / "html" / "wire.html", published=FALLBACK)
    assert (docs["wire.html"].published, docs["wire.html"].published_from) == (dt.date(2025, 6, 13), "dateline")


def test_html_without_main_text_falls_back_to_visible_text_with_warning():
    docs, _ = _load(FIXTURES / "html" / "comments-only.html")
    doc = docs["comments-only.html"]
    assert "Acme paid $3 million for the warehouse" in doc.text
    assert doc.warnings == (NO_MAIN_TEXT,)
    assert doc.title == "Reader Notes"


def test_html_without_any_text_is_skipped():
    _, skipped = _load(FIXTURES / "html" / "empty.html")
    assert skipped == {"empty.html": "no readable text in the HTML page"}


def test_html_empty_file_is_skipped(tmp_path):
    _write(tmp_path / "blank.html", "   \n")
    _, skipped = _load(tmp_path)
    assert skipped == {"blank.html": "no HTML content"}


# --- JSON Lines --------------------------------------------------------------------------------------

def test_jsonl_records_become_documents():
    docs, _ = _load(FIXTURES / "jsonl", published=FALLBACK)
    assert sorted(docs) == ["stories.jsonl#3", "stories.jsonl#7", "stories.jsonl#late", "stories.jsonl#ledger-1"]
    ledger = docs["stories.jsonl#ledger-1"]
    assert ledger.path.endswith("stories.jsonl")
    assert (ledger.published, ledger.published_from) == (dt.date(2025, 6, 13), "record metadata")
    assert (ledger.title, ledger.source, ledger.line_offset) == ("Acme and Borealis", "The Ledger Wire", 0)
    numbered = docs["stories.jsonl#3"]  # no id: numbered by record, blank lines not counted
    assert numbered.line_offset == 3
    assert numbered.text == "Trellis Labs raised $85 million in March 2024 and now employs 410 people."


def test_jsonl_text_is_kept_exactly_and_a_bad_date_warns():
    docs, _ = _load(FIXTURES / "jsonl", published=FALLBACK)
    late = docs["stories.jsonl#late"]
    assert late.text == "Borealis said revenue reached $640 million last year.\r\nIts founder is 41."
    assert (late.published, late.published_from) == (FALLBACK, "--published")
    assert late.warnings == ("record published: 'soon' is not a date",)


def test_jsonl_bad_lines_are_skipped_one_by_one():
    _, skipped = _load(FIXTURES / "jsonl")
    assert set(skipped) == {f"stories.jsonl#{n}" for n in (5, 6, 7, 8, 9)}
    assert skipped["stories.jsonl#5"].startswith("invalid JSON at column 26")
    assert skipped["stories.jsonl#6"] == "the record has no 'text' field"
    assert skipped["stories.jsonl#7"] == "the record's 'text' is a JSON number, not a string"
    assert skipped["stories.jsonl#8"] == "the record is a JSON array, not an object with a 'text' field"
    assert skipped["stories.jsonl#9"] == "record id 'ledger-1' is used twice (first at line 1)"


def test_jsonl_without_records_is_skipped(tmp_path):
    _write(tmp_path / "none.jsonl", "\n  \n")
    docs, skipped = _load(tmp_path)
    assert docs == {} and skipped == {"none.jsonl": "no records in the file"}


def test_jsonl_fact_lines_point_at_the_record_line():
    _, _, facts = collect_facts(Settings(paths=(FIXTURES / "jsonl",), published=FALLBACK), load_rulepack())
    lines = {(f.document, f.text): f.line for f in facts}
    assert lines[("stories.jsonl#ledger-1", "$2.1 billion")] == 1
    assert lines[("stories.jsonl#3", "$85 million")] == 4
    assert lines[("stories.jsonl#late", "$640 million")] == 10
    # an escaped newline breaks the record's text, not the file: the fact is still on the record's line
    assert lines[("stories.jsonl#ledger-1", "350 people")] == 1


# --- JSON --------------------------------------------------------------------------------------------

def test_json_list_of_records_with_text_lines():
    docs, skipped = _load(FIXTURES / "json" / "stories.json", published=FALLBACK)
    assert sorted(docs) == ["stories.json#3", "stories.json#north-1", "stories.json#north-2"]
    north = docs["stories.json#north-1"]
    assert north.line_offset == 6  # the "text" member is on line 7 of the file
    assert (north.published, north.source, north.title) == (dt.date(2025, 11, 2), "Northbridge Tech Review", "Borealis Grows")
    assert skipped == {"stories.json#15": "the record's 'text' is a JSON number, not a string"}


def test_json_single_record_object():
    docs, _ = _load(FIXTURES / "json" / "single.json")
    doc = docs["single.json#solo"]
    assert (doc.published, doc.title, doc.line_offset) == (dt.date(2025, 9, 9), "Ona Vetch Steps Down", 4)


def test_invalid_json_keeps_records_before_the_error():
    docs, skipped = _load(FIXTURES / "json" / "broken.json")
    assert list(docs) == ["broken.json#first"]
    assert skipped == {"broken.json#3": "invalid JSON at line 3 column 51: expected ',' or '}' in a record"}


@pytest.mark.parametrize("content,reason", [
    ("", "invalid JSON at line 1 column 1: Expecting value"),
    ("[" * 100_000, "invalid JSON at line 1"),
    ('{"text": "a"} trailing', "invalid JSON at line 1 column 15: extra data after the records"),
    ("[1e999999, {\"text\": \"a\"}", "invalid JSON at line 1"),
])
def test_hostile_json_is_skipped_with_a_reason(tmp_path, content, reason):
    _write(tmp_path / "bad.json", content)
    docs, skipped = load([tmp_path / "bad.json"])
    assert docs == [] or all(d.id.startswith("bad.json#") for d in docs)
    assert skipped and skipped[-1].reason.startswith(reason)


def test_json_fact_lines_point_at_the_text_member():
    _, _, facts = collect_facts(Settings(paths=(FIXTURES / "json",), published=FALLBACK), load_rulepack())
    lines = {(f.document, f.text): f.line for f in facts}
    assert lines[("stories.json#north-1", "420 people")] == 7
    assert lines[("single.json#solo", "41")] == 5


# --- datelines and the order of date sources ---------------------------------------------------

@pytest.mark.parametrize("line,hint,expected", [
    ("June 13 (Harbor Wire) - Acme cut jobs.", dt.date(2025, 7, 1), dt.date(2025, 6, 13)),
    ("LISBON, June 13 (Harbor Wire) - Acme cut jobs.", dt.date(2025, 7, 1), dt.date(2025, 6, 13)),
    ("Dec. 30 (Harbor Wire) \u2014 Acme cut jobs.", dt.date(2026, 1, 2), dt.date(2025, 12, 30)),
    ("June 13, 2024 (Harbor Wire) - Acme cut jobs.", None, dt.date(2024, 6, 13)),
    ("June 13 (Harbor Wire) - Acme cut jobs.", None, None),
    ("Updated: 2025-06-13", None, dt.date(2025, 6, 13)),
    ("Published Friday, June 13, 2025", None, dt.date(2025, 6, 13)),
    ("In June 13 (a note) - no", dt.date(2025, 7, 1), None),
])
def test_dateline_shapes(line, hint, expected):
    assert find_dateline(f"{line}\nBody.\n", year_hint=hint) == expected


def test_wire_dateline_without_a_year_needs_a_fallback():
    docs, _ = _load(FIXTURES / "text" / "no-year-no-fallback.txt")
    assert docs["no-year-no-fallback.txt"].published is None
    docs, _ = _load(FIXTURES / "text" / "no-year-no-fallback.txt", published=FALLBACK)
    assert (docs["no-year-no-fallback.txt"].published, docs["no-year-no-fallback.txt"].published_from) == \
        (dt.date(2025, 6, 13), "dateline")


def test_wire_dateline_takes_its_year_from_the_manifest(tmp_path):
    story = _write(tmp_path / "story.txt", "BERLIN, Nov. 4 (Harbor Wire) - Acme opened a plant.\n")
    manifest = _write(tmp_path / "sources.csv", "path,published\nstory.txt,2024-11-05\n")
    docs, _ = load([story], manifest=manifest, published=FALLBACK)
    assert (docs[0].published, docs[0].published_from) == (dt.date(2024, 11, 4), "dateline")


_META = {
    "md": ("story.md", "---\npublished: 2025-01-01\n---\n{body}"),
    "html": ("story.html", '<html><head><meta property="article:published_time" content="2025-01-01"></head>'
                           "<body><p>{body}</p></body></html>"),
    "jsonl": ("story.jsonl", '{{"id": "a", "published": "2025-01-01", "text": {json_body}}}\n'),
}
_PLAIN = {
    "md": ("story.md", "{body}"),
    "html": ("story.html", "<html><body><p>{body}</p></body></html>"),
    "jsonl": ("story.jsonl", '{{"id": "a", "text": {json_body}}}\n'),
}


@pytest.mark.parametrize("fmt", ["md", "html", "jsonl"])
@pytest.mark.parametrize("has_meta,has_dateline,has_manifest,expected", [
    (True, True, True, (dt.date(2025, 1, 1), "metadata")),
    (False, True, True, (dt.date(2025, 2, 2), "dateline")),
    (False, False, True, (dt.date(2025, 3, 3), "manifest")),
    (False, False, False, (FALLBACK, "--published")),
])
def test_date_source_order(tmp_path, fmt, has_meta, has_dateline, has_manifest, expected):
    body = ("Updated: 2025-02-02\n" if has_dateline else "") + "Acme employs 300 people."
    if fmt == "html":
        body = body.replace("\n", "</p><p>")
    name, template = (_META if has_meta else _PLAIN)[fmt]
    path = _write(tmp_path / name, template.format(body=body, json_body=json.dumps(body)))
    manifest = _write(tmp_path / "m.csv", f"path,published\n{name},2025-03-03\n") if has_manifest else None
    (doc,), _ = load([path], manifest=manifest, published=FALLBACK)
    labels = {"md": "front matter", "html": "html metadata", "jsonl": "record metadata"}
    assert (doc.published, doc.published_from) == (expected[0], labels[fmt] if expected[1] == "metadata" else expected[1])


# --- encodings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,data,text,warning", [
    ("utf8.txt", "Caf\u00e9 \u20ac5\n".encode(), "Caf\u00e9 \u20ac5\n", None),
    ("cp1252.txt", "Acme\u2019s caf\u00e9 costs \u20ac5 \u2014 \u201cdear\u201d.".encode("cp1252"),
     "Acme\u2019s caf\u00e9 costs \u20ac5 \u2014 \u201cdear\u201d.", "decoded as cp1252"),
    ("latin1.txt", "M\u00fcller zahlte 300 Euro f\u00fcr die Stra\u00dfe.".encode("latin-1"),
     "M\u00fcller zahlte 300 Euro f\u00fcr die Stra\u00dfe.", "decoded as cp1252"),
    ("cyrillic.txt", ("\u041a\u043e\u043c\u043f\u0430\u043d\u0438\u044f \u0410\u043a\u043c\u0435 "
                      "\u0432\u043b\u043e\u0436\u0438\u043b\u0430 2 \u043c\u0438\u043b\u043b\u0438\u0430\u0440\u0434\u0430. ")
     .encode("cp1251") * 3, None, "decoded as cp1251"),
    ("wide.txt", "Acme invested $2.1 billion in Borealis.\n".encode("utf-16-le"),
     "Acme invested $2.1 billion in Borealis.\n", "decoded as utf_16_le (no byte-order mark)"),
    ("bom16.txt", codecs.BOM_UTF16_BE + "Acme 5%\n".encode("utf-16-be"), "Acme 5%\n", "decoded as utf-16 (byte-order mark)"),
    ("spliced.txt", "Acme\u2019s revenue \u2014 \u201ca record\u201d.\n".encode() * 2 + b"\xff\n",
     "Acme\u2019s revenue \u2014 \u201ca record\u201d.\n" * 2 + "\ufffd\n", "1 byte(s) are not valid UTF-8: replaced with U+FFFD"),
])
def test_encodings_are_detected_and_named_when_not_utf8(tmp_path, name, data, text, warning):
    docs, skipped = _load(_write(tmp_path / name, data))
    assert skipped == {}
    doc = docs[name]
    if text is not None:
        assert doc.text == text
    assert doc.warnings == ((warning,) if warning else ())


@pytest.mark.parametrize("data,reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02", "binary file (contains NUL bytes)"),
    (b"\x00\x01\x02 not text", "binary file (contains NUL bytes)"),  # charset-normalizer calls this UTF-16
    (bytes(range(1, 9)) * 200, "binary file (mostly control characters)"),
])
def test_binary_data_is_skipped(tmp_path, data, reason):
    _, skipped = _load(_write(tmp_path / "blob.txt", data))
    assert skipped == {"blob.txt": reason}


def test_encoding_warning_reaches_every_record_and_html(tmp_path):
    _write(tmp_path / "legacy.jsonl", '{"id": "a", "text": "caf\u00e9 5%"}\n{"id": "b", "text": "\u20ac3"}\n'.encode("cp1252"))
    _write(tmp_path / "legacy.html", "<html><body><p>Caf\u00e9 Borealis employs 300 people.</p></body></html>".encode("cp1252"))
    docs, _ = _load(tmp_path)
    assert docs["legacy.jsonl#a"].text == "caf\u00e9 5%" and docs["legacy.jsonl#b"].text == "\u20ac3"
    assert all(doc.warnings == ("decoded as cp1252",) for doc in docs.values())


# --- limits ------------------------------------------------------------------------------------------

_LINE = "council 42 voted about 1,250 workers in 2025 and $14 billion Mara Belvik, 34, said "


@pytest.mark.parametrize("name,wrap", [
    ("big.txt", lambda body: body),
    ("big.jsonl", lambda body: json.dumps({"id": "x", "text": body}) + "\n"),
    ("big.html", lambda body: f"<html><body><p>{body}</p></body></html>"),
])
def test_20mb_single_line_is_read_without_hanging(tmp_path, name, wrap):
    body = (_LINE * (20_000_000 // len(_LINE) + 1))[:20_000_000]
    _write(tmp_path / name, wrap(body))
    started = time.perf_counter()
    docs, skipped = load([tmp_path / name], max_bytes=25_000_000)
    assert time.perf_counter() - started < 30
    assert skipped == [] and len(docs) == 1
    assert docs[0].text.strip() == body.strip()


def test_5000_nested_elements_do_not_hang(tmp_path):
    _write(tmp_path / "deep.html", "<html><body><p>Acme employs 300 people.</p>" + "<div>" * 5000
           + "<p>Borealis paid $2 million.</p>" + "</div>" * 5000 + "</body></html>")
    _write(tmp_path / "deeper.html", "<html><body>" + "<span>" * 5000 + "Acme" + "</span>" * 5000 + "</body></html>")
    started = time.perf_counter()
    docs, skipped = _load(tmp_path)
    assert time.perf_counter() - started < 30
    assert "Acme employs 300 people." in docs["deep.html"].text
    assert TOO_DEEP in docs["deep.html"].warnings
    assert skipped == {"deeper.html": f"no readable text in the HTML page ({TOO_DEEP})"}


def test_directive_scanning_is_linear(tmp_path):
    _write(tmp_path / "dashes.md", "Acme employs 300 people.\n<!-- factcheck: ignore a" + " --" * 1_000_000 + ">\n")
    started = time.perf_counter()
    docs, _ = _load(tmp_path)
    assert time.perf_counter() - started < 10
    ((what, reason),) = docs["dashes.md"].suppressions
    assert what == "a" and set(reason.split()) == {"--"}


# --- offsets round trip ------------------------------------------------------------------------------

@pytest.mark.parametrize("folder,minimum", [("html", 15), ("jsonl", 10), ("json", 8), ("text", 6)])
def test_fact_offsets_round_trip(folder, minimum):
    documents, _, facts = collect_facts(Settings(paths=(FIXTURES / folder,), published=FALLBACK), load_rulepack())
    by_id = {d.id: d for d in documents}
    assert len(facts) >= minimum
    for fact in facts:
        assert by_id[fact.document].text[fact.start:fact.end] == fact.text


@pytest.mark.parametrize("manifest,message", [
    ("story.txt:\n  published: 2025-13-45\n", "'2025-13-45' is not a date"),
    ("story.txt: " + "[" * 3000 + "]" * 3000 + "\n", "nested too deeply"),
])
def test_yaml_manifest_with_a_bad_value_is_a_config_error_naming_it(tmp_path, manifest, message):
    from factcheck.errors import ConfigError

    story = _write(tmp_path / "story.txt", "Acme employs 1,200 people.\n")
    with pytest.raises(ConfigError) as info:
        load([story], manifest=_write(tmp_path / "sources.yaml", manifest))
    assert "sources.yaml" in str(info.value) and message in str(info.value)
