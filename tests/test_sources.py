"""Sources: discovery, safe reading, front matter, publication dates, line numbers."""

from __future__ import annotations

import codecs
import datetime as dt
import os
from pathlib import Path

import pytest

from factcheck import Settings, run
from factcheck.pipeline import collect_facts
from factcheck.rulepack import load_rulepack
from factcheck.sources import load
from .conftest import write_file as _write

FALLBACK = dt.date(2020, 2, 2)




def _load_one(path: Path, **kwargs):
    docs, skipped = load([path], **kwargs)
    assert skipped == [], skipped
    assert len(docs) == 1
    return docs[0]


def _by_id(docs):
    return {d.id: d for d in docs}


# --- discovery ----------------------------------------------------------------------------------

def test_txt_and_md_are_read_other_suffixes_ignored_in_folders(tmp_path):
    _write(tmp_path / "notes.txt", "Acme grew.\n")
    _write(tmp_path / "story.md", "Borealis shrank.\n")
    _write(tmp_path / "long.markdown", "Trellis Labs hired.\n")
    _write(tmp_path / "table.csv", "a,b\n1,2\n")
    _write(tmp_path / "script.py", "print('x')\n")
    docs, skipped = load([tmp_path])
    assert [d.id for d in docs] == ["long.markdown", "notes.txt", "story.md"]
    assert skipped == []
    assert _by_id(docs)["notes.txt"].text == "Acme grew.\n"
    assert _by_id(docs)["story.md"].text == "Borealis shrank.\n"


def test_suffix_match_is_case_insensitive(tmp_path):
    _write(tmp_path / "LOUD.MD", "Acme grew.\n")
    _write(tmp_path / "OLD.TXT", "Borealis shrank.\n")
    docs, _ = load([tmp_path])
    assert sorted(d.id for d in docs) == ["LOUD.MD", "OLD.TXT"]


def test_explicit_file_is_read_whatever_its_suffix(tmp_path):
    path = _write(tmp_path / "memo.rst", "Acme grew.\n")
    doc = _load_one(path)
    assert doc.id == "memo.rst"
    assert doc.text == "Acme grew.\n"


def test_hidden_files_and_folders_are_ignored(tmp_path):
    _write(tmp_path / ".draft.md", "hidden file\n")
    _write(tmp_path / ".cache" / "old.md", "hidden folder\n")
    _write(tmp_path / "sub" / ".secret" / "deep.txt", "hidden nested folder\n")
    _write(tmp_path / "sub" / "seen.txt", "visible\n")
    docs, skipped = load([tmp_path])
    assert [d.id for d in docs] == ["sub/seen.txt"]
    assert skipped == []


def test_documents_are_sorted_by_id_with_posix_relative_ids(tmp_path):
    _write(tmp_path / "zeta.md", "z\n")
    _write(tmp_path / "alpha" / "beta" / "gamma.txt", "g\n")
    _write(tmp_path / "alpha" / "omega.md", "o\n")
    _write(tmp_path / "middle.txt", "m\n")
    docs, _ = load([tmp_path])
    assert [d.id for d in docs] == ["alpha/beta/gamma.txt", "alpha/omega.md", "middle.txt", "zeta.md"]
    assert Path(_by_id(docs)["alpha/omega.md"].path) == tmp_path / "alpha" / "omega.md"


def test_exclude_patterns_drop_files(tmp_path):
    _write(tmp_path / "drafts" / "wip.md", "w\n")
    _write(tmp_path / "final.md", "f\n")
    _write(tmp_path / "final.bak.md", "b\n")
    docs, skipped = load([tmp_path], exclude=("drafts/*", "*.bak.md"))
    assert [d.id for d in docs] == ["final.md"]
    assert skipped == []


def test_missing_path_is_skipped_not_raised(tmp_path):
    missing = tmp_path / "nowhere"
    _write(tmp_path / "real.txt", "r\n")
    docs, skipped = load([missing, tmp_path / "real.txt"])
    assert [d.id for d in docs] == ["real.txt"]
    assert len(skipped) == 1
    assert skipped[0].path == str(missing)
    assert "no such file" in skipped[0].reason


def test_broken_symlink_in_folder_is_skipped_with_reason(tmp_path):
    _write(tmp_path / "good.md", "g\n")
    (tmp_path / "dangling.md").symlink_to(tmp_path / "gone.md")
    docs, skipped = load([tmp_path])
    assert [d.id for d in docs] == ["good.md"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("dangling.md", "broken symlink")]


def test_broken_symlink_given_explicitly_is_skipped_with_reason(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    docs, skipped = load([link])
    assert docs == []
    assert len(skipped) == 1
    assert skipped[0].path == str(link)
    assert "symlink" in skipped[0].reason


def test_symlink_loop_is_reported_and_does_not_hang(tmp_path):
    _write(tmp_path / "corpus" / "a.md", "a\n")
    os.symlink(tmp_path / "corpus", tmp_path / "corpus" / "again")
    docs, skipped = load([tmp_path / "corpus"])
    assert [d.id for d in docs] == ["a.md"]
    assert len(skipped) == 1
    assert "loop" in skipped[0].reason


def test_skipped_files_are_sorted_by_path(tmp_path):
    _write(tmp_path / "z.txt", b"z\x00z")
    _write(tmp_path / "a.txt", b"a\x00a")
    _write(tmp_path / "m.txt", b"m\x00m")
    _, skipped = load([tmp_path])
    assert [Path(s.path).name for s in skipped] == ["a.txt", "m.txt", "z.txt"]


def test_same_relative_path_under_two_folders_gets_distinct_ids(tmp_path):
    # Fact ids are "<document id>:<offset>", so two documents must never share an id.
    _write(tmp_path / "outlet1" / "story.md", "Acme invested $2.1 billion in Borealis.\n")
    _write(tmp_path / "outlet2" / "story.md", "Acme invested $2.9 billion in Borealis.\n")
    docs, skipped = load([tmp_path / "outlet1", tmp_path / "outlet2"])
    assert skipped == []
    assert len(docs) == 2
    assert len({d.id for d in docs}) == 2


def test_same_file_name_in_two_folders_keeps_both_sides_of_a_finding(tmp_path):
    _write(tmp_path / "outlet1" / "story.md", "Acme invested $2.1 billion in Borealis.\n")
    _write(tmp_path / "outlet2" / "story.md", "Acme invested $2.9 billion in Borealis.\n")
    result = run(Settings(paths=(tmp_path / "outlet1", tmp_path / "outlet2")))
    assert len({f.id for f in result.facts}) == len(result.facts)
    (finding,) = [f for f in result.findings if f.verdict == "contradiction"]
    assert sorted(result.fact(i).text for i in finding.facts) == ["$2.1 billion", "$2.9 billion"]


# --- size limits and binary data ---------------------------------------------------------------

def test_binary_file_with_nul_bytes_is_skipped_with_reason(tmp_path):
    _write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _write(tmp_path / "ok.txt", "fine\n")
    docs, skipped = load([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert len(skipped) == 1
    assert Path(skipped[0].path).name == "image.txt"
    assert "binary" in skipped[0].reason
    assert "NUL" in skipped[0].reason


def test_file_over_max_bytes_is_skipped_with_the_limit_named(tmp_path):
    _write(tmp_path / "big.txt", "x" * 200)
    _write(tmp_path / "small.txt", "x" * 20)
    docs, skipped = load([tmp_path], max_bytes=100)
    assert [d.id for d in docs] == ["small.txt"]
    assert len(skipped) == 1
    assert Path(skipped[0].path).name == "big.txt"
    assert "100" in skipped[0].reason
    assert "200" in skipped[0].reason
    assert "limit" in skipped[0].reason


def test_file_exactly_at_max_bytes_is_read(tmp_path):
    _write(tmp_path / "edge.txt", "y" * 100)
    docs, skipped = load([tmp_path], max_bytes=100)
    assert [d.id for d in docs] == ["edge.txt"]
    assert skipped == []


# --- encodings ------------------------------------------------------------------------------------

def test_utf8_with_bom_is_decoded_without_the_bom(tmp_path):
    path = _write(tmp_path / "bom.txt", codecs.BOM_UTF8 + "Caf\u00e9 Borealis opened.\n".encode("utf-8"))
    doc = _load_one(path)
    assert doc.text == "Caf\u00e9 Borealis opened.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, encoding):
    text = "Na\u00efve Trellis Labs \u2014 \u20ac5 billion.\n"
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    path = _write(tmp_path / "wide.txt", bom + text.encode(encoding))
    doc = _load_one(path)
    assert doc.text == text


def test_cp1252_bytes_are_decoded(tmp_path):
    path = _write(tmp_path / "legacy.txt", b"caf\xe9 costs \x80 5")
    doc = _load_one(path)
    assert doc.text == "caf\u00e9 costs \u20ac 5"


def test_crlf_line_endings_are_normalized(tmp_path):
    path = _write(tmp_path / "win.txt", b"First line.\r\nSecond line.\r\n")
    doc = _load_one(path)
    assert doc.text == "First line.\nSecond line.\n"


def test_utf8_bom_before_front_matter_still_finds_it(tmp_path):
    content = "---\npublished: 2025-05-06\ntitle: Bom Story\n---\nBody.\n"
    path = _write(tmp_path / "bom.md", codecs.BOM_UTF8 + content.encode("utf-8"))
    doc = _load_one(path)
    assert doc.published == dt.date(2025, 5, 6)
    assert doc.title == "Bom Story"
    assert doc.text == "Body.\n"
    assert doc.line_offset == 4


# --- front matter ------------------------------------------------------------------------------------

def test_front_matter_published_as_yaml_date_title_and_source(tmp_path):
    path = _write(tmp_path / "a.md", "---\ntitle: Borealis Raises Funds\npublished: 2025-11-02\n"
                                     "source: The Widget Weekly\n---\nBorealis raised money.\n")
    doc = _load_one(path, published=FALLBACK)
    assert doc.published == dt.date(2025, 11, 2)
    assert doc.published_from == "front matter"
    assert doc.title == "Borealis Raises Funds"
    assert doc.source == "The Widget Weekly"
    assert doc.text == "Borealis raised money.\n"
    assert doc.line_offset == 5
    assert doc.warnings == ()


def test_front_matter_published_as_quoted_string(tmp_path):
    path = _write(tmp_path / "a.md", '---\npublished: "2025-11-03"\n---\nText.\n')
    doc = _load_one(path, published=FALLBACK)
    assert doc.published == dt.date(2025, 11, 3)
    assert doc.published_from == "front matter"


def test_front_matter_published_as_datetime(tmp_path):
    path = _write(tmp_path / "a.md", "---\npublished: 2025-11-04T21:30:00Z\n---\nText.\n")
    doc = _load_one(path)
    assert doc.published == dt.date(2025, 11, 4)
    assert doc.published_from == "front matter"


def test_front_matter_date_key(tmp_path):
    path = _write(tmp_path / "a.md", "---\ndate: 2025-06-13\n---\nText.\n")
    doc = _load_one(path, published=FALLBACK)
    assert doc.published == dt.date(2025, 6, 13)
    assert doc.published_from == "front matter"


@pytest.mark.parametrize("value, day", [
    ("Tue, 04 Jan 2026 09:00:00 GMT", dt.date(2026, 1, 4)),   # as feeds and mail headers write it
    ("January 4th, 2026 at 9:00 AM", dt.date(2026, 1, 4)),
    ("4 janvier 2026", dt.date(2026, 1, 4)),
    ("2026/01/04", dt.date(2026, 1, 4)),
    ("13/01/2026", dt.date(2026, 1, 13)),                     # 13 can only be the day
])
def test_front_matter_date_in_other_forms(tmp_path, value, day):
    path = _write(tmp_path / "a.md", f'---\npublished: "{value}"\n---\nText.\n')
    doc = _load_one(path, published=FALLBACK)
    assert (doc.published, doc.published_from) == (day, "front matter")


@pytest.mark.parametrize("value", ["04/01/2026", "yesterday", "3 days ago", "Jan 2026", "2026-13-01"])
def test_front_matter_value_that_names_no_single_day_is_no_date(tmp_path, value):
    path = _write(tmp_path / "a.md", f'---\npublished: "{value}"\n---\nText.\n')
    doc = _load_one(path, published=FALLBACK)
    assert (doc.published, doc.published_from) == (FALLBACK, "--published")
    assert any(value in w and "not a date" in w for w in doc.warnings)


def test_front_matter_value_that_is_not_a_date_warns_and_falls_back(tmp_path):
    path = _write(tmp_path / "a.md", "---\npublished: soon\n---\nText.\n")
    doc = _load_one(path, published=FALLBACK)
    assert doc.published == FALLBACK
    assert doc.published_from == "--published"
    assert any("published" in w and "soon" in w for w in doc.warnings)


def test_front_matter_date_with_no_such_day_warns_and_keeps_the_rest(tmp_path):
    path = _write(tmp_path / "a.md", "---\npublished: 2025-13-45\ntitle: Plant closes\nsource: Tessholm Courier\n---\nText.\n")
    doc = _load_one(path, published=FALLBACK)
    assert (doc.published, doc.published_from) == (FALLBACK, "--published")
    assert (doc.title, doc.source) == ("Plant closes", "Tessholm Courier")
    assert doc.warnings == ("front matter published: '2025-13-45' is not a date",)


def test_front_matter_source_that_is_no_single_value_is_ignored_with_warning(tmp_path):
    path = _write(tmp_path / "a.md", "---\npublished: 2025-01-04\nsource: {name: Courier}\n---\nText.\n")
    doc = _load_one(path)
    assert (doc.published, doc.source) == (dt.date(2025, 1, 4), None)
    assert doc.warnings == ("front matter source: not a single value, ignored",)


def test_front_matter_nested_too_deeply_is_ignored_with_warning(tmp_path):
    path = _write(tmp_path / "a.md", "---\nkey: " + "[" * 5000 + "]" * 5000 + "\n---\nText.\n")
    doc = _load_one(path)
    assert doc.text == "Text.\n"
    assert len(doc.warnings) == 1 and "front matter" in doc.warnings[0]


def test_malformed_front_matter_document_still_read_with_warning(tmp_path):
    path = _write(tmp_path / "a.md", "---\ntitle: [never closed\npublished: 2025-01-01\n---\n"
                                     "Acme hired Ona Vetch.\n")
    docs, skipped = load([path])
    assert skipped == []
    (doc,) = docs
    assert doc.text == "Acme hired Ona Vetch.\n"
    assert doc.line_offset == 4
    assert len(doc.warnings) == 1
    assert "front matter" in doc.warnings[0]
    assert doc.published is None


def test_front_matter_that_is_not_a_mapping_warns(tmp_path):
    path = _write(tmp_path / "a.md", "---\n- one\n- two\n---\nBody.\n")
    doc = _load_one(path)
    assert doc.text == "Body.\n"
    assert any("mapping" in w for w in doc.warnings)


def test_unclosed_front_matter_is_read_as_text_with_warning(tmp_path):
    content = "---\ntitle: Lost\nAcme grew.\n"
    doc = _load_one(_write(tmp_path / "a.md", content))
    assert doc.text == content
    assert doc.line_offset == 0
    assert any("not closed" in w for w in doc.warnings)


def test_front_matter_only_parsed_in_markdown(tmp_path):
    content = "---\npublished: 2025-11-02\n---\nPlain text file.\n"
    doc = _load_one(_write(tmp_path / "a.txt", content))
    assert doc.text == content
    assert doc.line_offset == 0
    assert doc.published_from != "front matter"


def test_title_falls_back_to_first_heading(tmp_path):
    doc = _load_one(_write(tmp_path / "a.md", "\n\n# Trellis Labs Expands\n\nBody.\n"))
    assert doc.title == "Trellis Labs Expands"
    assert doc.source is None


# --- datelines and the --published fallback ------------------------------------------------------------

def test_published_dateline_with_time_and_zone(tmp_path):
    doc = _load_one(_write(tmp_path / "a.txt", "Borealis Hits a Milestone\nPublished Jan 4, 2026 9:00 AM EST\n\n"
                                                  "Borealis reported results.\n"), published=FALLBACK)
    assert doc.published == dt.date(2026, 1, 4)
    assert doc.published_from == "dateline"


def test_date_colon_iso_line(tmp_path):
    doc = _load_one(_write(tmp_path / "a.md", "# Notes\n\ndate: 2025-06-13\n\nAcme shipped.\n"), published=FALLBACK)
    assert doc.published == dt.date(2025, 6, 13)
    assert doc.published_from == "dateline"


@pytest.mark.parametrize("line,expected", [
    ("Updated: 4 January 2026", dt.date(2026, 1, 4)),
    ("Posted on Sept. 9, 2025", dt.date(2025, 9, 9)),
    ("published March 3 2024", dt.date(2024, 3, 3)),
])
def test_other_dateline_shapes(tmp_path, line, expected):
    doc = _load_one(_write(tmp_path / "a.txt", f"{line}\nText.\n"))
    assert doc.published == expected
    assert doc.published_from == "dateline"


def test_dateline_far_down_the_text_is_ignored(tmp_path):
    filler = "".join(f"Paragraph {i} here.\n" for i in range(40))
    doc = _load_one(_write(tmp_path / "a.txt", filler + "Published Jan 4, 2026\n"), published=FALLBACK)
    assert doc.published == FALLBACK
    assert doc.published_from == "--published"


def test_front_matter_beats_dateline(tmp_path):
    doc = _load_one(_write(tmp_path / "a.md", "---\npublished: 2025-11-02\n---\nPublished Jan 4, 2026\n\nText.\n"))
    assert doc.published == dt.date(2025, 11, 2)
    assert doc.published_from == "front matter"


def test_dateline_after_front_matter_without_date(tmp_path):
    doc = _load_one(_write(tmp_path / "a.md", "---\ntitle: Story\n---\nPublished Jan 4, 2026\n\nText.\n"),
                    published=FALLBACK)
    assert doc.published == dt.date(2026, 1, 4)
    assert doc.published_from == "dateline"
    assert doc.title == "Story"


def test_fallback_used_only_when_nothing_else(tmp_path):
    _write(tmp_path / "meta.md", "---\npublished: 2025-11-02\n---\nText.\n")
    _write(tmp_path / "line.txt", "Published Jan 4, 2026\nText.\n")
    _write(tmp_path / "bare.txt", "Acme said nothing about dates.\n")
    docs = _by_id(load([tmp_path], published=FALLBACK)[0])
    assert (docs["meta.md"].published, docs["meta.md"].published_from) == (dt.date(2025, 11, 2), "front matter")
    assert (docs["line.txt"].published, docs["line.txt"].published_from) == (dt.date(2026, 1, 4), "dateline")
    assert (docs["bare.txt"].published, docs["bare.txt"].published_from) == (FALLBACK, "--published")


def test_no_date_and_no_fallback_leaves_published_empty(tmp_path):
    doc = _load_one(_write(tmp_path / "a.txt", "Acme said nothing about dates.\n"))
    assert doc.published is None
    assert doc.published_from is None


# --- line numbers and offsets of facts ------------------------------------------------------------------

def _collect(paths, published=None):
    settings = Settings(paths=tuple(paths), published=published)
    return collect_facts(settings, load_rulepack(None))


def _file_line(path: Path, number: int) -> str:
    return path.read_text(encoding="utf-8").splitlines()[number - 1]


def test_fact_lines_account_for_front_matter(tmp_path):
    path = _write(tmp_path / "deal.md",
                  "---\n"                                   # 1
                  "title: Acme and Borealis\n"              # 2
                  "published: 2025-11-02\n"                 # 3
                  "source: The Widget Weekly\n"             # 4
                  "---\n"                                   # 5
                  "# Acme and Borealis\n"                   # 6
                  "\n"                                      # 7
                  "Acme invested $2.1 billion in Borealis.\n"  # 8
                  "\n"                                      # 9
                  "Later, Borealis posted revenue of $640 million.\n")  # 10
    documents, skipped, facts = _collect([tmp_path])
    assert skipped == []
    (doc,) = documents
    by_text = {f.text: f for f in facts}
    assert by_text["$2.1 billion"].line == 8
    assert by_text["$640 million"].line == 10
    for fact in facts:
        assert doc.text[fact.start:fact.end] == fact.text
        line = _file_line(path, fact.line)
        assert line[fact.column - 1:fact.column - 1 + len(fact.text)] == fact.text


def test_fact_lines_without_front_matter_and_with_crlf(tmp_path):
    _write(tmp_path / "notes.txt", b"Intro line.\r\n\r\nAcme invested $3 billion in Trellis Labs.\r\n")
    documents, _, facts = _collect([tmp_path])
    (doc,) = documents
    (fact,) = [f for f in facts if f.text == "$3 billion"]
    assert fact.line == 3
    assert fact.column == len("Acme invested ") + 1
    assert doc.text[fact.start:fact.end] == "$3 billion"


def test_fact_lines_after_malformed_front_matter(tmp_path):
    path = _write(tmp_path / "bad.md", "---\ntitle: [oops\n---\nAcme invested $4 billion in Borealis.\n")
    documents, _, facts = _collect([path])
    (doc,) = documents
    (fact,) = [f for f in facts if f.text == "$4 billion"]
    assert fact.line == 4
    assert _file_line(path, fact.line).startswith("Acme invested $4 billion")
    assert doc.text[fact.start:fact.end] == fact.text


def test_run_gives_published_date_to_facts(tmp_path):
    _write(tmp_path / "a.md", "---\npublished: 2025-11-02\n---\nAcme invested $2 billion in Borealis.\n")
    _write(tmp_path / "b.txt", "Acme invested $2 billion in Borealis.\n")
    result = run(Settings(paths=(tmp_path,), published=FALLBACK))
    published = {f.document: f.published for f in result.facts if f.text == "$2 billion"}
    assert published == {"a.md": dt.date(2025, 11, 2), "b.txt": FALLBACK}
