"""factcheck: check whether sources agree on numeric and dated facts.

Library use::

    from factcheck import Settings, run
    result = run(Settings(paths=(Path("corpus"),)))
    for finding in result.findings:
        print(finding.severity, finding.subject, finding.message)
"""

__version__ = "0.1.0"

from .model import Document, Fact, Finding, RunResult, SkippedDocument  # noqa: E402
from .pipeline import run  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = ["run", "Settings", "RunResult", "Document", "SkippedDocument", "Fact", "Finding", "__version__"]
