"""The layer contracts in pyproject.toml hold (import-linter)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def test_import_contracts_are_kept(root):
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([exe], cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_no_module_binds_a_top_level_name_twice(root):
    """A second module-level pattern of the same name silently replaces the first for every use of it."""
    import ast

    twice = []
    for path in sorted((root / "src" / "factcheck").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node] if isinstance(
                node, (ast.FunctionDef, ast.ClassDef)) else []
            for target in targets:
                name = target.id if isinstance(target, ast.Name) else getattr(target, "name", None)
                if name in seen:
                    twice.append(f"{path.relative_to(root)}: {name}")
                if name:
                    seen.add(name)
    assert not twice, twice
