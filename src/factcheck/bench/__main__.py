"""`python -m factcheck.bench {extract,hostile,align}`: argument parsing and dispatch only."""

from __future__ import annotations

import argparse
import importlib.util
import sys


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` and run one benchmark; return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m factcheck.bench", description="factcheck benchmarks")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extraction throughput on a generated corpus")
    extract.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    extract.add_argument("--seed", type=int, default=1, help="random seed of the corpus (default 1)")
    extract.add_argument("--sample-mb", type=float, default=0.5, help="sample size for dateparser and regex (default 0.5)")
    hostile = commands.add_parser("hostile", help="extraction time on adversarial inputs")
    hostile.add_argument("--timeout", type=float, default=30, help="seconds allowed per run (default 30)")
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
    from .hostile import hostile_bench  # noqa: PLC0415

    hostile_bench(args.timeout)
    return 0


def _align(argv: list[str]) -> int:
    if importlib.util.find_spec(f"{__package__}.alignment") is None:
        print("align: factcheck.bench.alignment is not available", file=sys.stderr)
        return 2
    from . import alignment  # noqa: PLC0415

    return alignment.main(argv) or 0


if __name__ == "__main__":
    sys.exit(main())
