"""The committed demo report is exactly what the README command writes.

Regenerate it on purpose with: factcheck check examples/corpus
"""

from __future__ import annotations

import subprocess
import sys


def test_committed_report_matches_a_fresh_run(root, tmp_path):
    fresh = tmp_path / "factcheck.md"
    subprocess.run([sys.executable, "-m", "factcheck", "check", "examples/corpus", "-q", "--report", str(fresh)],
                   cwd=root, timeout=120)
    committed = (root / "reports" / "factcheck.md").read_text(encoding="utf-8")
    assert fresh.read_text(encoding="utf-8") == committed, (
        "reports/factcheck.md is out of date: run `factcheck check examples/corpus` and commit the result"
    )
