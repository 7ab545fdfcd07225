"""Alignment benchmark: are facts lined up under the right subjects?

Runs the real pipeline (read, extract, align) over a hand-labeled corpus and
matches every extracted fact to its label by (document, text, occurrence).
Scoring is pairwise: every pair of labeled facts of which at least one has a
gold or a predicted subject is a "same subject?" decision. A pair is
gold-positive when both gold subjects are equal and not null, and
predicted-positive when both predicted subjects are equal and not null, so
only the grouping counts, never the spelling of a key.

Usage: ``python -m factcheck.bench align [--corpus DIR] [--labels FILE] [--show-errors]``
(or ``python -m factcheck.bench.alignment``). Paths default to the labeled
corpus in ``tests/alignment/`` relative to the current directory.
``--all DIR [--jobs N]`` scores every labeled corpus under DIR (DIR itself and
each folder in it holding ``corpus/`` or a corpus beside ``labels.yaml``),
prints a line for each and the pairs of all of them added up.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import FactcheckError
from ..model import Document, Fact
from ..pipeline import collect_facts
from ..rulepack import load_rulepack
from ..settings import Settings

DEFAULT_CORPUS = Path("tests/alignment/corpus")
DEFAULT_LABELS = Path("tests/alignment/labels.yaml")
LABEL_KEYS = {"document", "text", "occurrence", "subject"}


@dataclass(frozen=True, slots=True)
class Label:
    """The expected subject of one fact, as written in the labels file."""

    document: str
    text: str
    occurrence: int
    subject: str | None


@dataclass(frozen=True, slots=True)
class Item:
    """A labeled fact with what the pipeline made of it."""

    label: Label
    fact: Fact | None
    """The extracted fact, or None when the extractor did not produce it."""
    where: str
    """``document:line`` of the fact, for error listings."""
    sentence: str

    @property
    def predicted(self) -> str | None:
        """Subject key the pipeline gave the fact (None when not extracted)."""
        return self.fact.subject if self.fact else None


@dataclass(frozen=True, slots=True)
class Score:
    """Pairwise counts and the pairs behind them."""

    true_pos: tuple[tuple[Item, Item], ...]
    false_pos: tuple[tuple[Item, Item], ...]
    false_neg: tuple[tuple[Item, Item], ...]

    @property
    def precision(self) -> float:
        """Share of predicted same-subject pairs that are gold pairs."""
        found = len(self.true_pos) + len(self.false_pos)
        return len(self.true_pos) / found if found else 0.0

    @property
    def recall(self) -> float:
        """Share of gold same-subject pairs that were predicted."""
        wanted = len(self.true_pos) + len(self.false_neg)
        return len(self.true_pos) / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of whole matches of `needle`: "47" is not in "$1.47" or "1947"."""
    pattern = re.compile(r"(?<![\w$€£¥])(?<!\d[.,])" + re.escape(needle) + r"(?!\w)(?![.,]\d)")
    return [m.start() for m in pattern.finditer(text)]


def occurrence_of(text: str, needle: str, start: int) -> int:
    """Which occurrence (1-based) of `needle` the mention at `start` is."""
    return sum(1 for s in _occurrences(text, needle) if s < start) + 1


def offset_of(text: str, needle: str, occurrence: int) -> int | None:
    """Offset of the `occurrence`-th whole match of `needle`, or None."""
    found = _occurrences(text, needle)
    return found[occurrence - 1] if 0 < occurrence <= len(found) else None


def load_labels(path: Path) -> list[Label]:
    """Read and check the labels file; raise ValueError naming the bad entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("labels") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a top-level 'labels:' list")
    labels, seen = [], set()
    for index, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or set(entry) != LABEL_KEYS:
            raise ValueError(f"{path}: label {index} must have exactly the keys {sorted(LABEL_KEYS)}: {entry!r}")
        label = Label(str(entry["document"]), str(entry["text"]), int(entry["occurrence"]),
                      str(entry["subject"]) if entry["subject"] is not None else None)
        key = (label.document, label.text, label.occurrence)
        if key in seen:
            raise ValueError(f"{path}: label {index} repeats {key}")
        seen.add(key)
        labels.append(label)
    return labels


def _context(doc: Document, name: str, offset: int) -> tuple[str, str]:
    line = doc.text.count("\n", 0, offset) + 1 + doc.line_offset
    para_start = doc.text.rfind("\n", 0, offset) + 1
    para_end = doc.text.find("\n", offset)
    para = doc.text[para_start:para_end if para_end != -1 else len(doc.text)]
    lo = max(0, offset - para_start - 90)
    return f"{name}:{line}", ("…" if lo else "") + para[lo:lo + 200].strip()


def document_names(documents, corpus: Path) -> dict[str, Document]:
    """Documents by the name labels use: the path relative to the corpus folder."""
    names = {}
    for doc in documents:
        try:
            names[Path(doc.path).relative_to(corpus).as_posix()] = doc
        except ValueError:  # the corpus is a single file
            names[Path(doc.path).name] = doc
    return names


def match(
    documents, facts: list[Fact], labels: list[Label], corpus: Path
) -> tuple[list[Item], list[Fact], list[Label]]:
    """Pair labels with facts: (items, extracted facts without a label, labels not found in the text)."""
    docs = document_names(documents, corpus)
    name_of = {doc.id: name for name, doc in docs.items()}
    by_key = {(name_of[f.document], f.text, occurrence_of(docs[name_of[f.document]].text, f.text, f.start)): f
              for f in facts}
    items, stale = [], []
    for label in labels:
        fact = by_key.pop((label.document, label.text, label.occurrence), None)
        doc = docs.get(label.document)
        offset = offset_of(doc.text, label.text, label.occurrence) if doc else None
        if fact is None and offset is None:
            stale.append(label)
        if fact is not None:
            items.append(Item(label, fact, f"{label.document}:{fact.line}", fact.sentence))
        else:
            where, sentence = (_context(doc, label.document, offset) if offset is not None
                               else (label.document, "(text not found)"))
            items.append(Item(label, None, where, sentence))
    return items, sorted(by_key.values(), key=lambda f: (f.document, f.start)), stale


def score(items: list[Item]) -> Score:
    """Pairwise same-subject decisions over items with a gold or a predicted subject."""
    scored = [i for i in items if i.label.subject is not None or i.predicted is not None]
    tp, fp, fn = [], [], []
    for a, b in itertools.combinations(scored, 2):
        gold = a.label.subject is not None and a.label.subject == b.label.subject
        pred = a.predicted is not None and a.predicted == b.predicted
        (tp if gold and pred else fp if pred else fn if gold else []).append((a, b))
    return Score(tuple(tp), tuple(fp), tuple(fn))


def _pair_lines(title: str, pairs, key) -> list[str]:
    lines = [f"\n{title}: {len(pairs)}"]
    for a, b in sorted(pairs, key=lambda p: (key(p), p[0].where, p[1].where)):
        lines.append(f"  [{key((a, b))}]")
        for item in (a, b):
            lines.append(f"    {item.where}  {item.label.text!r}  gold: {item.label.subject}  predicted: "
                         f"{item.predicted if item.fact else '(not extracted)'}")
            lines.append(f"      {item.sentence}")
    return lines


def report(items: list[Item], unlabeled: list[Fact], stale: list[Label], result: Score, show_errors: bool) -> str:
    """The printed summary, and with `show_errors` the pairs behind FP and FN."""
    matched = sum(1 for i in items if i.fact)
    lines = [
        f"labeled facts: {len(items)} ({sum(1 for i in items if i.label.subject)} with a gold subject)",
        f"matched facts: {matched}   unmatched labels: {len(items) - matched}"
        f" (text not in corpus: {len(stale)})   extracted but unlabeled: {len(unlabeled)}",
        f"pairs: TP {len(result.true_pos)}   FP {len(result.false_pos)}   FN {len(result.false_neg)}",
        f"precision {result.precision:.3f}   recall {result.recall:.3f}   F1 {result.f1:.3f}",
    ]
    if show_errors:
        lines += _pair_lines("false positives (same predicted subject, different gold)", result.false_pos,
                             lambda p: p[0].predicted)
        lines += _pair_lines("false negatives (same gold subject, not the same prediction)", result.false_neg,
                             lambda p: p[0].label.subject)
        missing = [i for i in items if i.fact is None]
        lines.append(f"\nunmatched labels: {len(missing)}")
        lines += [f"  {i.where}  {i.label.text!r}  gold: {i.label.subject}" for i in missing]
        lines.append(f"\nextracted but unlabeled: {len(unlabeled)}")
        lines += [f"  {f.document}:{f.line}  {f.text!r}  predicted: {f.subject}" for f in unlabeled]
    return "\n".join(lines)


def labeled_corpora(root: Path) -> list[tuple[str, Path, Path]]:
    """(name, corpus folder, labels file) of `root` and of each folder in it that holds ``labels.yaml`` and
    ``corpus/``, sorted by name; `root` itself is named after its folder."""
    found = [(p.name, p / "corpus", p / "labels.yaml") for p in sorted(root.iterdir())
             if (p / "labels.yaml").is_file() and (p / "corpus").is_dir()]
    if (root / "labels.yaml").is_file() and (root / "corpus").is_dir():
        found.append((root.name, root / "corpus", root / "labels.yaml"))
    return sorted(found)


def _counts(entry: tuple[str, Path, Path]) -> tuple[str, int, int, int]:
    name, corpus, labels = entry
    documents, _, facts = collect_facts(Settings(paths=(corpus,), jobs=1), load_rulepack())
    result = score(match(documents, facts, load_labels(labels), corpus)[0])
    return name, len(result.true_pos), len(result.false_pos), len(result.false_neg)


def score_all(root: Path, jobs: int = 1, out=print) -> tuple[int, int, int]:
    """Score every labeled corpus under `root` (see :func:`labeled_corpora`) in `jobs` processes; print a line for each
    ("name TP FP FN precision recall") and the pooled line; return the pooled (TP, FP, FN)."""
    entries = labeled_corpora(root)
    if jobs > 1:
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            rows = pool.map(_counts, entries)
    else:
        rows = [_counts(entry) for entry in entries]
    for name, tp, fp, fn in rows:
        out(f"{name} {tp} {fp} {fn} {tp / (tp + fp) if tp + fp else 0.0:.3f} {tp / (tp + fn) if tp + fn else 0.0:.3f}")
    tp, fp, fn = (sum(row[i] for row in rows) for i in (1, 2, 3))
    out(f"pooled over {len(rows)} corpora: TP {tp}   FP {fp}   FN {fn}   "
        f"precision {tp / (tp + fp) if tp + fp else 0.0:.3f}   recall {tp / (tp + fn) if tp + fn else 0.0:.3f}")
    return tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    """Score alignment on the labeled corpus and print the figures."""
    parser = argparse.ArgumentParser(prog="factcheck.bench align", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of labeled documents")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="labels file (YAML)")
    parser.add_argument("--show-errors", action="store_true", help="list false-positive and false-negative pairs")
    parser.add_argument("--all", type=Path, metavar="DIR", help="score every labeled corpus under DIR and add them up")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="processes for --all (default 1)")
    args = parser.parse_args(argv)
    if args.all is not None:
        if not args.all.is_dir() or args.jobs < 1:
            parser.error("--all needs a folder and --jobs 1 or more")
        score_all(args.all, args.jobs)
        return 0
    try:
        labels = load_labels(args.labels)
        documents, skipped, facts = collect_facts(Settings(paths=(args.corpus,)), load_rulepack())
    except (OSError, ValueError, yaml.YAMLError, FactcheckError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for skip in skipped:
        print(f"skipped {skip.path}: {skip.reason}", file=sys.stderr)
    items, unlabeled, stale = match(documents, facts, labels, args.corpus)
    print(f"corpus: {args.corpus} ({len(documents)} documents)   labels: {args.labels}")
    print(report(items, unlabeled, stale, score(items), args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
