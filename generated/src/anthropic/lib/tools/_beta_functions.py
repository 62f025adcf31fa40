"""Python functions as tools: `beta_tool`, `beta_async_tool` and the tool classes they return.

A decorated function keeps working as a function. On top, the tool object knows its name, a
description (the docstring's text before its sections) and an input JSON schema built with pydantic
from the signature: type hints (``Annotated[..., Field(...)]`` included), defaults, and parameter
descriptions taken from the docstring's ``Args:`` section (or Sphinx ``:param:`` fields, or a NumPy
``Parameters`` block). ``self`` and ``cls`` are left out, so decorated methods work once looked up on
an instance (or on the class, for ``cls``).

When the model calls the tool, its input is validated against the same pydantic model before the
function runs; a mismatch raises ``ValueError`` naming the tool and the offending fields.
"""

from __future__ import annotations

import re
import sys
import inspect
import functools
from abc import ABC, abstractmethod
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Tuple,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Optional,
    Coroutine,
    cast,
    overload,
)

import pydantic
from typing_extensions import TypeAlias

from ._docstrings import parse_docstring

if TYPE_CHECKING:
    from ...types.beta.beta_tool_param import BetaToolParam
    from ...types.beta.beta_text_block_param import BetaTextBlockParam
    from ...types.beta.beta_tool_union_param import BetaToolUnionParam
    from ...types.beta.beta_image_block_param import BetaImageBlockParam
    from ...types.beta.beta_search_result_block_param import BetaSearchResultBlockParam
    from ...types.beta.beta_tool_reference_block_param import BetaToolReferenceBlockParam
    from ...types.beta.beta_request_document_block_param import BetaRequestDocumentBlockParam

__all__ = [
    "BetaFunctionToolResultType",
    "BetaBuiltinFunctionTool",
    "BetaAsyncBuiltinFunctionTool",
    "BaseFunctionTool",
    "BetaFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaRunnableTool",
    "BetaAsyncRunnableTool",
    "beta_tool",
    "beta_async_tool",
]

BetaContent: TypeAlias = Union[
    "BetaTextBlockParam",
    "BetaImageBlockParam",
    "BetaSearchResultBlockParam",
    "BetaRequestDocumentBlockParam",
    "BetaToolReferenceBlockParam",
]
"""One content block a tool result may hold."""

BetaFunctionToolResultType: TypeAlias = Union[str, Iterable[BetaContent]]
"""What a tool returns: text, or content blocks. (Other values are sent as JSON; see the runner.)"""

InputSchema = Dict[str, Any]

Function = Callable[..., Any]
FunctionT = TypeVar("FunctionT", bound=Function)
AsyncFunction = Callable[..., Coroutine[Any, Any, Any]]
AsyncFunctionT = TypeVar("AsyncFunctionT", bound=AsyncFunction)
CallableT = TypeVar("CallableT", bound=Callable[..., Any])

# What the API accepts as a tool name.
_TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,128}$")

_UNBOUND: Any = object()


def _tool_name_of(raw: Mapping[str, Any]) -> str:
    # An MCP toolset has no `name`; the server it stands for names it.
    if "mcp_server_name" in raw and "name" not in raw:
        return str(raw["mcp_server_name"])
    return str(raw["name"])


class BetaBuiltinFunctionTool(ABC):
    """A tool whose definition is one of the API's built-in tool types (e.g. the memory tool), run
    by the SDK when the model calls it. Subclasses say what to send (`to_dict`) and what to do (`call`)."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam: ...

    @abstractmethod
    def call(self, input: object) -> BetaFunctionToolResultType: ...

    @property
    def name(self) -> str:
        return _tool_name_of(cast(Mapping[str, Any], self.to_dict()))


class BetaAsyncBuiltinFunctionTool(ABC):
    """The async twin of `BetaBuiltinFunctionTool`: `call` is a coroutine."""

    @abstractmethod
    def to_dict(self) -> BetaToolUnionParam: ...

    @abstractmethod
    async def call(self, input: object) -> BetaFunctionToolResultType: ...

    @property
    def name(self) -> str:
        return _tool_name_of(cast(Mapping[str, Any], self.to_dict()))


class _Arguments:
    """The pydantic model behind a function's parameters, and how to call the function with it."""

    def __init__(self, func: Callable[..., Any], skip_first: bool, namespace: Optional[Dict[str, Any]]) -> None:
        qualname = getattr(func, "__qualname__", repr(func))
        parameters = list(inspect.signature(func).parameters.values())
        if skip_first and parameters:
            parameters = parameters[1:]
        self.variadic = [p.name for p in parameters if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        self.parameters = [p for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        hints = _type_hints(func, namespace)
        fields: Dict[str, Any] = {}
        for index, param in enumerate(self.parameters):
            annotation = hints.get(param.name, param.annotation)
            if annotation is inspect.Parameter.empty:
                annotation = Any
            default = ... if param.default is inspect.Parameter.empty else param.default
            # Field names are positional so that parameter names pydantic reserves (`json`,
            # `model_config`, `_private`) still work; the alias is what the model sees.
            fields[f"p{index}"] = (annotation, pydantic.Field(default, alias=param.name))
        try:
            self.model: Type[pydantic.BaseModel] = pydantic.create_model(
                f"{getattr(func, '__name__', 'tool')}_arguments",
                __config__=pydantic.ConfigDict(extra="forbid", populate_by_name=False),
                __module__=getattr(func, "__module__", None) or __name__,
                **fields,
            )
        except (pydantic.PydanticUserError, NameError, TypeError) as exc:
            raise TypeError(f"Cannot build an input schema for tool function {qualname}: {exc}") from exc

    def json_schema(self, descriptions: Mapping[str, str]) -> InputSchema:
        schema = self.model.model_json_schema()
        schema.pop("title", None)
        properties = schema.get("properties")
        if isinstance(properties, dict):
            properties = cast("Dict[str, Any]", properties)
            for name, prop in list(properties.items()):
                text = descriptions.get(name)
                if text and isinstance(prop, dict) and "description" not in prop:
                    properties[name] = dict(sorted({**cast("Dict[str, Any]", prop), "description": text}.items()))
        return schema

    def bind(self, tool_name: str, input: Mapping[str, Any]) -> Tuple[List[Any], Dict[str, Any]]:
        """Validate ``input`` and turn it into positional and keyword arguments."""
        try:
            validated = self.model.model_validate(dict(input))
        except pydantic.ValidationError as exc:
            raise ValueError(f"Invalid input for tool {tool_name!r}: {_describe_errors(exc)}") from exc
        given = validated.model_fields_set
        args: List[Any] = []
        kwargs: Dict[str, Any] = {}
        for index, param in enumerate(self.parameters):
            field = f"p{index}"
            value = getattr(validated, field)
            if param.kind is param.POSITIONAL_ONLY:
                args.append(value)
            elif field in given:
                # Parameters the model left out keep the function's own default object.
                kwargs[param.name] = value
        return args, kwargs


def _describe_errors(exc: pydantic.ValidationError) -> str:
    parts: List[str] = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ())) or "input"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


def _type_hints(func: Callable[..., Any], namespace: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    import typing

    try:
        return typing.get_type_hints(func, localns=namespace, include_extras=True)
    except Exception:
        # Unresolvable names are left to pydantic, which reports them with the parameter.
        return dict(getattr(func, "__annotations__", {}) or {})


class BaseFunctionTool(Generic[CallableT]):
    """What `beta_tool` and `beta_async_tool` share: the definition sent to the API, and input binding."""

    func: CallableT
    """The decorated function."""

    name: str
    """The tool's name as sent to the API."""

    description: str

    input_schema: InputSchema

    def __init__(
        self,
        func: CallableT,
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
        defer_loading: Optional[bool] = None,
        _namespace: Optional[Dict[str, Any]] = None,
    ) -> None:
        target: Any = func
        binding: Optional[str] = None
        if isinstance(target, (staticmethod, classmethod)):
            binding = "cls" if isinstance(target, classmethod) else None
            target = cast(Any, target).__func__
        if not callable(target):
            raise TypeError(f"A tool needs a function, got {type(func).__name__}: {func!r}")
        self._check_function(target)
        if binding is None and not inspect.ismethod(target):
            binding = _leading_binding(target)

        self.func = cast(CallableT, target)
        self.name = name if name is not None else str(getattr(target, "__name__", ""))
        if not _TOOL_NAME.match(self.name):
            raise ValueError(
                f"Tool name {self.name!r} is not valid: use 1-128 letters, digits, '_' or '-' (pass name=...)"
            )
        self._binding = binding
        self._bound: Any = _UNBOUND
        self._attr_name: Optional[str] = None
        self._defer_loading = defer_loading

        summary, param_docs = parse_docstring(getattr(target, "__doc__", None))
        self.description = description if description is not None else summary

        arguments: Optional[_Arguments] = None
        try:
            arguments = _Arguments(target, skip_first=binding is not None, namespace=_namespace)
        except TypeError:
            if input_schema is None:
                raise
        if arguments is not None and arguments.variadic:
            if input_schema is None:
                raise TypeError(
                    f"Tool function {getattr(target, '__qualname__', self.name)} takes "
                    f"{', '.join('*' + n for n in arguments.variadic)}; tools need named parameters only "
                    "(or pass input_schema=... and accept **kwargs)"
                )
            arguments = None  # the given schema describes the input; pass it through as keywords
        self._arguments = arguments

        if input_schema is None:
            assert arguments is not None
            try:
                self.input_schema = arguments.json_schema(param_docs)
            except (pydantic.PydanticUserError, NameError) as exc:
                raise TypeError(
                    f"Cannot build an input schema for tool function {getattr(target, '__qualname__', self.name)}: "
                    f"{exc}"
                ) from exc
        else:
            self.input_schema = _given_input_schema(input_schema)
        functools.update_wrapper(self, target, updated=())

    @classmethod
    def _check_function(cls, func: Any) -> None:
        """Reject functions of the wrong kind (sync vs async) for this class."""

    # -- the definition ------------------------------------------------------------------

    def to_dict(self) -> BetaToolParam:
        definition: Dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "input_schema": self.input_schema,
        }
        if self._defer_loading is not None:
            definition["defer_loading"] = self._defer_loading
        return cast("BetaToolParam", definition)

    # -- methods: bind `self` / `cls` when looked up ---------------------------------------

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr_name = name

    def __get__(self, instance: Any, owner: Optional[type] = None) -> Any:
        if self._binding is None or self._bound is not _UNBOUND:
            return self
        if self._binding == "self":
            if instance is None:
                return self
            target = instance
        else:
            target = owner if owner is not None else type(instance)
        bound = self._bind_to(target)
        if self._binding == "self" and self._attr_name is not None:
            try:  # cache on the instance, so `obj.tool is obj.tool`
                instance.__dict__[self._attr_name] = bound
            except (AttributeError, TypeError):
                pass
        return bound

    def _bind_to(self, target: Any) -> Any:
        bound = object.__new__(type(self))
        bound.__dict__.update(self.__dict__)
        bound._bound = target
        return bound

    @property
    def needs_binding(self) -> bool:
        """True for a method looked up on its class: it can be described but not called."""
        return self._binding is not None and self._bound is _UNBOUND

    def _call_arguments(self, input: object) -> Tuple[List[Any], Dict[str, Any]]:
        if self.needs_binding:
            raise TypeError(
                f"Tool {self.name!r} is a method; use it through an instance (e.g. `MyClass().{self.name}`)"
            )
        if not isinstance(input, Mapping):
            raise TypeError(f"Input for tool {self.name!r} must be a JSON object, got {type(input).__name__}")
        fields = cast("Mapping[str, Any]", input)
        if self._arguments is None:
            args: List[Any] = []
            kwargs: Dict[str, Any] = {str(key): value for key, value in fields.items()}
        else:
            args, kwargs = self._arguments.bind(self.name, fields)
        if self._bound is not _UNBOUND:
            args.insert(0, self._bound)
        return args, kwargs

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the function directly, as if it had not been decorated."""
        if self._bound is not _UNBOUND:
            return self.func(self._bound, *args, **kwargs)
        return self.func(*args, **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, func={getattr(self.func, '__qualname__', self.func)!r})"


def _leading_binding(func: Callable[..., Any]) -> Optional[str]:
    try:
        parameters = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return None
    if parameters and parameters[0].kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    ):
        if parameters[0].name == "self":
            return "self"
        if parameters[0].name == "cls":
            return "cls"
    return None


def _given_input_schema(input_schema: object) -> InputSchema:
    """A schema passed to `beta_tool(input_schema=...)`: a JSON schema dict or a pydantic model class."""
    kind = type(input_schema).__name__
    if isinstance(input_schema, type) and issubclass(input_schema, pydantic.BaseModel):
        return input_schema.model_json_schema()
    if isinstance(input_schema, Mapping):
        return dict(cast("Mapping[str, Any]", input_schema))
    raise TypeError(f"input_schema must be a JSON schema dict or a pydantic model class, got {kind}")


def _is_async_callable(func: Any) -> bool:
    if isinstance(func, (staticmethod, classmethod)):
        func = cast(Any, func).__func__
    while isinstance(func, functools.partial):
        func = func.func
    # Also callable objects whose __call__ is `async def`.
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(type(func).__call__)


class BetaFunctionTool(BaseFunctionTool[FunctionT]):
    """A plain (synchronous) function as a tool; made by `@beta_tool`."""

    @classmethod
    def _check_function(cls, func: Any) -> None:
        if _is_async_callable(func):
            raise TypeError(
                f"{getattr(func, '__qualname__', func)!r} is an async function; use @beta_async_tool for it"
            )

    def call(self, input: object) -> Any:
        """Validate the model's ``input`` and run the function with it."""
        args, kwargs = self._call_arguments(input)
        return self.func(*args, **kwargs)


class BetaAsyncFunctionTool(BaseFunctionTool[AsyncFunctionT]):
    """An ``async def`` function as a tool; made by `@beta_async_tool`."""

    @classmethod
    def _check_function(cls, func: Any) -> None:
        if not _is_async_callable(func):
            raise TypeError(f"{getattr(func, '__qualname__', func)!r} is not an async function; use @beta_tool for it")

    async def call(self, input: object) -> Any:
        """Validate the model's ``input`` and await the function with it."""
        args, kwargs = self._call_arguments(input)
        return await self.func(*args, **kwargs)


def _caller_namespace(depth: int) -> Optional[Dict[str, Any]]:
    # Local names where the decorator is used, so hints naming classes defined in a function resolve.
    try:
        return dict(sys._getframe(depth + 1).f_locals)
    except (AttributeError, ValueError):
        return None


@overload
def beta_tool(func: FunctionT) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    func: FunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Callable[[FunctionT], BetaFunctionTool[FunctionT]]: ...


def beta_tool(
    func: Optional[FunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Union[BetaFunctionTool[FunctionT], Callable[[FunctionT], BetaFunctionTool[FunctionT]]]:
    """Turn a function into a tool the model can call: ``@beta_tool`` or ``@beta_tool(name=...)``.

    Args:
        func: The function (given when used without parentheses).
        name: The tool's name; defaults to the function's name.
        description: The tool's description; defaults to the docstring's text before its sections.
        input_schema: A JSON schema (dict) or pydantic model class to send instead of the one built
            from the signature.
        defer_loading: Sent as the tool definition's `defer_loading` when given.
    """
    options: Dict[str, Any] = dict(
        name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
    )
    if func is not None:
        return BetaFunctionTool(func, _namespace=_caller_namespace(1), **options)

    def decorate(function: FunctionT) -> BetaFunctionTool[FunctionT]:
        return BetaFunctionTool(function, _namespace=_caller_namespace(1), **options)

    return decorate


@overload
def beta_async_tool(func: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    func: AsyncFunctionT,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]: ...


def beta_async_tool(
    func: Optional[AsyncFunctionT] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    input_schema: Union[InputSchema, Type[pydantic.BaseModel], None] = None,
    defer_loading: Optional[bool] = None,
) -> Union[BetaAsyncFunctionTool[AsyncFunctionT], Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]]:
    """`beta_tool` for ``async def`` functions; the async tool runner awaits them."""
    options: Dict[str, Any] = dict(
        name=name, description=description, input_schema=input_schema, defer_loading=defer_loading
    )
    if func is not None:
        return BetaAsyncFunctionTool(func, _namespace=_caller_namespace(1), **options)

    def decorate(function: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]:
        return BetaAsyncFunctionTool(function, _namespace=_caller_namespace(1), **options)

    return decorate


BetaRunnableTool = Union[BetaFunctionTool[Any], BetaBuiltinFunctionTool]
BetaAsyncRunnableTool = Union[BetaAsyncFunctionTool[Any], BetaAsyncBuiltinFunctionTool]
