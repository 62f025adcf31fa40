"""Compare the SDK surfaces of OLD and NEW, and trace each SDK change to the spec changes behind it.

A change is traced by pointer: every surface element knows the spec node it came from, and a spec
change at that node, inside it or around it is a cause. Changes of an annotation take the class of
their causes (a widened request type is as harmless in the SDK as in the API); structural changes
(a method, parameter, type or field gone or added) keep their own rule's class.
"""

from __future__ import annotations

import re
from typing import Dict, Iterable, List, Mapping, Optional, Set, Tuple

from .changes import SdkChange, SpecChange
from .rules import REQUEST, RESPONSE, Settings, worst
from .schemas import SCHEMA_PREFIX, esc
from .surface import SdkMethod, SdkType, Surface

_INHERITS_CLASS = frozenset(
    {"sdk-param-type-changed", "sdk-field-type-changed", "sdk-return-type-changed", "sdk-alias-changed"}
)


class SdkDiff:
    def __init__(self, old: Surface, new: Surface, renames: Mapping[str, str], moves: Mapping[str, str]) -> None:
        self.old = old
        self.new = new
        self.renames = renames
        self.moves = moves
        self.changes: List[SdkChange] = []

    def _add(
        self,
        rule: str,
        symbol: str,
        message: str,
        direction: str,
        sources: Iterable[str],
        field_name: Optional[str] = None,
        before: Optional[str] = None,
        after: Optional[str] = None,
    ) -> None:
        sources = tuple(dict.fromkeys(sources))
        self.changes.append(SdkChange(rule, symbol, message, direction, sources, field_name, before, after))

    def run(self) -> List[SdkChange]:
        gone_resources = self._resources()
        self._methods(gone_resources)
        renamed = self._types()
        self._exports(renamed)
        return self.changes

    # -- resources and methods ---------------------------------------------------------------------

    def _resources(self) -> Set[str]:
        gone = set()
        for path, sources in self.old.resources.items():
            if path not in self.new.resources:
                gone.add(path)
                self._add("sdk-resource-removed", f"client.{path}", "resource removed", "both", sources)
        for path, sources in self.new.resources.items():
            if path not in self.old.resources:
                gone.add(path)
                self._add("sdk-resource-added", f"client.{path}", "resource added", "both", sources)
        return gone

    def _methods(self, gone_resources: Set[str]) -> None:
        removed = [m for s, m in self.old.methods.items() if s not in self.new.methods]
        added = [m for s, m in self.new.methods.items() if s not in self.old.methods]
        for old in list(removed):
            match = next((n for n in added if self._same_operation(old, n)), None)
            if match is not None:
                removed.remove(old)
                added.remove(match)
                message = f"now `{match.symbol}` (operation `{match.operation_id}`)"
                self._add("sdk-method-renamed", old.symbol, message, "both", (old.source, match.source))
                self._method(old, match)
        for method in removed:
            if method.resource not in gone_resources:
                self._add("sdk-method-removed", method.symbol, "method removed", "both", _sources(method))
        for method in added:
            if method.resource not in gone_resources:
                self._add("sdk-method-added", method.symbol, "method added", "both", _sources(method))
        for symbol, method in self.new.methods.items():
            if symbol in self.old.methods:
                self._method(self.old.methods[symbol], method)

    def _same_operation(self, old: SdkMethod, new: SdkMethod) -> bool:
        if not old.operation_id or not new.operation_id:
            return False  # hand-written helpers have no operation to follow
        return self.moves.get(old.source, old.source) == new.source or old.operation_id == new.operation_id

    def _method(self, old: SdkMethod, new: SdkMethod) -> None:
        before = {p.name: p for p in old.params}
        after = {p.name: p for p in new.params}
        for name, p in before.items():
            if name not in after:
                self._add(
                    "sdk-param-removed",
                    f"{new.symbol}({name})",
                    f"parameter `{name}` removed",
                    REQUEST,
                    (p.source,),
                    p.api_name,
                )
        for name, p in after.items():
            symbol = f"{new.symbol}({name})"
            if name not in before:
                rule = "sdk-param-added-required" if p.required else "sdk-param-added"
                message = f"{'required' if p.required else 'optional'} parameter `{name}: {p.annotation}` added"
                self._add(rule, symbol, message, REQUEST, (p.source,), p.api_name)
                continue
            q = before[name]
            sources = (q.source, p.source)
            if q.required != p.required:
                rule = "sdk-param-became-required" if p.required else "sdk-param-became-optional"
                message = "now required (no default)" if p.required else f"now optional (default `{p.default}`)"
                self._add(rule, symbol, message, REQUEST, sources, p.api_name)
            if q.kind != p.kind:
                self._add("sdk-param-kind-changed", symbol, f"{q.kind} → {p.kind}", REQUEST, sources, p.api_name)
            if q.annotation != p.annotation:
                message = f"type `{q.annotation}` → `{p.annotation}`"
                self._add(
                    "sdk-param-type-changed", symbol, message, REQUEST, sources, p.api_name, q.annotation, p.annotation
                )
        responses = (*old.return_sources, *new.return_sources)
        if old.returns != new.returns and (old.page is None) == (new.page is None):
            message = f"returns `{old.returns}` → `{new.returns}`"
            self._add(
                "sdk-return-type-changed", new.symbol, message, RESPONSE, responses, None, old.returns, new.returns
            )
        if old.page != new.page:
            message = f"pagination `{old.page or 'none'}` → `{new.page or 'none'}`"
            self._add("sdk-pagination-changed", new.symbol, message, RESPONSE, responses)
        if old.stream_event != new.stream_event:
            if new.stream_event is None:
                self._add("sdk-streaming-removed", new.symbol, "no longer streams", RESPONSE, responses)
            elif old.stream_event is None:
                self._add(
                    "sdk-streaming-added", new.symbol, f"streams `{new.stream_event}` events", RESPONSE, responses
                )
            else:
                message = f"stream events `{old.stream_event}` → `{new.stream_event}`"
                before, after = old.stream_event, new.stream_event
                self._add("sdk-return-type-changed", new.symbol, message, RESPONSE, responses, None, before, after)

    # -- types ------------------------------------------------------------------------------------------

    def _types(self) -> Dict[str, str]:
        """Compare types; returns old name → new name for renamed ones."""
        removed = [t for k, t in self.old.types.items() if k not in self.new.types]
        added = [t for k, t in self.new.types.items() if k not in self.old.types]
        renamed: Dict[str, str] = {}
        for old in list(removed):
            match = next((n for n in added if self._same_type(old, n)), None)
            if match is not None:
                removed.remove(old)
                added.remove(match)
                renamed[old.name] = match.name
                message = f"now `{match.symbol}`"
                sources = (old.source, match.source)
                self._add("sdk-type-renamed", old.symbol, message, old.direction, sources, None, old.name, match.name)
                self._type(old, match)
        for t in removed:
            self._add("sdk-type-removed", t.symbol, f"{t.kind} removed", t.direction, (t.source,))
        for t in added:
            self._add("sdk-type-added", t.symbol, f"{t.kind} added", t.direction, (t.source,))
        for key, t in self.new.types.items():
            if key in self.old.types:
                self._type(self.old.types[key], t)
        return renamed

    def _same_type(self, old: SdkType, new: SdkType) -> bool:
        """The same type under another name or module: it comes from the same (possibly renamed) schema,
        or has the same fields, and is the same kind of declaration."""
        if old.kind != new.kind or old.public != new.public:
            return False
        if _mapped(old.source, self.renames) == new.source and old.public:
            return True
        return bool(old.fields) and _field_shape(old) == _field_shape(new) and old.source == new.source

    def _type(self, old: SdkType, new: SdkType) -> None:
        if old.kind != new.kind:
            self._add(
                "sdk-type-kind-changed", new.symbol, f"{old.kind} → {new.kind}", new.direction, (old.source, new.source)
            )
            return
        if old.annotation != new.annotation and old.annotation is not None and new.annotation is not None:
            message = f"type `{old.annotation}` → `{new.annotation}`"
            sources = (old.source, new.source)
            self._add(
                "sdk-alias-changed", new.symbol, message, new.direction, sources, None, old.annotation, new.annotation
            )
        before = {f.name: f for f in old.fields}
        after = {f.name: f for f in new.fields}
        direction = new.direction
        for name, f in before.items():
            if name not in after:
                self._add(
                    "sdk-field-removed", f"{new.symbol}.{name}", "field removed", direction, (f.source,), f.api_name
                )
        for name, f in after.items():
            symbol = f"{new.symbol}.{name}"
            if name not in before:
                rule = "sdk-field-added-required" if f.required else "sdk-field-added"
                message = f"{'required' if f.required else 'optional'} field `{name}: {f.annotation}` added"
                self._add(rule, symbol, message, direction, (f.source,), f.api_name)
                continue
            g = before[name]
            if g.required != f.required:
                rule = "sdk-field-became-required" if f.required else "sdk-field-became-optional"
                self._add(
                    rule,
                    symbol,
                    f"now {'required' if f.required else 'optional'}",
                    direction,
                    (g.source, f.source),
                    f.api_name,
                )
            if g.annotation != f.annotation:
                message = f"type `{g.annotation}` → `{f.annotation}`"
                sources = (g.source, f.source)
                self._add(
                    "sdk-field-type-changed",
                    symbol,
                    message,
                    direction,
                    sources,
                    f.api_name,
                    g.annotation,
                    f.annotation,
                )

    def _exports(self, renamed: Dict[str, str]) -> None:
        """Exports that appear or vanish while their type stays where it was (types that come and go
        are reported as such)."""
        old_names = {t.name for t in self.old.types.values()}
        new_names = {t.name for t in self.new.types.values()}
        for package, name in sorted(self.old.exports - self.new.exports):
            if name in new_names and name not in renamed:
                sources = [t.source for t in self.new.types.values() if t.name == name]
                self._add(
                    "sdk-export-removed",
                    f"{self.new.package}.{package}.{name}",
                    "no longer exported here",
                    "both",
                    sources,
                )
        for package, name in sorted(self.new.exports - self.old.exports):
            if name in old_names and name not in renamed.values():
                sources = [t.source for t in self.new.types.values() if t.name == name]
                self._add(
                    "sdk-export-added", f"{self.new.package}.{package}.{name}", "now exported here", "both", sources
                )
        # Hand-written names at the top level (streams, tools, platform clients) come from sdk.yml alone;
        # one that only moves to another module is still importable and is not reported.
        old_top, new_top = self.old.top_level, self.new.top_level
        for name in sorted(old_top.keys() - new_top.keys()):
            message = f"no longer offered at the top level (it came from {old_top[name]})"
            self._add("sdk-export-removed", f"{self.new.package}.{name}", message, "both", ())
        for name in sorted(new_top.keys() - old_top.keys()):
            message = f"now offered at the top level, from {new_top[name]}"
            self._add("sdk-export-added", f"{self.new.package}.{name}", message, "both", ())


def _sources(method: SdkMethod) -> Tuple[str, ...]:
    return (method.source,) if method.source else ()


def _mapped(source: str, renames: Mapping[str, str]) -> str:
    if source.startswith(SCHEMA_PREFIX):
        name = source[len(SCHEMA_PREFIX) :].split("/", 1)[0]
        if name in renames:
            return SCHEMA_PREFIX + esc(renames[name]) + source[len(SCHEMA_PREFIX) + len(name) :]
    return source


def _field_shape(t: SdkType) -> Tuple[Tuple[str, str, bool], ...]:
    return tuple(sorted((f.name, f.annotation, f.required) for f in t.fields))


# -- tracing ---------------------------------------------------------------------------------------------


def link(sdk_changes: List[SdkChange], spec_changes: List[SpecChange], config_changed: bool) -> None:
    """Set each SDK change's causes: the spec changes at, inside or around the nodes it came from,
    preferring the closest and, for a field or parameter, the one at that property."""
    for change in sdk_changes:
        best: List[SpecChange] = []
        best_score = 0.0
        for spec in spec_changes:
            score = max((_score(p, s, change.field_name) for p in spec.pointers for s in change.sources), default=0.0)
            # A schema that arrived or left with this change (an operation's response type) counts too.
            folded = max((_score(p, s, None) - 0.5 for p in spec.folded for s in change.sources), default=0.0)
            score = max(score, folded)
            if score > best_score:
                best, best_score = [spec], score
            elif score and score == best_score:
                best.append(spec)
        change.caused_by = best
    _link_renamed_names(sdk_changes)
    for change in sdk_changes:
        change.cause = "spec" if change.caused_by else ("sdk.yml" if config_changed else "unexplained")


def _link_renamed_names(changes: List[SdkChange]) -> None:
    """An annotation that only swaps a renamed type's old name for its new one has that rename's causes."""
    renames = [c for c in changes if c.rule == "sdk-type-renamed" and c.caused_by]
    if not renames:
        return
    swaps = [(c.before or "", c.after or "", c) for c in renames]
    for change in changes:
        if change.caused_by or change.before is None or change.after is None:
            continue
        before, after = change.before, change.after
        used = []
        for old_name, new_name, rename in swaps:
            replaced = re.sub(rf"\b{re.escape(old_name)}\b", new_name, before)
            if replaced != before:
                before = replaced
                used.append(rename)
        if used and before == after:
            change.caused_by = [cause for rename in used for cause in rename.caused_by]


def _score(spec_pointer: str, source: str, field_name: Optional[str]) -> float:
    if spec_pointer == source:
        score = 3.0
    elif spec_pointer.startswith(source + "/"):
        score = 2.0
        if field_name and f"/properties/{esc(field_name)}" in spec_pointer[len(source) :]:
            score += 0.5
    elif source.startswith(spec_pointer + "/"):
        score = 1.0 + spec_pointer.count("/") / 1000  # the nearest enclosing change wins
    else:
        return 0.0
    return score


def classify(changes: List[SdkChange], settings: Settings) -> None:
    for change in changes:
        directions = [REQUEST, RESPONSE] if change.direction == "both" else [change.direction]
        if change.rule in _INHERITS_CLASS and change.caused_by and change.rule not in settings.severities:
            change.severity = worst(c.severity for c in change.caused_by)
        else:
            change.severity = settings.severity(change.rule, directions)
