"""Which response models can be sent back as a request type, and how: the IR behind ``to_param()``.

A response schema is paired with a request schema when

- it is the same schema, used on both sides of the API (``DirectCaller``);
- the two names give the same SDK name under the naming rules of ``types`` (``strip_prefixes``,
  ``module_prefixes``): ``ResponseTextBlock`` and ``RequestTextBlock`` are both ``TextBlock``,
  ``BetaResponseToolUseBlock`` and ``BetaRequestToolUseBlock`` both ``BetaToolUseBlock``;
- or sdk.yml names the request schema under ``types.to_param`` (``Message: InputMessage``), where the
  names have nothing in common.

A pair holds only when every value the response model can carry is one the request type takes: each
property the request requires is always in the response; each shared property's values fit (same
primitive, enum values a subset, arrays item by item, a nested object through its own pair, every
member of a response union through a pair with some member of the request union). Properties the
request lacks are left out; a ``None`` is left out where the request property cannot be null. A pair
found by the name rule that does not hold is an info diagnostic, one sdk.yml declares a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Set, Tuple

from ..config import SdkConfig
from ..diagnostics import Report, pointer
from ..load import Spec
from .types import MODEL, PARAM, TypeBuilder, is_null, ref_name

_ANNOTATION_KEYS = {"description", "title", "default", "examples", "example", "deprecated", "discriminator"}


@dataclass(frozen=True)
class ParamPair:
    """A response schema's request counterpart, and what of the model goes into it."""

    schema: str
    """The request schema."""
    fields: Tuple[str, ...]
    """API names of the response properties the request type also has, in response order."""
    nullable: Tuple[str, ...]
    """Those of ``fields`` whose request property takes null (a ``None`` is kept, not left out)."""


def _is_object(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get("properties"))


def _split_null(node: Any) -> Tuple[Any, bool]:
    """``node`` without the ways of saying "or null", and whether it said so."""
    if not isinstance(node, dict):
        return node, False
    if is_null(node):
        return None, True
    if node.get("nullable") is True:
        rest = dict(node)
        del rest["nullable"]
        return rest, True
    kind = node.get("type")
    if isinstance(kind, list) and "null" in kind:
        kinds = [k for k in kind if k != "null"]
        return dict(node, type=kinds[0] if len(kinds) == 1 else kinds), True
    for key in ("anyOf", "oneOf"):
        members = node.get(key)
        if isinstance(members, list) and any(is_null(m) for m in members):
            kept = [m for m in members if not is_null(m)]
            others = {k: v for k, v in node.items() if k != key and k not in _ANNOTATION_KEYS}
            if len(kept) == 1 and not others:
                return kept[0], True
            return dict(node, **{key: kept}), True
    return node, False


def _kind(node: Dict[str, Any]) -> Optional[str]:
    kind = node.get("type")
    if kind is None and "items" in node:
        return "array"
    if kind is None and ("properties" in node or "additionalProperties" in node):
        return "object"
    return kind if isinstance(kind, str) else None


class _Pairing:
    def __init__(self, spec: Spec, config: SdkConfig, types: TypeBuilder, report: Report) -> None:
        self.spec = spec
        self.config = config
        self.types = types
        self.report = report
        self.candidates: Dict[str, str] = {}
        self.declared: Set[str] = set()
        self._results: Dict[str, Optional[str]] = {}
        """response schema → None when its pair holds, else the reason it does not."""
        self._pairs: Dict[str, ParamPair] = {}

    # -- candidates ------------------------------------------------------------------------------

    def find_candidates(self) -> None:
        uses = self.types.uses
        by_key: Dict[str, List[str]] = {}
        for name in sorted(uses):
            if PARAM in uses[name]:
                by_key.setdefault(self.types._derived_name(name, MODEL), []).append(name)
        declared = self.config.types.to_param
        for name, target in declared.items():
            where = pointer("types", "to_param", name)
            if MODEL not in uses.get(name, ()) or not _is_object(self.spec.schemas.get(name)):
                self.report.error(where, f"{name!r} is not an object schema used in a response", source="config")
            elif PARAM not in uses.get(target, ()) or not _is_object(self.spec.schemas.get(target)):
                self.report.error(where, f"{target!r} is not an object schema used in a request", source="config")
            else:
                self.candidates[name] = target
                self.declared.add(name)
        for name in sorted(uses):
            if name in self.candidates or MODEL not in uses[name] or not _is_object(self.spec.schemas[name]):
                continue
            if PARAM in uses[name]:
                self.candidates[name] = name
                continue
            found = [t for t in by_key.get(self.types._derived_name(name, MODEL), []) if t != name]
            found = [t for t in found if _is_object(self.spec.schemas[t])]
            if len(found) == 1:
                self.candidates[name] = found[0]
            elif len(found) > 1:
                self.report.warning(
                    pointer("components", "schemas", name),
                    f"request schemas {found} all match this response schema by name; "
                    f"name one under types.to_param in sdk.yml to give it a to_param()",
                )

    # -- checking -------------------------------------------------------------------------------

    def holds(self, name: str) -> Optional[str]:
        """None when the pair of response schema ``name`` holds, else why not."""
        if name in self._results:
            return self._results[name]
        self._results[name] = None  # a pair reached again while it is checked is assumed to hold
        reason = self._check_pair(name, self.candidates[name])
        self._results[name] = reason
        return reason

    def _check_pair(self, name: str, target: str) -> Optional[str]:
        response, request = self.spec.schemas[name], self.spec.schemas[target]
        r_props, q_props = response.get("properties", {}), request.get("properties", {})
        r_required, q_required = set(response.get("required", [])), set(request.get("required", []))
        for prop in request.get("required", []):
            if prop not in r_props:
                return f"`{prop}` is required in {target} but {name} has no such property"
            if prop not in r_required:
                return f"`{prop}` is required in {target} but may be missing from {name}"
        fields: List[str] = []
        nullable: List[str] = []
        for prop, r_node in r_props.items():
            if prop not in q_props:
                continue
            r_value, r_null = _split_null(r_node)
            q_value, q_null = _split_null(q_props[prop])
            if r_null and not q_null and prop in q_required:
                return f"`{prop}` may be null in {name} but {target} requires a value"
            if r_value is None:
                if not q_null:
                    continue  # always null: nothing to send
            else:
                reason = self._fits(r_value, q_value)
                if reason:
                    return f"`{prop}`: {reason}"
            fields.append(prop)
            if q_null:
                nullable.append(prop)
        self._pairs[name] = ParamPair(target, tuple(fields), tuple(nullable))
        return None

    def _fits(self, r: Any, q: Any) -> Optional[str]:
        """None when every value of response schema ``r`` (as the model holds it) is one ``q`` takes."""
        if q is None:
            return "the request takes only null here"
        r, r_null = _split_null(r)
        q, q_null = _split_null(q)
        if r_null and not q_null:
            return "null is not taken by the request"
        if r is None:
            return None
        if not isinstance(r, dict) or not isinstance(q, dict):
            return "schema is not an object"
        ref = ref_name(r.get("$ref", "")) if "$ref" in r else None
        if ref is not None and _is_object(self.spec.schemas.get(ref)):
            target = self.candidates.get(ref)
            if target is None:
                return f"{ref} has no request counterpart"
            if target not in self._members(q):
                return f"{ref} becomes {target}, which the request does not take here"
            reason = self.holds(ref)
            return f"{ref} cannot be sent back ({reason})" if reason else None
        if ref is not None:
            return self._fits(self.spec.schemas.get(ref, {}), q)
        q_ref = ref_name(q.get("$ref", "")) if "$ref" in q else None
        if q_ref is not None:
            if _is_object(self.spec.schemas.get(q_ref)):
                return f"the request wants {q_ref} where the response has no named object"
            return self._fits(r, self.spec.schemas.get(q_ref, {}))
        for key in ("anyOf", "oneOf"):
            if key in r:
                for member in r[key]:
                    reason = self._fits(member, q)
                    if reason:
                        return reason
                return None
        for key in ("anyOf", "oneOf"):
            if key in q:
                reasons = [self._fits(r, member) for member in q[key]]
                if any(reason is None for reason in reasons):
                    return None
                return next((x for x in reasons if x), "no member of the request union fits")
        if "allOf" in r or "allOf" in q:
            return "allOf is not compared"
        values = [r["const"]] if "const" in r else r.get("enum")
        if values is not None:
            return next((f"value {v!r} is not taken by the request" for v in values if not self._takes(q, v)), None)
        r_kind, q_kind = _kind(r), _kind(q)
        if q_kind is None and not ({"const", "enum"} & set(q)):
            return None  # the request takes anything
        if "const" in q or "enum" in q:
            return "the request takes fixed values only"
        if r_kind == "array":
            if q_kind != "array":
                return f"array where the request wants {q_kind}"
            return self._fits(r.get("items", {}), q.get("items", {}))
        if r_kind == "object" or r_kind is None:
            if r.get("properties"):
                return self._fits_inline(r, q) if q_kind == "object" else f"object where the request wants {q_kind}"
            if q_kind != "object" or q.get("properties"):
                return f"a free-form object where the request wants {q_kind or 'anything'}"
            return None
        if r_kind == "string":
            if q_kind != "string":
                return f"string where the request wants {q_kind}"
            if r.get("format") in ("binary",) or "contentMediaType" in r:
                return "binary content is not sent back"
            if r.get("format") == "date-time" and q.get("format") != "date-time":
                return "a datetime where the request wants a plain string"
            return None
        if r_kind == "integer":
            return None if q_kind in ("integer", "number") else f"integer where the request wants {q_kind}"
        if r_kind == q_kind:
            return None
        return f"{r_kind} where the request wants {q_kind}"

    def _fits_inline(self, r: Dict[str, Any], q: Dict[str, Any]) -> Optional[str]:
        """An object written inline has no ``to_param()`` of its own: it is sent as the API gave it, so
        it must hold only plain values, every one of which the request object takes."""
        if not q.get("properties"):
            return None
        if self._holds_named_object(r):
            return "an inline object holding named objects cannot be sent back"
        r_props, q_props = r["properties"], q["properties"]
        missing = [p for p in q.get("required", []) if p not in r.get("required", [])]
        if missing:
            return f"the request requires `{missing[0]}`, which the response may leave out"
        for prop, node in r_props.items():
            if prop not in q_props:
                return f"the request object has no `{prop}`"
            reason = self._fits(node, q_props[prop])
            if reason:
                return f"`{prop}`: {reason}"
        return None

    def _holds_named_object(self, node: Any, depth: int = 0) -> bool:
        if depth > 16:
            return True
        if isinstance(node, dict):
            ref = ref_name(node.get("$ref", "")) if "$ref" in node else None
            if ref is not None:
                schema = self.spec.schemas.get(ref)
                return _is_object(schema) or self._holds_named_object(schema, depth + 1)
            return any(self._holds_named_object(v, depth + 1) for v in node.values())
        if isinstance(node, list):
            return any(self._holds_named_object(v, depth + 1) for v in node)
        return False

    def _takes(self, q: Dict[str, Any], value: Any) -> bool:
        q, q_null = _split_null(q)
        if value is None:
            return q_null
        if not isinstance(q, dict):
            return False
        if "$ref" in q:
            return self._takes(self.spec.schemas.get(ref_name(q["$ref"]) or "", {}), value)
        for key in ("anyOf", "oneOf"):
            if key in q:
                return any(self._takes(member, value) for member in q[key])
        if "const" in q:
            return q["const"] == value
        if "enum" in q:
            return value in q["enum"]
        kind = _kind(q)
        python = {"string": str, "integer": int, "number": (int, float), "boolean": bool}
        return kind is None or (kind in python and isinstance(value, python[kind]))

    def _members(self, q: Any, depth: int = 0) -> Set[str]:
        """Names of the object schemas a request schema takes, through references and unions."""
        if not isinstance(q, dict) or depth > 16:
            return set()
        q, _ = _split_null(q)
        if not isinstance(q, dict):
            return set()
        if "$ref" in q:
            name = ref_name(q["$ref"]) or ""
            schema = self.spec.schemas.get(name)
            return {name} if _is_object(schema) else self._members(schema, depth + 1)
        out: Set[str] = set()
        for key in ("anyOf", "oneOf"):
            for member in q.get(key, []):
                out |= self._members(member, depth + 1)
        return out

    # -- result ---------------------------------------------------------------------------------

    def run(self) -> Dict[str, ParamPair]:
        self.find_candidates()
        for name in sorted(self.candidates):
            reason = self.holds(name)
            if reason is None:
                continue
            target = self.candidates[name]
            message = f"no to_param(): {name} does not fit {target}: {reason}"
            if name in self.declared:
                self.report.warning(pointer("types", "to_param", name), message, source="config")
            else:
                self.report.info(pointer("components", "schemas", name), message)
        # A pair checked while an enclosing one was assumed to hold is final only if that one held.
        return {name: pair for name, pair in sorted(self._pairs.items()) if self._closure_holds(name, set())}

    def _closure_holds(self, name: str, seen: Set[str]) -> bool:
        if name in seen:
            return True
        seen.add(name)
        if self._results.get(name) is not None:
            return False
        return all(self._closure_holds(dep, seen) for dep in self._depends_on(name))

    def _depends_on(self, name: str) -> Set[str]:
        out: Set[str] = set()
        props = self.spec.schemas[name].get("properties", {})
        stack: List[Any] = [props[field] for field in self._pairs[name].fields]
        seen_refs: Set[str] = set()
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = ref_name(node.get("$ref", "")) if "$ref" in node else None
                if ref is not None:
                    if ref in self.candidates:
                        out.add(ref)
                    elif ref not in seen_refs:
                        seen_refs.add(ref)
                        stack.append(self.spec.schemas.get(ref, {}))
                    continue
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        return out


def param_pairs(spec: Spec, config: SdkConfig, types: TypeBuilder, report: Report) -> Dict[str, ParamPair]:
    """Response schema → its request counterpart, for every pair that holds."""
    return _Pairing(spec, config, types, report).run()
