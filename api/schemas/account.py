"""The shapes of the token and the caller's account."""

from typing import Annotated

from pydantic import BaseModel, Field

from api.schemas.base import (
    Answer,
    Body,
    UtcDateTime,
)


class TokenRequest(Body):
    """E-mail and password of the account the token is for."""

    email: Annotated[str, Field(min_length=1, max_length=255)]
    password: Annotated[str, Field(min_length=1, max_length=200)]


class TokenAnswer(BaseModel):
    """A new token: keep the secret, it is not shown again."""

    token: str
    expires_at: UtcDateTime


class RoleAnswer(Answer):
    """One role of the caller over a unit and everything under it."""

    role: str
    unit_id: int


class MeAnswer(Answer):
    """The caller's account."""

    id: int
    email: str
    full_name: str
    locale: str
    roles: list[RoleAnswer]
