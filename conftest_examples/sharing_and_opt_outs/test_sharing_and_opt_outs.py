"""Pattern (g): a pool shared with another account, and opt-out lists read before sending."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sms_partners import may_text, pools_shared_with_me, share_pool

from pinpoint_fake import MockPinpoint

if TYPE_CHECKING:
    from mypy_boto3_pinpoint_sms_voice_v2 import PinpointSMSVoiceV2Client
    from mypy_boto3_pinpoint_sms_voice_v2.type_defs import CreatePoolResultTypeDef


def test_the_partner_sees_the_pool_once_it_is_shared(
    pinpoint_client: PinpointSMSVoiceV2Client,
    partner_client: PinpointSMSVoiceV2Client,
    partner_account: str,
    pool: CreatePoolResultTypeDef,
) -> None:
    assert pools_shared_with_me(partner_client) == []
    share_pool(pinpoint_client, pool["PoolArn"], partner_account)
    assert pools_shared_with_me(partner_client) == [pool["PoolArn"]]
    assert pools_shared_with_me(pinpoint_client) == []  # the owner's own pools are not "shared"


def test_a_number_put_on_the_list_may_not_be_texted(pinpoint_client: PinpointSMSVoiceV2Client) -> None:
    pinpoint_client.create_opt_out_list(OptOutListName="Marketing")
    pinpoint_client.put_opted_out_number(OptOutListName="Marketing", OptedOutNumber="+12065550199")
    assert not may_text(pinpoint_client, "Marketing", "+12065550199")
    assert may_text(pinpoint_client, "Marketing", "+12065550100")


def test_a_number_that_replied_stop_is_seeded(
    pinpoint_client: PinpointSMSVoiceV2Client, pinpoint_mock: MockPinpoint
) -> None:
    pinpoint_mock.backend().seed_opted_out_number("Default", "+12065550142")  # EndUserOptedOut=True
    [entry] = pinpoint_client.describe_opted_out_numbers(
        OptOutListName="Default", Filters=[{"Name": "end-user-opted-out", "Values": ["true"]}]
    )["OptedOutNumbers"]
    assert entry["OptedOutNumber"] == "+12065550142"
    assert not may_text(pinpoint_client, "Default", "+12065550142")
