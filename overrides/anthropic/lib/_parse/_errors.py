"""The error raised when a text block is not valid output for the requested `output_format`."""

from __future__ import annotations

from typing import Any, Optional

import pydantic

__all__ = ["StructuredOutputError"]

# Why a reply's text can fail to validate even though the API constrained it.
_STOP_REASON_HINTS = {
    "max_tokens": "the reply was cut off at max_tokens before the output was complete; raise max_tokens",
    "model_context_window_exceeded": "the reply was cut off at the context window limit before the output was complete",
    "refusal": "the model declined the request, so the text is not the requested output",
}


class StructuredOutputError(pydantic.ValidationError):
    """A `text` block of the reply is not valid output for the requested `output_format`.

    It is a `pydantic.ValidationError` (what earlier releases raised here), so existing
    handlers keep working; `errors()` lists the problems. It also records where the
    text came from:

    - `text`: the block's text;
    - `index`: the block's position in `message.content`;
    - `stop_reason`: why the reply ended (`"max_tokens"` means the output is cut off,
      `"refusal"` that the model declined), when known;
    - `output_format`: the type the text was validated as.
    """

    text: str = ""
    index: Optional[int] = None
    stop_reason: Optional[str] = None
    output_format: Any = None

    @classmethod
    def wrap(
        cls,
        error: pydantic.ValidationError,
        *,
        text: str,
        index: Optional[int],
        stop_reason: Optional[str],
        output_format: Any,
    ) -> pydantic.ValidationError:
        """`error` with the reply's context attached (`error` itself if pydantic cannot rebuild it)."""
        try:
            wrapped = cls.from_exception_data(error.title, error.errors(include_url=False), input_type="json")  # type: ignore[arg-type]
        except Exception:  # an error kind pydantic cannot rebuild: keep the original rather than lose it
            return error
        wrapped.text = text
        wrapped.index = index
        wrapped.stop_reason = stop_reason
        wrapped.output_format = output_format
        return wrapped

    def __str__(self) -> str:
        name = getattr(self.output_format, "__name__", None) or repr(self.output_format)
        where = "a text block" if self.index is None else f"text block {self.index}"
        summary = f"The text of {where} is not valid {name} output"
        hint = _STOP_REASON_HINTS.get(self.stop_reason or "")
        if hint is not None:
            summary += f" (stop_reason={self.stop_reason!r}: {hint})"
        elif self.stop_reason is not None:
            summary += f" (stop_reason={self.stop_reason!r})"
        return f"{summary}.\n{super().__str__()}"
