"""`python -m factcheck.bench {extract,pipeline,hostile,suites,align}`: argument parsing and dispatch only."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` and run one benchmark; return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m factcheck.bench", description="factcheck benchmarks")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extraction throughput on a generated corpus")
    extract.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    extract.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default 1)")
    extract.add_argument("--sample-mb", type=float, default=0.5, help="sample size for dateparser and regex (default 0.5)")
    pipeline = commands.add_parser("pipeline", help="whole-run time per phase on generated files, with one process and more")
    pipeline.add_argument("--mb", type=float, default=1, help="corpus size in MB (default 1)")
    pipeline.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default 1)")
    pipeline.add_argument("--jobs", type=int, nargs="+", default=[1, 0], metavar="N",
                          help="runs to make, by their --jobs (default: 1 0; 0 chooses by the corpus's size and the CPUs)")
    hostile = commands.add_parser("hostile", help="extraction time on adversarial inputs")
    hostile.add_argument("--timeout", type=float, default=30, help="seconds allowed per run (default 30)")
    suites = commands.add_parser(
        "suites",
        help="recall on public extraction test suites downloaded into a directory",
        description="Score the extractor on public test suites found in --dir by file name: Recognizers-Text spec "
        "files (CurrencyModel.json, PercentModel.json, NumberModel.json, AgeModel.json, DimensionModel.json, "
        "TemperatureModel.json, DateExtractor.json, DurationExtractor.json, DatePeriodExtractor.json) and "
        "quantulum3's quantities.json. Prints one row per suite.",
    )
    suites.add_argument("--dir", type=Path, required=True, help="directory holding the downloaded suite files")
    suites.add_argument("--published", type=_date, default=dt.date(2026, 3, 2), metavar="YYYY-MM-DD",
                        help="publication date for relative dates, YYYY-MM-DD (default 2026-03-02; "
                        "a case's ReferenceDateTime wins)")
    suites.add_argument("--examples", type=int, default=0, metavar="N",
                        help="print up to N missed gold mentions per suite (default 0)")
    suites.add_argument("--all-entries", action="store_true",
                        help="also score entries marked as not supported in Python (the Python port's own gaps; "
                        "the English gold holds all the same)")
    commands.add_parser("align", help="alignment benchmark (factcheck.bench.alignment)", add_help=False)
    if argv[:1] == ["align"]:  # the alignment module parses its own options
        return _align(argv[1:])
    args = parser.parse_args(argv)
    if args.command == "extract":
        if args.mb <= 0 or args.sample_mb <= 0:
            parser.error("--mb and --sample-mb must be positive")
        from .extract import extract_bench  # noqa: PLC0415

        extract_bench(args.mb, args.seed, args.sample_mb)
        return 0
    if args.command == "pipeline":
        if args.mb <= 0 or any(j < 0 for j in args.jobs):
            parser.error("--mb must be positive and --jobs 0 or more")
        from .pipeline import pipeline_bench  # noqa: PLC0415

        rows = pipeline_bench(args.mb, args.seed, tuple(args.jobs))
        return 0 if all(r["same_as_first"] for r in rows) else 1
    if args.command == "suites":
        from .suites import suites_bench  # noqa: PLC0415

        return suites_bench(args.dir, args.published, args.examples, err=lambda line: print(line, file=sys.stderr),
                            all_entries=args.all_entries)
    from .hostile import hostile_bench  # noqa: PLC0415

    hostile_bench(args.timeout)
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _align(argv: list[str]) -> int:
    if importlib.util.find_spec(f"{__package__}.alignment") is None:
        print("align: factcheck.bench.alignment is not available", file=sys.stderr)
        return 2
    from . import alignment  # noqa: PLC0415

    return alignment.main(argv) or 0


if __name__ == "__main__":
    sys.exit(main())
