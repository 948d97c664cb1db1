"""Build the OpenAPI 3.1 document from the declared operations (api.core.operation) and their models."""

import re

from flask_babel import gettext as _
from pydantic.json_schema import models_json_schema

from api.problems import PROBLEM_TYPE, TITLES
from api.schemas.base import Problem
from registry.attachments.sniffing import KINDS
from registry.pagination import MAX_DB_ID

REF = "#/components/schemas/{model}"
_PATH_ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>")
#: The statuses every authenticated operation may answer besides its own.
COMMON_ERRORS = (401, 429)


def operations(app) -> list[tuple[str, str, object]]:
    """Return (OpenAPI path, method, Operation) of every declared API operation, in URL order."""
    found = []
    for rule in app.url_map.iter_rules():
        declared = getattr(app.view_functions.get(rule.endpoint), "api_operation", None)
        if declared is None:
            continue
        path = _PATH_ARGUMENT.sub(lambda match: "{" + match.group(2) + "}", rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((path, method.lower(), declared))
    return sorted(found, key=lambda item: (item[0], item[1]))


def _models(found) -> list[tuple[type, str]]:
    """Return every model the operations use, with the mode it is used in."""
    pairs = [(Problem, "serialization")]
    for _path, _method, declared in found:
        if declared.body is not None:
            pairs.append((declared.body, "validation"))
        if declared.response is not None:
            pairs.append((declared.response, "serialization"))
    return list(dict.fromkeys(pairs))


def _not_null(schema: dict) -> dict:
    """Drop the `null` branch of an optional value: a query string has no null."""
    branches = schema.get("anyOf")
    if branches and {"type": "null"} in branches:
        rest = [branch for branch in branches if branch != {"type": "null"}]
        schema = {**{key: value for key, value in schema.items() if key not in ("anyOf", "default")}, **rest[0]} \
            if len(rest) == 1 else {**schema, "anyOf": rest}
        schema.pop("default", None)
    return schema


def _parameters(path: str, declared) -> list[dict]:
    """Describe the path's ids and the query model's fields as parameters."""
    parameters = [{"name": name, "in": "path", "required": True,
                   "schema": {"type": "integer", "minimum": 1, "maximum": MAX_DB_ID}}
                  for name in re.findall(r"{(\w+)}", path)]
    if declared.query is not None:
        schema = declared.query.model_json_schema(ref_template=REF)
        for name, prop in schema["properties"].items():
            prop = _not_null(dict(prop))
            prop.pop("title", None)
            parameters.append({"name": name, "in": "query", "required": name in schema.get("required", ()),
                               "schema": prop})
    return parameters


def _success(declared, refs: dict) -> dict:
    """Describe the operation's successful answer."""
    if declared.status == 204:
        return {"description": _("Done; no content.")}
    if declared.download:
        kinds = sorted({kind.content_type for kind in KINDS.values()})
        return {"description": _("The file."),
                "content": {kind: {"schema": {"type": "string", "contentMediaType": kind}} for kind in kinds}}
    schema = refs[(declared.response, "serialization")] if declared.response else {"type": "object"}
    return {"description": str(declared.summary), "content": {"application/json": {"schema": schema}}}


def _error_statuses(path: str, declared) -> list[int]:
    """Return every error status the operation may answer with."""
    statuses = set(declared.errors) | {429}
    if not declared.public:
        statuses.add(401)
    if declared.query is not None or "{" in path:
        statuses.add(400)
    if "{" in path:
        statuses.add(404)
    if declared.body is not None or declared.upload:
        statuses |= {400, 413, 415, 422}
    return sorted(statuses)


def _request_body(declared, refs: dict) -> dict | None:
    """Describe the operation's body: a JSON model, or files as multipart/form-data."""
    if declared.upload:
        files = {"type": "array", "minItems": 1,
                 "items": {"type": "string", "contentMediaType": "application/octet-stream"}}
        return {"required": True, "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["files"], "properties": {"files": files}}}}}
    if declared.body is None:
        return None
    return {"required": True, "content": {"application/json": {"schema": refs[(declared.body, "validation")]}}}


def _without_descriptions(schema):
    """Drop pydantic's descriptions (the models' English docstrings); the operations explain in the reader's
    language."""
    if isinstance(schema, dict):
        if "properties" in schema:  # keep a property that happens to be called "description"
            schema = {**schema, "properties": {name: _without_descriptions(value)
                                               for name, value in schema["properties"].items()}}
        return {key: value if key == "properties" else _without_descriptions(value)
                for key, value in schema.items() if key != "description"}
    if isinstance(schema, list):
        return [_without_descriptions(value) for value in schema]
    return schema


def document(app) -> dict:
    """Return the OpenAPI 3.1 document of the API, in the request's language."""
    found = operations(app)
    refs, definitions = models_json_schema(_models(found), ref_template=REF)
    problem_ref = refs[(Problem, "serialization")]
    paths: dict[str, dict] = {}
    for path, method, declared in found:
        entry = {"operationId": f"{method}_{path.strip('/').replace('/', '_').replace('{', '').replace('}', '')}",
                 "summary": str(declared.summary), "tags": [declared.tag],
                 "parameters": _parameters(path, declared),
                 "responses": {str(declared.status): _success(declared, refs)}}
        if declared.description:
            entry["description"] = str(declared.description)
        body = _request_body(declared, refs)
        if body is not None:
            entry["requestBody"] = body
        if declared.public:
            entry["security"] = []
        for status in _error_statuses(path, declared):
            entry["responses"][str(status)] = {
                "description": str(TITLES[status]),
                "content": {PROBLEM_TYPE: {"schema": problem_ref}}}
        paths.setdefault(path, {})[method] = entry
    return {
        "openapi": "3.1.0",
        "info": {"title": _("Dân vận khéo registry API"), "version": "1",
                 "description": _("Read counts and register models without scraping pages. Get a token with "
                                  "POST /api/v1/tokens (or on your profile page) and send it as "
                                  "`Authorization: Bearer <token>`. Errors are RFC 9457 problem documents.")},
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "security": [{"bearerAuth": []}],
        "paths": paths,
        "components": {"schemas": _without_descriptions(definitions.get("$defs", {})),
                       "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
    }
