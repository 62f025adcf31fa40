"""Query-string encoding for nested params.

Nested mappings become `a[b]=1` (or `a.b=1`); lists become repeated keys, a
single comma-joined value, `a[]=` or `a[0]=` depending on `array_format`.
"""

from __future__ import annotations

from typing import Any, List, Tuple, Union, Mapping, TypeVar, Optional
from urllib.parse import parse_qs, urlencode

from typing_extensions import Literal, get_args

from ._types import NotGiven, not_given
from ._utils import flatten

_T = TypeVar("_T")

ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]

PrimitiveData = Union[str, int, float, bool, None]
Data = Union[PrimitiveData, List[Any], Tuple[Any], "Mapping[str, Any]"]
Params = Mapping[str, Data]


class Querystring:
    array_format: ArrayFormat
    nested_format: NestedFormat

    def __init__(self, *, array_format: ArrayFormat = "repeat", nested_format: NestedFormat = "brackets") -> None:
        self.array_format = array_format
        self.nested_format = nested_format

    def parse(self, query: str) -> Mapping[str, object]:
        return parse_qs(query)

    def stringify(
        self,
        params: Params,
        *,
        array_format: Union[ArrayFormat, NotGiven] = not_given,
        nested_format: Union[NestedFormat, NotGiven] = not_given,
    ) -> str:
        return urlencode(self.stringify_items(params, array_format=array_format, nested_format=nested_format))

    def stringify_items(
        self,
        params: Params,
        *,
        array_format: Union[ArrayFormat, NotGiven] = not_given,
        nested_format: Union[NestedFormat, NotGiven] = not_given,
    ) -> List[Tuple[str, str]]:
        arrays = self.array_format if isinstance(array_format, NotGiven) else array_format
        nested = self.nested_format if isinstance(nested_format, NotGiven) else nested_format
        if arrays not in get_args(ArrayFormat):
            raise NotImplementedError(
                f"Unknown array_format value: {arrays}, choose from {', '.join(get_args(ArrayFormat))}"
            )
        return flatten([self._items(key, value, arrays, nested) for key, value in params.items()])

    def _items(self, key: str, value: Data, arrays: str, nested: str) -> List[Tuple[str, str]]:
        if isinstance(value, Mapping):
            out: List[Tuple[str, str]] = []
            for sub_key, sub_value in value.items():
                name = f"{key}.{sub_key}" if nested == "dots" else f"{key}[{sub_key}]"
                out.extend(self._items(name, sub_value, arrays, nested))
            return out
        if isinstance(value, (list, tuple)):
            if arrays == "comma":
                joined = ",".join(self._primitive(item) for item in value if item is not None)
                return [(key, joined)]
            out = []
            for index, item in enumerate(value):
                if arrays == "repeat":
                    name = key
                elif arrays == "brackets":
                    name = f"{key}[]"
                else:
                    name = f"{key}[{index}]"
                out.extend(self._items(name, item, arrays, nested))
            return out
        if value is None:
            # `None` means "not set" for query params: nothing is sent
            return []
        return [(key, self._primitive(value))]

    @staticmethod
    def _primitive(value: Optional[PrimitiveData]) -> str:
        if value is True:
            return "true"
        if value is False:
            return "false"
        if value is None:
            return ""
        return str(value)


_qs = Querystring()
parse = _qs.parse
stringify = _qs.stringify
stringify_items = _qs.stringify_items
