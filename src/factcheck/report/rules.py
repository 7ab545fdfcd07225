"""Text renderings of the rule pack for `factcheck rules`."""

from __future__ import annotations


def format_list(pack) -> str:
    """One line per rule: id, comparison, scope, description."""
    lines = []
    for rule in pack.rules:
        scope = ",".join(rule.attributes) or "*"
        kinds = ",".join(rule.kinds) or "*"
        lines.append(f"{rule.id:<16} {rule.compare:<10} attributes={scope} kinds={kinds}  {rule.description}")
    return "\n".join(lines) + "\n"


def format_summary(pack) -> str:
    """What a valid pack holds."""
    return (f"ok: {len(pack.rules)} rules, {len(pack.attributes)} attributes, {len(pack.aliases)} aliases "
            f"in {len(pack.files)} files\n")


def format_rule(rule) -> str:
    """One rule in full, with its examples."""
    lines = [
        f"{rule.id}  ({rule.where})", f"  {rule.description}", f"  compare: {rule.compare}",
        f"  attributes: {', '.join(rule.attributes) or '*'}", f"  kinds: {', '.join(rule.kinds) or '*'}",
        f"  severity: {', '.join(f'{v}={s}' for v, s in rule.severity)}", f"  message: {rule.message}",
    ]
    lines += [f"  example: {' vs '.join(map(str, e['values']))} -> {e['verdict']}" for e in rule.examples]
    return "\n".join(lines) + "\n"
