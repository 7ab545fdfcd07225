"""The command line: options -> settings -> pipeline -> formatters -> files -> exit code."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FactcheckError
from .output import write_atomic
from .pipeline import extract_only, failing, run
from .report import FORMATS
from .settings import FAIL_ON, Settings

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Check whether sources agree on numeric and dated facts.\n\n"
         "Reads a corpus, extracts amounts, percentages, ages, counts, durations and dates, "
         "lines them up by subject and reports where the sources disagree.",
)
rules_app = typer.Typer(no_args_is_help=True, help="List, validate and show the rules of a rule pack.")
app.add_typer(rules_app, name="rules")

Paths = Annotated[list[Path], typer.Argument(help="Files or folders to read (.txt, .md).", show_default=False, metavar="PATH...")]
RulesDir = Annotated[Path | None, typer.Option("--rules", help="Folder of rule files (*.yaml). Default: the shipped pack.")]
Published = Annotated[str | None, typer.Option("--published", metavar="YYYY-MM-DD",
                                               help="Publication date for documents that carry none.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]


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


@app.command()
def check(
    paths: Paths,
    rules: RulesDir = None,
    report: Annotated[Path, typer.Option(help="Where to write the Markdown report.")] = Path("reports/factcheck.md"),
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the JSON report here.")] = None,
    fail_on: Annotated[str, typer.Option(help="Exit 1 when a new finding is at least this severe: error, warning, note or never.")] = "error",
    published: Published = None,
    quiet: Quiet = False,
) -> None:
    """Check a corpus and write the Markdown report.

    Example: factcheck check examples/corpus --json reports/factcheck.json

    Exit status: 0 no failing findings, 1 failing findings, 2 usage,
    configuration or input error.
    """
    try:
        if fail_on not in FAIL_ON:
            raise FactcheckError(f"--fail-on {fail_on!r} is not one of {', '.join(FAIL_ON)}")
        settings = Settings(paths=tuple(paths), rules=rules, published=_date(published), fail_on=fail_on)
        result = run(settings, progress=_progress(quiet))
        write_atomic(report, FORMATS["markdown"](result))
        if json_out:
            write_atomic(json_out, FORMATS["json"](result))
    except FactcheckError as exc:
        _fail(exc)
    if not quiet:
        typer.echo(FORMATS["text"](result), nl=False)
        typer.echo(f"report written to {report}")
    raise typer.Exit(EXIT_FINDINGS if failing(result, settings.fail_on) else EXIT_OK)


@app.command()
def extract(
    paths: Paths,
    format: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",  # noqa: A002
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write; default: standard output.")] = None,
    rules: RulesDir = None,
    published: Published = None,
) -> None:
    """Write every extracted fact, one record per fact (the JSON report's fact fields).

    Example: factcheck extract examples/corpus --format csv -o facts.csv
    """
    try:
        if format not in ("jsonl", "csv"):
            raise FactcheckError(f"--format {format!r} is not one of jsonl, csv")
        result = extract_only(Settings(paths=tuple(paths), rules=rules, published=_date(published)))
        text = FORMATS[format](result)
        if output:
            write_atomic(output, text)
        else:
            typer.echo(text, nl=False)
    except FactcheckError as exc:
        _fail(exc)


@rules_app.command("list")
def rules_list(rules: RulesDir = None) -> None:
    """List the rules: id, comparison, what they apply to."""
    from .rulepack import load_rulepack

    try:
        pack = load_rulepack(rules)
    except FactcheckError as exc:
        _fail(exc)
    for rule in pack.rules:
        scope = ",".join(rule.attributes) or "*"
        kinds = ",".join(rule.kinds) or "*"
        typer.echo(f"{rule.id:<16} {rule.compare:<10} attributes={scope} kinds={kinds}  {rule.description}")


@rules_app.command("validate")
def rules_validate(directory: Annotated[Path | None, typer.Argument(help="Rule folder; default: the shipped pack.")] = None) -> None:
    """Check a rule folder; exit 2 with file:line:col on the first problem."""
    from .rulepack import load_rulepack

    try:
        pack = load_rulepack(directory)
    except FactcheckError as exc:
        _fail(exc)
    typer.echo(f"ok: {len(pack.rules)} rules, {len(pack.attributes)} attributes, {len(pack.aliases)} aliases in {len(pack.files)} files")


@rules_app.command("show")
def rules_show(rule_id: str, rules: RulesDir = None) -> None:
    """Show one rule in full."""
    from .rulepack import load_rulepack

    try:
        pack = load_rulepack(rules)
    except FactcheckError as exc:
        _fail(exc)
    rule = pack.rule(rule_id)
    if rule is None:
        _fail(FactcheckError(f"no rule {rule_id!r}", hint="known rules: " + ", ".join(r.id for r in pack.rules)))
    typer.echo(f"{rule.id}  ({rule.where})\n  {rule.description}\n  compare: {rule.compare}\n"
               f"  attributes: {', '.join(rule.attributes) or '*'}\n  kinds: {', '.join(rule.kinds) or '*'}\n"
               f"  severity: {', '.join(f'{v}={s}' for v, s in rule.severity)}\n  message: {rule.message}")
    for example in rule.examples:
        typer.echo(f"  example: {' vs '.join(map(str, example['values']))} -> {example['verdict']}")


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Console entry point."""
    app()
