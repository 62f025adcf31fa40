"""The named rules a change is classed by, and the settings that adjust them (severity overrides, ignores).

Every rule says how bad it is for a client when the changed node is read from a request (the client
writes it) and when it is read from a response (the client reads it). A change reached from both
sides takes the worse of the two.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

BREAKING = "breaking"
POSSIBLY = "possibly-breaking"
SAFE = "non-breaking"
CLASSES = (BREAKING, POSSIBLY, SAFE)
"""Worst first; reports and sort orders follow this order."""

CLASS_TITLES = {BREAKING: "Breaking", POSSIBLY: "Possibly breaking", SAFE: "Non-breaking"}

REQUEST = "request"
RESPONSE = "response"


def rank(severity: str) -> int:
    """0 for breaking, 2 for non-breaking."""
    return CLASSES.index(severity)


def worst(severities: Iterable[str]) -> str:
    return min(severities, key=rank, default=SAFE)


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str
    request: str
    response: str

    def severity(self, directions: Iterable[str]) -> str:
        picked = [self.request if d == REQUEST else self.response for d in directions]
        return worst(picked or [self.response])


def _rule(name: str, summary: str, request: str, response: Optional[str] = None) -> Rule:
    return Rule(name, summary, request, request if response is None else response)


_B, _P, _S = BREAKING, POSSIBLY, SAFE

RULES: Dict[str, Rule] = {
    r.name: r
    for r in (
        # Paths and operations.
        _rule("operation-removed", "an operation is gone", _B),
        _rule("operation-added", "a new operation", _S),
        _rule("operation-moved", "an operation answers at another path (its old URL is gone)", _B),
        _rule("operation-id-changed", "an operationId changed (code generators name methods after it)", _P),
        _rule("webhook-removed", "a webhook the API called is gone", _B),
        _rule("webhook-added", "a new webhook", _S),
        # Parameters.
        _rule("parameter-removed", "a parameter is gone", _B),
        _rule("parameter-added", "a new optional parameter", _S),
        _rule("parameter-added-required", "a new required parameter", _B),
        _rule("parameter-became-required", "an optional parameter is now required", _B),
        _rule("parameter-became-optional", "a required parameter is now optional", _S),
        _rule("path-parameter-renamed", "a path parameter has a new name (the URL is the same)", _S),
        _rule("parameter-style-changed", "a parameter is serialised differently (style or explode)", _B),
        # Request bodies.
        _rule("request-body-removed", "the operation no longer takes a body", _B),
        _rule("request-body-added", "the operation takes an optional body", _S),
        _rule("request-body-added-required", "the operation now requires a body", _B),
        _rule("request-body-became-required", "the body is now required", _B),
        _rule("request-body-became-optional", "the body is now optional", _S),
        _rule("request-media-type-removed", "a request media type is no longer accepted", _B),
        _rule("request-media-type-added", "a new request media type is accepted", _S),
        # Responses.
        _rule("response-success-removed", "a success status is no longer returned", _B),
        _rule("response-success-added", "a new success status may be returned", _P),
        _rule("response-error-removed", "an error status is no longer documented", _S),
        _rule("response-error-added", "a new error status is documented", _S),
        _rule("response-media-type-removed", "a response media type is no longer returned", _B),
        _rule("response-media-type-added", "a new response media type may be returned", _S),
        _rule("response-header-removed", "a response header is no longer sent", _B),
        _rule("response-header-added", "a new response header is sent", _S),
        # Schemas: properties and required lists.
        _rule("property-removed", "a property is gone", _B),
        _rule("property-undeclared", "a property is no longer declared, but the object still takes extra ones", _P, _B),
        _rule("property-added", "a new optional property", _S),
        _rule("property-added-required", "a new required property", _B, _S),
        _rule("property-became-required", "a property is now required", _B, _S),
        _rule("property-became-optional", "a property is now optional", _S, _B),
        _rule("additional-properties-narrowed", "fewer extra properties are allowed", _B, _S),
        _rule("additional-properties-widened", "more extra properties are allowed", _S, _P),
        # Schemas: types.
        _rule("type-narrowed", "the type accepts fewer values", _B, _S),
        _rule("type-widened", "the type accepts more values", _S, _P),
        _rule("type-changed", "the type changed to an unrelated one", _B),
        _rule("nullable-added", "null is now allowed", _S, _P),
        _rule("nullable-removed", "null is no longer allowed", _B, _S),
        _rule("format-changed", "the string format changed", _P, _P),
        _rule("constraint-narrowed", "a length, range, size or pattern constraint is tighter", _B, _S),
        _rule("constraint-widened", "a length, range, size or pattern constraint is looser", _S, _P),
        _rule("pattern-changed", "the pattern changed to an unrelated one", _P),
        _rule("default-changed", "the default value changed", _P, _S),
        # Enums (enum keyword, a const, or an anyOf/oneOf of consts).
        _rule("enum-value-added", "a closed enum has a new value", _S, _P),
        _rule("enum-value-removed", "a closed enum lost a value", _B, _S),
        _rule("open-enum-value-added", "an open enum (any string accepted) lists a new value", _S),
        _rule("open-enum-value-removed", "an open enum (any string accepted) no longer lists a value", _P, _S),
        _rule("enum-value-deprecated", "an enum value is deprecated", _S),
        _rule("enum-value-undeprecated", "an enum value is no longer deprecated", _S),
        _rule("enum-opened", "an enum now accepts values it does not list", _S, _P),
        _rule("enum-closed", "an enum no longer accepts values it does not list", _B, _S),
        _rule("const-changed", "a constant has a different value", _B),
        # Unions and discriminators.
        _rule("variant-added", "a union has a new member", _S, _P),
        _rule("variant-removed", "a union lost a member", _B, _S),
        _rule("discriminator-changed", "the discriminator property changed", _B),
        _rule("discriminator-added", "a union now declares a discriminator", _S),
        _rule("discriminator-removed", "a union no longer declares a discriminator", _P),
        _rule("all-of-member-added", "an allOf has a new member", _B, _S),
        _rule("all-of-member-removed", "an allOf lost a member", _S, _B),
        # Components, renames and moves.
        _rule("schema-added", "a new named schema no existing change explains", _S),
        _rule("schema-removed", "a named schema is gone", _S),
        _rule("schema-renamed", "the same schema under a new name", _S),
        _rule("schema-extracted", "an inline schema became a named $ref (same shape)", _S),
        _rule("schema-inlined", "a named $ref was replaced by the same shape written inline", _S),
        _rule("ref-target-changed", "a $ref points at another schema of the same shape", _S),
        # Deprecation and document metadata.
        _rule("became-deprecated", "deprecated from now on", _S),
        _rule("no-longer-deprecated", "no longer deprecated", _S),
        _rule("api-version-changed", "info.version changed", _S),
        # SDK surface (computed from the generator's IR).
        _rule("sdk-resource-removed", "a client resource is gone", _B),
        _rule("sdk-resource-added", "a new client resource", _S),
        _rule("sdk-method-removed", "a client method is gone", _B),
        _rule("sdk-method-added", "a new client method", _S),
        _rule("sdk-method-renamed", "the same operation is reached through another method", _B),
        _rule("sdk-param-removed", "a method parameter is gone", _B),
        _rule("sdk-param-added", "a new optional method parameter", _S),
        _rule("sdk-param-added-required", "a new required method parameter", _B),
        _rule("sdk-param-became-required", "a method parameter is now required", _B),
        _rule("sdk-param-became-optional", "a method parameter is now optional", _S),
        _rule("sdk-param-kind-changed", "a parameter moved between positional and keyword-only", _B),
        _rule("sdk-param-type-changed", "a method parameter's annotation changed", _P),
        _rule("sdk-return-type-changed", "a method returns another type", _P),
        _rule("sdk-streaming-removed", "a method no longer streams", _B),
        _rule("sdk-streaming-added", "a method can now stream", _S),
        _rule("sdk-pagination-changed", "a method's page class changed", _B),
        _rule("sdk-type-removed", "a public type is gone", _B),
        _rule("sdk-type-added", "a new public type", _S),
        _rule("sdk-type-renamed", "a public type has a new name or module", _B),
        _rule("sdk-type-kind-changed", "a type changed between model, TypedDict and alias", _B),
        _rule("sdk-alias-changed", "a type alias (union or literal) changed", _P),
        _rule("sdk-field-removed", "a model or TypedDict field is gone", _B),
        _rule("sdk-field-added", "a new optional field", _S),
        _rule("sdk-field-added-required", "a new required field", _B, _S),
        _rule("sdk-field-became-required", "a field is now required", _B, _S),
        _rule("sdk-field-became-optional", "a field is now optional", _S, _B),
        _rule("sdk-field-type-changed", "a field's annotation changed", _P),
        _rule("sdk-export-removed", "a name is no longer exported from a package", _B),
        _rule("sdk-export-added", "a package exports a new name", _S),
    )
}


class SettingsError(ValueError):
    """A severity override or ignore file that cannot be used."""


@dataclass(frozen=True)
class IgnoreEntry:
    rule: str = "*"
    pointer: str = "*"
    """A JSON pointer, or an fnmatch pattern over pointers (spec changes) and symbols (SDK changes)."""
    reason: str = ""

    def matches(self, rule: str, where: Iterable[str]) -> bool:
        return fnmatch.fnmatchcase(rule, self.rule) and any(fnmatch.fnmatchcase(w, self.pointer) for w in where)


@dataclass(frozen=True)
class Settings:
    severities: Dict[str, str] = field(default_factory=dict)
    """Rule name → class, replacing the rule's own classes in every direction."""
    ignores: Tuple[IgnoreEntry, ...] = ()

    def severity(self, rule: str, directions: Iterable[str], unreached: bool = False) -> str:
        if rule in self.severities:
            return self.severities[rule]
        return SAFE if unreached else RULES[rule].severity(directions)

    def ignored(self, rule: str, where: Iterable[str]) -> Optional[IgnoreEntry]:
        where = tuple(where)
        return next((entry for entry in self.ignores if entry.matches(rule, where)), None)


def parse_override(text: str) -> Tuple[str, str]:
    """``RULE=CLASS`` from the command line."""
    rule, sep, severity = text.partition("=")
    if not sep:
        raise SettingsError(f"severity override {text!r} is not RULE=CLASS")
    _check_override(rule.strip(), severity.strip(), f"--severity {text}")
    return rule.strip(), severity.strip()


def _check_override(rule: str, severity: str, where: str) -> None:
    if rule not in RULES:
        raise SettingsError(f"{where}: unknown rule {rule!r} (`python -m generator diff --list-rules` lists them)")
    if severity not in CLASSES:
        raise SettingsError(f"{where}: unknown class {severity!r}; use one of {', '.join(CLASSES)}")


_ENTRY_NEEDS = frozenset({"rule", "pointer"})
_ENTRY_KEYS = _ENTRY_NEEDS | {"reason"}


def load_settings(path: Optional[Path], overrides: Iterable[Tuple[str, str]] = ()) -> Settings:
    """Read an ignore file (YAML: ``severity: {rule: class}`` and ``ignore: [{rule, pointer, reason}]``)
    and lay the command line's overrides over it."""
    severities: Dict[str, str] = {}
    ignores: List[IgnoreEntry] = []
    if path is not None:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise SettingsError(f"cannot read ignore file {path}: {exc}") from exc
        if not isinstance(data, dict) or set(data) - {"severity", "ignore"}:
            raise SettingsError(f"ignore file {path}: expected a mapping with `severity` and/or `ignore` keys")
        for rule, severity in (data.get("severity") or {}).items():
            _check_override(str(rule), str(severity), f"{path}: severity")
            severities[str(rule)] = str(severity)
        for index, entry in enumerate(data.get("ignore") or []):
            if not isinstance(entry, dict) or not entry.keys() & _ENTRY_NEEDS or set(entry) - _ENTRY_KEYS:
                message = f"{path}: ignore entry {index} needs `rule` and/or `pointer` (and may give `reason`)"
                raise SettingsError(message)
            rule = str(entry.get("rule", "*"))
            if not any(fnmatch.fnmatchcase(name, rule) for name in RULES):
                raise SettingsError(f"{path}: ignore entry {index} names no known rule ({rule!r})")
            ignores.append(IgnoreEntry(rule, str(entry.get("pointer", "*")), str(entry.get("reason", ""))))
    severities.update(dict(overrides))
    return Settings(severities, tuple(ignores))
