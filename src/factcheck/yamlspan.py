"""Safe YAML loading that remembers where every value came from.

Rule files are data written by users; errors must point at ``file:line:col``.
PyYAML's composer gives node marks; this module turns nodes into plain dicts,
lists and scalars that carry those marks. Only the safe scalar constructors
are used: no tags, no object construction.
"""

from __future__ import annotations

import yaml

from .errors import RuleError


class Located:
    """Mixin: `line` and `column` (1-based) of the node, and of each key."""

    line: int = 0
    column: int = 0
    key_marks: dict


class LDict(dict, Located):
    """A mapping with the position of the mapping and of each key."""


class LList(list, Located):
    """A sequence with the position of the sequence and of each item."""


class LStr(str):
    """A string scalar with its position."""

    line: int = 0
    column: int = 0


class TolerantLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a timestamp with no such day ("2025-13-45") stays a string.

    PyYAML raises a plain ValueError there, which no YAML error handler catches; as a string, the value is
    reported where it is used ("is not a date") with the rest of the file kept.
    """

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


TolerantLoader.add_constructor("tag:yaml.org,2002:timestamp", TolerantLoader.construct_yaml_timestamp)


def _construct(node: yaml.Node, path: str):
    mark = node.start_mark
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
        raise RuleError(f"unsupported YAML tag {node.tag}", path, mark.line + 1, mark.column + 1,
                        hint="rule files hold plain strings, numbers, lists and mappings")
    if isinstance(node, yaml.MappingNode):
        out = LDict()
        out.line, out.column, out.key_marks = mark.line + 1, mark.column + 1, {}
        for key_node, value_node in node.value:
            key = _construct(key_node, path)
            if not isinstance(key, str):
                raise RuleError("mapping keys must be strings", path, key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                raise RuleError(f"duplicate key {key!r}", path, key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _construct(value_node, path)
            out.key_marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        out = LList(_construct(item, path) for item in node.value)
        out.line, out.column = mark.line + 1, mark.column + 1
        out.key_marks = {i: (item.start_mark.line + 1, item.start_mark.column + 1) for i, item in enumerate(node.value)}
        return out
    if node.tag not in (
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    ):
        raise RuleError(f"unsupported YAML tag {node.tag}", path, mark.line + 1, mark.column + 1,
                        hint="rule files hold plain strings, numbers, lists and mappings")
    value = _LOADER.construct_object(node, deep=True)
    if isinstance(value, str):
        value = LStr(value)
        value.line, value.column = mark.line + 1, mark.column + 1
    return value


_LOADER = TolerantLoader("")


def load_yaml(text: str, path: str):
    """Parse YAML `text` from `path`; raise :class:`RuleError` with a position on bad syntax."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise RuleError(f"YAML syntax error: {exc.problem or exc}", path, line, column,
                        hint="check indentation and quoting around this position") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"YAML error: {exc}", path) from None
    except RecursionError:
        raise RuleError("YAML nested too deeply", path, hint=_SHALLOW) from None
    if node is None:
        return None
    try:
        return _construct(node, path)
    except RecursionError:
        raise RuleError("YAML nested too deeply", path, node.start_mark.line + 1, hint=_SHALLOW) from None


_SHALLOW = "rule files hold a few levels of lists and mappings"


def position(container, key) -> tuple[int | None, int | None]:
    """Line and column of `key` inside `container` (or of the container itself)."""
    marks = getattr(container, "key_marks", {})
    if key in marks:
        return marks[key]
    return getattr(container, "line", None), getattr(container, "column", None)


def value_position(container, key) -> tuple[int | None, int | None]:
    """Line and column of the value under `key` when it is a string, else of the key."""
    value = container.get(key) if isinstance(container, dict) else None
    if isinstance(value, LStr):
        return value.line, value.column
    return position(container, key)
