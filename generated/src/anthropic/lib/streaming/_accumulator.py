"""The accumulation engine shared by plain and beta message streams.

It works on the decoded JSON of each event (plain dicts), so the common case of
"stream, then ask for the final message" never builds a typed object per event.
Everything it keeps grows in O(1) amortised steps per event:

* string deltas (``text``, ``thinking``, ...) are appended to a list and joined
  only when somebody reads the value; the join is cached, so reading again after
  more deltas only joins the new pieces;
* ``input_json_delta`` pieces are collected the same way and parsed only when the
  tool input is read (memoised until the next delta) and once at
  ``content_block_stop``;
* citations are appended to a list.

Which delta applies to which block is worked out from the generated types: a
delta's payload field ``x`` extends the block's string field ``x``, or is added to
the block's list field ``xs``; ``partial_json`` builds the block's ``input``.
Content blocks of kinds the SDK does not know are kept with their raw data, and
deltas for them follow the same rules using the keys of their start event.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, Set, Dict, List, Type, Tuple, Callable, Optional, FrozenSet, cast

import jiter
import pydantic

from ._errors import IncompleteStreamError, StreamEventOrderError, MalformedToolInputError
from ..._construct import construct_type
from ..._utils._typing import get_args, is_union, get_origin, is_literal_type, strip_annotated_type

if TYPE_CHECKING:
    import httpx

__all__ = ["StreamFlavour", "MessageAccumulator"]

# A signature is an opaque token sent whole, not a stream of text: a later delta replaces it.
_REPLACED_FIELDS = frozenset({"signature"})
# A decoded JSON object: the events and the message are kept as these until read.
_JSON = Dict[str, Any]


class _TextStore:
    """A string built from pieces; joined on read, with the join cached."""

    __slots__ = ("parts", "joined", "joined_count", "none")

    def __init__(self, initial: object) -> None:
        text = initial if isinstance(initial, str) else ""
        self.none = initial is None
        self.parts: List[str] = [text] if text else []
        self.joined = text
        self.joined_count = len(self.parts)

    def add(self, piece: object) -> None:
        if piece:
            self.parts.append(piece if isinstance(piece, str) else str(piece))

    def count(self) -> int:
        return len(self.parts)

    def value(self, count: Optional[int] = None) -> Optional[str]:
        parts = self.parts
        if count is None:
            count = len(parts)
        if count == 0 and self.none:
            return None
        if count > self.joined_count:
            self.joined = self.joined + "".join(parts[self.joined_count : count])
            self.joined_count = count
        elif count < self.joined_count:
            return "".join(parts[:count])  # an older event's snapshot, read late
        return self.joined


class _ListStore:
    __slots__ = ("items",)

    def __init__(self, initial: object) -> None:
        self.items: List[Any] = initial[:] if isinstance(initial, list) else []

    def add(self, item: object) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def value(self, count: Optional[int] = None) -> List[Any]:
        return self.items[:count] if count is not None else list(self.items)


class _ValueStore:
    __slots__ = ("current", "updates")

    def __init__(self, initial: object) -> None:
        self.current = initial
        self.updates = 0

    def add(self, value: object) -> None:
        self.current = value
        self.updates += 1

    def count(self) -> int:
        return self.updates

    def value(self, count: Optional[int] = None) -> Any:
        return self.current


class _JsonStore:
    """Partial JSON text; parsed on read, memoised until the next piece arrives."""

    __slots__ = ("parts", "initial", "mode", "cached_count", "cached")

    def __init__(self, initial: object, mode: Any = True) -> None:
        self.parts: List[str] = []
        self.initial = initial
        self.mode = mode
        self.cached_count = 0
        self.cached: Any = initial

    def add(self, piece: object) -> None:
        if piece:
            self.parts.append(piece if isinstance(piece, str) else str(piece))

    def count(self) -> int:
        return len(self.parts)

    def text(self, count: Optional[int] = None) -> str:
        return "".join(self.parts[:count] if count is not None else self.parts)

    def value(self, count: Optional[int] = None) -> Any:
        """Raises ValueError for malformed JSON; the block wraps it."""
        if count is None:
            count = len(self.parts)
        if count == self.cached_count:
            return self.cached
        if count == 0:
            return self.initial
        parsed = jiter.from_json(self.text(count).encode("utf-8"), partial_mode=self.mode)
        if count == len(self.parts):
            self.cached_count, self.cached = count, parsed
        return parsed


# (delta payload key, block field, store class)
_Action = Tuple[str, str, Callable[..., Any]]


class StreamFlavour:
    """The generated types one API surface (plain or beta) builds its messages from.

    Every table here is read off those types, so a block or delta kind added to
    the spec is handled after regeneration without touching this file.
    """

    def __init__(
        self,
        *,
        message_model: Type[pydantic.BaseModel],
        content_block: Any,
        content_block_delta: Any,
        citation: Any,
        fine_grained_beta: Optional[str] = None,
    ) -> None:
        self.message_model = message_model
        self.content_block = content_block
        self.citation = citation
        self.fine_grained_beta = fine_grained_beta
        self.block_models: Dict[str, Type[pydantic.BaseModel]] = _models_by_tag(content_block)
        self.delta_models: Dict[str, Type[pydantic.BaseModel]] = _models_by_tag(content_block_delta)
        self._block_fields: Dict[str, FrozenSet[str]] = {
            tag: _field_keys(model) for tag, model in self.block_models.items()
        }
        self._actions: Dict[Tuple[Optional[str], Optional[str]], Tuple[_Action, ...]] = {}

    def block_field_keys(self, block_type: Optional[str], data: Dict[str, Any]) -> FrozenSet[str]:
        known = self._block_fields.get(block_type) if block_type is not None else None
        return known if known is not None else frozenset(data)

    def actions(self, block: "_Block", delta: Dict[str, Any]) -> Tuple[_Action, ...]:
        delta_type = delta.get("type")
        key = (block.type, delta_type)
        cached = self._actions.get(key)
        if cached is not None:
            return cached
        fields = self.block_field_keys(block.type, block.data)
        delta_model = self.delta_models.get(delta_type) if isinstance(delta_type, str) else None
        payload: Dict[str, Any]
        if delta_model is not None:
            payload = {name: _annotation(delta_model, name) for name in _field_keys(delta_model) if name != "type"}
        else:
            payload = {name: type(value) for name, value in delta.items() if name != "type"}
        actions: List[_Action] = []
        for name, annotation in payload.items():
            if name == "partial_json":
                if "input" in fields:
                    actions.append((name, "input", _JsonStore))
            elif name in fields:
                if name not in _REPLACED_FIELDS and _is_str(annotation):
                    actions.append((name, name, _TextStore))
                else:
                    actions.append((name, name, _ValueStore))
            elif name + "s" in fields:
                actions.append((name, name + "s", _ListStore))
        result = tuple(actions)
        if block.type in self.block_models or block.type is None:
            self._actions[key] = result  # unknown kinds depend on their data; not cached
        return result


class _Block:
    __slots__ = ("index", "type", "data", "stores")

    def __init__(self, index: int, data: Dict[str, Any]) -> None:
        self.index = index
        self.data = data
        kind = data.get("type")
        self.type: Optional[str] = kind if isinstance(kind, str) else None
        self.stores: Dict[str, Any] = {}


class MessageAccumulator:
    """Folds the events of one streamed message into the message a non-streaming call returns."""

    def __init__(
        self,
        flavour: StreamFlavour,
        *,
        request: Any = None,
        response: Optional["httpx.Response"] = None,
    ) -> None:
        self.flavour = flavour
        self.request = request if request is not None else (response.request if response is not None else None)
        self.response = response
        self.message: Optional[Dict[str, Any]] = None
        self.blocks: List[_Block] = []
        self.stopped = False
        self._json_mode: Any = True
        if flavour.fine_grained_beta and response is not None:
            if flavour.fine_grained_beta in response.request.headers.get("anthropic-beta", ""):
                self._json_mode = "trailing-strings"
        self._typed: Any = None
        self._dirty_blocks: Set[int] = set()
        self._dirty_message: Dict[str, None] = {}
        self._dirty_usage: Dict[str, None] = {}

    # -- feeding -------------------------------------------------------------

    def feed(self, event: Dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "content_block_delta":
            block = self._block(event, kind)
            delta = event.get("delta")
            if not isinstance(delta, dict):
                return
            delta = cast(_JSON, delta)
            stores = block.stores
            for name, field, store_cls in self.flavour.actions(block, delta):
                if name in delta:
                    store = stores.get(field)
                    if store is None:
                        initial = block.data.get(field)
                        store = stores[field] = (
                            _JsonStore(initial, self._json_mode) if store_cls is _JsonStore else store_cls(initial)
                        )
                    store.add(delta[name])
            if self._typed is not None:
                self._dirty_blocks.add(block.index)
        elif kind == "content_block_start":
            self._require_message(kind)
            index = event.get("index", len(self.blocks))
            if index != len(self.blocks):
                raise self._order_error(
                    f"content_block_start for index {index}, but the next block's index is {len(self.blocks)}"
                )
            data = event.get("content_block")
            self.blocks.append(_Block(index, cast(_JSON, data) if isinstance(data, dict) else {}))
        elif kind == "content_block_stop":
            block = self._block(event, kind)
            store = block.stores.get("input")
            if isinstance(store, _JsonStore):
                self.field_value(block, "input")  # malformed JSON is reported at the block's end
        elif kind == "message_delta":
            message = self._require_message(kind)
            delta = event.get("delta")
            if isinstance(delta, dict):
                for key, value in cast(_JSON, delta).items():
                    message[key] = value
                    self._dirty_message[key] = None
            usage = event.get("usage")
            if isinstance(usage, dict):
                totals = message.get("usage")
                if not isinstance(totals, dict):
                    totals = message["usage"] = {}
                    self._dirty_message["usage"] = None
                totals = cast(_JSON, totals)
                for key, value in cast(_JSON, usage).items():
                    if value is not None:
                        totals[key] = value
                        self._dirty_usage[key] = None
            for key, value in event.items():
                if key not in ("type", "delta", "usage"):
                    message[key] = value
                    self._dirty_message[key] = None
        elif kind == "message_start":
            if self.message is not None:
                raise self._order_error("a second message_start event arrived in the same stream")
            start = event.get("message")
            message = dict(cast(_JSON, start)) if isinstance(start, dict) else {}
            content: List[Any] = message.pop("content", None) or []
            if isinstance(message.get("usage"), dict):
                message["usage"] = dict(message["usage"])
            self.message = message
            for data in content:
                self.blocks.append(_Block(len(self.blocks), cast(_JSON, data) if isinstance(data, dict) else {}))
        elif kind == "message_stop":
            self._require_message(kind)
            self.stopped = True
        # ping and kinds this SDK does not know change nothing

    # -- reading -------------------------------------------------------------

    def field_value(self, block: _Block, field: str, count: Optional[int] = None) -> Any:
        store = block.stores.get(field)
        if store is None:
            return block.data.get(field)
        try:
            return store.value(count)
        except ValueError as err:
            raise MalformedToolInputError(
                index=block.index,
                block_type=block.type,
                partial_json=store.text(count),
                reason=str(err),
                request=self.request,
                response=self.response,
            ) from err

    def block_dict(self, block: _Block) -> Dict[str, Any]:
        if not block.stores:
            return block.data
        data = dict(block.data)
        for field in block.stores:
            data[field] = self.field_value(block, field)
        return data

    def message_dict(self) -> Dict[str, Any]:
        message = dict(self.message or {})
        message["content"] = [self.block_dict(block) for block in self.blocks]
        return message

    def snapshot(self) -> Any:
        """The typed message so far: built once, then updated in place from what changed."""
        if self.message is None:
            raise self._order_error("no message_start event has been received yet")
        typed = self._typed
        if typed is None:
            typed = self._typed = construct_type(type_=self.flavour.message_model, value=self.message_dict())
            self._dirty_blocks.clear()
            self._dirty_message.clear()
            self._dirty_usage.clear()
            return typed
        content = typed.content
        for index in sorted(self._dirty_blocks):
            if index < len(content):
                block = self.blocks[index]
                model = content[index]
                for field in block.stores:
                    _assign(model, field, self.field_value(block, field))
        self._dirty_blocks.clear()
        for block in self.blocks[len(content) :]:
            content.append(construct_type(type_=self.flavour.content_block, value=self.block_dict(block)))
        message = self.message
        for key in self._dirty_message:
            _assign(typed, key, message[key])
        self._dirty_message.clear()
        if self._dirty_usage:
            usage = getattr(typed, "usage", None)
            totals: _JSON = message.get("usage") or {}
            if usage is not None:
                for key in self._dirty_usage:
                    _assign(usage, key, totals[key])
            self._dirty_usage.clear()
        return typed

    def incomplete_error(self) -> IncompleteStreamError:
        partial = self.snapshot() if self.message is not None else None
        if self.message is None:
            detail = "before message_start"
        else:
            detail = f"after {len(self.blocks)} content block(s), before message_stop"
        return IncompleteStreamError(
            f"The event stream ended {detail}; the message is incomplete.",
            partial_message=partial,
            request=self.request,
            response=self.response,
        )

    # -- helpers -------------------------------------------------------------

    def _require_message(self, kind: object) -> Dict[str, Any]:
        if self.message is None:
            raise self._order_error(f'got a {kind} event before "message_start"')
        return self.message

    def _block(self, event: Dict[str, Any], kind: object) -> _Block:
        self._require_message(kind)
        index = event.get("index")
        if not isinstance(index, int) or not 0 <= index < len(self.blocks):
            raise self._order_error(
                f"{kind} event for content block {index!r}, but {len(self.blocks)} block(s) have started"
            )
        return self.blocks[index]

    def _order_error(self, message: str) -> StreamEventOrderError:
        return StreamEventOrderError(
            f"Unexpected event order: {message}.", request=self.request, response=self.response
        )


def _models_by_tag(union: Any) -> Dict[str, Type[pydantic.BaseModel]]:
    """`type` literal -> model, for each model member of a discriminated union."""
    out: Dict[str, Type[pydantic.BaseModel]] = {}
    union = strip_annotated_type(union)
    members = get_args(union) if is_union(get_origin(union)) else (union,)
    for member in members:
        member = strip_annotated_type(member)
        if not (inspect.isclass(member) and issubclass(member, pydantic.BaseModel)):
            continue
        field = member.model_fields.get("type")
        if field is None or not is_literal_type(field.annotation):
            continue
        for tag in get_args(field.annotation):
            out.setdefault(tag, member)
    return out


def _field_keys(model: Type[pydantic.BaseModel]) -> FrozenSet[str]:
    keys: Set[str] = set()
    for name, field in model.model_fields.items():
        keys.add(field.alias or name)
    return frozenset(keys)


def _annotation(model: Type[pydantic.BaseModel], key: str) -> Any:
    for name, field in model.model_fields.items():
        if (field.alias or name) == key:
            return field.annotation
    return None


def _is_str(annotation: Any) -> bool:
    annotation = strip_annotated_type(annotation)
    if annotation is str:
        return True
    if is_union(get_origin(annotation)):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return bool(args) and all(strip_annotated_type(a) is str for a in args)
    return False


def _field_spec(model: pydantic.BaseModel, key: str) -> Optional[Tuple[str, Any]]:
    for name, field in type(model).model_fields.items():
        if name == key or field.alias == key:
            return name, field.annotation
    return None


def _assign(model: Any, key: str, raw: object) -> None:
    """Set one API field on a typed object, typing the value the way the model declares it."""
    if not isinstance(model, pydantic.BaseModel):
        if isinstance(model, dict):
            model[key] = raw
        return
    spec = _field_spec(model, key)
    if spec is None:
        setattr(model, key, raw)
        return
    name, annotation = spec
    value: object
    if raw is None or isinstance(raw, (str, int, float, bool)):
        value = raw
    else:
        value = construct_type(type_=annotation, value=raw)
    setattr(model, name, value)
