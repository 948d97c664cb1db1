"""API operations on the caller's own account: get a token with e-mail and password, revoke it, read `me`."""

from flask import Response, current_app, g
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from api import tokens
from api.core import api_user, json_response, operation
from api.problems import ApiProblem
from api.schemas.account import MeAnswer, RoleAnswer, TokenAnswer, TokenRequest
from registry import audit
from registry.auth import throttle
from registry.auth.throttle import Throttled
from registry.models.users import check_credentials
from web.transaction import api_commit

TAG = "account"


@operation("/tokens", "POST", summary=_l("Get a token"), tag=TAG, body=TokenRequest, response=TokenAnswer,
           status=201, public=True, errors=(401, 403, 409),
           description=_l("Exchange an e-mail and password for a bearer token. Keep the token secret: it acts as "
                          "you until it expires or you revoke it (on your profile page, or DELETE /tokens/current)."))
def create_token(body: TokenRequest):
    """Issue a token to the account with this e-mail and password (throttled like the sign-in page)."""
    try:
        throttle.check(body.email)
    except Throttled as refusal:
        raise ApiProblem(429, refusal.message, headers={"Retry-After": str(refusal.seconds)}) from None
    account, password_ok = check_credentials(body.email, body.password)
    if not password_ok:
        locked = throttle.record_failure(body.email)
        audit.record_now("sign_in_failed", target=account, details=f"API: {body.email}")
        if locked:
            audit.record_now("sign_in_locked", target=account, details=f"API: {body.email}")
    if not password_ok or not account.is_active:
        raise ApiProblem(401, _("Wrong e-mail or password, or the account is deactivated."))
    if account.must_change_password:
        raise ApiProblem(403, _("Choose a new password on the website first: this account must change the "
                                "password it was given."))
    throttle.clear_account(body.email)
    def too_many(_refusal) -> ApiProblem:
        return ApiProblem(409, _("You already have %(count)d tokens that work: revoke one on your profile page "
                                 "first.", count=current_app.config["API_MAX_TOKENS_PER_USER"]))

    secret, token = api_commit(lambda: tokens.issue_token(account, name=_("Created through the API")), too_many)
    return json_response(TokenAnswer(token=secret, expires_at=token.expires_at), 201)


@operation("/tokens/current", "DELETE", summary=_l("Revoke this token"), tag=TAG, status=204)
def revoke_current_token():
    """Revoke the token the request was made with."""
    api_commit(lambda: tokens.revoke(g.api_token))
    return Response(status=204)


@operation("/me", "GET", summary=_l("Who am I"), tag=TAG, response=MeAnswer)
def me():
    """Describe the caller's account and roles."""
    user = api_user()
    return MeAnswer(id=user.id, email=user.email, full_name=user.full_name, locale=user.locale,
                    roles=[RoleAnswer(role=role.role, unit_id=role.unit_id) for role in user.roles])
