"""Turn an `httpx.Response` into the value a method declares (`cast_to`).

Shared by `APIResponse` and `LegacyAPIResponse` so both parse identically.
"""

from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any, Optional

import httpx
import jiter
import pydantic

from ._types import NoneType
from ._utils import get_origin, extract_type_arg, is_annotated_type, is_type_alias_type
from ._models import BaseModel
from ._streaming import Stream, AsyncStream, is_stream_class_type, extract_stream_chunk_type
from ._exceptions import AnthropicError, APIResponseValidationError
from ._decoders.jsonl import JSONLDecoder, AsyncJSONLDecoder
from ._transport_errors import guard_iter, guard_aiter

if TYPE_CHECKING:
    from ._base_client import BaseClient

log = logging.getLogger("anthropic")


class MissingStreamClassError(TypeError):
    def __init__(self) -> None:
        super().__init__(
            "The `stream` argument was set to `True` but the `stream_cls` argument was not given; "
            "pass `stream_cls=Stream[EventType]` (or AsyncStream) for this endpoint"
        )

    def __reduce__(self) -> Any:
        return (type(self), ())  # the message is fixed; the default reduce would pass it to __init__


class StreamAlreadyConsumed(AnthropicError):
    """The body was already consumed by iteration, so it can't be read again."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream content, but the content has already been streamed. "
            "This could be due to attempting to stream the response content more than once."
        )


def _plain_type(cast_to: Any) -> Any:
    """Strip aliases and `Annotated` so class checks can run (metadata is kept elsewhere)."""
    while True:
        if is_type_alias_type(cast_to):
            cast_to = cast_to.__value__
        elif is_annotated_type(cast_to):
            cast_to = extract_type_arg(cast_to, 0)
        else:
            return cast_to


def parse_response(
    *,
    response: httpx.Response,
    client: "BaseClient[Any, Any]",
    cast_to: Any,
    stream: bool,
    stream_cls: Any,
    to: Any = None,
) -> Any:
    target = to if to is not None else cast_to
    plain = _plain_type(target)
    origin = get_origin(plain) or plain

    if inspect.isclass(origin) and issubclass(origin, JSONLDecoder):
        raw = guard_iter(response.iter_bytes(), response.request)
        return plain(raw_iterator=raw, line_type=extract_type_arg(plain, 0), http_response=response)
    if inspect.isclass(origin) and issubclass(origin, AsyncJSONLDecoder):
        araw = guard_aiter(response.aiter_bytes(), response.request)
        return plain(raw_iterator=araw, line_type=extract_type_arg(plain, 0), http_response=response)

    if stream:
        if to is not None:
            if not is_stream_class_type(to):
                raise TypeError(f"Expected custom parse type to be a subclass of {Stream} or {AsyncStream}")
            return to(
                cast_to=extract_stream_chunk_type(
                    to,
                    failure_message="Expected custom stream type to be passed with a type argument, e.g. Stream[ChunkType]",
                ),
                response=response,
                client=client,
            )
        if stream_cls is not None:
            return stream_cls(cast_to=extract_stream_chunk_type(stream_cls), response=response, client=client)
        default_cls = getattr(client, "_default_stream_cls", None)
        if default_cls is None:
            raise MissingStreamClassError()
        return default_cls(cast_to=target, response=response, client=client)

    if plain is NoneType:
        return None
    if plain is str:
        return response.text
    if plain is bytes:
        return response.content
    if plain is int:
        return int(response.text)
    if plain is float:
        return float(response.text)
    if plain is bool:
        return response.text.lower() == "true"

    from ._legacy_response import HttpxBinaryResponseContent

    if inspect.isclass(plain) and issubclass(plain, HttpxBinaryResponseContent):
        return plain(response)

    if inspect.isclass(origin) and issubclass(origin, httpx.Response):
        if plain is not httpx.Response:
            raise ValueError("Subclasses of httpx.Response cannot be passed to `cast_to`")
        return response

    if inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel) and not issubclass(origin, BaseModel):
        raise TypeError("Pydantic models must subclass our base model type, e.g. `from anthropic import BaseModel`")

    wants_model = inspect.isclass(origin) and issubclass(origin, BaseModel)
    content_type = response.headers.get("content-type", "*").split(";")[0].strip()
    if not content_type.endswith("json"):
        if wants_model:
            try:
                json_body = jiter.from_json(response.content)
            except ValueError as exc:
                # Handing back text where a model was promised would only fail later, far from here.
                raise APIResponseValidationError(
                    response=response,
                    body=response.text,
                    message=f"Expected a JSON body for `{origin.__name__}` but received content-type "
                    f"`{content_type}` with a body that is not JSON",
                ) from exc
            return client._process_response_data(data=json_body, cast_to=target, response=response)
        if client._strict_response_validation:
            raise APIResponseValidationError(
                response=response,
                message=f"Expected Content-Type response header to be `application/json` but received `{content_type}` instead.",
                body=response.text,
            )
        # not JSON: hand back the text rather than failing
        return response.text

    content = response.content
    if not content.strip():
        if wants_model:
            raise APIResponseValidationError(
                response=response,
                body=None,
                message=f"Expected a JSON body for `{origin.__name__}` but the body was empty",
            )
        data: Optional[object] = None
    else:
        try:
            data = jiter.from_json(content)
        except ValueError as err:
            raise APIResponseValidationError(
                response=response,
                body=response.text,
                message=f"Could not decode the response body as JSON: {err}",
            ) from err
    return client._process_response_data(data=data, cast_to=target, response=response)
