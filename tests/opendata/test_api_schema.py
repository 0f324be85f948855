"""The generated OpenAPI document is valid and every answer matches it: each list and
detail response, and the problem answers, are validated against their schema."""

import jsonschema
import pytest
from drf_spectacular.validation import validate_schema

pytestmark = pytest.mark.django_db


def _json_schema(node):
    """OpenAPI 3.0 schema -> JSON Schema: `nullable: true` becomes a null option."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _json_schema(value) for key, value in node.items()}
    if node.pop("nullable", False):
        return {"anyOf": [node, {"type": "null"}]}
    return node


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["API-Version"] == "1.0.0"
    return response.json()


def _validate(document, path: str, status: str, body) -> None:
    operation = document["paths"][path]["get"]
    content = operation["responses"][status]["content"]
    media = "application/json" if status == "200" else "application/problem+json"
    schema = content[media]["schema"]
    root = {**_json_schema(schema), "components": _json_schema(document["components"])}
    jsonschema.validate(body, root, cls=jsonschema.Draft202012Validator)


def test_document_is_valid_openapi_with_version_licence_and_server(document):
    validate_schema(document)
    assert document["openapi"].startswith("3.")
    assert document["info"]["version"] == "1.0.0"
    assert document["info"]["license"]["name"] == "CC0 1.0"
    assert document["servers"][0]["url"].endswith("/v1")
    paths = set(document["paths"])
    assert "/regelingen" in paths and "/lotgenotengroepen/{slug}" in paths
    assert not any(p.endswith("/") and p != "/" for p in paths)
    assert not any("admin" in p for p in paths)
    answers = document["paths"]["/regelingen"]["get"]["responses"]
    assert set(answers["200"]["content"]) == {"application/json", "text/csv"}
    assert set(answers["400"]["content"]) == {"application/problem+json"}


def test_every_list_and_detail_answer_matches_the_document(client, document, open_data):
    checked = 0
    for path in (
        "/regelingen",
        "/lotgenotengroepen",
        "/activiteiten",
        "/gemeenten",
        "/lokale-regelingen",
    ):
        body = client.get("/api/v1" + path).json()
        _validate(document, path, "200", body)
        item = body["resultaten"][0]
        key = "id" if path == "/lokale-regelingen" else "slug"
        detail_path = path + ("/{id}" if key == "id" else "/{slug}")
        detail = client.get(f"/api/v1{path}/{item[key]}")
        assert detail.status_code == 200
        _validate(document, detail_path, "200", detail.json())
        checked += 2
        problem = client.get("/api/v1" + path, {"pagina": "x"}).json()
        _validate(document, path, "400", problem)
        missing = client.get(f"/api/v1{path}/999999")
        _validate(document, detail_path, "404", missing.json())
    index = client.get("/api/v1").json()
    _validate(document, "/", "200", index)
    assert checked == 10


def test_a_wrong_answer_would_fail_validation(client, document, open_data):
    body = client.get("/api/v1/regelingen").json()
    body["resultaten"][0]["niveau"] = "heelal"
    with pytest.raises(jsonschema.ValidationError):
        _validate(document, "/regelingen", "200", body)
