"""The command line: options -> settings -> pipeline -> formatters -> files -> exit code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .baseline import dump_baseline
from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FactcheckError
from .output import write_atomic
from .pipeline import extract_only, failing, run
from .report import FORMATS
from .report import rules as rule_text
from .rulepack import load_rulepack
from .settings import Settings, find_config, from_config, merge

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Check whether sources agree on numeric and dated facts.\n\n"
         "Reads a corpus, extracts amounts, percentages, ages, counts, durations and dates, "
         "lines them up by subject and reports where the sources disagree.",
)
rules_app = typer.Typer(no_args_is_help=True, help="List, validate and show the rules of a rule pack.")
app.add_typer(rules_app, name="rules")

RulesDir = Annotated[Path | None, typer.Option("--rules", help="Folder of rule files (*.yaml). Default: the shipped pack.")]
Published = Annotated[str | None, typer.Option("--published", metavar="YYYY-MM-DD",
                                               help="Publication date for documents that carry none.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
Manifest = Annotated[Path | None, typer.Option("--sources", help="CSV or YAML file mapping file paths to publication date and outlet.")]
Exclude = Annotated[list[str] | None, typer.Option("--exclude", help="Glob of files not to read (repeatable).")]
Jobs = Annotated[int | None, typer.Option("--jobs", "-j", metavar="N",
                                          help="Processes that extract documents; 0 chooses by the corpus's size and "
                                               "the CPUs, 1 extracts in this process. [default: 0]")]
MaxBytes = Annotated[int | None, typer.Option("--max-bytes", help="Skip files larger than this. [default: 5000000]")]


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FactcheckError(f"--published {value!r} is not a date", hint="use YYYY-MM-DD, e.g. 2026-01-04") from None


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 20:
            end = "\n" if done == total else ""
            sys.stderr.write(f"\rreading {done}/{total} documents{end}")
    return show


def _fail(exc: FactcheckError) -> None:
    typer.echo(f"factcheck: error: {exc}", err=True)
    raise typer.Exit(EXIT_ERROR)


OptPaths = Annotated[list[Path] | None, typer.Argument(help="Files or folders to read (.txt, .md). Default: `paths` from the configuration.",
                                                     show_default=False, metavar="[PATH]...")]


def _settings(paths, **options) -> Settings:
    """Settings from factcheck.toml / [tool.factcheck], overridden by the options given."""
    found = find_config(Path.cwd())
    defaults = from_config(*found) if found else {}
    if options.get("published") is not None:
        options["published"] = _date(options["published"])
    if options.get("exclude") is not None:
        options["exclude"] = tuple(options["exclude"]) or None
    return merge(defaults, {"paths": tuple(paths) if paths else None, **options})


@app.command()
def check(
    paths: OptPaths = None,
    rules: RulesDir = None,
    report: Annotated[Path | None, typer.Option(help="Where to write the Markdown report. [default: reports/factcheck.md]")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the JSON report here.")] = None,
    sarif: Annotated[Path | None, typer.Option("--sarif", help="Also write a SARIF 2.1.0 log here (for code scanning).")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Baseline of accepted findings: only new findings fail the run.")] = None,
    fail_on: Annotated[str | None, typer.Option(help="Exit 1 when a new finding is at least this severe: error, warning, note or never. [default: error]")] = None,
    published: Published = None,
    manifest: Manifest = None,
    exclude: Exclude = None,
    max_bytes: MaxBytes = None,
    jobs: Jobs = None,
    output_format: Annotated[str | None, typer.Option("--format", help="Terminal output: text, or github for workflow annotations (the default under GitHub Actions).")] = None,
    quiet: Quiet = False,
) -> None:
    """Check a corpus and write the Markdown report.

    Example: factcheck check examples/corpus --json reports/factcheck.json

    Options not given are read from factcheck.toml or [tool.factcheck] in
    pyproject.toml in the current folder. Exit status: 0 no failing findings,
    1 failing findings, 2 usage, configuration or input error.
    """
    if output_format is None and os.environ.get("GITHUB_ACTIONS") == "true":
        output_format = "github"
    try:
        settings = _settings(paths, rules=rules, report=report, json=json_out, sarif=sarif, baseline=baseline,
                             fail_on=fail_on, published=published, format=output_format,
                             manifest=manifest, exclude=exclude, max_bytes=max_bytes, jobs=jobs)
        result = run(settings, progress=_progress(quiet))
        write_atomic(settings.report, FORMATS["markdown"](result))
        for path, name in ((settings.json, "json"), (settings.sarif, "sarif")):
            if path:
                write_atomic(path, FORMATS[name](result))
    except FactcheckError as exc:
        _fail(exc)
    if settings.format == "github":
        typer.echo(FORMATS["github"](result), nl=False)
    if not quiet:
        typer.echo(FORMATS["text"](result), nl=False, err=settings.format == "github")
        typer.echo(f"report written to {settings.report}", err=settings.format == "github")
    raise typer.Exit(EXIT_FINDINGS if failing(result, settings.fail_on) else EXIT_OK)


@app.command("baseline")
def make_baseline(
    paths: OptPaths = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Baseline file to write. [default: `baseline` from the configuration]")] = None,
    rules: RulesDir = None,
    published: Published = None,
    manifest: Manifest = None,
    exclude: Exclude = None,
    max_bytes: MaxBytes = None,
    jobs: Jobs = None,
) -> None:
    """Accept the current findings: write them to a baseline file.

    Example: factcheck baseline docs/ --output .factcheck-baseline.json
    Then `factcheck check docs/ --baseline .factcheck-baseline.json` fails
    only on findings that are not in it.
    """
    try:
        settings = _settings(paths, rules=rules, published=published, manifest=manifest,
                             exclude=exclude, max_bytes=max_bytes, jobs=jobs)
        target = output or settings.baseline
        if target is None:
            raise FactcheckError("no baseline file to write", hint="pass --output FILE or set `baseline` in factcheck.toml")
        result = run(dataclasses.replace(settings, baseline=None))
        write_atomic(target, dump_baseline(result))
    except FactcheckError as exc:
        _fail(exc)
    typer.echo(f"baseline of {len(result.findings)} findings written to {target}")


@app.command()
def extract(
    paths: OptPaths = None,
    format: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",  # noqa: A002
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default: standard output.")] = None,
    rules: RulesDir = None,
    published: Published = None,
    manifest: Manifest = None,
    exclude: Exclude = None,
    max_bytes: MaxBytes = None,
    jobs: Jobs = None,
) -> None:
    """Write every extracted fact, one record per fact (the JSON report's fact fields).

    Example: factcheck extract examples/corpus --format csv -o facts.csv
    """
    try:
        if format not in ("jsonl", "csv"):
            raise FactcheckError(f"--format {format!r} is not one of jsonl, csv")
        result = extract_only(_settings(paths, rules=rules, published=published, manifest=manifest,
                                        exclude=exclude, max_bytes=max_bytes, jobs=jobs))
        text = FORMATS[format](result)
        if output:
            write_atomic(output, text)
        else:
            typer.echo(text, nl=False)
    except FactcheckError as exc:
        _fail(exc)


def _pack(directory: Path | None):
    try:
        return load_rulepack(directory)
    except FactcheckError as exc:
        _fail(exc)


@rules_app.command("list")
def rules_list(rules: RulesDir = None) -> None:
    """List the rules: id, comparison, what they apply to."""
    typer.echo(rule_text.format_list(_pack(rules)), nl=False)


@rules_app.command("validate")
def rules_validate(directory: Annotated[Path | None, typer.Argument(help="Rule folder; default: the shipped pack.")] = None) -> None:
    """Check a rule folder; exit 2 with file:line:col on the first problem."""
    typer.echo(rule_text.format_summary(_pack(directory)), nl=False)


@rules_app.command("show")
def rules_show(rule_id: str, rules: RulesDir = None) -> None:
    """Show one rule in full."""
    pack = _pack(rules)
    rule = pack.rule(rule_id)
    if rule is None:
        _fail(FactcheckError(f"no rule {rule_id!r}", hint="known rules: " + ", ".join(r.id for r in pack.rules)))
    typer.echo(rule_text.format_rule(rule), nl=False)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Console entry point."""
    app()
