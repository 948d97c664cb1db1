"""The OpenAPI document: generated from the code, valid, complete; and a bounded schemathesis run against it."""

from itertools import count

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.openapi import operations
from api.tokens import issue_token
from registry.extensions import db
from tests.workflow_world import build_council_world

#: Examples per operation and persona: enough to reach every branch of parsing, small enough for CI.
EXAMPLES = 25
PERSONAS = ("officer", "staff", "chair")
_turns = count()
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance, negative_data_rejection, ignored_auth]


def test_every_api_route_is_documented_and_no_other(app, client):
    document = client.get("/api/v1/openapi.json").get_json()
    documented = {(path, method) for path, methods in document["paths"].items() for method in methods}
    declared = {(path, method) for path, method, _op in operations(app)}
    routed = {rule.rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")}
    assert documented == declared and len(documented) >= 20
    assert routed - {"/api/v1/docs"} == {path.replace("{", "<int:").replace("}", ">")
                                         for path, _method in documented if "{" in path} | {
        path for path, _method in documented if "{" not in path}
    assert document["openapi"] == "3.1.0" and document["components"]["securitySchemes"]["bearerAuth"]


def test_the_documentation_page_describes_every_operation(client, app):
    page = client.get("/api/v1/docs").get_data(as_text=True)
    for path, method, _declared in operations(app):
        assert f'id="op-{method}-{path}"' in page
    assert 'id="problem-stale"' in page and "openapi.json" in page


@pytest.fixture
def api_world(make):
    """A council world around one assigned initiative, so that generated ids sometimes exist."""
    world = build_council_world(make)
    db.session.commit()
    return world


def _document() -> dict:
    """Generate the document at collection time from an app of its own (the same code as the test app's)."""
    from api.openapi import document
    from app import create_app

    application = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with application.test_request_context("/api/v1/openapi.json"):
        return document(application)


# schemathesis' lazy fixture loader does not work with pytest 9 (it reads a removed `_nodeid`): the document is
# built here, and the test points the schema at the session's test app.
schema = schemathesis.openapi.from_dict(_document())


@schemathesis.hook
def before_call(context, case, **kwargs):
    """Ask for plain bodies: schemathesis sends "Accept-Encoding: gzip, deflate" (requests' default) but,
    calling the WSGI app directly, never decodes a compressed answer (tests/test_page_weight.py covers that).

    A hook rather than a header in the test: Hypothesis derives the examples from the test's source.
    """
    case.headers = {**(case.headers or {}), "Accept-Encoding": "identity"}


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_schema_and_never_fails(case, app, api_world):
    case.operation.schema.app = app  # the session's test app (its probes, such as ignored_auth, go there too)
    persona = PERSONAS[next(_turns) % len(PERSONAS)]  # officer, staff and chair in turn
    secret, _token = issue_token(api_world.people[persona], "schemathesis")
    db.session.commit()
    case.call_and_validate(app=app, headers={"Authorization": f"Bearer {secret}"}, checks=CHECKS)
    db.session.rollback()
