"""A realistic flow end to end, as production code would run it, through real boto3 clients."""

from __future__ import annotations

from typing import Any

from .helpers import client_error
from .test_sharing import GRANTEE, OWNER, client_of, share


def test_build_share_tag_and_tear_down_a_pool(pinpoint_mock: Any) -> None:
    sms = client_of(OWNER)
    partner = client_of(GRANTEE)

    # request two numbers and a sender ID
    first, second = (
        sms.request_phone_number(
            IsoCountryCode="US",
            MessageType="TRANSACTIONAL",
            NumberCapabilities=["SMS"],
            NumberType="SIMULATOR",
            Tags=[{"Key": "team", "Value": "alerts"}],
        )
        for _ in range(2)
    )
    sender = sms.request_sender_id(SenderId="ALERTS", IsoCountryCode="GB", MessageTypes=["TRANSACTIONAL"])

    # build a pool and associate the others
    pool = sms.create_pool(OriginationIdentity=first["PhoneNumberArn"], MessageType="TRANSACTIONAL")
    sms.associate_origination_identity(PoolId=pool["PoolId"], OriginationIdentity=second["PhoneNumberId"])
    sms.associate_origination_identity(
        PoolId=pool["PoolId"], OriginationIdentity=sender["SenderIdArn"], IsoCountryCode="GB"
    )
    listed = sms.get_paginator("list_pool_origination_identities").paginate(PoolId=pool["PoolId"])
    assert [i["OriginationIdentityArn"] for i in listed.build_full_result()["OriginationIdentities"]] == [
        first["PhoneNumberArn"],
        second["PhoneNumberArn"],
        sender["SenderIdArn"],
    ]

    # disassociate one number
    sms.disassociate_origination_identity(PoolId=pool["PoolId"], OriginationIdentity=second["PhoneNumberArn"])
    assert (
        "PoolId"
        not in sms.describe_phone_numbers(PhoneNumberIds=[second["PhoneNumberId"]])["PhoneNumbers"][0]
    )

    # share it with a second account, which finds it
    assert partner.describe_pools(Owner="SHARED")["Pools"] == []
    share(sms, pool["PoolArn"], GRANTEE)
    [seen] = partner.describe_pools(Owner="SHARED")["Pools"]
    assert (seen["PoolArn"], seen["Status"]) == (pool["PoolArn"], "ACTIVE")
    assert partner.describe_pools(Owner="SELF")["Pools"] == []

    # tag it
    sms.tag_resource(ResourceArn=pool["PoolArn"], Tags=[{"Key": "env", "Value": "test"}])
    assert sms.list_tags_for_resource(ResourceArn=pool["PoolArn"])["Tags"] == [
        {"Key": "env", "Value": "test"}
    ]

    # a pooled number cannot go yet
    response = client_error(sms.release_phone_number, PhoneNumberId=first["PhoneNumberId"])
    assert response["Reason"] == "PHONE_NUMBER_ASSOCIATED_TO_POOL"

    # delete the pool: the partner loses it, the identities are free
    assert sms.delete_pool(PoolId=pool["PoolId"])["Status"] == "DELETING"
    assert partner.describe_pools(Owner="SHARED")["Pools"] == []
    response = client_error(sms.describe_pools, PoolIds=[pool["PoolId"]])
    assert (response["Error"]["Code"], response["ResourceType"]) == ("ResourceNotFoundException", "pool")

    # release everything
    for number in (first, second):
        assert sms.release_phone_number(PhoneNumberId=number["PhoneNumberId"])["Status"] == "DELETED"
    released = sms.release_sender_id(SenderId="ALERTS", IsoCountryCode="GB")
    assert released["SenderIdArn"] == sender["SenderIdArn"]
    assert sms.describe_phone_numbers()["PhoneNumbers"] == []
    assert sms.describe_sender_ids()["SenderIds"] == []
    assert sms.describe_pools()["Pools"] == []
    assert [item["OptOutListName"] for item in sms.describe_opt_out_lists()["OptOutLists"]] == ["Default"]
