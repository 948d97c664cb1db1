"""Issue #12 §1: the campaign's evaluation mode and vote share on the evaluation settings page."""

from registry.extensions import db
from registry.models.campaigns import EVALUATION_DELIBERATION, EVALUATION_SCORING
from tests.session_world import deliberation_world, hold_session, vote

GOOD = {"evaluation_mode": EVALUATION_DELIBERATION, "vote_share_strict": "at_least", "vote_share_numerator": "2",
        "vote_share_denominator": "3"}


def test_staff_choose_deliberation_and_its_share(make, client, login):
    world = deliberation_world(make)
    campaign = world.initiative.campaign
    campaign.evaluation_mode = EVALUATION_SCORING
    login(world.people["staff"])
    page = client.get(f"/councils/campaigns/{campaign.id}/settings")
    assert page.status_code == 200 and 'name="evaluation_mode"' in page.text
    response = client.post(f"/councils/campaigns/{campaign.id}/evaluation-mode", data=GOOD)
    assert response.status_code == 302
    db.session.refresh(campaign)
    assert (campaign.evaluation_mode, campaign.vote_share_numerator, campaign.vote_share_denominator,
            campaign.vote_share_strict) == (EVALUATION_DELIBERATION, 2, 3, False)


def test_bad_shares_are_form_errors_and_change_nothing(make, client, login):
    world = deliberation_world(make)
    campaign = world.initiative.campaign
    login(world.people["staff"])
    url = f"/councils/campaigns/{campaign.id}/evaluation-mode"
    for changes in ({"vote_share_numerator": "4"}, {"vote_share_denominator": "0"}, {"evaluation_mode": "dice"},
                    {"vote_share_strict": "more", "vote_share_numerator": "3"}):
        response = client.post(url, data={**GOOD, **changes})
        assert response.status_code == 400 and "invalid-feedback" in response.text, changes
    db.session.refresh(campaign)
    assert (campaign.vote_share_numerator, campaign.vote_share_denominator) == (1, 2)


def test_changing_the_mode_after_a_vote_is_refused_with_the_reason(make, client, login):
    world = deliberation_world(make)
    campaign = world.initiative.campaign
    vote(world, hold_session(world), "chair")
    login(world.people["staff"])
    assert 'data-mode="frozen"' in client.get(f"/councils/campaigns/{campaign.id}/settings").text
    response = client.post(f"/councils/campaigns/{campaign.id}/evaluation-mode",
                           data={**GOOD, "evaluation_mode": EVALUATION_SCORING})
    assert response.status_code == 400
    assert "không thể thay đổi hình thức quyết định" in response.text
    db.session.refresh(campaign)
    assert campaign.evaluation_mode == EVALUATION_DELIBERATION


def test_a_council_member_cannot_change_the_mode(make, client, login):
    world = deliberation_world(make)
    login(world.people["chair"])
    response = client.post(f"/councils/campaigns/{world.initiative.campaign.id}/evaluation-mode", data=GOOD)
    assert response.status_code == 403
