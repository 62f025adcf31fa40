"""Request URLs are resolved once per client and path, and the cache follows base-URL changes."""

from __future__ import annotations

import anthropic
from anthropic._models import FinalRequestOptions
from anthropic._request_building import _URL_CACHE_LIMIT, build_request, prepare_url


def _client(base_url: str = "http://one.example/v1") -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="k", base_url=base_url)


def test_same_path_resolves_to_the_same_object_until_the_base_url_changes():
    client = _client()
    first = prepare_url(client, "/messages?beta=true")
    assert prepare_url(client, "/messages?beta=true") is first
    assert str(first.url) == "http://one.example/v1/messages" and first.fixed_query == {"beta": "true"}

    client.base_url = "http://two.example/api"
    moved = prepare_url(client, "/messages?beta=true")
    assert str(moved.url) == "http://two.example/api/messages"


def test_cache_is_bounded_and_results_stay_correct_after_it_is_dropped():
    client = _client()
    for i in range(_URL_CACHE_LIMIT + 5):
        assert str(prepare_url(client, f"/files/f{i}").url) == f"http://one.example/v1/files/f{i}"
    assert len(client.__dict__["_resolved_urls"][1]) <= _URL_CACHE_LIMIT


def test_fixed_query_is_merged_with_params_on_every_request():
    client = _client()
    for _ in range(2):  # the second build reads the cache
        options = FinalRequestOptions.construct(method="get", url="/models?beta=true", params={"limit": 2})
        request = build_request(client, options)
        assert dict(request.url.params) == {"beta": "true", "limit": "2"}


def test_copies_do_not_share_a_cache_with_a_different_base_url():
    client = _client()
    prepare_url(client, "/models")
    other = client.with_options(base_url="http://three.example/")
    assert str(prepare_url(other, "/models").url) == "http://three.example/models"
    assert str(prepare_url(client, "/models").url) == "http://one.example/v1/models"
