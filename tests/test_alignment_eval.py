"""The alignment benchmark runs, and its labels still point at real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.bench.alignment import document_names, load_labels, main, offset_of
from factcheck.sources import load

HERE = Path(__file__).resolve().parent / "alignment"
CORPUS = HERE / "corpus"
LABELS = HERE / "labels.yaml"


@pytest.fixture(scope="module")
def documents():
    docs, skipped = load((CORPUS,))
    assert not skipped, skipped
    return document_names(docs, CORPUS)


def test_scorer_runs_on_the_corpus(capsys):
    assert main(["--corpus", str(CORPUS), "--labels", str(LABELS), "--show-errors"]) == 0
    out = capsys.readouterr().out
    for figure in ("precision", "recall", "F1", "TP", "FP", "FN", "labeled facts", "unmatched labels"):
        assert figure in out


def test_corpus_documents_carry_metadata(documents):
    assert len(documents) >= 15
    for doc in documents.values():
        assert doc.published is not None and doc.source and doc.title, doc.id


def test_labels_point_at_existing_text(documents):
    labels = load_labels(LABELS)
    assert labels
    stale = [
        (label.document, label.text, label.occurrence)
        for label in labels
        if label.document not in documents
        or offset_of(documents[label.document].text, label.text, label.occurrence) is None
    ]
    assert not stale, f"labels whose document or text is gone: {stale}"


def test_every_document_is_labeled(documents):
    labeled = {label.document for label in load_labels(LABELS)}
    assert set(documents) <= labeled, sorted(set(documents) - labeled)


HELDOUT = HERE / "heldout"


def _score(corpus: Path, labels: Path):
    from factcheck.bench.alignment import match, score
    from factcheck.pipeline import collect_facts
    from factcheck.rulepack import load_rulepack
    from factcheck.settings import Settings

    docs, _, facts = collect_facts(Settings(paths=(corpus,)), load_rulepack())
    items, _, stale = match(docs, facts, load_labels(labels), corpus)
    assert not stale, stale
    return score(items)


@pytest.mark.parametrize("corpus,labels,precision,recall", [
    # regression floors, set just under the figures measured when they were last raised
    (CORPUS, LABELS, 0.97, 0.82),  # measured 1.000 / 0.850
    (HELDOUT / "corpus", HELDOUT / "labels.yaml", 0.95, 0.69),  # measured 0.976 / 0.727
    (HERE / "heldout2" / "corpus", HERE / "heldout2" / "labels.yaml", 0.96, 0.68),  # measured 1.000 / 0.704
    (HERE / "heldout3" / "corpus", HERE / "heldout3" / "labels.yaml", 0.96, 0.69),  # measured 1.000 / 0.709
    (HERE / "heldout4" / "corpus", HERE / "heldout4" / "labels.yaml", 0.96, 0.67),  # measured 1.000 / 0.711
    (HERE / "heldout5" / "corpus", HERE / "heldout5" / "labels.yaml", 0.96, 0.57),  # measured 1.000 / 0.603
    (HERE / "heldout6" / "corpus", HERE / "heldout6" / "labels.yaml", 0.93, 0.41),  # measured 0.942 / 0.430
    (HERE / "heldout7" / "corpus", HERE / "heldout7" / "labels.yaml", 0.96, 0.51),  # measured 1.000 / 0.536
    (HERE / "heldout8" / "corpus", HERE / "heldout8" / "labels.yaml", 0.95, 0.49),  # measured 0.986 / 0.530
    (HERE / "heldout9" / "corpus", HERE / "heldout9" / "labels.yaml", 0.96, 0.30),  # measured 1.000 / 0.322
    (HERE / "heldout10" / "corpus", HERE / "heldout10" / "labels.yaml", 0.96, 0.40),  # measured 1.000 / 0.442
    (HERE / "heldout11" / "corpus", HERE / "heldout11" / "labels.yaml", 0.95, 0.40),  # measured 0.953 / 0.434
    (HERE / "heldout12" / "corpus", HERE / "heldout12" / "labels.yaml", 0.97, 0.46),  # measured 1.000 / 0.503
    (HERE / "heldout13" / "corpus", HERE / "heldout13" / "labels.yaml", 0.96, 0.62),  # measured 1.000 / 0.662
    (HERE / "heldout14" / "corpus", HERE / "heldout14" / "labels.yaml", 0.95, 0.52),  # measured 0.990 / 0.557
    (HERE / "heldout15" / "corpus", HERE / "heldout15" / "labels.yaml", 0.96, 0.36),  # measured 1.000 / 0.388
    (HERE / "heldout16" / "corpus", HERE / "heldout16" / "labels.yaml", 0.96, 0.31),  # measured 1.000 / 0.341
    (HERE / "heldout17" / "corpus", HERE / "heldout17" / "labels.yaml", 0.96, 0.36),  # measured 1.000 / 0.391
    (HERE / "heldout18" / "corpus", HERE / "heldout18" / "labels.yaml", 0.96, 0.32),  # measured 1.000 / 0.347
    (HERE / "heldout19" / "corpus", HERE / "heldout19" / "labels.yaml", 0.96, 0.33),  # measured 1.000 / 0.370
    (HERE / "heldout20" / "corpus", HERE / "heldout20" / "labels.yaml", 0.95, 0.45),  # measured 0.983 / 0.475
    (HERE / "heldout21" / "corpus", HERE / "heldout21" / "labels.yaml", 0.97, 0.21),  # measured 1.000 / 0.250
    (HERE / "heldout22" / "corpus", HERE / "heldout22" / "labels.yaml", 0.96, 0.28),  # measured 1.000 / 0.318
    # heldout23's labels leave finishing times null ("they are durations"); heldout47's give each its runner, as
    # the tool now does: the three outlets' times pair up where heldout23's gold has no subject
    (HERE / "heldout23" / "corpus", HERE / "heldout23" / "labels.yaml", 0.84, 0.24),  # measured 0.867 / 0.281
    (HERE / "heldout24" / "corpus", HERE / "heldout24" / "labels.yaml", 0.97, 0.22),  # measured 1.000 / 0.250
    (HERE / "heldout25" / "corpus", HERE / "heldout25" / "labels.yaml", 0.97, 0.51),  # measured 0.984 / 0.550
    (HERE / "heldout26" / "corpus", HERE / "heldout26" / "labels.yaml", 0.97, 0.32),  # measured 1.000 / 0.366
    (HERE / "heldout27" / "corpus", HERE / "heldout27" / "labels.yaml", 0.88, 0.44),  # measured 0.922 / 0.483
    (HERE / "heldout28" / "corpus", HERE / "heldout28" / "labels.yaml", 0.95, 0.36),  # measured 0.986 / 0.397
    (HERE / "heldout29" / "corpus", HERE / "heldout29" / "labels.yaml", 0.89, 0.51),  # measured 0.911 / 0.550
    (HERE / "heldout30" / "corpus", HERE / "heldout30" / "labels.yaml", 0.90, 0.41),  # measured 0.946 / 0.455 (an order and a project cost of one buyer pair)
    (HERE / "heldout31" / "corpus", HERE / "heldout31" / "labels.yaml", 0.90, 0.36),  # measured 0.939 / 0.397
    (HERE / "heldout32" / "corpus", HERE / "heldout32" / "labels.yaml", 0.91, 0.40),  # measured 0.952 / 0.444
    (HERE / "heldout33" / "corpus", HERE / "heldout33" / "labels.yaml", 0.93, 0.46),  # measured 0.946 / 0.500
    (HERE / "heldout34" / "corpus", HERE / "heldout34" / "labels.yaml", 0.93, 0.37),  # measured 0.977 / 0.410
    (HERE / "heldout35" / "corpus", HERE / "heldout35" / "labels.yaml", 0.93, 0.34),  # measured 0.974 / 0.385
    (HERE / "heldout36" / "corpus", HERE / "heldout36" / "labels.yaml", 0.93, 0.32),  # measured 0.979 / 0.368
    (HERE / "heldout37" / "corpus", HERE / "heldout37" / "labels.yaml", 0.95, 0.34),  # measured 0.984 / 0.375
    (HERE / "heldout38" / "corpus", HERE / "heldout38" / "labels.yaml", 0.94, 0.51),  # measured 0.983 / 0.557
    (HERE / "heldout39" / "corpus", HERE / "heldout39" / "labels.yaml", 0.95, 0.42),  # measured 0.986 / 0.469
    (HERE / "heldout40" / "corpus", HERE / "heldout40" / "labels.yaml", 0.93, 0.33),  # measured 0.974 / 0.376
    (HERE / "heldout41" / "corpus", HERE / "heldout41" / "labels.yaml", 0.91, 0.28),  # measured 0.955 / 0.328
    (HERE / "heldout42" / "corpus", HERE / "heldout42" / "labels.yaml", 0.93, 0.39),  # measured 0.972 / 0.429
    (HERE / "heldout43" / "corpus", HERE / "heldout43" / "labels.yaml", 0.90, 0.20),  # measured 0.944 / 0.241
    (HERE / "heldout44" / "corpus", HERE / "heldout44" / "labels.yaml", 0.93, 0.53),  # measured 0.977 / 0.562
    (HERE / "heldout45" / "corpus", HERE / "heldout45" / "labels.yaml", 0.96, 0.44),  # measured 1.000 / 0.480
    (HERE / "heldout46" / "corpus", HERE / "heldout46" / "labels.yaml", 0.93, 0.26),  # measured 0.953 / 0.293
    (HERE / "heldout47" / "corpus", HERE / "heldout47" / "labels.yaml", 0.96, 0.34),  # measured 1.000 / 0.367 (0.800 / 0.311 when it arrived)
    (HERE / "heldout48" / "corpus", HERE / "heldout48" / "labels.yaml", 0.96, 0.29),  # measured 1.000 / 0.330 (0.806 / 0.290 when it arrived)
    (HERE / "heldout49" / "corpus", HERE / "heldout49" / "labels.yaml", 0.88, 0.35),  # measured 0.927 / 0.380 (0.758 / 0.250 when it arrived)
    (HERE / "heldout50" / "corpus", HERE / "heldout50" / "labels.yaml", 0.89, 0.20),  # measured 0.935 / 0.230 (0.864 / 0.151 when it arrived)
    (HERE / "heldout51" / "corpus", HERE / "heldout51" / "labels.yaml", 0.91, 0.23),  # measured 0.950 / 0.275 (0.872 / 0.246 with the code before it was written)
    (HERE / "heldout52" / "corpus", HERE / "heldout52" / "labels.yaml", 0.96, 0.32),  # measured 1.000 / 0.351 (0.949 / 0.276 when it arrived)
    (HERE / "heldout53" / "corpus", HERE / "heldout53" / "labels.yaml", 0.86, 0.33),  # measured 0.902 / 0.374 (0.757 / 0.283 when it arrived)
    (HERE / "heldout54" / "corpus", HERE / "heldout54" / "labels.yaml", 0.93, 0.29),  # measured 0.971 / 0.337
    (HERE / "heldout55" / "corpus", HERE / "heldout55" / "labels.yaml", 0.87, 0.19),  # measured 0.914 / 0.206 (0.906 / 0.187 when it arrived)
    (HERE / "heldout56" / "corpus", HERE / "heldout56" / "labels.yaml", 0.96, 0.36),  # measured 1.000 / 0.402 (1.000 / 0.308 when it arrived)
    (HERE / "heldout57" / "corpus", HERE / "heldout57" / "labels.yaml", 0.91, 0.51),  # measured 0.955 / 0.543 (0.881 / 0.448 when it arrived)
    (HERE / "heldout58" / "corpus", HERE / "heldout58" / "labels.yaml", 0.90, 0.38),  # measured 0.943 / 0.410 (0.796 / 0.320 when it arrived)
    (HERE / "heldout59" / "corpus", HERE / "heldout59" / "labels.yaml", 0.72, 0.16),  # measured 0.767 / 0.204 (0.741 / 0.177 when it arrived)
    (HERE / "heldout60" / "corpus", HERE / "heldout60" / "labels.yaml", 0.94, 0.29),  # measured 0.983 / 0.320 (0.821 / 0.304 when it arrived)
    (HERE / "heldout61" / "corpus", HERE / "heldout61" / "labels.yaml", 0.82, 0.50),  # measured 0.865 / 0.549 (0.733 / 0.402 with the code before it was written)
    (HERE / "heldout62" / "corpus", HERE / "heldout62" / "labels.yaml", 0.94, 0.42),  # measured 0.981 / 0.449 (0.792 / 0.356 when it arrived)
    (HERE / "heldout63" / "corpus", HERE / "heldout63" / "labels.yaml", 0.96, 0.31),  # measured 1.000 / 0.357 (0.848 / 0.286 when it arrived)
    (HERE / "heldout64" / "corpus", HERE / "heldout64" / "labels.yaml", 0.90, 0.28),  # measured 0.947 / 0.310 (0.842 / 0.276 when it arrived)
    (HERE / "heldout65" / "corpus", HERE / "heldout65" / "labels.yaml", 0.85, 0.35),  # measured 0.895 / 0.392 (0.746 / 0.362 when it arrived)
    (HERE / "heldout66" / "corpus", HERE / "heldout66" / "labels.yaml", 0.89, 0.51),  # measured 0.934 / 0.533 (0.878 / 0.402 when it arrived)
    (HERE / "heldout67" / "corpus", HERE / "heldout67" / "labels.yaml", 0.88, 0.49),  # measured 0.906 / 0.535 (0.853 / 0.444 when it arrived)
    (HERE / "heldout68" / "corpus", HERE / "heldout68" / "labels.yaml", 0.86, 0.40),  # measured 0.903 / 0.448 (0.737 / 0.386 when it arrived)
    (HERE / "heldout69" / "corpus", HERE / "heldout69" / "labels.yaml", 0.85, 0.37),  # measured 0.895 / 0.418 (0.776 / 0.369 when it arrived)
    (HERE / "heldout70" / "corpus", HERE / "heldout70" / "labels.yaml", 0.92, 0.45),  # measured 0.962 / 0.493 (0.853 / 0.421 when it arrived)
    (HERE / "heldout71" / "corpus", HERE / "heldout71" / "labels.yaml", 0.92, 0.60),  # measured 0.964 / 0.638 (0.797 / 0.465 when it arrived)
    (HERE / "heldout72" / "corpus", HERE / "heldout72" / "labels.yaml", 0.92, 0.37),  # measured 0.960 / 0.414 (0.929 / 0.336 when it arrived)
    (HERE / "heldout73" / "corpus", HERE / "heldout73" / "labels.yaml", 0.94, 0.42),  # measured 0.984 / 0.462 (0.982 / 0.409 when it arrived)
    (HERE / "heldout74" / "corpus", HERE / "heldout74" / "labels.yaml", 0.86, 0.30),  # measured 0.881 / 0.343 (0.800 / 0.296 when it arrived)
    (HERE / "heldout75" / "corpus", HERE / "heldout75" / "labels.yaml", 0.79, 0.39),  # measured 0.836 / 0.438 (0.697 / 0.414 when it arrived)
    (HERE / "heldout76" / "corpus", HERE / "heldout76" / "labels.yaml", 0.78, 0.36),  # measured 0.821 / 0.383 (0.698 / 0.367 when it arrived)
    (HERE / "heldout77" / "corpus", HERE / "heldout77" / "labels.yaml", 0.78, 0.38),  # measured 0.827 / 0.422 (0.702 / 0.392 when it arrived)
    (HERE / "heldout78" / "corpus", HERE / "heldout78" / "labels.yaml", 0.93, 0.45),  # measured 0.973 / 0.493 (0.721 / 0.425 when it arrived)
    (HERE / "heldout79" / "corpus", HERE / "heldout79" / "labels.yaml", 0.89, 0.33),  # measured 0.930 / 0.373 (0.890 / 0.367 when it arrived)
    (HERE / "heldout80" / "corpus", HERE / "heldout80" / "labels.yaml", 0.83, 0.53),  # measured 0.873 / 0.579 (0.806 / 0.542 when it arrived)
    (HERE / "heldout81" / "corpus", HERE / "heldout81" / "labels.yaml", 0.86, 0.45),  # measured 0.909 / 0.490 (0.844 / 0.373 when it arrived)
    (HERE / "heldout82" / "corpus", HERE / "heldout82" / "labels.yaml", 0.91, 0.25),  # measured 0.950 / 0.295 (0.705 / 0.240 when it arrived)
    (HERE / "heldout83" / "corpus", HERE / "heldout83" / "labels.yaml", 0.86, 0.29),  # measured 0.907 / 0.333 (0.907 / 0.265 when it arrived)
    (HERE / "heldout84" / "corpus", HERE / "heldout84" / "labels.yaml", 0.92, 0.27),  # measured 0.964 / 0.312 (0.920 / 0.271 when it arrived)
    (HERE / "heldout85" / "corpus", HERE / "heldout85" / "labels.yaml", 0.79, 0.44),  # measured 0.833 / 0.487 (0.761 / 0.478 when it arrived)
    (HERE / "heldout86" / "corpus", HERE / "heldout86" / "labels.yaml", 0.79, 0.28),  # measured 0.830 / 0.328 (0.740 / 0.311 when it arrived)
    (HERE / "heldout87" / "corpus", HERE / "heldout87" / "labels.yaml", 0.81, 0.33),  # measured 0.857 / 0.375 (0.660 / 0.323 when it arrived)
    (HERE / "heldout88" / "corpus", HERE / "heldout88" / "labels.yaml", 0.85, 0.33),  # measured 0.891 / 0.376 (0.848 / 0.358 when it arrived)
    (HERE / "heldout89" / "corpus", HERE / "heldout89" / "labels.yaml", 0.76, 0.32),  # measured 0.808 / 0.365 (0.623 / 0.287 when it arrived)
    (HERE / "heldout90" / "corpus", HERE / "heldout90" / "labels.yaml", 0.80, 0.35),  # measured 0.833 / 0.395 (0.791 / 0.298 when it arrived)
    (HERE / "heldout91" / "corpus", HERE / "heldout91" / "labels.yaml", 0.78, 0.20),  # measured 0.806 / 0.248 (0.706 / 0.205 when it arrived)
    (HERE / "heldout92" / "corpus", HERE / "heldout92" / "labels.yaml", 0.80, 0.44),  # measured 0.841 / 0.481 (0.804 / 0.481 when it arrived)
    (HERE / "heldout93" / "corpus", HERE / "heldout93" / "labels.yaml", 0.79, 0.41),  # measured 0.836 / 0.455 (0.705 / 0.447 when it arrived)
    (HERE / "heldout94" / "corpus", HERE / "heldout94" / "labels.yaml", 0.85, 0.17),  # measured 0.892 / 0.210 (0.707 / 0.185 when it arrived)
    (HERE / "heldout95" / "corpus", HERE / "heldout95" / "labels.yaml", 0.66, 0.29),  # measured 0.702 / 0.337 (0.638 / 0.306 when it arrived)
    (HERE / "heldout96" / "corpus", HERE / "heldout96" / "labels.yaml", 0.72, 0.21),  # measured 0.735 / 0.259 (0.735 / 0.259 when it arrived)
    (HERE / "heldout97" / "corpus", HERE / "heldout97" / "labels.yaml", 0.82, 0.42),  # measured 0.864 / 0.460 (0.831 / 0.435 when it arrived)
    (HERE / "heldout98" / "corpus", HERE / "heldout98" / "labels.yaml", 0.63, 0.49),  # measured 0.672 / 0.539 (0.581 / 0.474 when it arrived)
    (HERE / "heldout99" / "corpus", HERE / "heldout99" / "labels.yaml", 0.88, 0.45),  # measured 0.929 / 0.491 (0.867 / 0.453 when it arrived)
    (HERE / "heldout100" / "corpus", HERE / "heldout100" / "labels.yaml", 0.72, 0.24),  # measured 0.763 / 0.279 (0.625 / 0.288 when it arrived)
    (HERE / "heldout101" / "corpus", HERE / "heldout101" / "labels.yaml", 0.92, 0.21),  # measured 0.967 / 0.257 (0.862 / 0.221 when it arrived)
    # lowered from 0.86: its labels leave the water company's dividends, £96 million in three documents, with no subject
    (HERE / "heldout102" / "corpus", HERE / "heldout102" / "labels.yaml", 0.80, 0.30),  # measured 0.848 / 0.346 (0.757 / 0.346 when it arrived)
    (HERE / "heldout103" / "corpus", HERE / "heldout103" / "labels.yaml", 0.86, 0.26),  # measured 0.906 / 0.304 (0.800 / 0.304 when it arrived)
    (HERE / "heldout104" / "corpus", HERE / "heldout104" / "labels.yaml", 0.87, 0.27),  # measured 0.917 / 0.317 (0.912 / 0.298 when it arrived)
    (HERE / "heldout105" / "corpus", HERE / "heldout105" / "labels.yaml", 0.72, 0.37),  # measured 0.769 / 0.403 (0.608 / 0.363 when it arrived)
    (HERE / "heldout106" / "corpus", HERE / "heldout106" / "labels.yaml", 0.86, 0.32),  # measured 0.907 / 0.368 (0.612 / 0.308 when it arrived)
    (HERE / "heldout107" / "corpus", HERE / "heldout107" / "labels.yaml", 0.83, 0.37),  # measured 0.872 / 0.415 (0.865 / 0.390 when it arrived)
    (HERE / "heldout108" / "corpus", HERE / "heldout108" / "labels.yaml", 0.94, 0.43),  # measured 0.980 / 0.472 (0.922 / 0.443 when it arrived)
    (HERE / "heldout109" / "corpus", HERE / "heldout109" / "labels.yaml", 0.83, 0.17),  # measured 0.871 / 0.214 (0.821 / 0.183 when it arrived)
    (HERE / "heldout110" / "corpus", HERE / "heldout110" / "labels.yaml", 0.84, 0.24),  # measured 0.885 / 0.281 (0.870 / 0.245 when it arrived)
    (HERE / "heldout111" / "corpus", HERE / "heldout111" / "labels.yaml", 0.72, 0.16),  # measured 0.769 / 0.202 (0.714 / 0.202 when it arrived)
    (HERE / "heldout112" / "corpus", HERE / "heldout112" / "labels.yaml", 0.86, 0.41),  # measured 0.906 / 0.453 (0.832 / 0.438 when it arrived)
    (HERE / "heldout113" / "corpus", HERE / "heldout113" / "labels.yaml", 0.87, 0.22),  # measured 0.875 / 0.265 (0.775 / 0.235 when it arrived)
    (HERE / "heldout114" / "corpus", HERE / "heldout114" / "labels.yaml", 0.93, 0.34),  # measured 0.975 / 0.386 (0.864 / 0.376 when it arrived)
    (HERE / "heldout115" / "corpus", HERE / "heldout115" / "labels.yaml", 0.87, 0.20),  # measured 0.913 / 0.249 (0.860 / 0.219 when it arrived)
    (HERE / "heldout116" / "corpus", HERE / "heldout116" / "labels.yaml", 0.86, 0.17),  # measured 0.900 / 0.214 (0.795 / 0.208 when it arrived)
    (HERE / "heldout117" / "corpus", HERE / "heldout117" / "labels.yaml", 0.86, 0.21),  # measured 0.906 / 0.259 (0.800 / 0.250 when it arrived)
    (HERE / "heldout118" / "corpus", HERE / "heldout118" / "labels.yaml", 0.76, 0.42),  # measured 0.806 / 0.457 (0.728 / 0.465 when it arrived)
    (HERE / "heldout119" / "corpus", HERE / "heldout119" / "labels.yaml", 0.82, 0.35),  # measured 0.861 / 0.397 (0.861 / 0.397 when it arrived)
    (HERE / "heldout120" / "corpus", HERE / "heldout120" / "labels.yaml", 0.86, 0.20),  # measured 0.864 / 0.241 (0.755 / 0.234 when it arrived)
    (HERE / "heldout121" / "corpus", HERE / "heldout121" / "labels.yaml", 0.82, 0.43),  # measured 0.867 / 0.471 (0.783 / 0.471 when it arrived)
    (HERE / "heldout122" / "corpus", HERE / "heldout122" / "labels.yaml", 0.74, 0.35),  # measured 0.786 / 0.393 (0.759 / 0.393 when it arrived)
    (HERE / "heldout123" / "corpus", HERE / "heldout123" / "labels.yaml", 0.80, 0.35),  # measured 0.833 / 0.396 (0.745 / 0.376 when it arrived)
    (HERE / "heldout124" / "corpus", HERE / "heldout124" / "labels.yaml", 0.79, 0.30),  # measured 0.833 / 0.343 (0.739 / 0.333 when it arrived)
    (HERE / "heldout125" / "corpus", HERE / "heldout125" / "labels.yaml", 0.87, 0.21),  # measured 0.912 / 0.254 (0.757 / 0.230 when it arrived)
    (HERE / "heldout126" / "corpus", HERE / "heldout126" / "labels.yaml", 0.88, 0.41),  # measured 0.929 / 0.453 (0.854 / 0.407 when it arrived)
    (HERE / "heldout127" / "corpus", HERE / "heldout127" / "labels.yaml", 0.88, 0.16),  # measured 0.926 / 0.205 (0.920 / 0.189 when it arrived)
    (HERE / "heldout128" / "corpus", HERE / "heldout128" / "labels.yaml", 0.89, 0.30),  # measured 0.938 / 0.341 (0.722 / 0.295 when it arrived)
    (HERE / "heldout129" / "corpus", HERE / "heldout129" / "labels.yaml", 0.80, 0.28),  # measured 0.844 / 0.321 (0.806 / 0.298 when it arrived)
    (HERE / "heldout130" / "corpus", HERE / "heldout130" / "labels.yaml", 0.87, 0.27),  # measured 0.917 / 0.317 (0.571 / 0.308 when it arrived)
    (HERE / "heldout131" / "corpus", HERE / "heldout131" / "labels.yaml", 0.80, 0.25),  # measured 0.848 / 0.291 (0.841 / 0.276 when it arrived)
    (HERE / "heldout132" / "corpus", HERE / "heldout132" / "labels.yaml", 0.91, 0.35),  # measured 0.950 / 0.396 (0.755 / 0.385 when it arrived)
    (HERE / "heldout133" / "corpus", HERE / "heldout133" / "labels.yaml", 0.86, 0.13),  # measured 0.900 / 0.179 (0.735 / 0.166 when it arrived)
    (HERE / "heldout134" / "corpus", HERE / "heldout134" / "labels.yaml", 0.87, 0.20),  # measured 0.917 / 0.247 (0.913 / 0.236 when it arrived)
    (HERE / "heldout135" / "corpus", HERE / "heldout135" / "labels.yaml", 0.78, 0.28),  # measured 0.824 / 0.326 (0.667 / 0.233 when it arrived)
    (HERE / "heldout136" / "corpus", HERE / "heldout136" / "labels.yaml", 0.73, 0.18),  # measured 0.778 / 0.228 (0.760 / 0.207 when it arrived)
    (HERE / "heldout137" / "corpus", HERE / "heldout137" / "labels.yaml", 0.81, 0.28),  # measured 0.857 / 0.326 (0.812 / 0.302 when it arrived)
    (HERE / "heldout138" / "corpus", HERE / "heldout138" / "labels.yaml", 0.85, 0.14),  # measured 0.895 / 0.183 (0.750 / 0.129 when it arrived)
    (HERE / "heldout139" / "corpus", HERE / "heldout139" / "labels.yaml", 0.90, 0.43),  # measured 0.940 / 0.477 (0.925 / 0.470 when it arrived)
    (HERE / "heldout140" / "corpus", HERE / "heldout140" / "labels.yaml", 0.87, 0.32),  # measured 0.912 / 0.360 (0.906 / 0.337 when it arrived)
    (HERE / "heldout141" / "corpus", HERE / "heldout141" / "labels.yaml", 0.77, 0.43),  # measured 0.810 / 0.470 (0.698 / 0.440 when it arrived)
    (HERE / "heldout142" / "corpus", HERE / "heldout142" / "labels.yaml", 0.79, 0.23),  # measured 0.833 / 0.270 (0.789 / 0.270 when it arrived)
    (HERE / "heldout143" / "corpus", HERE / "heldout143" / "labels.yaml", 0.96, 0.19),  # measured 1.000 / 0.237 (0.903 / 0.237 when it arrived)
    (HERE / "heldout144" / "corpus", HERE / "heldout144" / "labels.yaml", 0.82, 0.27),  # measured 0.833 / 0.300 (0.838 / 0.310 when it arrived)
    (HERE / "heldout145" / "corpus", HERE / "heldout145" / "labels.yaml", 0.92, 0.22),  # measured 0.963 / 0.260 (0.808 / 0.210 when it arrived)
    (HERE / "heldout146" / "corpus", HERE / "heldout146" / "labels.yaml", 0.86, 0.17),  # measured 0.909 / 0.216 (0.816 / 0.216 when it arrived)
    (HERE / "heldout147" / "corpus", HERE / "heldout147" / "labels.yaml", 0.83, 0.28),  # measured 0.872 / 0.321 (0.821 / 0.302 when it arrived)
    (HERE / "heldout148" / "corpus", HERE / "heldout148" / "labels.yaml", 0.88, 0.30),  # measured 0.923 / 0.350 (0.811 / 0.291 when it arrived)
    (HERE / "heldout149" / "corpus", HERE / "heldout149" / "labels.yaml", 0.90, 0.32),  # measured 0.946 / 0.368 (0.842 / 0.337 when it arrived)
    (HERE / "heldout150" / "corpus", HERE / "heldout150" / "labels.yaml", 0.76, 0.19),  # measured 0.780 / 0.232 (0.769 / 0.217 when it arrived)
    (HERE / "heldout151" / "corpus", HERE / "heldout151" / "labels.yaml", 0.79, 0.33),  # measured 0.836 / 0.374 (0.729 / 0.350 when it arrived)
    (HERE / "heldout152" / "corpus", HERE / "heldout152" / "labels.yaml", 0.89, 0.35),  # measured 0.932 / 0.398 (0.854 / 0.398 when it arrived)
    (HERE / "heldout153" / "corpus", HERE / "heldout153" / "labels.yaml", 0.82, 0.23),  # measured 0.861 / 0.263 (0.784 / 0.246 when it arrived)
    (HERE / "heldout154" / "corpus", HERE / "heldout154" / "labels.yaml", 0.65, 0.30),  # measured 0.694 / 0.340 (0.569 / 0.290 when it arrived)
    (HERE / "heldout155" / "corpus", HERE / "heldout155" / "labels.yaml", 0.82, 0.42),  # measured 0.860 / 0.462 (0.860 / 0.462 when it arrived)
    (HERE / "heldout156" / "corpus", HERE / "heldout156" / "labels.yaml", 0.90, 0.25),  # measured 0.946 / 0.294 (0.882 / 0.252 when it arrived)
    (HERE / "heldout157" / "corpus", HERE / "heldout157" / "labels.yaml", 0.74, 0.46),  # measured 0.788 / 0.506 (0.667 / 0.469 when it arrived)
    (HERE / "heldout158" / "corpus", HERE / "heldout158" / "labels.yaml", 0.93, 0.29),  # measured 0.973 / 0.330 (0.651 / 0.257 when it arrived)
    (HERE / "heldout159" / "corpus", HERE / "heldout159" / "labels.yaml", 0.82, 0.32),  # measured 0.868 / 0.362 (0.830 / 0.307 when it arrived)
    (HERE / "heldout160" / "corpus", HERE / "heldout160" / "labels.yaml", 0.90, 0.35),  # measured 0.942 / 0.392 (0.922 / 0.376 when it arrived)
    (HERE / "heldout161" / "corpus", HERE / "heldout161" / "labels.yaml", 0.88, 0.21),  # measured 0.920 / 0.258 (0.793 / 0.258 when it arrived)
    (HERE / "heldout162" / "corpus", HERE / "heldout162" / "labels.yaml", 0.87, 0.20),  # measured 0.912 / 0.244 (0.900 / 0.213 when it arrived)
    (HERE / "heldout163" / "corpus", HERE / "heldout163" / "labels.yaml", 0.81, 0.20),  # measured 0.851 / 0.248 (0.811 / 0.186 when it arrived)
    (HERE / "heldout164" / "corpus", HERE / "heldout164" / "labels.yaml", 0.66, 0.18),  # measured 0.700 / 0.226 (0.700 / 0.226 when it arrived)
    (HERE / "heldout165" / "corpus", HERE / "heldout165" / "labels.yaml", 0.86, 0.36),  # measured 0.900 / 0.403 (0.788 / 0.388 when it arrived)
    (HERE / "heldout166" / "corpus", HERE / "heldout166" / "labels.yaml", 0.80, 0.39),  # measured 0.844 / 0.432 (0.844 / 0.432 when it arrived)
    (HERE / "heldout167" / "corpus", HERE / "heldout167" / "labels.yaml", 0.90, 0.29),  # measured 0.947 / 0.330 (0.805 / 0.303 when it arrived)
    (HERE / "heldout168" / "corpus", HERE / "heldout168" / "labels.yaml", 0.78, 0.26),  # measured 0.821 / 0.305 (0.775 / 0.295 when it arrived)
    (HERE / "heldout169" / "corpus", HERE / "heldout169" / "labels.yaml", 0.76, 0.45),  # measured 0.804 / 0.495 (0.750 / 0.495 when it arrived)
    (HERE / "heldout170" / "corpus", HERE / "heldout170" / "labels.yaml", 0.93, 0.30),  # measured 0.974 / 0.342 (0.950 / 0.342 when it arrived)
    (HERE / "heldout171" / "corpus", HERE / "heldout171" / "labels.yaml", 0.88, 0.14),  # measured 0.926 / 0.182 (0.821 / 0.168 when it arrived)
    (HERE / "heldout172" / "corpus", HERE / "heldout172" / "labels.yaml", 0.90, 0.43),  # measured 0.943 / 0.471 (0.692 / 0.425 when it arrived)
    (HERE / "heldout173" / "corpus", HERE / "heldout173" / "labels.yaml", 0.89, 0.30),  # measured 0.938 / 0.349 (0.933 / 0.326 when it arrived)
    (HERE / "heldout174" / "corpus", HERE / "heldout174" / "labels.yaml", 0.85, 0.33),  # measured 0.893 / 0.376 (0.862 / 0.376 when it arrived)
    (HERE / "heldout175" / "corpus", HERE / "heldout175" / "labels.yaml", 0.92, 0.15),  # measured 0.963 / 0.191 (0.889 / 0.176 when it arrived)
    (HERE / "heldout176" / "corpus", HERE / "heldout176" / "labels.yaml", 0.87, 0.27),  # measured 0.918 / 0.310 (0.824 / 0.290 when it arrived)
    (HERE / "heldout177" / "corpus", HERE / "heldout177" / "labels.yaml", 0.90, 0.32),  # measured 0.932 / 0.363 (0.947 / 0.319 when it arrived)
    (HERE / "heldout178" / "corpus", HERE / "heldout178" / "labels.yaml", 0.88, 0.13),  # measured 0.925 / 0.177 (0.850 / 0.163 when it arrived)
    (HERE / "heldout179" / "corpus", HERE / "heldout179" / "labels.yaml", 0.92, 0.40),  # measured 0.963 / 0.444 (0.915 / 0.368 when it arrived)
    (HERE / "heldout180" / "corpus", HERE / "heldout180" / "labels.yaml", 0.70, 0.16),  # measured 0.744 / 0.200 (0.675 / 0.186 when it arrived)
    (HERE / "heldout181" / "corpus", HERE / "heldout181" / "labels.yaml", 0.77, 0.13),  # measured 0.815 / 0.179 (0.625 / 0.163 when it arrived)
    (HERE / "heldout182" / "corpus", HERE / "heldout182" / "labels.yaml", 0.75, 0.24),  # measured 0.791 / 0.288 (0.744 / 0.271 when it arrived)
    (HERE / "heldout183" / "corpus", HERE / "heldout183" / "labels.yaml", 0.86, 0.12),  # measured 0.900 / 0.163 (0.821 / 0.145 when it arrived)
    (HERE / "heldout184" / "corpus", HERE / "heldout184" / "labels.yaml", 0.88, 0.22),  # measured 0.921 / 0.265 (0.846 / 0.250 when it arrived)
    (HERE / "heldout185" / "corpus", HERE / "heldout185" / "labels.yaml", 0.79, 0.39),  # measured 0.827 / 0.434 (0.745 / 0.384 when it arrived)
    (HERE / "heldout186" / "corpus", HERE / "heldout186" / "labels.yaml", 0.80, 0.25),  # measured 0.844 / 0.297 (0.765 / 0.286 when it arrived)
    (HERE / "heldout187" / "corpus", HERE / "heldout187" / "labels.yaml", 0.86, 0.24),  # measured 0.900 / 0.281 (0.900 / 0.281 when it arrived)
    (HERE / "heldout188" / "corpus", HERE / "heldout188" / "labels.yaml", 0.84, 0.31),  # measured 0.880 / 0.358 (0.827 / 0.350 when it arrived)
    (HERE / "heldout189" / "corpus", HERE / "heldout189" / "labels.yaml", 0.85, 0.42),  # measured 0.860 / 0.462 (0.851 / 0.428 when it arrived)
    (HERE / "heldout190" / "corpus", HERE / "heldout190" / "labels.yaml", 0.77, 0.36),  # measured 0.815 / 0.400 (0.688 / 0.300 when it arrived)
    (HERE / "heldout191" / "corpus", HERE / "heldout191" / "labels.yaml", 0.71, 0.11),  # measured 0.759 / 0.155 (0.562 / 0.127 when it arrived)
    (HERE / "heldout192" / "corpus", HERE / "heldout192" / "labels.yaml", 0.75, 0.29),  # measured 0.792 / 0.339 (0.784 / 0.323 when it arrived)
    (HERE / "heldout193" / "corpus", HERE / "heldout193" / "labels.yaml", 0.68, 0.48),  # measured 0.724 / 0.525 (0.696 / 0.487 when it arrived)
    (HERE / "heldout194" / "corpus", HERE / "heldout194" / "labels.yaml", 0.96, 0.38),  # measured 1.000 / 0.425 (0.852 / 0.264 when it arrived)
    (HERE / "heldout195" / "corpus", HERE / "heldout195" / "labels.yaml", 0.93, 0.28),  # measured 0.977 / 0.321 (0.976 / 0.313 when it arrived)
    (HERE / "heldout196" / "corpus", HERE / "heldout196" / "labels.yaml", 0.78, 0.50),  # measured 0.824 / 0.545 (0.755 / 0.519 when it arrived)
    (HERE / "heldout197" / "corpus", HERE / "heldout197" / "labels.yaml", 0.66, 0.33),  # measured 0.700 / 0.373 (0.706 / 0.320 when it arrived)
    (HERE / "heldout198" / "corpus", HERE / "heldout198" / "labels.yaml", 0.75, 0.28),  # measured 0.796 / 0.328 (0.725 / 0.311 when it arrived)
    (HERE / "heldout199" / "corpus", HERE / "heldout199" / "labels.yaml", 0.86, 0.33),  # measured 0.909 / 0.374 (0.886 / 0.364 when it arrived)
    (HERE / "heldout200" / "corpus", HERE / "heldout200" / "labels.yaml", 0.68, 0.42),  # measured 0.720 / 0.462 (0.647 / 0.423 when it arrived)
    (HERE / "heldout201" / "corpus", HERE / "heldout201" / "labels.yaml", 0.92, 0.40),  # measured 0.961 / 0.445 (0.836 / 0.418 when it arrived)
    (HERE / "heldout202" / "corpus", HERE / "heldout202" / "labels.yaml", 0.96, 0.35),  # measured 1.000 / 0.393 (0.837 / 0.366 when it arrived)
    (HERE / "heldout203" / "corpus", HERE / "heldout203" / "labels.yaml", 0.83, 0.16),  # measured 0.875 / 0.203 (0.778 / 0.203 when it arrived)
    (HERE / "heldout204" / "corpus", HERE / "heldout204" / "labels.yaml", 0.80, 0.33),  # measured 0.843 / 0.377 (0.774 / 0.360 when it arrived)
    (HERE / "heldout205" / "corpus", HERE / "heldout205" / "labels.yaml", 0.81, 0.14),  # measured 0.852 / 0.183 (0.742 / 0.183 when it arrived)
    (HERE / "heldout206" / "corpus", HERE / "heldout206" / "labels.yaml", 0.90, 0.29),  # measured 0.941 / 0.333 (0.853 / 0.302 when it arrived)
    (HERE / "heldout207" / "corpus", HERE / "heldout207" / "labels.yaml", 0.96, 0.18),  # measured 1.000 / 0.222 (0.889 / 0.222 when it arrived)
    (HERE / "heldout208" / "corpus", HERE / "heldout208" / "labels.yaml", 0.60, 0.23),  # measured 0.607 / 0.276 (0.579 / 0.268 when it arrived)
    (HERE / "heldout209" / "corpus", HERE / "heldout209" / "labels.yaml", 0.86, 0.33),  # measured 0.906 / 0.377 (0.800 / 0.364 when it arrived)
    (HERE / "heldout210" / "corpus", HERE / "heldout210" / "labels.yaml", 0.85, 0.30),  # measured 0.895 / 0.343 (0.861 / 0.313 when it arrived)
    (HERE / "heldout211" / "corpus", HERE / "heldout211" / "labels.yaml", 0.96, 0.34),  # measured 1.000 / 0.389 (0.921 / 0.389 when it arrived)
    (HERE / "heldout212" / "corpus", HERE / "heldout212" / "labels.yaml", 0.69, 0.31),  # measured 0.737 / 0.350 (0.703 / 0.325 when it arrived)
    (HERE / "heldout213" / "corpus", HERE / "heldout213" / "labels.yaml", 0.85, 0.17),  # measured 0.895 / 0.215 (0.750 / 0.190 when it arrived)
    (HERE / "heldout214" / "corpus", HERE / "heldout214" / "labels.yaml", 0.90, 0.21),  # measured 0.943 / 0.246 (0.742 / 0.227 when it arrived)
    (HERE / "heldout215" / "corpus", HERE / "heldout215" / "labels.yaml", 0.81, 0.17),  # measured 0.857 / 0.211 (0.719 / 0.202 when it arrived)
    (HERE / "heldout216" / "corpus", HERE / "heldout216" / "labels.yaml", 0.91, 0.21),  # measured 0.955 / 0.255 (0.780 / 0.236 when it arrived)
    (HERE / "heldout217" / "corpus", HERE / "heldout217" / "labels.yaml", 0.87, 0.33),  # measured 0.875 / 0.378 (0.833 / 0.360 when it arrived)
    (HERE / "heldout218" / "corpus", HERE / "heldout218" / "labels.yaml", 0.79, 0.37),  # measured 0.814 / 0.413 (0.785 / 0.370 when it arrived)
    (HERE / "heldout219" / "corpus", HERE / "heldout219" / "labels.yaml", 0.87, 0.45),  # measured 0.911 / 0.481 (0.893 / 0.472 when it arrived)
    (HERE / "heldout220" / "corpus", HERE / "heldout220" / "labels.yaml", 0.89, 0.25),  # measured 0.935 / 0.293 (0.863 / 0.299 when it arrived)
    (HERE / "heldout221" / "corpus", HERE / "heldout221" / "labels.yaml", 0.78, 0.15),  # measured 0.816 / 0.190 (0.778 / 0.172 when it arrived)
    (HERE / "heldout222" / "corpus", HERE / "heldout222" / "labels.yaml", 0.86, 0.12),  # measured 0.902 / 0.167 (0.661 / 0.167 when it arrived)
    (HERE / "heldout223" / "corpus", HERE / "heldout223" / "labels.yaml", 0.92, 0.30),  # measured 0.966 / 0.341 (0.808 / 0.256 when it arrived)
    (HERE / "heldout224" / "corpus", HERE / "heldout224" / "labels.yaml", 0.78, 0.31),  # measured 0.824 / 0.356 (0.824 / 0.356 when it arrived)
    (HERE / "heldout225" / "corpus", HERE / "heldout225" / "labels.yaml", 0.70, 0.30),  # measured 0.740 / 0.329 (0.609 / 0.324 when it arrived)
    (HERE / "heldout226" / "corpus", HERE / "heldout226" / "labels.yaml", 0.92, 0.27),  # measured 0.960 / 0.312 (0.917 / 0.286 when it arrived)
    (HERE / "heldout227" / "corpus", HERE / "heldout227" / "labels.yaml", 0.68, 0.09),  # measured 0.724 / 0.130 (0.724 / 0.130 when it arrived)
    (HERE / "heldout228" / "corpus", HERE / "heldout228" / "labels.yaml", 0.66, 0.16),  # measured 0.706 / 0.207 (0.600 / 0.207 when it arrived)
    (HERE / "heldout229" / "corpus", HERE / "heldout229" / "labels.yaml", 0.89, 0.43),  # measured 0.921 / 0.475 (0.932 / 0.451 when it arrived)
    (HERE / "heldout230" / "corpus", HERE / "heldout230" / "labels.yaml", 0.85, 0.22),  # measured 0.892 / 0.262 (0.846 / 0.262 when it arrived)
    (HERE / "heldout231" / "corpus", HERE / "heldout231" / "labels.yaml", 0.78, 0.37),  # measured 0.828 / 0.414 (0.800 / 0.375 when it arrived)
    (HERE / "heldout232" / "corpus", HERE / "heldout232" / "labels.yaml", 0.80, 0.44),  # measured 0.831 / 0.480 (0.825 / 0.461 when it arrived)
    (HERE / "heldout233" / "corpus", HERE / "heldout233" / "labels.yaml", 0.46, 0.15),  # measured 0.500 / 0.198 (0.484 / 0.185 when it arrived)
    (HERE / "heldout234" / "corpus", HERE / "heldout234" / "labels.yaml", 0.86, 0.24),  # measured 0.903 / 0.286 (0.644 / 0.296 when it arrived)
    (HERE / "heldout235" / "corpus", HERE / "heldout235" / "labels.yaml", 0.75, 0.27),  # measured 0.795 / 0.312 (0.681 / 0.286 when it arrived)
    (HERE / "heldout236" / "corpus", HERE / "heldout236" / "labels.yaml", 0.77, 0.44),  # measured 0.819 / 0.476 (0.726 / 0.427 when it arrived)
    (HERE / "heldout237" / "corpus", HERE / "heldout237" / "labels.yaml", 0.81, 0.30),  # measured 0.855 / 0.349 (0.823 / 0.302 when it arrived)
    (HERE / "heldout238" / "corpus", HERE / "heldout238" / "labels.yaml", 0.72, 0.32),  # measured 0.765 / 0.363 (0.722 / 0.318 when it arrived)
    (HERE / "heldout239" / "corpus", HERE / "heldout239" / "labels.yaml", 0.78, 0.20),  # measured 0.822 / 0.240 (0.692 / 0.234 when it arrived)
    (HERE / "heldout240" / "corpus", HERE / "heldout240" / "labels.yaml", 0.78, 0.34),  # measured 0.827 / 0.387 (0.809 / 0.342 when it arrived)
    (HERE / "heldout241" / "corpus", HERE / "heldout241" / "labels.yaml", 0.71, 0.19),  # measured 0.735 / 0.231 (0.741 / 0.185 when it arrived)
    (HERE / "heldout242" / "corpus", HERE / "heldout242" / "labels.yaml", 0.75, 0.21),  # measured 0.795 / 0.258 (0.816 / 0.258 when it arrived)
    (HERE / "heldout243" / "corpus", HERE / "heldout243" / "labels.yaml", 0.92, 0.27),  # measured 0.969 / 0.310 (0.967 / 0.290 when it arrived)
    (HERE / "heldout244" / "corpus", HERE / "heldout244" / "labels.yaml", 0.83, 0.25),  # measured 0.841 / 0.296 (0.829 / 0.232 when it arrived)
    (HERE / "heldout245" / "corpus", HERE / "heldout245" / "labels.yaml", 0.77, 0.26),  # measured 0.812 / 0.310 (0.717 / 0.262 when it arrived)
    (HERE / "heldout246" / "corpus", HERE / "heldout246" / "labels.yaml", 0.80, 0.29),  # measured 0.844 / 0.333 (0.822 / 0.325 when it arrived)
    (HERE / "heldout247" / "corpus", HERE / "heldout247" / "labels.yaml", 0.82, 0.28),  # measured 0.868 / 0.320 (0.829 / 0.282 when it arrived)
    (HERE / "heldout248" / "corpus", HERE / "heldout248" / "labels.yaml", 0.76, 0.24),  # measured 0.804 / 0.281 (0.750 / 0.247 when it arrived)
    (HERE / "heldout249" / "corpus", HERE / "heldout249" / "labels.yaml", 0.76, 0.28),  # measured 0.800 / 0.320 (0.767 / 0.307 when it arrived)
    (HERE / "heldout250" / "corpus", HERE / "heldout250" / "labels.yaml", 0.84, 0.26),  # measured 0.889 / 0.304 (0.764 / 0.266 when it arrived)
    (HERE / "heldout251" / "corpus", HERE / "heldout251" / "labels.yaml", 0.77, 0.16),  # measured 0.812 / 0.194 (0.703 / 0.194 when it arrived)
    (HERE / "heldout252" / "corpus", HERE / "heldout252" / "labels.yaml", 0.92, 0.13),  # measured 0.967 / 0.170 (0.967 / 0.170 when it arrived)
    (HERE / "heldout253" / "corpus", HERE / "heldout253" / "labels.yaml", 0.82, 0.23),  # measured 0.865 / 0.271 (0.820 / 0.247 when it arrived)
    (HERE / "heldout254" / "corpus", HERE / "heldout254" / "labels.yaml", 0.90, 0.14),  # measured 0.919 / 0.183 (0.912 / 0.167 when it arrived)
    (HERE / "heldout255" / "corpus", HERE / "heldout255" / "labels.yaml", 0.74, 0.23),  # measured 0.783 / 0.273 (0.557 / 0.258 when it arrived)
    (HERE / "heldout256" / "corpus", HERE / "heldout256" / "labels.yaml", 0.80, 0.18),  # measured 0.843 / 0.221 (0.827 / 0.221 when it arrived)
    (HERE / "heldout257" / "corpus", HERE / "heldout257" / "labels.yaml", 0.77, 0.24),  # measured 0.818 / 0.284 (0.926 / 0.263 when it arrived)
    (HERE / "heldout258" / "corpus", HERE / "heldout258" / "labels.yaml", 0.76, 0.28),  # measured 0.800 / 0.323 (0.727 / 0.258 when it arrived)
    (HERE / "heldout259" / "corpus", HERE / "heldout259" / "labels.yaml", 0.81, 0.25),  # measured 0.857 / 0.286 (0.827 / 0.293 when it arrived)
    (HERE / "heldout260" / "corpus", HERE / "heldout260" / "labels.yaml", 0.78, 0.20),  # measured 0.828 / 0.245 (0.760 / 0.176 when it arrived)
    (HERE / "heldout261" / "corpus", HERE / "heldout261" / "labels.yaml", 0.74, 0.26),  # measured 0.756 / 0.306 (0.744 / 0.288 when it arrived)
    (HERE / "heldout262" / "corpus", HERE / "heldout262" / "labels.yaml", 0.87, 0.29),  # measured 0.918 / 0.336 (0.875 / 0.313 when it arrived)
    (HERE / "heldout263" / "corpus", HERE / "heldout263" / "labels.yaml", 0.84, 0.17),  # measured 0.889 / 0.212 (0.829 / 0.192 when it arrived)
    (HERE / "heldout264" / "corpus", HERE / "heldout264" / "labels.yaml", 0.84, 0.22),  # measured 0.887 / 0.264 (0.839 / 0.264 when it arrived)
    (HERE / "heldout265" / "corpus", HERE / "heldout265" / "labels.yaml", 0.80, 0.31),  # measured 0.848 / 0.351 (0.848 / 0.351 when it arrived)
    (HERE / "heldout266" / "corpus", HERE / "heldout266" / "labels.yaml", 0.83, 0.24),  # measured 0.875 / 0.290 (0.844 / 0.262 when it arrived)
    (HERE / "heldout267" / "corpus", HERE / "heldout267" / "labels.yaml", 0.89, 0.21),  # measured 0.906 / 0.252 (0.871 / 0.235 when it arrived)
    (HERE / "heldout268" / "corpus", HERE / "heldout268" / "labels.yaml", 0.60, 0.33),  # measured 0.646 / 0.372 (0.641 / 0.365 when it arrived)
    (HERE / "heldout269" / "corpus", HERE / "heldout269" / "labels.yaml", 0.91, 0.19),  # measured 0.915 / 0.235 (0.907 / 0.213 when it arrived)
    (HERE / "heldout270" / "corpus", HERE / "heldout270" / "labels.yaml", 0.87, 0.22),  # measured 0.911 / 0.263 (0.844 / 0.244 when it arrived)
    (HERE / "heldout271" / "corpus", HERE / "heldout271" / "labels.yaml", 0.80, 0.38),  # measured 0.847 / 0.427 (0.820 / 0.427 when it arrived)
    (HERE / "heldout272" / "corpus", HERE / "heldout272" / "labels.yaml", 0.92, 0.21),  # measured 0.967 / 0.250 (0.966 / 0.241 when it arrived)
    (HERE / "heldout273" / "corpus", HERE / "heldout273" / "labels.yaml", 0.78, 0.18),  # measured 0.829 / 0.228 (0.829 / 0.228 when it arrived)
    (HERE / "heldout274" / "corpus", HERE / "heldout274" / "labels.yaml", 0.72, 0.25),  # measured 0.762 / 0.294 (0.756 / 0.284 when it arrived)
    (HERE / "heldout275" / "corpus", HERE / "heldout275" / "labels.yaml", 0.78, 0.16),  # measured 0.824 / 0.201 (0.824 / 0.201 when it arrived)
    (HERE / "heldout276" / "corpus", HERE / "heldout276" / "labels.yaml", 0.82, 0.22),  # measured 0.868 / 0.260 (0.829 / 0.268 when it arrived)
    (HERE / "heldout277" / "corpus", HERE / "heldout277" / "labels.yaml", 0.79, 0.20),  # measured 0.833 / 0.241 (0.853 / 0.200 when it arrived)
    (HERE / "heldout278" / "corpus", HERE / "heldout278" / "labels.yaml", 0.74, 0.21),  # measured 0.786 / 0.252 (0.705 / 0.237 when it arrived)
    (HERE / "heldout279" / "corpus", HERE / "heldout279" / "labels.yaml", 0.73, 0.29),  # measured 0.776 / 0.339 (0.776 / 0.339 when it arrived)
    (HERE / "heldout280" / "corpus", HERE / "heldout280" / "labels.yaml", 0.76, 0.34),  # measured 0.800 / 0.389 (0.772 / 0.389 when it arrived)
    (HERE / "heldout281" / "corpus", HERE / "heldout281" / "labels.yaml", 0.86, 0.30),  # measured 0.879 / 0.342 (0.860 / 0.329 when it arrived)
    (HERE / "heldout282" / "corpus", HERE / "heldout282" / "labels.yaml", 0.86, 0.17),  # measured 0.900 / 0.211 (0.885 / 0.180 when it arrived)
    (HERE / "heldout283" / "corpus", HERE / "heldout283" / "labels.yaml", 0.76, 0.10),  # measured 0.800 / 0.144 (0.720 / 0.129 when it arrived)
    (HERE / "heldout284" / "corpus", HERE / "heldout284" / "labels.yaml", 0.66, 0.07),  # measured 0.700 / 0.118 (0.679 / 0.107 when it arrived)
    (HERE / "heldout285" / "corpus", HERE / "heldout285" / "labels.yaml", 0.72, 0.30),  # measured 0.767 / 0.346 (0.639 / 0.346 when it arrived)
    (HERE / "heldout286" / "corpus", HERE / "heldout286" / "labels.yaml", 0.69, 0.21),  # measured 0.735 / 0.259 (0.735 / 0.259 when it arrived)
    (HERE / "heldout287" / "corpus", HERE / "heldout287" / "labels.yaml", 0.83, 0.21),  # measured 0.860 / 0.253 (0.865 / 0.219 when it arrived)
    (HERE / "heldout288" / "corpus", HERE / "heldout288" / "labels.yaml", 0.87, 0.21),  # measured 0.912 / 0.258 (0.912 / 0.258 when it arrived)
    (HERE / "heldout289" / "corpus", HERE / "heldout289" / "labels.yaml", 0.85, 0.24),  # measured 0.895 / 0.281 (0.895 / 0.281 when it arrived)
    (HERE / "heldout290" / "corpus", HERE / "heldout290" / "labels.yaml", 0.85, 0.17),  # measured 0.895 / 0.212 (0.795 / 0.219 when it arrived)
    (HERE / "heldout291" / "corpus", HERE / "heldout291" / "labels.yaml", 0.59, 0.11),  # measured 0.630 / 0.157 (0.630 / 0.157 when it arrived)
    (HERE / "heldout292" / "corpus", HERE / "heldout292" / "labels.yaml", 0.84, 0.35),  # measured 0.881 / 0.394 (0.803 / 0.371 when it arrived)
    (HERE / "heldout293" / "corpus", HERE / "heldout293" / "labels.yaml", 0.96, 0.23),  # measured 1.000 / 0.279 (0.911 / 0.279 when it arrived)
    (HERE / "heldout294" / "corpus", HERE / "heldout294" / "labels.yaml", 0.63, 0.12),  # measured 0.677 / 0.168 (0.606 / 0.160 when it arrived)
    (HERE / "heldout295" / "corpus", HERE / "heldout295" / "labels.yaml", 0.65, 0.20),  # measured 0.690 / 0.248 (0.600 / 0.231 when it arrived)
    (HERE / "heldout296" / "corpus", HERE / "heldout296" / "labels.yaml", 0.86, 0.34),  # measured 0.902 / 0.389 (0.854 / 0.368 when it arrived)
    (HERE / "heldout297" / "corpus", HERE / "heldout297" / "labels.yaml", 0.75, 0.23),  # measured 0.793 / 0.272 (0.750 / 0.249 when it arrived)
    (HERE / "heldout298" / "corpus", HERE / "heldout298" / "labels.yaml", 0.75, 0.23),  # measured 0.791 / 0.272 (0.773 / 0.272 when it arrived)
    (HERE / "heldout299" / "corpus", HERE / "heldout299" / "labels.yaml", 0.81, 0.18),  # measured 0.854 / 0.225 (0.818 / 0.198 when it arrived)
    (HERE / "heldout300" / "corpus", HERE / "heldout300" / "labels.yaml", 0.91, 0.30),  # measured 0.951 / 0.345 (0.950 / 0.336 when it arrived)
    (HERE / "heldout301" / "corpus", HERE / "heldout301" / "labels.yaml", 0.89, 0.22),  # measured 0.936 / 0.260 (0.935 / 0.254 when it arrived)
    (HERE / "heldout302" / "corpus", HERE / "heldout302" / "labels.yaml", 0.84, 0.28),  # measured 0.889 / 0.327 (0.861 / 0.316 when it arrived)
    (HERE / "heldout303" / "corpus", HERE / "heldout303" / "labels.yaml", 0.84, 0.16),  # measured 0.886 / 0.201 (0.882 / 0.195 when it arrived)
    (HERE / "heldout304" / "corpus", HERE / "heldout304" / "labels.yaml", 0.84, 0.14),  # measured 0.880 / 0.183 (0.875 / 0.175 when it arrived)
    (HERE / "heldout305" / "corpus", HERE / "heldout305" / "labels.yaml", 0.74, 0.19),  # measured 0.784 / 0.236 (0.683 / 0.228 when it arrived)
    (HERE / "heldout306" / "corpus", HERE / "heldout306" / "labels.yaml", 0.80, 0.30),  # measured 0.843 / 0.347 (0.780 / 0.315 when it arrived)
    (HERE / "heldout307" / "corpus", HERE / "heldout307" / "labels.yaml", 0.76, 0.22),  # measured 0.800 / 0.267 (0.800 / 0.267 when it arrived)
    (HERE / "heldout308" / "corpus", HERE / "heldout308" / "labels.yaml", 0.75, 0.15),  # measured 0.792 / 0.198 (0.787 / 0.193 when it arrived)
    (HERE / "heldout309" / "corpus", HERE / "heldout309" / "labels.yaml", 0.67, 0.22),  # measured 0.714 / 0.268 (0.690 / 0.259 when it arrived)
    (HERE / "heldout310" / "corpus", HERE / "heldout310" / "labels.yaml", 0.71, 0.24),  # measured 0.754 / 0.289 (0.741 / 0.289 when it arrived)
    (HERE / "heldout311" / "corpus", HERE / "heldout311" / "labels.yaml", 0.88, 0.29),  # measured 0.921 / 0.337 (0.829 / 0.327 when it arrived)
    (HERE / "heldout312" / "corpus", HERE / "heldout312" / "labels.yaml", 0.76, 0.22),  # measured 0.800 / 0.269 (0.750 / 0.269 when it arrived)
    (HERE / "heldout313" / "corpus", HERE / "heldout313" / "labels.yaml", 0.76, 0.15),  # measured 0.806 / 0.197 (0.694 / 0.170 when it arrived)
    (HERE / "heldout314" / "corpus", HERE / "heldout314" / "labels.yaml", 0.81, 0.29),  # measured 0.852 / 0.336 (0.786 / 0.321 when it arrived)
    (HERE / "heldout315" / "corpus", HERE / "heldout315" / "labels.yaml", 0.85, 0.21),  # measured 0.896 / 0.259 (0.808 / 0.253 when it arrived)
    (HERE / "heldout316" / "corpus", HERE / "heldout316" / "labels.yaml", 0.83, 0.29),  # measured 0.878 / 0.336 (0.773 / 0.318 when it arrived)
    (HERE / "heldout317" / "corpus", HERE / "heldout317" / "labels.yaml", 0.89, 0.28),  # measured 0.936 / 0.326 (0.896 / 0.319 when it arrived)
    (HERE / "heldout318" / "corpus", HERE / "heldout318" / "labels.yaml", 0.79, 0.25),  # measured 0.836 / 0.284 (0.825 / 0.290 when it arrived)
    (HERE / "heldout319" / "corpus", HERE / "heldout319" / "labels.yaml", 0.66, 0.21),  # measured 0.702 / 0.260 (0.652 / 0.236 when it arrived)
    (HERE / "heldout320" / "corpus", HERE / "heldout320" / "labels.yaml", 0.84, 0.26),  # measured 0.889 / 0.302 (0.842 / 0.302 when it arrived)
    (HERE / "heldout321" / "corpus", HERE / "heldout321" / "labels.yaml", 0.57, 0.17),  # measured 0.614 / 0.211 (0.562 / 0.211 when it arrived)
    (HERE / "heldout322" / "corpus", HERE / "heldout322" / "labels.yaml", 0.82, 0.27),  # measured 0.860 / 0.316 (0.817 / 0.316 when it arrived)
    (HERE / "heldout323" / "corpus", HERE / "heldout323" / "labels.yaml", 0.69, 0.29),  # measured 0.738 / 0.333 (0.682 / 0.333 when it arrived)
    (HERE / "heldout324" / "corpus", HERE / "heldout324" / "labels.yaml", 0.70, 0.19),  # measured 0.744 / 0.236 (0.737 / 0.228 when it arrived)
    (HERE / "heldout325" / "corpus", HERE / "heldout325" / "labels.yaml", 0.84, 0.26),  # measured 0.882 / 0.302 (0.846 / 0.295 when it arrived)
    (HERE / "heldout326" / "corpus", HERE / "heldout326" / "labels.yaml", 0.69, 0.24),  # measured 0.736 / 0.287 (0.679 / 0.265 when it arrived)
    (HERE / "heldout327" / "corpus", HERE / "heldout327" / "labels.yaml", 0.59, 0.27),  # measured 0.636 / 0.310 (0.576 / 0.301 when it arrived)
    (HERE / "heldout328" / "corpus", HERE / "heldout328" / "labels.yaml", 0.85, 0.18),  # measured 0.897 / 0.224 (0.895 / 0.218 when it arrived)
    (HERE / "heldout329" / "corpus", HERE / "heldout329" / "labels.yaml", 0.77, 0.13),  # measured 0.811 / 0.172 (0.667 / 0.149 when it arrived)
    (HERE / "heldout330" / "corpus", HERE / "heldout330" / "labels.yaml", 0.76, 0.47),  # measured 0.795 / 0.518 (0.796 / 0.348 when it arrived)
    (HERE / "heldout331" / "corpus", HERE / "heldout331" / "labels.yaml", 0.92, 0.25),  # measured 0.962 / 0.297 (0.962 / 0.297 when it arrived)
    (HERE / "heldout332" / "corpus", HERE / "heldout332" / "labels.yaml", 0.86, 0.35),  # measured 0.900 / 0.396 (0.900 / 0.396 when it arrived)
    (HERE / "heldout333" / "corpus", HERE / "heldout333" / "labels.yaml", 0.78, 0.19),  # measured 0.829 / 0.234 (0.778 / 0.226 when it arrived)
    (HERE / "heldout334" / "corpus", HERE / "heldout334" / "labels.yaml", 0.76, 0.22),  # measured 0.808 / 0.268 (0.714 / 0.255 when it arrived)
    (HERE / "heldout335" / "corpus", HERE / "heldout335" / "labels.yaml", 0.90, 0.15),  # measured 0.941 / 0.190 (0.939 / 0.185 when it arrived)
    (HERE / "heldout336" / "corpus", HERE / "heldout336" / "labels.yaml", 0.86, 0.23),  # measured 0.900 / 0.277 (0.900 / 0.277 when it arrived)
    (HERE / "heldout337" / "corpus", HERE / "heldout337" / "labels.yaml", 0.78, 0.22),  # measured 0.824 / 0.261 (0.764 / 0.261 when it arrived)
    (HERE / "heldout338" / "corpus", HERE / "heldout338" / "labels.yaml", 0.83, 0.16),  # measured 0.879 / 0.204 (0.875 / 0.197 when it arrived)
    (HERE / "heldout339" / "corpus", HERE / "heldout339" / "labels.yaml", 0.69, 0.21),  # measured 0.735 / 0.255 (0.729 / 0.248 when it arrived)
    (HERE / "heldout340" / "corpus", HERE / "heldout340" / "labels.yaml", 0.72, 0.16),  # measured 0.769 / 0.208 (0.518 / 0.201 when it arrived)
    (HERE / "heldout341" / "corpus", HERE / "heldout341" / "labels.yaml", 0.67, 0.08),  # measured 0.714 / 0.120 (0.690 / 0.120 when it arrived)
    (HERE / "heldout342" / "corpus", HERE / "heldout342" / "labels.yaml", 0.76, 0.19),  # measured 0.810 / 0.231 (0.667 / 0.231 when it arrived)
    (HERE / "heldout343" / "corpus", HERE / "heldout343" / "labels.yaml", 0.58, 0.09),  # measured 0.621 / 0.137 (0.586 / 0.130 when it arrived)
    (HERE / "heldout344" / "corpus", HERE / "heldout344" / "labels.yaml", 0.86, 0.23),  # measured 0.902 / 0.274 (0.878 / 0.256 when it arrived)
    (HERE / "heldout345" / "corpus", HERE / "heldout345" / "labels.yaml", 0.86, 0.28),  # measured 0.904 / 0.320 (0.870 / 0.320 when it arrived)
    (HERE / "heldout346" / "corpus", HERE / "heldout346" / "labels.yaml", 0.61, 0.26),  # measured 0.652 / 0.303 (0.638 / 0.303 when it arrived)
    (HERE / "heldout347" / "corpus", HERE / "heldout347" / "labels.yaml", 0.75, 0.29),  # measured 0.794 / 0.325 (0.778 / 0.337 when it arrived)
    (HERE / "heldout348" / "corpus", HERE / "heldout348" / "labels.yaml", 0.84, 0.15),  # measured 0.885 / 0.195 (0.885 / 0.195 when it arrived)
    (HERE / "heldout349" / "corpus", HERE / "heldout349" / "labels.yaml", 0.84, 0.18),  # measured 0.882 / 0.214 (0.775 / 0.221 when it arrived)
    (HERE / "heldout350" / "corpus", HERE / "heldout350" / "labels.yaml", 0.62, 0.16),  # measured 0.667 / 0.206 (0.658 / 0.198 when it arrived)
    (HERE / "heldout351" / "corpus", HERE / "heldout351" / "labels.yaml", 0.83, 0.11),  # measured 0.875 / 0.158 (0.778 / 0.158 when it arrived)
    (HERE / "heldout352" / "corpus", HERE / "heldout352" / "labels.yaml", 0.72, 0.40),  # measured 0.757 / 0.446 (0.768 / 0.434 when it arrived)
    (HERE / "heldout353" / "corpus", HERE / "heldout353" / "labels.yaml", 0.91, 0.28),  # measured 0.951 / 0.328 (0.949 / 0.311 when it arrived)
    (HERE / "heldout354" / "corpus", HERE / "heldout354" / "labels.yaml", 0.77, 0.35),  # measured 0.811 / 0.395 (0.808 / 0.388 when it arrived)
    (HERE / "heldout355" / "corpus", HERE / "heldout355" / "labels.yaml", 0.85, 0.19),  # measured 0.898 / 0.236 (0.867 / 0.231 when it arrived)
    (HERE / "heldout356" / "corpus", HERE / "heldout356" / "labels.yaml", 0.68, 0.20),  # measured 0.729 / 0.242 (0.729 / 0.242 when it arrived)
    (HERE / "heldout357" / "corpus", HERE / "heldout357" / "labels.yaml", 0.87, 0.21),  # measured 0.911 / 0.252 (0.905 / 0.233 when it arrived)
    (HERE / "heldout358" / "corpus", HERE / "heldout358" / "labels.yaml", 0.94, 0.25),  # measured 0.980 / 0.291 (0.962 / 0.291 when it arrived)
    (HERE / "heldout359" / "corpus", HERE / "heldout359" / "labels.yaml", 0.77, 0.23),  # measured 0.818 / 0.279 (0.795 / 0.271 when it arrived)
    (HERE / "heldout360" / "corpus", HERE / "heldout360" / "labels.yaml", 0.74, 0.19),  # measured 0.767 / 0.232 (0.780 / 0.225 when it arrived)
    (HERE / "heldout361" / "corpus", HERE / "heldout361" / "labels.yaml", 0.86, 0.22),  # measured 0.906 / 0.264 (0.906 / 0.264 when it arrived)
    (HERE / "heldout362" / "corpus", HERE / "heldout362" / "labels.yaml", 0.83, 0.19),  # measured 0.875 / 0.230 (0.871 / 0.221 when it arrived)
    (HERE / "heldout363" / "corpus", HERE / "heldout363" / "labels.yaml", 0.91, 0.24),  # measured 0.953 / 0.285 (0.952 / 0.278 when it arrived)
    (HERE / "heldout364" / "corpus", HERE / "heldout364" / "labels.yaml", 0.83, 0.26),  # measured 0.872 / 0.301 (0.841 / 0.272 when it arrived)
    (HERE / "heldout365" / "corpus", HERE / "heldout365" / "labels.yaml", 0.80, 0.09),  # measured 0.844 / 0.137 (0.844 / 0.137 when it arrived)
    (HERE / "heldout366" / "corpus", HERE / "heldout366" / "labels.yaml", 0.96, 0.19),  # measured 0.963 / 0.236 (1.000 / 0.227 when it arrived)
    (HERE / "heldout367" / "corpus", HERE / "heldout367" / "labels.yaml", 0.82, 0.18),  # measured 0.864 / 0.224 (0.826 / 0.224 when it arrived)
    (HERE / "heldout368" / "corpus", HERE / "heldout368" / "labels.yaml", 0.69, 0.15),  # measured 0.737 / 0.192 (0.659 / 0.185 when it arrived)
    (HERE / "heldout369" / "corpus", HERE / "heldout369" / "labels.yaml", 0.71, 0.27),  # measured 0.750 / 0.316 (0.632 / 0.316 when it arrived)
    (HERE / "heldout370" / "corpus", HERE / "heldout370" / "labels.yaml", 0.80, 0.14),  # measured 0.848 / 0.183 (0.848 / 0.183 when it arrived)
    (HERE / "heldout371" / "corpus", HERE / "heldout371" / "labels.yaml", 0.83, 0.17),  # measured 0.875 / 0.211 (0.875 / 0.211 when it arrived)
    (HERE / "heldout372" / "corpus", HERE / "heldout372" / "labels.yaml", 0.82, 0.19),  # measured 0.861 / 0.238 (0.848 / 0.215 when it arrived)
    (HERE / "heldout373" / "corpus", HERE / "heldout373" / "labels.yaml", 0.82, 0.15),  # measured 0.868 / 0.193 (0.765 / 0.152 when it arrived)
    (HERE / "heldout374" / "corpus", HERE / "heldout374" / "labels.yaml", 0.72, 0.13),  # measured 0.762 / 0.175 (0.738 / 0.169 when it arrived)
    (HERE / "heldout375" / "corpus", HERE / "heldout375" / "labels.yaml", 0.81, 0.28),  # measured 0.855 / 0.329 (0.825 / 0.323 when it arrived)
    (HERE / "heldout376" / "corpus", HERE / "heldout376" / "labels.yaml", 0.88, 0.23),  # measured 0.905 / 0.275 (0.881 / 0.268 when it arrived)
    (HERE / "heldout377" / "corpus", HERE / "heldout377" / "labels.yaml", 0.90, 0.19),  # measured 0.943 / 0.237 (0.943 / 0.237 when it arrived)
    (HERE / "heldout378" / "corpus", HERE / "heldout378" / "labels.yaml", 0.71, 0.17),  # measured 0.750 / 0.219 (0.714 / 0.219 when it arrived)
    (HERE / "heldout379" / "corpus", HERE / "heldout379" / "labels.yaml", 0.82, 0.18),  # measured 0.862 / 0.229 (0.833 / 0.229 when it arrived)
    (HERE / "heldout380" / "corpus", HERE / "heldout380" / "labels.yaml", 0.93, 0.23),  # measured 0.971 / 0.279 (0.914 / 0.262 when it arrived)
    (HERE / "heldout381" / "corpus", HERE / "heldout381" / "labels.yaml", 0.71, 0.16),  # measured 0.750 / 0.204 (0.750 / 0.204 when it arrived)
    (HERE / "heldout382" / "corpus", HERE / "heldout382" / "labels.yaml", 0.88, 0.22),  # measured 0.927 / 0.260 (0.925 / 0.253 when it arrived)
    (HERE / "heldout383" / "corpus", HERE / "heldout383" / "labels.yaml", 0.75, 0.10),  # measured 0.793 / 0.142 (0.778 / 0.130 when it arrived)
    (HERE / "heldout384" / "corpus", HERE / "heldout384" / "labels.yaml", 0.57, 0.15),  # measured 0.619 / 0.198 (0.619 / 0.198 when it arrived)
    (HERE / "heldout385" / "corpus", HERE / "heldout385" / "labels.yaml", 0.61, 0.10),  # measured 0.652 / 0.146 (0.619 / 0.126 when it arrived)
    (HERE / "heldout386" / "corpus", HERE / "heldout386" / "labels.yaml", 0.74, 0.22),  # measured 0.784 / 0.264 (0.784 / 0.264 when it arrived)
    (HERE / "heldout387" / "corpus", HERE / "heldout387" / "labels.yaml", 0.69, 0.17),  # measured 0.737 / 0.211 (0.737 / 0.211 when it arrived)
    (HERE / "heldout388" / "corpus", HERE / "heldout388" / "labels.yaml", 0.90, 0.30),  # measured 0.942 / 0.340 (0.900 / 0.312 when it arrived)
    (HERE / "heldout389" / "corpus", HERE / "heldout389" / "labels.yaml", 0.84, 0.24),  # measured 0.887 / 0.283 (0.880 / 0.265 when it arrived)
    (HERE / "heldout390" / "corpus", HERE / "heldout390" / "labels.yaml", 0.87, 0.26),  # measured 0.913 / 0.302 (0.907 / 0.281 when it arrived)
    (HERE / "heldout391" / "corpus", HERE / "heldout391" / "labels.yaml", 0.82, 0.17),  # measured 0.860 / 0.219 (0.800 / 0.213 when it arrived)
    (HERE / "heldout392" / "corpus", HERE / "heldout392" / "labels.yaml", 0.86, 0.29),  # measured 0.907 / 0.338 (0.797 / 0.324 when it arrived)
    (HERE / "heldout393" / "corpus", HERE / "heldout393" / "labels.yaml", 0.74, 0.17),  # measured 0.780 / 0.212 (0.780 / 0.212 when it arrived)
    (HERE / "heldout394" / "corpus", HERE / "heldout394" / "labels.yaml", 0.87, 0.20),  # measured 0.913 / 0.244 (0.913 / 0.244 when it arrived)
    (HERE / "heldout395" / "corpus", HERE / "heldout395" / "labels.yaml", 0.74, 0.26),  # measured 0.780 / 0.305 (0.667 / 0.297 when it arrived)
    (HERE / "heldout396" / "corpus", HERE / "heldout396" / "labels.yaml", 0.70, 0.16),  # measured 0.741 / 0.202 (0.741 / 0.202 when it arrived)
    (HERE / "heldout397" / "corpus", HERE / "heldout397" / "labels.yaml", 0.87, 0.25),  # measured 0.913 / 0.292 (0.894 / 0.292 when it arrived)
    (HERE / "heldout398" / "corpus", HERE / "heldout398" / "labels.yaml", 0.65, 0.26),  # measured 0.694 / 0.304 (0.694 / 0.304 when it arrived)
    (HERE / "heldout399" / "corpus", HERE / "heldout399" / "labels.yaml", 0.76, 0.13),  # measured 0.800 / 0.172 (0.778 / 0.172 when it arrived)
    (HERE / "heldout400" / "corpus", HERE / "heldout400" / "labels.yaml", 0.87, 0.37),  # measured 0.910 / 0.415 (0.854 / 0.279 when it arrived)
    (HERE / "heldout401" / "corpus", HERE / "heldout401" / "labels.yaml", 0.83, 0.32),  # measured 0.873 / 0.369 (0.842 / 0.369 when it arrived)
    (HERE / "heldout402" / "corpus", HERE / "heldout402" / "labels.yaml", 0.78, 0.30),  # measured 0.829 / 0.343 (0.815 / 0.333 when it arrived)
    (HERE / "heldout403" / "corpus", HERE / "heldout403" / "labels.yaml", 0.77, 0.17),  # measured 0.771 / 0.218 (0.788 / 0.210 when it arrived)
    (HERE / "heldout404" / "corpus", HERE / "heldout404" / "labels.yaml", 0.61, 0.24),  # measured 0.654 / 0.280 (0.654 / 0.280 when it arrived)
    (HERE / "heldout405" / "corpus", HERE / "heldout405" / "labels.yaml", 0.67, 0.28),  # measured 0.689 / 0.325 (0.648 / 0.309 when it arrived)
    (HERE / "heldout406" / "corpus", HERE / "heldout406" / "labels.yaml", 0.73, 0.16),  # measured 0.763 / 0.202 (0.712 / 0.188 when it arrived)
    (HERE / "heldout407" / "corpus", HERE / "heldout407" / "labels.yaml", 0.70, 0.30),  # measured 0.745 / 0.342 (0.672 / 0.325 when it arrived)
    (HERE / "heldout408" / "corpus", HERE / "heldout408" / "labels.yaml", 0.75, 0.23),  # measured 0.793 / 0.271 (0.780 / 0.271 when it arrived)
    (HERE / "heldout409" / "corpus", HERE / "heldout409" / "labels.yaml", 0.74, 0.22),  # measured 0.782 / 0.262 (0.750 / 0.256 when it arrived)
    (HERE / "heldout410" / "corpus", HERE / "heldout410" / "labels.yaml", 0.81, 0.14),  # measured 0.838 / 0.186 (0.811 / 0.180 when it arrived)
    # lowered from 0.93 to 0.86, then raised to 0.88: its money in crowns, read as counts before, is now money
    (HERE / "heldout411" / "corpus", HERE / "heldout411" / "labels.yaml", 0.88, 0.30),  # measured 0.927 / 0.340 (0.854 / 0.273 when it arrived)
    (HERE / "heldout412" / "corpus", HERE / "heldout412" / "labels.yaml", 0.70, 0.33),  # measured 0.743 / 0.375 (0.743 / 0.375 when it arrived)
    (HERE / "heldout413" / "corpus", HERE / "heldout413" / "labels.yaml", 0.85, 0.24),  # measured 0.894 / 0.276 (0.878 / 0.283 when it arrived)
    (HERE / "heldout414" / "corpus", HERE / "heldout414" / "labels.yaml", 0.85, 0.28),  # measured 0.892 / 0.324 (0.875 / 0.313 when it arrived)
    (HERE / "heldout415" / "corpus", HERE / "heldout415" / "labels.yaml", 0.68, 0.24),  # measured 0.725 / 0.282 (0.692 / 0.275 when it arrived)
    (HERE / "heldout416" / "corpus", HERE / "heldout416" / "labels.yaml", 0.72, 0.19),  # measured 0.765 / 0.232 (0.743 / 0.232 when it arrived)
    (HERE / "heldout417" / "corpus", HERE / "heldout417" / "labels.yaml", 0.89, 0.22),  # measured 0.938 / 0.265 (0.827 / 0.253 when it arrived)
    (HERE / "heldout418" / "corpus", HERE / "heldout418" / "labels.yaml", 0.85, 0.28),  # measured 0.891 / 0.327 (0.811 / 0.287 when it arrived)
    (HERE / "heldout419" / "corpus", HERE / "heldout419" / "labels.yaml", 0.72, 0.25),  # measured 0.767 / 0.299 (0.709 / 0.299 when it arrived)
    (HERE / "heldout420" / "corpus", HERE / "heldout420" / "labels.yaml", 0.70, 0.23),  # measured 0.746 / 0.272 (0.733 / 0.272 when it arrived)
    (HERE / "heldout421" / "corpus", HERE / "heldout421" / "labels.yaml", 0.62, 0.21),  # measured 0.661 / 0.252 (0.585 / 0.233 when it arrived)
    (HERE / "heldout422" / "corpus", HERE / "heldout422" / "labels.yaml", 0.86, 0.39),  # measured 0.906 / 0.433 (0.885 / 0.433 when it arrived)
    (HERE / "heldout423" / "corpus", HERE / "heldout423" / "labels.yaml", 0.92, 0.33),  # measured 0.965 / 0.379 (0.794 / 0.372 when it arrived)
    (HERE / "heldout424" / "corpus", HERE / "heldout424" / "labels.yaml", 0.87, 0.19),  # measured 0.914 / 0.235 (0.889 / 0.235 when it arrived)
    (HERE / "heldout425" / "corpus", HERE / "heldout425" / "labels.yaml", 0.85, 0.21),  # measured 0.852 / 0.253 (0.863 / 0.242 when it arrived)
    (HERE / "heldout426" / "corpus", HERE / "heldout426" / "labels.yaml", 0.80, 0.19),  # measured 0.842 / 0.239 (0.600 / 0.179 when it arrived)
    (HERE / "heldout427" / "corpus", HERE / "heldout427" / "labels.yaml", 0.90, 0.17),  # measured 0.941 / 0.212 (0.825 / 0.208 when it arrived)
    (HERE / "heldout428" / "corpus", HERE / "heldout428" / "labels.yaml", 0.91, 0.24),  # measured 0.950 / 0.281 (0.946 / 0.261 when it arrived)
    (HERE / "heldout429" / "corpus", HERE / "heldout429" / "labels.yaml", 0.73, 0.14),  # measured 0.778 / 0.184 (0.778 / 0.184 when it arrived)
    (HERE / "heldout430" / "corpus", HERE / "heldout430" / "labels.yaml", 0.83, 0.19),  # measured 0.860 / 0.232 (0.736 / 0.211 when it arrived)
    (HERE / "heldout431" / "corpus", HERE / "heldout431" / "labels.yaml", 0.83, 0.32),  # measured 0.879 / 0.362 (0.800 / 0.362 when it arrived)
    (HERE / "heldout432" / "corpus", HERE / "heldout432" / "labels.yaml", 0.88, 0.26),  # measured 0.929 / 0.302 (0.860 / 0.287 when it arrived)
    (HERE / "heldout433" / "corpus", HERE / "heldout433" / "labels.yaml", 0.82, 0.29),  # measured 0.865 / 0.336 (0.607 / 0.254 when it arrived)
    (HERE / "heldout434" / "corpus", HERE / "heldout434" / "labels.yaml", 0.76, 0.24),  # measured 0.808 / 0.286 (0.804 / 0.279 when it arrived)
    (HERE / "heldout435" / "corpus", HERE / "heldout435" / "labels.yaml", 0.86, 0.24),  # measured 0.909 / 0.281 (0.886 / 0.219 when it arrived)
    (HERE / "heldout436" / "corpus", HERE / "heldout436" / "labels.yaml", 0.68, 0.19),  # measured 0.721 / 0.235 (0.690 / 0.220 when it arrived)
    (HERE / "heldout437" / "corpus", HERE / "heldout437" / "labels.yaml", 0.68, 0.26),  # measured 0.729 / 0.307 (0.711 / 0.292 when it arrived)
    (HERE / "heldout438" / "corpus", HERE / "heldout438" / "labels.yaml", 0.84, 0.33),  # measured 0.884 / 0.367 (0.824 / 0.367 when it arrived)
    (HERE / "heldout439" / "corpus", HERE / "heldout439" / "labels.yaml", 0.78, 0.25),  # measured 0.821 / 0.296 (0.667 / 0.290 when it arrived)
    (HERE / "heldout440" / "corpus", HERE / "heldout440" / "labels.yaml", 0.76, 0.19),  # measured 0.800 / 0.235 (0.727 / 0.235 when it arrived)
    (HERE / "heldout441" / "corpus", HERE / "heldout441" / "labels.yaml", 0.89, 0.28),  # measured 0.932 / 0.322 (0.917 / 0.322 when it arrived)
    (HERE / "heldout442" / "corpus", HERE / "heldout442" / "labels.yaml", 0.88, 0.35),  # measured 0.908 / 0.392 (0.850 / 0.290 when it arrived)
    (HERE / "heldout443" / "corpus", HERE / "heldout443" / "labels.yaml", 0.74, 0.33),  # measured 0.780 / 0.380 (0.680 / 0.374 when it arrived)
    (HERE / "heldout444" / "corpus", HERE / "heldout444" / "labels.yaml", 0.73, 0.20),  # measured 0.778 / 0.243 (0.808 / 0.243 when it arrived)
    (HERE / "heldout445" / "corpus", HERE / "heldout445" / "labels.yaml", 0.85, 0.31),  # measured 0.892 / 0.345 (0.831 / 0.351 when it arrived)
    (HERE / "heldout446" / "corpus", HERE / "heldout446" / "labels.yaml", 0.87, 0.21),  # measured 0.915 / 0.254 (0.792 / 0.249 when it arrived)
    (HERE / "heldout447" / "corpus", HERE / "heldout447" / "labels.yaml", 0.77, 0.29),  # measured 0.815 / 0.338 (0.787 / 0.285 when it arrived)
    (HERE / "heldout448" / "corpus", HERE / "heldout448" / "labels.yaml", 0.72, 0.14),  # measured 0.760 / 0.187 (0.745 / 0.172 when it arrived)
    (HERE / "heldout449" / "corpus", HERE / "heldout449" / "labels.yaml", 0.81, 0.17),  # measured 0.857 / 0.218 (0.857 / 0.218 when it arrived)
    (HERE / "heldout450" / "corpus", HERE / "heldout450" / "labels.yaml", 0.69, 0.23),  # measured 0.732 / 0.272 (0.719 / 0.272 when it arrived)
    (HERE / "heldout451" / "corpus", HERE / "heldout451" / "labels.yaml", 0.78, 0.16),  # measured 0.825 / 0.206 (0.772 / 0.193 when it arrived)
    (HERE / "heldout452" / "corpus", HERE / "heldout452" / "labels.yaml", 0.77, 0.21),  # measured 0.811 / 0.250 (0.765 / 0.227 when it arrived)
    (HERE / "heldout453" / "corpus", HERE / "heldout453" / "labels.yaml", 0.83, 0.27),  # measured 0.877 / 0.311 (0.831 / 0.311 when it arrived)
    (HERE / "heldout454" / "corpus", HERE / "heldout454" / "labels.yaml", 0.85, 0.23),  # measured 0.857 / 0.271 (0.889 / 0.241 when it arrived)
    (HERE / "heldout455" / "corpus", HERE / "heldout455" / "labels.yaml", 0.83, 0.24),  # measured 0.879 / 0.280 (0.889 / 0.264 when it arrived)
    (HERE / "heldout456" / "corpus", HERE / "heldout456" / "labels.yaml", 0.70, 0.17),  # measured 0.745 / 0.216 (0.745 / 0.216 when it arrived)
    (HERE / "heldout457" / "corpus", HERE / "heldout457" / "labels.yaml", 0.78, 0.26),  # measured 0.822 / 0.303 (0.709 / 0.283 when it arrived)
    (HERE / "heldout458" / "corpus", HERE / "heldout458" / "labels.yaml", 0.86, 0.30),  # measured 0.903 / 0.344 (0.774 / 0.294 when it arrived)
    (HERE / "heldout459" / "corpus", HERE / "heldout459" / "labels.yaml", 0.76, 0.27),  # measured 0.806 / 0.314 (0.794 / 0.292 when it arrived)
    (HERE / "heldout460" / "corpus", HERE / "heldout460" / "labels.yaml", 0.64, 0.26),  # measured 0.683 / 0.306 (0.683 / 0.306 when it arrived)
    (HERE / "heldout461" / "corpus", HERE / "heldout461" / "labels.yaml", 0.90, 0.16),  # measured 0.947 / 0.209 (0.947 / 0.209 when it arrived)
    (HERE / "heldout462" / "corpus", HERE / "heldout462" / "labels.yaml", 0.72, 0.12),  # measured 0.765 / 0.160 (0.765 / 0.160 when it arrived)
    (HERE / "heldout463" / "corpus", HERE / "heldout463" / "labels.yaml", 0.63, 0.28),  # measured 0.679 / 0.324 (0.663 / 0.324 when it arrived)
    (HERE / "heldout464" / "corpus", HERE / "heldout464" / "labels.yaml", 0.71, 0.33),  # measured 0.750 / 0.375 (0.750 / 0.375 when it arrived)
    (HERE / "heldout465" / "corpus", HERE / "heldout465" / "labels.yaml", 0.72, 0.26),  # measured 0.762 / 0.300 (0.691 / 0.294 when it arrived)
    (HERE / "heldout466" / "corpus", HERE / "heldout466" / "labels.yaml", 0.81, 0.24),  # measured 0.852 / 0.289 (0.821 / 0.289 when it arrived)
    (HERE / "heldout467" / "corpus", HERE / "heldout467" / "labels.yaml", 0.80, 0.31),  # measured 0.844 / 0.353 (0.844 / 0.353 when it arrived)
    (HERE / "heldout468" / "corpus", HERE / "heldout468" / "labels.yaml", 0.83, 0.27),  # measured 0.836 / 0.311 (0.875 / 0.272 when it arrived)
    (HERE / "heldout469" / "corpus", HERE / "heldout469" / "labels.yaml", 0.75, 0.33),  # measured 0.795 / 0.375 (0.787 / 0.398 when it arrived)
    (HERE / "heldout470" / "corpus", HERE / "heldout470" / "labels.yaml", 0.73, 0.21),  # measured 0.774 / 0.253 (0.774 / 0.253 when it arrived)
    (HERE / "heldout471" / "corpus", HERE / "heldout471" / "labels.yaml", 0.87, 0.24),  # measured 0.917 / 0.281 (0.879 / 0.260 when it arrived)
    (HERE / "heldout472" / "corpus", HERE / "heldout472" / "labels.yaml", 0.71, 0.21),  # measured 0.750 / 0.256 (0.741 / 0.262 when it arrived)
    (HERE / "heldout473" / "corpus", HERE / "heldout473" / "labels.yaml", 0.87, 0.20),  # measured 0.915 / 0.243 (0.913 / 0.237 when it arrived)
    (HERE / "heldout474" / "corpus", HERE / "heldout474" / "labels.yaml", 0.86, 0.21),  # measured 0.909 / 0.255 (0.909 / 0.255 when it arrived)
    (HERE / "heldout475" / "corpus", HERE / "heldout475" / "labels.yaml", 0.75, 0.24),  # measured 0.789 / 0.288 (0.796 / 0.276 when it arrived)
    (HERE / "heldout476" / "corpus", HERE / "heldout476" / "labels.yaml", 0.37, 0.20),  # measured 0.414 / 0.244 (0.414 / 0.244 when it arrived)
    (HERE / "heldout477" / "corpus", HERE / "heldout477" / "labels.yaml", 0.84, 0.18),  # measured 0.882 / 0.225 (0.882 / 0.225 when it arrived)
    (HERE / "heldout478" / "corpus", HERE / "heldout478" / "labels.yaml", 0.77, 0.18),  # measured 0.812 / 0.227 (0.812 / 0.227 when it arrived)
    (HERE / "heldout479" / "corpus", HERE / "heldout479" / "labels.yaml", 0.88, 0.23),  # measured 0.929 / 0.272 (0.927 / 0.267 when it arrived)
    (HERE / "heldout480" / "corpus", HERE / "heldout480" / "labels.yaml", 0.75, 0.27),  # measured 0.797 / 0.313 (0.797 / 0.313 when it arrived)
    (HERE / "heldout481" / "corpus", HERE / "heldout481" / "labels.yaml", 0.63, 0.17),  # measured 0.674 / 0.215 (0.600 / 0.208 when it arrived)
    (HERE / "heldout482" / "corpus", HERE / "heldout482" / "labels.yaml", 0.74, 0.31),  # measured 0.787 / 0.350 (0.787 / 0.350 when it arrived)
    (HERE / "heldout483" / "corpus", HERE / "heldout483" / "labels.yaml", 0.91, 0.22),  # measured 0.955 / 0.263 (0.955 / 0.263 when it arrived)
    (HERE / "heldout484" / "corpus", HERE / "heldout484" / "labels.yaml", 0.71, 0.29),  # measured 0.753 / 0.340 (0.705 / 0.340 when it arrived)
    (HERE / "heldout485" / "corpus", HERE / "heldout485" / "labels.yaml", 0.78, 0.25),  # measured 0.828 / 0.298 (0.828 / 0.298 when it arrived)
    (HERE / "heldout486" / "corpus", HERE / "heldout486" / "labels.yaml", 0.71, 0.29),  # measured 0.759 / 0.332 (0.763 / 0.305 when it arrived)
    (HERE / "heldout487" / "corpus", HERE / "heldout487" / "labels.yaml", 0.92, 0.31),  # measured 0.961 / 0.356 (0.924 / 0.356 when it arrived)
    (HERE / "heldout488" / "corpus", HERE / "heldout488" / "labels.yaml", 0.73, 0.24),  # measured 0.779 / 0.284 (0.743 / 0.261 when it arrived)
    (HERE / "heldout489" / "corpus", HERE / "heldout489" / "labels.yaml", 0.81, 0.18),  # measured 0.850 / 0.222 (0.805 / 0.216 when it arrived)
    (HERE / "heldout490" / "corpus", HERE / "heldout490" / "labels.yaml", 0.60, 0.23),  # measured 0.644 / 0.279 (0.644 / 0.279 when it arrived)
    (HERE / "heldout491" / "corpus", HERE / "heldout491" / "labels.yaml", 0.82, 0.21),  # measured 0.860 / 0.255 (0.860 / 0.255 when it arrived)
    (HERE / "heldout492" / "corpus", HERE / "heldout492" / "labels.yaml", 0.78, 0.23),  # measured 0.821 / 0.272 (0.764 / 0.272 when it arrived)
    (HERE / "heldout493" / "corpus", HERE / "heldout493" / "labels.yaml", 0.72, 0.18),  # measured 0.768 / 0.223 (0.768 / 0.223 when it arrived)
    (HERE / "heldout494" / "corpus", HERE / "heldout494" / "labels.yaml", 0.78, 0.19),  # measured 0.808 / 0.232 (0.820 / 0.227 when it arrived)
    (HERE / "heldout495" / "corpus", HERE / "heldout495" / "labels.yaml", 0.84, 0.20),  # measured 0.886 / 0.242 (0.886 / 0.242 when it arrived)
    (HERE / "heldout496" / "corpus", HERE / "heldout496" / "labels.yaml", 0.71, 0.18),  # measured 0.759 / 0.220 (0.759 / 0.220 when it arrived)
    (HERE / "heldout497" / "corpus", HERE / "heldout497" / "labels.yaml", 0.76, 0.29),  # measured 0.806 / 0.338 (0.806 / 0.338 when it arrived)
    (HERE / "heldout498" / "corpus", HERE / "heldout498" / "labels.yaml", 0.79, 0.23),  # measured 0.831 / 0.280 (0.800 / 0.284 when it arrived)
    (HERE / "heldout499" / "corpus", HERE / "heldout499" / "labels.yaml", 0.72, 0.28),  # measured 0.768 / 0.323 (0.700 / 0.323 when it arrived)
    (HERE / "heldout500" / "corpus", HERE / "heldout500" / "labels.yaml", 0.82, 0.23),  # measured 0.862 / 0.272 (0.862 / 0.272 when it arrived)
], ids=["labeled", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7",
        "held-out-8", "held-out-9", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14",
        "held-out-15", "held-out-16", "held-out-17", "held-out-18", "held-out-19", "held-out-20", "held-out-21",
        "held-out-22", "held-out-23", "held-out-24", "held-out-25", "held-out-26", "held-out-27", "held-out-28",
        "held-out-29", "held-out-30", "held-out-31", "held-out-32", "held-out-33", "held-out-34", "held-out-35",
        "held-out-36", "held-out-37", "held-out-38", "held-out-39", "held-out-40",
        "held-out-41", "held-out-42", "held-out-43", "held-out-44",
        "held-out-45", "held-out-46", "held-out-47", "held-out-48",
        "held-out-49", "held-out-50", "held-out-51", "held-out-52", "held-out-53", "held-out-54", "held-out-55", "held-out-56",
        "held-out-57", "held-out-58", "held-out-59", "held-out-60", "held-out-61", "held-out-62", "held-out-63",
        "held-out-64", "held-out-65", "held-out-66", "held-out-67", "held-out-68", "held-out-69",
        "held-out-70", "held-out-71", "held-out-72", "held-out-73", "held-out-74", "held-out-75", "held-out-76", "held-out-77",
        "held-out-78", "held-out-79", "held-out-80", "held-out-81", "held-out-82", "held-out-83", "held-out-84", "held-out-85",
        "held-out-86", "held-out-87", "held-out-88", "held-out-89", "held-out-90", "held-out-91", "held-out-92",
        "held-out-93", "held-out-94", "held-out-95", "held-out-96", "held-out-97", "held-out-98", "held-out-99",
        "held-out-100", "held-out-101", "held-out-102", "held-out-103", "held-out-104", "held-out-105", "held-out-106",
        "held-out-107", "held-out-108", "held-out-109", "held-out-110", "held-out-111", "held-out-112", "held-out-113", "held-out-114", "held-out-115", "held-out-116", "held-out-117", "held-out-118", "held-out-119", "held-out-120", "held-out-121", "held-out-122", "held-out-123", "held-out-124",
        "held-out-125", "held-out-126", "held-out-127", "held-out-128", "held-out-129", "held-out-130", "held-out-131", "held-out-132", "held-out-133", "held-out-134", "held-out-135", "held-out-136", "held-out-137", "held-out-138", "held-out-139", "held-out-140", "held-out-141", "held-out-142",
        "held-out-143", "held-out-144", "held-out-145", "held-out-146", "held-out-147", "held-out-148", "held-out-149", "held-out-150", "held-out-151", "held-out-152", "held-out-153", "held-out-154", "held-out-155", "held-out-156", "held-out-157", "held-out-158", "held-out-159", "held-out-160", "held-out-161", "held-out-162", "held-out-163", "held-out-164", "held-out-165", "held-out-166", "held-out-167", "held-out-168", "held-out-169", "held-out-170",
        "held-out-171", "held-out-172", "held-out-173", "held-out-174", "held-out-175", "held-out-176", "held-out-177", "held-out-178", "held-out-179", "held-out-180", "held-out-181", "held-out-182", "held-out-183", "held-out-184", "held-out-185", "held-out-186", "held-out-187", "held-out-188", "held-out-189", "held-out-190", "held-out-191", "held-out-192", "held-out-193",
        "held-out-194", "held-out-195", "held-out-196", "held-out-197", "held-out-198", "held-out-199", "held-out-200", "held-out-201", "held-out-202", "held-out-203", "held-out-204", "held-out-205", "held-out-206", "held-out-207", "held-out-208", "held-out-209", "held-out-210", "held-out-211", "held-out-212", "held-out-213",
        "held-out-214", "held-out-215", "held-out-216", "held-out-217", "held-out-218", "held-out-219", "held-out-220", "held-out-221", "held-out-222", "held-out-223", "held-out-224", "held-out-225", "held-out-226", "held-out-227", "held-out-228", "held-out-229", "held-out-230", "held-out-231", "held-out-232", "held-out-233", "held-out-234",
        "held-out-235", "held-out-236", "held-out-237", "held-out-238", "held-out-239", "held-out-240", "held-out-241", "held-out-242", "held-out-243", "held-out-244", "held-out-245", "held-out-246", "held-out-247", "held-out-248", "held-out-249", "held-out-250", "held-out-251", "held-out-252", "held-out-253",
        "held-out-254", "held-out-255", "held-out-256", "held-out-257", "held-out-258", "held-out-259", "held-out-260", "held-out-261", "held-out-262", "held-out-263", "held-out-264", "held-out-265", "held-out-266", "held-out-267", "held-out-268", "held-out-269", "held-out-270", "held-out-271", "held-out-272", "held-out-273",
        "held-out-274", "held-out-275",
        "held-out-276", "held-out-277", "held-out-278", "held-out-279", "held-out-280", "held-out-281", "held-out-282", "held-out-283", "held-out-284", "held-out-285", "held-out-286", "held-out-287", "held-out-288", "held-out-289", "held-out-290", "held-out-291",
        "held-out-292", "held-out-293", "held-out-294", "held-out-295", "held-out-296", "held-out-297", "held-out-298", "held-out-299", "held-out-300", "held-out-301", "held-out-302", "held-out-303", "held-out-304", "held-out-305", "held-out-306", "held-out-307",
        "held-out-308", "held-out-309", "held-out-310", "held-out-311", "held-out-312", "held-out-313", "held-out-314", "held-out-315", "held-out-316", "held-out-317", "held-out-318", "held-out-319", "held-out-320", "held-out-321", "held-out-322", "held-out-323", "held-out-324", "held-out-325", "held-out-326", "held-out-327", "held-out-328",
        "held-out-329", "held-out-330", "held-out-331", "held-out-332", "held-out-333", "held-out-334", "held-out-335", "held-out-336", "held-out-337", "held-out-338", "held-out-339", "held-out-340", "held-out-341", "held-out-342", "held-out-343", "held-out-344", "held-out-345", "held-out-346", "held-out-347",
        "held-out-348", "held-out-349", "held-out-350", "held-out-351", "held-out-352", "held-out-353", "held-out-354", "held-out-355", "held-out-356", "held-out-357", "held-out-358", "held-out-359", "held-out-360", "held-out-361", "held-out-362", "held-out-363",
        "held-out-364", "held-out-365", "held-out-366", "held-out-367", "held-out-368", "held-out-369", "held-out-370", "held-out-371", "held-out-372", "held-out-373", "held-out-374", "held-out-375", "held-out-376", "held-out-377", "held-out-378", "held-out-379", "held-out-380", "held-out-381", "held-out-382", "held-out-383", "held-out-384",
        "held-out-385", "held-out-386", "held-out-387", "held-out-388", "held-out-389", "held-out-390", "held-out-391", "held-out-392", "held-out-393", "held-out-394", "held-out-395", "held-out-396", "held-out-397", "held-out-398",
        "held-out-399", "held-out-400",
        "held-out-401", "held-out-402", "held-out-403", "held-out-404", "held-out-405", "held-out-406", "held-out-407", "held-out-408", "held-out-409", "held-out-410", "held-out-411", "held-out-412",
        "held-out-413", "held-out-414", "held-out-415", "held-out-416", "held-out-417", "held-out-418", "held-out-419", "held-out-420", "held-out-421", "held-out-422", "held-out-423", "held-out-424", "held-out-425", "held-out-426",
        "held-out-427", "held-out-428", "held-out-429", "held-out-430", "held-out-431", "held-out-432", "held-out-433", "held-out-434", "held-out-435", "held-out-436", "held-out-437", "held-out-438",
        "held-out-439", "held-out-440", "held-out-441", "held-out-442", "held-out-443", "held-out-444", "held-out-445", "held-out-446", "held-out-447", "held-out-448", "held-out-449", "held-out-450",
        "held-out-451", "held-out-452", "held-out-453", "held-out-454", "held-out-455", "held-out-456", "held-out-457", "held-out-458", "held-out-459", "held-out-460", "held-out-461", "held-out-462", "held-out-463", "held-out-464",
        "held-out-465", "held-out-466", "held-out-467", "held-out-468", "held-out-469", "held-out-470", "held-out-471", "held-out-472", "held-out-473", "held-out-474", "held-out-475", "held-out-476",
        "held-out-477", "held-out-478", "held-out-479", "held-out-480", "held-out-481", "held-out-482", "held-out-483", "held-out-484",
        "held-out-485", "held-out-486", "held-out-487", "held-out-488", "held-out-489", "held-out-490", "held-out-491", "held-out-492",
        "held-out-493", "held-out-494", "held-out-495", "held-out-496", "held-out-497", "held-out-498", "held-out-499", "held-out-500"])
def test_alignment_does_not_fall_below_its_measured_floor(corpus, labels, precision, recall):
    result = _score(corpus, labels)
    assert result.precision >= precision, result.precision
    assert result.recall >= recall, result.recall
