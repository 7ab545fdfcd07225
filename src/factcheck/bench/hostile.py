"""Extraction time on adversarial inputs, each run in a forked child with a time limit.

Each case is timed at 1/4 and full size: linear work gives a ratio near 4,
quadratic work near 16. A run past the limit is killed and reported, and the
case is retried at 1/10, 1/100, ... of the size until a ratio can be measured.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
import time
from collections.abc import Callable

from ..model import Document
from .extract import extractor


def _cycle(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


HOSTILE: dict[str, Callable[[float], str]] = {
    "1e6 digits, commas": lambda f: ",".join(re.findall(r"\d{1,3}", _cycle("1234567890", int(1e6 * f)))),
    "1e6 digits, no commas": lambda f: "7" * int(1e6 * f),
    "1e5 dollar signs": lambda f: "$" * int(1e5 * f),
    "20 MB single line": lambda f: _cycle("council 42 voted about 1,250 workers in 2025 and $14 billion Mara Belvik, 34, said ",
                                          int(20e6 * f)),
    "1e5 dense numbers '7 '": lambda f: "7 " * int(1e5 * f),
    "1e5 'about about about 3'": lambda f: " ".join(["about about about 3"] * int(1e5 * f)),
    "2e5 '-' and digits": lambda f: "".join(f"-{i % 10}" for i in range(int(2e5 * f))),
    "5e3 nested parens": lambda f: "".join(f"({i} " for i in range(int(5e3 * f))) + ")" * int(5e3 * f),
}


def run_case(text: str):
    """Extract from one hostile text; return the extraction."""
    return extractor().extract(Document(id="hostile", path="hostile", text=text, published=dt.date(2026, 1, 5)))


def _child(name: str, fraction: float, conn) -> None:
    try:
        text = HOSTILE[name](fraction)
        t0 = time.perf_counter()
        facts = run_case(text).facts
        conn.send((time.perf_counter() - t0, len(text), len(facts)))
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which reports it
        conn.send(f"{type(exc).__name__}: {exc}")


def _time_case(name: str, fraction: float, timeout: float) -> tuple[float, int, int] | None:
    """(seconds, chars, facts) of one case in a forked child, or None past `timeout` seconds.

    Raises RuntimeError when extraction raised or the child died.
    """
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(name, fraction, send))
    child.start()
    send.close()  # NOTE: so a child that dies reads as end of file, not as a timeout
    try:
        result = receive.recv() if receive.poll(timeout) else None
    except EOFError:
        result = "the child process died"
    if result is None:
        child.kill()
    child.join()
    if isinstance(result, str):
        raise RuntimeError(result)
    return result


def _probe(name: str, timeout: float) -> list[tuple[float, tuple | None, tuple | None]]:
    """(scale, 1/4 run, full run) at scale 1, then 1/10, 1/100, ... until both runs finish."""
    runs, scale = [], 1.0
    while scale >= 1e-4 and not (runs and runs[-1][2]):
        quarter = _time_case(name, scale / 4, timeout)
        runs.append((scale, quarter, _time_case(name, scale, timeout) if quarter else None))
        scale /= 10
    return runs


def hostile_bench(timeout: float = 30.0, out: Callable[[str], None] = print) -> list[dict]:
    """Time each hostile case at 1/4 and full size; past `timeout`, shrink by 10 until a ratio can be measured."""
    extractor()  # built before forking, so children share it
    out(f"hostile: seconds at 1/4 and full size (limit {timeout:g} s a run); linear work gives a ratio near 4")
    out(f"{'case':<26}{'chars':>12}{'1/4 s':>10}{'full s':>10}{'facts':>10}{'ratio':>8}  flags")
    rows = []
    for name in HOSTILE:
        try:
            runs = _probe(name, timeout)
        except RuntimeError as exc:
            out(f"{name:<26}  ERROR {exc}")
            rows.append({"case": name, "error": str(exc), "flags": ["ERROR"]})
            continue
        (_, quarter, full), (scale, last_q, last_f) = runs[0], runs[-1]
        ratio = full[0] / max(quarter[0], 1e-9) if full else None
        bound = timeout / quarter[0] if quarter and not full else None  # the full run took longer than `timeout`
        small = last_f[0] / max(last_q[0], 1e-9) if last_f and scale < 1 else None
        superlinear = (ratio or 0) > 8 and full[0] > 0.2 or (bound or 0) > 8 or (small or 0) > 8 and last_f[0] > 0.2
        flags = [f for f, bad in (("TIMEOUT", full is None), ("SLOW", full is None or full[0] > 10),
                                  ("SUPERLINEAR", superlinear)) if bad]
        note = f" (at 1/{round(1 / scale):,} size: {last_q[0]:.3f} s and {last_f[0]:.3f} s, ratio {small:.1f})" if small else ""
        cells = [f"{r[0]:.3f}" if r else f">{timeout:g}" for r in (quarter, full)]
        cells += [f"{full[2]:,}" if full else "-", f"{ratio:.1f}" if ratio else f">{bound:.1f}" if bound else "-"]
        out(f"{name:<26}{full[1] if full else len(HOSTILE[name](1.0)):>12,}{cells[0]:>10}{cells[1]:>10}{cells[2]:>10}"
            f"{cells[3]:>8}  {' '.join(flags)}{note}".rstrip())
        rows.append({"case": name, "quarter": quarter, "full": full, "ratio": ratio, "ratio_above": bound,
                     "small_scale": scale, "small_ratio": small, "flags": flags})
    return rows
