"""Messages whose text blocks carry the structured output read from them.

`client.messages.parse(...)` and `client.messages.stream(..., output_format=...)`
return a `ParsedMessage`: a `Message` whose `text` blocks are `ParsedTextBlock`s
with a `parsed_output` field holding the text validated as the requested type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Union, Generic, ClassVar, Optional, FrozenSet

from pydantic import Discriminator
from typing_extensions import TypeVar, Annotated, TypeAlias

from .._utils import PropertyInfo
from .message import Message
from .text_block import TextBlock
from .content_block import ContentBlock

if TYPE_CHECKING:
    from .thinking_block import ThinkingBlock
    from .tool_use_block import ToolUseBlock
    from .server_tool_use_block import ServerToolUseBlock
    from .container_upload_block import ContainerUploadBlock
    from .redacted_thinking_block import RedactedThinkingBlock
    from .web_fetch_tool_result_block import WebFetchToolResultBlock
    from .web_search_tool_result_block import WebSearchToolResultBlock
    from .tool_search_tool_result_block import ToolSearchToolResultBlock
    from .code_execution_tool_result_block import CodeExecutionToolResultBlock
    from .bash_code_execution_tool_result_block import BashCodeExecutionToolResultBlock
    from .text_editor_code_execution_tool_result_block import TextEditorCodeExecutionToolResultBlock

__all__ = ["ParsedTextBlock", "ParsedContentBlock", "ParsedMessage"]

if TYPE_CHECKING:
    # Unparameterised (`ParsedMessage`) means "nothing was parsed" to a type checker.
    ResponseFormatT = TypeVar("ResponseFormatT", default=None)
else:
    # At run time an unparameterised model leaves `parsed_output` untyped, so dumping a
    # parsed value never trips pydantic's "expected None" serializer warning.
    ResponseFormatT = TypeVar("ResponseFormatT")


class ParsedTextBlock(TextBlock, Generic[ResponseFormatT]):
    """A `text` block plus the structured output read from its text (None when nothing was asked for)."""

    parsed_output: Optional[ResponseFormatT] = None

    # Local only: never sent back when the block is passed in a later request.
    __api_exclude__: ClassVar[FrozenSet[str]] = frozenset({"parsed_output"})


def _with_parsed_text(union: Any, text_block: Any, parsed_text_block: Any) -> Any:
    """`union` (a generated content-block union) with its text member replaced by the parsed one."""
    from .._utils._typing import get_args, strip_annotated_type

    members = tuple(parsed_text_block if m is text_block else m for m in get_args(strip_annotated_type(union)))
    return Annotated[Union[members], PropertyInfo(discriminator="type"), Discriminator("type")]


if TYPE_CHECKING:
    ParsedContentBlock: TypeAlias = Annotated[
        Union[
            ParsedTextBlock[ResponseFormatT],
            ThinkingBlock,
            RedactedThinkingBlock,
            ToolUseBlock,
            ServerToolUseBlock,
            WebSearchToolResultBlock,
            WebFetchToolResultBlock,
            CodeExecutionToolResultBlock,
            BashCodeExecutionToolResultBlock,
            TextEditorCodeExecutionToolResultBlock,
            ToolSearchToolResultBlock,
            ContainerUploadBlock,
        ],
        PropertyInfo(discriminator="type"),
    ]
else:
    # Built from the generated union, so a block kind added to the spec is included here too.
    ParsedContentBlock = _with_parsed_text(ContentBlock, TextBlock, ParsedTextBlock[ResponseFormatT])


class ParsedMessage(Message, Generic[ResponseFormatT]):
    """A `Message` whose `text` blocks are `ParsedTextBlock`s."""

    if TYPE_CHECKING:
        content: List[ParsedContentBlock[ResponseFormatT]]  # type: ignore[assignment]
    else:
        # A generic alias cannot be subscripted at run time; the blocks' own type does the work.
        content: List[ParsedContentBlock]

    @property
    def parsed_output(self) -> Optional[ResponseFormatT]:
        """The structured output of the first `text` block that has one, else None."""
        for block in self.content:
            if block.type == "text" and block.parsed_output is not None:
                return block.parsed_output
        return None
