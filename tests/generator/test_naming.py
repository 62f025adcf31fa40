from generator.ir.naming import identifier, pascal, relative_import, runtime_prefix, singular, snake


def test_snake_keeps_short_digit_runs_with_their_word():
    assert snake("Base64ImageSource") == "base64_image_source"


def test_snake_gives_dates_their_own_word():
    assert snake("BashTool20250124Param") == "bash_tool_20250124_param"


def test_snake_splits_acronym_before_word():
    assert snake("InputJSONDelta") == "input_json_delta"


def test_pascal_drops_separators():
    assert pascal("ListResponse_ModelInfo_") == "ListResponseModelInfo"
    assert pascal("message_batches") == "MessageBatches"


def test_identifier_avoids_keywords_and_leading_digits():
    assert identifier("from") == "from_"
    assert identifier("2fa") == "_2fa"
    assert identifier("x-api-key") == "x_api_key"


def test_singular_of_resource_names():
    assert [singular(n) for n in ("messages", "batches", "models", "versions", "skills")] == [
        "message",
        "batch",
        "model",
        "version",
        "skill",
    ]


def test_relative_import_between_sibling_and_nested_modules():
    assert relative_import("types.message", "types.usage") == ".usage"
    assert relative_import("types.beta.beta_message", "types.shared.error") == "..shared.error"
    assert relative_import("resources.messages.messages", "types.message") == "...types.message"


def test_runtime_prefix_reaches_package_root():
    assert runtime_prefix("_client") == "."
    assert runtime_prefix("types.message") == ".."
    assert runtime_prefix("types.beta.messages.x") == "...."
