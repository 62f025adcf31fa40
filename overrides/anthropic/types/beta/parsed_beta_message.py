"""Beta messages whose text blocks carry the structured output read from them.

`client.beta.messages.parse(...)` and `client.beta.messages.stream(..., output_format=...)`
return a `ParsedBetaMessage`; see `anthropic.types.ParsedMessage` for the plain API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, FrozenSet, Generic, List, Optional, Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ..parsed_message import ResponseFormatT, _with_parsed_text
from .beta_content_block import BetaContentBlock
from .beta_message import BetaMessage
from .beta_text_block import BetaTextBlock

if TYPE_CHECKING:
    from .beta_bash_code_execution_tool_result_block import BetaBashCodeExecutionToolResultBlock
    from .beta_code_execution_tool_result_block import BetaCodeExecutionToolResultBlock
    from .beta_compaction_block import BetaCompactionBlock
    from .beta_container_upload_block import BetaContainerUploadBlock
    from .beta_mcp_tool_result_block import BetaMCPToolResultBlock
    from .beta_mcp_tool_use_block import BetaMCPToolUseBlock
    from .beta_redacted_thinking_block import BetaRedactedThinkingBlock
    from .beta_server_tool_use_block import BetaServerToolUseBlock
    from .beta_text_editor_code_execution_tool_result_block import BetaTextEditorCodeExecutionToolResultBlock
    from .beta_thinking_block import BetaThinkingBlock
    from .beta_tool_search_tool_result_block import BetaToolSearchToolResultBlock
    from .beta_tool_use_block import BetaToolUseBlock
    from .beta_web_fetch_tool_result_block import BetaWebFetchToolResultBlock
    from .beta_web_search_tool_result_block import BetaWebSearchToolResultBlock

__all__ = ["ParsedBetaTextBlock", "ParsedBetaContentBlock", "ParsedBetaMessage"]


class ParsedBetaTextBlock(BetaTextBlock, Generic[ResponseFormatT]):
    """A beta `text` block plus the structured output read from its text (None when nothing was asked for)."""

    parsed_output: Optional[ResponseFormatT] = None

    # Local only: never sent back when the block is passed in a later request.
    __api_exclude__: ClassVar[FrozenSet[str]] = frozenset({"parsed_output"})


if TYPE_CHECKING:
    ParsedBetaContentBlock: TypeAlias = Annotated[
        Union[
            ParsedBetaTextBlock[ResponseFormatT],
            BetaThinkingBlock,
            BetaRedactedThinkingBlock,
            BetaToolUseBlock,
            BetaServerToolUseBlock,
            BetaWebSearchToolResultBlock,
            BetaWebFetchToolResultBlock,
            BetaCodeExecutionToolResultBlock,
            BetaBashCodeExecutionToolResultBlock,
            BetaTextEditorCodeExecutionToolResultBlock,
            BetaToolSearchToolResultBlock,
            BetaMCPToolUseBlock,
            BetaMCPToolResultBlock,
            BetaContainerUploadBlock,
            BetaCompactionBlock,
        ],
        PropertyInfo(discriminator="type"),
    ]
else:
    # Built from the generated union, so a block kind added to the spec is included here too.
    ParsedBetaContentBlock = _with_parsed_text(BetaContentBlock, BetaTextBlock, ParsedBetaTextBlock[ResponseFormatT])


class ParsedBetaMessage(BetaMessage, Generic[ResponseFormatT]):
    """A `BetaMessage` whose `text` blocks are `ParsedBetaTextBlock`s."""

    if TYPE_CHECKING:
        content: List[ParsedBetaContentBlock[ResponseFormatT]]  # type: ignore[assignment]
    else:
        # A generic alias cannot be subscripted at run time; the blocks' own type does the work.
        content: List[ParsedBetaContentBlock]

    @property
    def parsed_output(self) -> Optional[ResponseFormatT]:
        """The structured output of the first `text` block that has one, else None."""
        for block in self.content:
            if block.type == "text" and block.parsed_output is not None:
                return block.parsed_output
        return None
