"""`@beta_tool` / `@beta_async_tool`: the definitions they build and how they call the function."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import anthropic
import pydantic
import pytest
from anthropic.lib.tools import (
    BetaAsyncFunctionTool,
    BetaFunctionTool,
    beta_async_tool,
    beta_tool,
)
from typing_extensions import Annotated, Literal

DATA = Path(__file__).parent / "data"


def _load_schema_functions() -> Any:
    spec = importlib.util.spec_from_file_location("tool_schema_functions", DATA / "schema_functions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves the models' annotations through sys.modules
    spec.loader.exec_module(module)
    return module


SCHEMA_FUNCTIONS = _load_schema_functions()
REFERENCE_0_79 = json.loads((DATA / "schemas_0_79.json").read_text())


@pytest.mark.parametrize("func", SCHEMA_FUNCTIONS.FUNCTIONS, ids=lambda f: f.__name__)
def test_definition_matches_0_79(func):
    assert beta_tool(func).to_dict() == REFERENCE_0_79[func.__name__]


def test_top_level_names_are_the_tools_module_names():
    assert anthropic.beta_tool is beta_tool
    assert anthropic.beta_async_tool is beta_async_tool


def test_decorated_function_stays_callable():
    tool = beta_tool(SCHEMA_FUNCTIONS.get_weather)
    assert isinstance(tool, BetaFunctionTool)
    assert tool("Paris", unit="fahrenheit") == "Paris: 20 fahrenheit"
    assert tool.__name__ == "get_weather"
    assert tool.func is SCHEMA_FUNCTIONS.get_weather


def test_required_default_and_optional_parameters():
    @beta_tool
    def search(query: str, limit: int = 5, after: Optional[str] = None) -> str:
        return ""

    schema = search.input_schema
    assert schema["required"] == ["query"]
    assert schema["properties"]["limit"] == {"default": 5, "title": "Limit", "type": "integer"}
    assert schema["properties"]["after"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "default": None,
        "title": "After",
    }
    assert schema["additionalProperties"] is False


def test_literal_becomes_enum():
    @beta_tool
    def pick(color: Literal["red", "green"]) -> str:
        return color

    assert pick.input_schema["properties"]["color"]["enum"] == ["red", "green"]


def test_nested_models_go_to_defs():
    class Point(pydantic.BaseModel):
        x: float
        y: float

    class Shape(pydantic.BaseModel):
        points: List[Point]

    @beta_tool
    def draw(shape: Shape) -> str:
        """Draw a shape."""
        return str(len(shape.points))

    schema = draw.input_schema
    assert schema["properties"]["shape"] == {"$ref": "#/$defs/Shape"}
    assert set(schema["$defs"]) == {"Point", "Shape"}
    # The model's input is validated into the nested models before the call.
    assert draw.call({"shape": {"points": [{"x": 1, "y": 2}, {"x": "3", "y": 4}]}}) == "2"


def test_annotated_description_wins_over_docstring():
    @beta_tool
    def f(a: Annotated[int, pydantic.Field(description="from Annotated")], b: int = 0) -> str:
        """F.

        Args:
            a: from the docstring
            b: only the docstring says this
        """
        return ""

    props = f.input_schema["properties"]
    assert props["a"]["description"] == "from Annotated"
    assert props["b"]["description"] == "only the docstring says this"


def test_docstring_sections_stay_out_of_the_description():
    @beta_tool
    def f(a: int) -> str:
        """First line.

        More detail
        over two lines.

        Args:
            a: The value.

        Returns:
            A string.

        Raises:
            ValueError: never.
        """
        return ""

    assert f.description == "First line.\n\nMore detail\nover two lines."
    assert f.input_schema["properties"]["a"]["description"] == "The value."


def test_name_description_and_schema_can_be_overridden():
    class Args(pydantic.BaseModel):
        q: str

    @beta_tool(name="lookup", description="Find things.", input_schema=Args, defer_loading=True)
    def find(q: str) -> str:
        """Ignored."""
        return q.upper()

    assert find.to_dict() == {
        "name": "lookup",
        "description": "Find things.",
        "input_schema": Args.model_json_schema(),
        "defer_loading": True,
    }
    assert find.call({"q": "abc"}) == "ABC"

    raw_schema = {"type": "object", "properties": {"anything": {}}}

    @beta_tool(input_schema=raw_schema)
    def loose(**kwargs: Any) -> str:
        return json.dumps(kwargs, sort_keys=True)

    assert loose.input_schema == raw_schema
    assert loose.call({"anything": 1, "more": 2}) == '{"anything": 1, "more": 2}'


def test_methods_leave_out_self_and_bind_to_the_instance():
    class Counter:
        def __init__(self) -> None:
            self.total = 0

        @beta_tool
        def add(self, amount: int) -> str:
            """Add to the counter.

            Args:
                amount: How much to add.
            """
            self.total += amount
            return str(self.total)

        @beta_tool
        @classmethod
        def describe(cls, verbose: bool = False) -> str:
            """Say what this is."""
            return f"{cls.__name__} verbose={verbose}"

    counter = Counter()
    tool = counter.add
    assert tool is counter.add  # cached per instance
    assert list(tool.input_schema["properties"]) == ["amount"]
    assert tool.input_schema["required"] == ["amount"]
    assert tool.call({"amount": 3}) == "3"
    assert tool(4) == "7"
    assert Counter().add.call({"amount": 1}) == "1"  # each instance has its own state

    assert list(Counter.describe.input_schema["properties"]) == ["verbose"]
    assert Counter.describe.call({"verbose": True}) == "Counter verbose=True"
    assert counter.describe.call({}) == "Counter verbose=False"

    with pytest.raises(TypeError, match="'add' is a method; use it through an instance"):
        Counter.add.call({"amount": 1})


def test_bound_method_can_be_decorated_directly():
    class Greeter:
        def greet(self, name: str) -> str:
            return f"hi {name}"

    tool = beta_tool(Greeter().greet)
    assert list(tool.input_schema["properties"]) == ["name"]
    assert tool.call({"name": "Ann"}) == "hi Ann"


def test_input_is_validated_before_the_call():
    calls: List[Dict[str, Any]] = []

    @beta_tool
    def book(room: int, nights: int = 1) -> str:
        calls.append({"room": room, "nights": nights})
        return "booked"

    assert book.call({"room": "12"}) == "booked"  # lax coercion, as pydantic does
    assert calls == [{"room": 12, "nights": 1}]

    with pytest.raises(ValueError, match=r"Invalid input for tool 'book': room: Input should be a valid integer"):
        book.call({"room": "twelve"})
    with pytest.raises(ValueError, match=r"Invalid input for tool 'book': room: Field required"):
        book.call({})
    with pytest.raises(ValueError, match=r"Invalid input for tool 'book': floor: Extra inputs are not permitted"):
        book.call({"room": 1, "floor": 2})
    with pytest.raises(TypeError, match=r"Input for tool 'book' must be a JSON object, got list"):
        book.call([1])
    assert len(calls) == 1


def test_left_out_arguments_keep_the_functions_own_default_object():
    sentinel: List[str] = []

    @beta_tool
    def f(items: List[str] = sentinel) -> str:
        return "same" if items is sentinel else "copy"

    assert f.call({}) == "same"


def test_async_tool_is_awaited_with_validated_input():
    @beta_async_tool
    async def slow_double(x: int) -> str:
        """Double a number."""
        await asyncio.sleep(0)
        return str(x * 2)

    assert isinstance(slow_double, BetaAsyncFunctionTool)
    assert slow_double.to_dict()["description"] == "Double a number."
    assert asyncio.run(slow_double.call({"x": "21"})) == "42"


def test_decorator_with_parentheses():
    @beta_tool()
    def a(x: int) -> str:
        return ""

    @beta_async_tool(name="b2")
    async def b(x: int) -> str:
        return ""

    assert a.name == "a" and b.name == "b2"


def test_sync_and_async_decorators_reject_the_other_kind():
    async def co(x: int) -> str:
        return ""

    def plain(x: int) -> str:
        return ""

    with pytest.raises(TypeError, match="is an async function; use @beta_async_tool"):
        beta_tool(co)
    with pytest.raises(TypeError, match="is not an async function; use @beta_tool"):
        beta_async_tool(plain)


def test_bad_functions_are_named_in_the_error():
    with pytest.raises(TypeError, match=r"takes \*args, \*kwargs; tools need named parameters only"):

        @beta_tool
        def variadic(*args: int, **kwargs: int) -> str:
            return ""

    with pytest.raises(ValueError, match=r"Tool name '<lambda>' is not valid"):
        beta_tool(lambda x: x)

    with pytest.raises(TypeError, match="A tool needs a function, got int"):
        beta_tool(3)  # type: ignore[call-overload]

    class NotSchemable:
        pass

    with pytest.raises(TypeError, match="Cannot build an input schema for tool function"):

        @beta_tool
        def odd(thing: NotSchemable) -> str:
            return ""

    with pytest.raises(TypeError, match="input_schema must be a JSON schema dict or a pydantic model class"):
        beta_tool(SCHEMA_FUNCTIONS.get_weather, input_schema=[1, 2])  # type: ignore[call-overload]


def test_tools_package_offers_0_79_names_and_its_submodules():
    import anthropic.lib.tools as tools

    names_0_79 = [
        "beta_tool",
        "beta_async_tool",
        "BetaFunctionTool",
        "BetaAsyncFunctionTool",
        "BetaBuiltinFunctionTool",
        "BetaAsyncBuiltinFunctionTool",
        "BetaToolRunner",
        "BetaAsyncStreamingToolRunner",
        "BetaStreamingToolRunner",
        "BetaAsyncToolRunner",
        "BetaFunctionToolResultType",
        "BetaAbstractMemoryTool",
        "BetaAsyncAbstractMemoryTool",
    ]
    assert set(names_0_79) <= set(tools.__all__) <= set(dir(tools))
    for name in tools.__all__:
        assert getattr(tools, name) is not None
    for module in ("_beta_functions", "_beta_runner", "_beta_compaction_control", "_beta_builtin_memory_tool"):
        importlib.import_module(f"anthropic.lib.tools.{module}")
    from anthropic.lib.tools._beta_runner import BaseAsyncToolRunner, BaseSyncToolRunner, RequestOptions  # noqa: F401
