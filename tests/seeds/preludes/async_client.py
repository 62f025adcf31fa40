from anthropic import AsyncAnthropic

client = AsyncAnthropic()
