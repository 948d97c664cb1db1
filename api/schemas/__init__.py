"""The shapes of the API's requests and answers (pydantic), one module per resource; api.openapi documents them."""
