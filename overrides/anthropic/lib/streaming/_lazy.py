"""Base for stream events whose `snapshot` is computed the first time it is read.

Building the accumulated text (or parsing the accumulated tool input) for every
delta would make iterating a stream quadratic in its size. Events made by the
stream carry a function instead and call it on first access; events built by
hand (`TextEvent(type="text", text="a", snapshot="a")`) behave like any model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict

from ..._models import BaseModel

__all__ = ["LazySnapshotEvent"]

_SOURCE = "_snapshot_source"


class LazySnapshotEvent(BaseModel):
    @classmethod
    def _deferred(cls, source: Callable[[], Any], **values: Any) -> Any:
        event = cls.model_construct(**values)
        vars(event)[_SOURCE] = source
        return event

    def _resolve_snapshot(self) -> None:
        fields = vars(self)
        source = fields.pop(_SOURCE, None)
        if source is not None:
            fields["snapshot"] = source()
            self.__pydantic_fields_set__.add("snapshot")

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name == "snapshot" and _SOURCE in self.__dict__:
                self._resolve_snapshot()
                return self.__dict__["snapshot"]
            return super().__getattr__(name)

    def model_dump(self, **kwargs: Any) -> Dict[str, Any]:
        self._resolve_snapshot()
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        self._resolve_snapshot()
        return super().model_dump_json(**kwargs)

    def __repr_args__(self) -> Any:
        self._resolve_snapshot()
        return super().__repr_args__()

    def __eq__(self, other: object) -> bool:
        self._resolve_snapshot()
        if isinstance(other, LazySnapshotEvent):
            other._resolve_snapshot()
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]
