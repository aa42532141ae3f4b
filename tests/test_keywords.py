"""Keywords (Put/Describe/DeleteKeyword) on phone numbers and pools, and what an end user's reply does
(``backend.receive_message``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pinpoint_fake.records import SentMessage
from pinpoint_fake.records.keywords import MANDATORY_KEYWORDS

from .helpers import client_error, new_pool, request_number

USER = "+12065550199"  # the end user's handset
OTHER_ACCOUNT = "222222222222"


def keywords(client: Any, identity: str, **arguments: Any) -> list[tuple[str, str]]:
    answer = client.describe_keywords(OriginationIdentity=identity, **arguments)
    return [(k["Keyword"], k["KeywordAction"]) for k in answer["Keywords"]]


def error(response: dict[str, Any]) -> tuple[str, str | None]:
    return response["Error"]["Code"], response.get("Reason")


@pytest.fixture
def identities(pinpoint_client: Any) -> list[tuple[str, str]]:
    """(ID, ARN) of a phone number and of a pool, made through the API."""
    number = request_number(pinpoint_client)
    pool = new_pool(pinpoint_client)
    return [(number["PhoneNumberId"], number["PhoneNumberArn"]), (pool["PoolId"], pool["PoolArn"])]


# -- the keywords every number and pool has ---------------------------------------------------------------


def test_every_number_and_pool_has_help_and_stop(
    pinpoint_client: Any, identities: list[tuple[str, str]]
) -> None:
    for identity_id, identity_arn in identities:
        answer = pinpoint_client.describe_keywords(OriginationIdentity=identity_arn)
        assert (answer["OriginationIdentity"], answer["OriginationIdentityArn"]) == (
            identity_id,
            identity_arn,
        )
        assert [(k["Keyword"], k["KeywordAction"], k["KeywordMessage"]) for k in answer["Keywords"]] == [
            ("HELP", "AUTOMATIC_RESPONSE", MANDATORY_KEYWORDS["HELP"][1]),
            ("STOP", "OPT_OUT", MANDATORY_KEYWORDS["STOP"][1]),
        ]


def test_a_seeded_number_and_pool_have_them_too(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    for identity in (backend.seed_phone_number().phone_number_id, backend.seed_pool().pool_id):
        assert keywords(pinpoint_client, identity) == [("HELP", "AUTOMATIC_RESPONSE"), ("STOP", "OPT_OUT")]


# -- PutKeyword -------------------------------------------------------------------------------------------


def test_put_keyword_adds_one_in_upper_case_answering_ids_for_arns(
    pinpoint_client: Any, identities: list[tuple[str, str]]
) -> None:
    for identity_id, identity_arn in identities:
        answer = pinpoint_client.put_keyword(
            OriginationIdentity=identity_arn, Keyword="Info", KeywordMessage="Hours"
        )
        answer.pop("ResponseMetadata")
        assert answer == {
            "OriginationIdentityArn": identity_arn,
            "OriginationIdentity": identity_id,
            "Keyword": "INFO",
            "KeywordMessage": "Hours",
            "KeywordAction": "AUTOMATIC_RESPONSE",
        }
        pinpoint_client.put_keyword(
            OriginationIdentity=identity_id,
            Keyword="start",
            KeywordMessage="Welcome back",
            KeywordAction="OPT_IN",
        )
        assert keywords(pinpoint_client, identity_id) == [
            ("HELP", "AUTOMATIC_RESPONSE"),
            ("STOP", "OPT_OUT"),
            ("INFO", "AUTOMATIC_RESPONSE"),
            ("START", "OPT_IN"),
        ]


def test_put_keyword_updates_an_existing_one_in_place(
    pinpoint_client: Any, identities: list[tuple[str, str]]
) -> None:
    identity = identities[0][0]
    pinpoint_client.put_keyword(OriginationIdentity=identity, Keyword="INFO", KeywordMessage="old")
    pinpoint_client.put_keyword(
        OriginationIdentity=identity, Keyword="YES", KeywordMessage="y", KeywordAction="OPT_IN"
    )
    pinpoint_client.put_keyword(
        OriginationIdentity=identity, Keyword="info", KeywordMessage="new", KeywordAction="OPT_OUT"
    )
    pinpoint_client.put_keyword(OriginationIdentity=identity, Keyword="YES", KeywordMessage="again")
    answer = pinpoint_client.describe_keywords(OriginationIdentity=identity)["Keywords"]
    assert [(k["Keyword"], k["KeywordMessage"], k["KeywordAction"]) for k in answer[2:]] == [
        ("INFO", "new", "OPT_OUT"),
        ("YES", "again", "OPT_IN"),  # an action left out keeps the keyword's
    ]


def test_help_and_stop_can_be_reworded_but_keep_their_action(
    pinpoint_client: Any, identities: list[tuple[str, str]]
) -> None:
    identity = identities[1][0]
    pinpoint_client.put_keyword(OriginationIdentity=identity, Keyword="stop", KeywordMessage="Bye")
    pinpoint_client.put_keyword(
        OriginationIdentity=identity,
        Keyword="HELP",
        KeywordMessage="Call us",
        KeywordAction="AUTOMATIC_RESPONSE",
    )
    answer = pinpoint_client.describe_keywords(OriginationIdentity=identity)["Keywords"]
    assert [(k["Keyword"], k["KeywordMessage"], k["KeywordAction"]) for k in answer] == [
        ("HELP", "Call us", "AUTOMATIC_RESPONSE"),
        ("STOP", "Bye", "OPT_OUT"),
    ]
    for word, action in (("STOP", "AUTOMATIC_RESPONSE"), ("HELP", "OPT_OUT")):
        response = client_error(
            pinpoint_client.put_keyword,
            OriginationIdentity=identity,
            Keyword=word,
            KeywordMessage="x",
            KeywordAction=action,
        )
        assert error(response) == ("ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED")
        assert (response["ResourceType"], response["ResourceId"]) == ("keyword", word)


def test_keywords_of_an_identity_that_is_not_active_cannot_change(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = pinpoint_mock.backend().seed_pool(status="CREATING")
    response = client_error(
        pinpoint_client.put_keyword, OriginationIdentity=pool.pool_id, Keyword="A", KeywordMessage="a"
    )
    assert error(response) == ("ConflictException", "RESOURCE_NOT_ACTIVE")
    response = client_error(pinpoint_client.delete_keyword, OriginationIdentity=pool.pool_id, Keyword="HELP")
    assert error(response) == ("ConflictException", "RESOURCE_NOT_ACTIVE")


@pytest.mark.parametrize(
    ("identity", "resource_type"),
    [
        ("pool-0123456789abcdef0123456789abcdef", "pool"),
        ("phone-0123456789abcdef0123456789abcdef", "phone-number"),
        ("arn:aws:sms-voice:us-east-1:123456789012:pool/pool-x", "pool"),
        ("arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-x", "phone-number"),
        ("arn:aws:sms-voice:eu-west-1:123456789012:pool/pool-x", "pool"),
    ],
)
def test_an_unknown_number_or_pool_is_not_found(
    pinpoint_client: Any, identity: str, resource_type: str
) -> None:
    for call, extra in [
        (pinpoint_client.put_keyword, {"Keyword": "A", "KeywordMessage": "a"}),
        (pinpoint_client.describe_keywords, {}),
        (pinpoint_client.delete_keyword, {"Keyword": "A"}),
    ]:
        response = client_error(call, OriginationIdentity=identity, **extra)
        assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
            "ResourceNotFoundException",
            resource_type,
            identity,
        )


def test_a_sender_id_has_no_keywords(pinpoint_client: Any) -> None:
    arn = pinpoint_client.request_sender_id(SenderId="ACME", IsoCountryCode="GB")["SenderIdArn"]
    response = client_error(pinpoint_client.describe_keywords, OriginationIdentity=arn)
    assert error(response) == ("ValidationException", "INVALID_ARN")


# -- DescribeKeywords and DeleteKeyword --------------------------------------------------------------------


def test_describe_keywords_by_name_and_action(
    pinpoint_client: Any, identities: list[tuple[str, str]]
) -> None:
    identity = identities[0][0]
    for word, action in (("INFO", "AUTOMATIC_RESPONSE"), ("START", "OPT_IN"), ("QUIT", "OPT_OUT")):
        pinpoint_client.put_keyword(
            OriginationIdentity=identity, Keyword=word, KeywordMessage="m", KeywordAction=action
        )
    assert keywords(pinpoint_client, identity, Keywords=["quit", "help", "Quit"]) == [
        ("HELP", "AUTOMATIC_RESPONSE"),
        ("QUIT", "OPT_OUT"),
    ]
    assert keywords(
        pinpoint_client, identity, Filters=[{"Name": "keyword-action", "Values": ["OPT_OUT", "OPT_IN"]}]
    ) == [
        ("STOP", "OPT_OUT"),
        ("START", "OPT_IN"),
        ("QUIT", "OPT_OUT"),
    ]
    response = client_error(
        pinpoint_client.describe_keywords, OriginationIdentity=identity, Keywords=["INFO", "NOPE"]
    )
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "keyword",
        "NOPE",
    )
    response = client_error(
        pinpoint_client.describe_keywords,
        OriginationIdentity=identity,
        Filters=[{"Name": "keyword-action", "Values": ["opt_out"]}],
    )
    assert error(response) == ("ValidationException", "INVALID_FILTER_VALUES")


def test_delete_keyword_answers_what_it_deleted(
    pinpoint_client: Any, identities: list[tuple[str, str]]
) -> None:
    identity_id, identity_arn = identities[1]
    pinpoint_client.put_keyword(OriginationIdentity=identity_id, Keyword="INFO", KeywordMessage="Hours")
    answer = pinpoint_client.delete_keyword(OriginationIdentity=identity_arn, Keyword="info")
    answer.pop("ResponseMetadata")
    assert answer == {
        "OriginationIdentityArn": identity_arn,
        "OriginationIdentity": identity_id,
        "Keyword": "INFO",
        "KeywordMessage": "Hours",
        "KeywordAction": "AUTOMATIC_RESPONSE",
    }
    assert keywords(pinpoint_client, identity_id) == [("HELP", "AUTOMATIC_RESPONSE"), ("STOP", "OPT_OUT")]
    response = client_error(pinpoint_client.delete_keyword, OriginationIdentity=identity_id, Keyword="INFO")
    assert (response["Error"]["Code"], response["ResourceType"], response["ResourceId"]) == (
        "ResourceNotFoundException",
        "keyword",
        "INFO",
    )


@pytest.mark.parametrize("word", ["HELP", "stop"])
def test_help_and_stop_cannot_be_deleted(
    pinpoint_client: Any, identities: list[tuple[str, str]], word: str
) -> None:
    response = client_error(
        pinpoint_client.delete_keyword, OriginationIdentity=identities[0][0], Keyword=word
    )
    assert error(response) == ("ConflictException", "RESOURCE_DELETION_NOT_ALLOWED")
    assert (response["ResourceType"], response["ResourceId"]) == ("keyword", word.upper())


def test_a_shared_numbers_keywords_are_read_only_for_the_grantee(
    pinpoint_client: Any, pinpoint_mock: Any, monkeypatch: Any
) -> None:
    number = request_number(pinpoint_client)
    policy = {"Statement": [{"Effect": "Allow", "Principal": {"AWS": OTHER_ACCOUNT}}]}
    pinpoint_client.put_resource_policy(ResourceArn=number["PhoneNumberArn"], Policy=json.dumps(policy))
    monkeypatch.setenv("MOTO_ACCOUNT_ID", OTHER_ACCOUNT)
    assert keywords(pinpoint_client, number["PhoneNumberArn"]) == [
        ("HELP", "AUTOMATIC_RESPONSE"),
        ("STOP", "OPT_OUT"),
    ]
    for call, extra in [
        (pinpoint_client.put_keyword, {"Keyword": "A", "KeywordMessage": "a"}),
        (pinpoint_client.delete_keyword, {"Keyword": "HELP"}),
    ]:
        response = client_error(call, OriginationIdentity=number["PhoneNumberArn"], **extra)
        assert response["Error"]["Code"] == "ResourceNotFoundException"
    response = client_error(pinpoint_client.describe_keywords, OriginationIdentity=number["PhoneNumberId"])
    assert response["Error"]["Code"] == "ResourceNotFoundException"


# -- inbound messages: what keywords do --------------------------------------------------------------------


def test_stop_opts_the_sender_out_as_the_end_user_and_replies(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    number = request_number(pinpoint_client)
    received = pinpoint_mock.backend().receive_message(
        origination_number=USER, destination_number=number["PhoneNumber"], message_body="stop"
    )
    assert (
        received.origination_number,
        received.destination_number,
        received.keyword,
        received.keyword_action,
        received.opt_out_list_name,
    ) == (USER, number["PhoneNumber"], "STOP", "OPT_OUT", "Default")
    [entry] = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"]
    assert (entry["OptedOutNumber"], entry["EndUserOptedOut"]) == (USER, True)
    [reply] = pinpoint_outbox
    assert reply is received.reply
    assert (
        reply.destination_phone_number,
        reply.origination_number,
        reply.message_body,
        reply.in_reply_to,
        reply.operation,
    ) == (USER, number["PhoneNumber"], MANDATORY_KEYWORDS["STOP"][1], received.inbound_message_id, None)
    response = client_error(
        pinpoint_client.send_text_message,
        DestinationPhoneNumber=USER,
        OriginationIdentity=number["PhoneNumberId"],
        MessageBody="still there?",
    )
    assert error(response) == ("ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT")


@pytest.mark.parametrize("body", ["STOP!", "stop 🛑", "Stop🛑", "stop.", "  STOP!!! \n", "unsubscribe!"])
def test_punctuation_emoji_and_spaces_after_an_opt_out_word_still_opt_out(
    pinpoint_client: Any, pinpoint_mock: Any, body: str
) -> None:
    number = request_number(pinpoint_client)
    received = pinpoint_mock.backend().receive_message(
        origination_number=USER, destination_number=number["PhoneNumber"], message_body=body
    )
    assert (received.keyword, received.keyword_action, received.opt_out_list_name) == (
        "STOP",
        "OPT_OUT",
        "Default",
    )
    [entry] = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"]
    assert (entry["OptedOutNumber"], entry["EndUserOptedOut"]) == (USER, True)


def test_a_word_that_only_starts_with_stop_does_not_opt_out(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    number = request_number(pinpoint_client)
    for body in ("STOPPED by the shop", "stop2", "Ending soon"):
        received = pinpoint_mock.backend().receive_message(
            origination_number=USER, destination_number=number["PhoneNumber"], message_body=body
        )
        assert (received.keyword, received.opt_out_list_name) == (None, None)
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"] == []


def test_an_opt_in_keyword_removes_the_sender(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    number = request_number(
        pinpoint_client,
        OptOutListName=pinpoint_client.create_opt_out_list(OptOutListName="Mine")["OptOutListName"],
    )
    pinpoint_client.put_keyword(
        OriginationIdentity=number["PhoneNumberId"],
        Keyword="START",
        KeywordMessage="Welcome back",
        KeywordAction="OPT_IN",
    )
    backend = pinpoint_mock.backend()
    backend.receive_message(
        origination_number=USER, destination_number=number["PhoneNumber"], message_body="STOP"
    )
    received = backend.receive_message(
        origination_number=USER.removeprefix("+"),
        destination_number=number["PhoneNumber"],
        message_body=" Start again",
    )
    assert (received.keyword, received.keyword_action, received.opt_out_list_name) == (
        "START",
        "OPT_IN",
        "Mine",
    )
    assert received.reply is not None
    assert received.reply.message_body == "Welcome back"
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Mine")["OptedOutNumbers"] == []
    never_out = backend.receive_message(
        origination_number="+12065550198", destination_number=number["PhoneNumber"], message_body="start"
    )
    assert (never_out.keyword_action, never_out.opt_out_list_name) == ("OPT_IN", "Mine")
    pinpoint_client.send_text_message(
        DestinationPhoneNumber=USER, OriginationIdentity=number["PhoneNumberId"], MessageBody="hello again"
    )


def test_an_automatic_response_is_recorded_in_the_outbox(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    number = request_number(pinpoint_client)
    pinpoint_client.put_keyword(
        OriginationIdentity=number["PhoneNumberId"], Keyword="HOURS", KeywordMessage="9 to 5"
    )
    received = pinpoint_mock.backend().receive_message(
        origination_number=USER, destination_number=number["PhoneNumber"], message_body="hours please"
    )
    assert (received.keyword, received.keyword_action, received.opt_out_list_name) == (
        "HOURS",
        "AUTOMATIC_RESPONSE",
        None,
    )
    assert [
        (m.message_body, m.destination_phone_number, m.channel, m.encoding, m.parts) for m in pinpoint_outbox
    ] == [("9 to 5", USER, "SMS", "GSM", 1)]
    assert pinpoint_mock.backend().received_messages == [received]


@pytest.mark.parametrize(
    ("body", "matched"),
    [
        ("help", "HELP"),
        ("  Help me  ", "HELP"),
        ("helpful", None),  # a whole word, not a prefix
        ("please help", None),  # the first word
        ("opening hours", "OPENING HOURS"),  # a keyword of several words: the first words
        ("opening", "OPENING"),
        ("Opening Hours today", "OPENING HOURS"),  # the longest keyword that matches
        ("hello", None),
        ("", None),
        ("Help!", "HELP"),  # what follows a word that is no letter or digit is not part of it
        ("help?!  \t", "HELP"),
        ("help 🆘", "HELP"),
        ("help🆘", "HELP"),
        ("opening, hours!", "OPENING HOURS"),
        ("help2", None),  # a digit is part of the word
        ("helpé", None),  # so is any letter
        ("¿help?", None),  # the message begins with the keyword, or matches none
    ],
)
def test_a_message_matches_a_keyword_by_its_first_words_case_insensitively(
    pinpoint_client: Any, pinpoint_mock: Any, body: str, matched: str | None
) -> None:
    number = request_number(pinpoint_client)
    for word in ("OPENING", "opening hours"):
        pinpoint_client.put_keyword(
            OriginationIdentity=number["PhoneNumberId"], Keyword=word, KeywordMessage="9 to 5"
        )
    received = pinpoint_mock.backend().receive_message(
        origination_number=USER, destination_number=number["PhoneNumber"], message_body=body
    )
    assert received.keyword == matched
    assert (received.reply is None) == (matched is None)


def test_a_number_in_a_pool_answers_with_the_pools_keywords_then_its_own(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    pool = new_pool(pinpoint_client)
    member = pinpoint_client.list_pool_origination_identities(PoolId=pool["PoolId"])["OriginationIdentities"][
        0
    ]
    pinpoint_client.put_keyword(
        OriginationIdentity=pool["PoolId"], Keyword="INFO", KeywordMessage="the pool's"
    )
    pinpoint_client.put_keyword(
        OriginationIdentity=member["OriginationIdentity"], Keyword="INFO", KeywordMessage="mine"
    )
    pinpoint_client.put_keyword(
        OriginationIdentity=member["OriginationIdentity"], Keyword="ONLY", KeywordMessage="only mine"
    )
    backend = pinpoint_mock.backend()
    replies = [
        backend.receive_message(
            origination_number=USER, destination_number=member["PhoneNumber"], message_body=body
        )
        for body in ("info", "only")
    ]
    assert [(r.reply.message_body, r.reply.pool_id) for r in replies if r.reply] == [
        ("the pool's", pool["PoolId"]),
        ("only mine", pool["PoolId"]),
    ]


def test_required_opt_out_words_opt_out_in_the_us_and_canada_only(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    american = backend.seed_phone_number()
    british = backend.seed_phone_number(iso_country_code="GB")
    for word in ("unsubscribe", "END", "arret"):
        received = backend.receive_message(
            origination_number=f"+1206555{len(word):04d}",
            destination_number=american.phone_number,
            message_body=word,
        )
        assert (received.keyword, received.keyword_action) == ("STOP", "OPT_OUT")
    received = backend.receive_message(
        origination_number="+447700900555",
        destination_number=british.phone_number,
        message_body="unsubscribe",
    )
    assert (received.keyword, received.reply) == (None, None)
    listed = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"]
    assert [entry["OptedOutNumber"] for entry in listed] == ["+12065550011", "+12065550003", "+12065550005"]


def test_on_a_us_toll_free_number_stop_alone_opts_out(pinpoint_client: Any, pinpoint_mock: Any) -> None:
    backend = pinpoint_mock.backend()
    toll_free = backend.seed_phone_number(number_type="TOLL_FREE")  # seeded: ACTIVE
    canadian = backend.seed_phone_number(iso_country_code="CA", number_type="TOLL_FREE")
    for word in ("unsubscribe", "CANCEL", "arret", "end", "quit", "opt-out", "optout", "remove", "td"):
        received = backend.receive_message(
            origination_number=USER, destination_number=toll_free.phone_number, message_body=word
        )
        assert (received.keyword, received.reply, received.opt_out_list_name) == (None, None, None)
    received = backend.receive_message(
        origination_number="+12065550123", destination_number=canadian.phone_number, message_body="cancel"
    )
    assert received.keyword == "STOP"  # a Canadian toll-free number takes every required word
    received = backend.receive_message(
        origination_number=USER, destination_number=toll_free.phone_number, message_body="Stop!"
    )
    assert (received.keyword, received.keyword_action, received.opt_out_list_name) == (
        "STOP",
        "OPT_OUT",
        "Default",
    )
    listed = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"]
    assert [entry["OptedOutNumber"] for entry in listed] == ["+12065550123", USER]


def test_a_us_toll_free_number_takes_no_other_opt_out_keyword_and_keeps_its_stop_message(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    toll_free = pinpoint_mock.backend().seed_phone_number(number_type="TOLL_FREE").phone_number_id
    for word, message, action in [
        ("CANCEL", "Bye", "OPT_OUT"),
        ("STOP", "Bye now", None),
        ("STOP", "Bye now", "OPT_OUT"),
    ]:
        arguments = {"KeywordAction": action} if action else {}
        response = client_error(
            pinpoint_client.put_keyword,
            OriginationIdentity=toll_free,
            Keyword=word,
            KeywordMessage=message,
            **arguments,
        )
        assert error(response) == ("ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED")
        assert (response["ResourceType"], response["ResourceId"]) == ("keyword", word)
    pinpoint_client.put_keyword(OriginationIdentity=toll_free, Keyword="INFO", KeywordMessage="Hours: 9-5")
    response = client_error(  # nor may an existing keyword become one
        pinpoint_client.put_keyword,
        OriginationIdentity=toll_free,
        Keyword="INFO",
        KeywordMessage="Hours: 9-5",
        KeywordAction="OPT_OUT",
    )
    assert error(response) == ("ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED")
    for word in ("START", "UNSTOP"):  # how the user guide says to let users resubscribe
        pinpoint_client.put_keyword(
            OriginationIdentity=toll_free, Keyword=word, KeywordMessage="Welcome back", KeywordAction="OPT_IN"
        )
    pinpoint_client.put_keyword(OriginationIdentity=toll_free, Keyword="HELP", KeywordMessage="Call us")
    assert keywords(pinpoint_client, toll_free) == [
        ("HELP", "AUTOMATIC_RESPONSE"),
        ("STOP", "OPT_OUT"),
        ("INFO", "AUTOMATIC_RESPONSE"),
        ("START", "OPT_IN"),
        ("UNSTOP", "OPT_IN"),
    ]
    [stop] = pinpoint_client.describe_keywords(OriginationIdentity=toll_free, Keywords=["STOP"])["Keywords"]
    assert stop["KeywordMessage"] == MANDATORY_KEYWORDS["STOP"][1]


def test_a_us_toll_free_number_resubscribes_with_start_and_passes_over_a_pools_opt_out_keyword(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    toll_free = backend.seed_phone_number(number_type="TOLL_FREE")
    pool = backend.seed_pool([toll_free])
    for word, action in (("CANCEL", "OPT_OUT"), ("START", "OPT_IN")):
        pinpoint_client.put_keyword(
            OriginationIdentity=pool.pool_id, Keyword=word, KeywordMessage="ok", KeywordAction=action
        )
    said = [
        backend.receive_message(
            origination_number=USER, destination_number=toll_free.phone_number, message_body=body
        )
        for body in ("cancel", "STOP", "start")
    ]
    assert [(r.keyword, r.opt_out_list_name) for r in said] == [
        (None, None),  # the pool's OPT_OUT keyword does not opt out of a toll-free number
        ("STOP", "Default"),
        ("START", "Default"),
    ]
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"] == []


def test_a_us_toll_free_number_in_a_pool_answers_stop_with_its_own_message_not_the_pools(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    toll_free = backend.seed_phone_number(number_type="TOLL_FREE")
    long_code = backend.seed_phone_number(number_type="LONG_CODE")
    pool = backend.seed_pool([toll_free, long_code])
    pinpoint_client.put_keyword(
        OriginationIdentity=pool.pool_id, Keyword="STOP", KeywordMessage="Bye from the pool"
    )
    [own_stop] = pinpoint_client.describe_keywords(
        OriginationIdentity=toll_free.phone_number_id, Keywords=["STOP"]
    )["Keywords"]
    replies = [
        backend.receive_message(
            origination_number=USER, destination_number=number.phone_number, message_body=body
        )
        for number, body in ((toll_free, "STOP"), (toll_free, "Stop!"), (long_code, "STOP"))
    ]
    assert [(r.keyword, r.reply.message_body if r.reply else None) for r in replies] == [
        ("STOP", own_stop["KeywordMessage"]),
        ("STOP", own_stop["KeywordMessage"]),
        ("STOP", "Bye from the pool"),  # a long code in the same pool answers with the pool's
    ]


def test_a_number_waiting_for_its_registration_receives_nothing(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    pending = request_number(pinpoint_client, NumberType="TOLL_FREE")
    assert pending["Status"] == "PENDING"
    with pytest.raises(ValueError, match="PENDING"):
        backend.receive_message(
            origination_number=USER, destination_number=pending["PhoneNumber"], message_body="HELP"
        )
    assert (backend.received_messages, backend.sent_messages) == ([], [])


def test_with_self_managed_opt_outs_help_stop_and_opt_keywords_do_nothing(
    pinpoint_client: Any, pinpoint_mock: Any, pinpoint_outbox: list[SentMessage]
) -> None:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number(self_managed_opt_outs_enabled=True)
    pinpoint_client.put_keyword(
        OriginationIdentity=number.phone_number_id,
        Keyword="JOIN",
        KeywordMessage="hi",
        KeywordAction="OPT_IN",
    )
    pinpoint_client.put_keyword(
        OriginationIdentity=number.phone_number_id, Keyword="HOURS", KeywordMessage="9 to 5"
    )
    silent = [
        backend.receive_message(
            origination_number=USER, destination_number=number.phone_number, message_body=body
        )
        for body in ("STOP", "HELP", "JOIN", "quit")
    ]
    assert [(r.keyword, r.reply) for r in silent] == [(None, None)] * 4
    assert pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"] == []
    received = backend.receive_message(
        origination_number=USER, destination_number=number.phone_number, message_body="hours"
    )
    assert [m.message_body for m in pinpoint_outbox] == ["9 to 5"]
    assert received.keyword == "HOURS"


def test_a_stop_from_a_number_already_opted_out_by_the_api_marks_it_the_end_users(
    pinpoint_client: Any, pinpoint_mock: Any
) -> None:
    backend = pinpoint_mock.backend()
    number = backend.seed_phone_number()
    pinpoint_client.put_opted_out_number(OptOutListName="Default", OptedOutNumber=USER)
    backend.receive_message(
        origination_number=USER, destination_number=number.phone_number, message_body="STOP"
    )
    [entry] = pinpoint_client.describe_opted_out_numbers(OptOutListName="Default")["OptedOutNumbers"]
    assert entry["EndUserOptedOut"] is True


@pytest.mark.parametrize(
    ("origination", "destination", "body", "message"),
    [
        (None, "+12065550100", "STOP", "origination_number must be a phone number"),
        ("12 34", "+12065550100", "STOP", "origination_number must be a phone number"),
        (USER, "+1-206", "STOP", "destination_number must be a phone number"),
        (USER, "+12065550100", None, "message_body must be a string, not None"),
    ],
)
def test_a_message_the_api_could_not_carry_is_a_value_error(
    pinpoint_client: Any, pinpoint_mock: Any, origination: Any, destination: Any, body: Any, message: str
) -> None:
    pinpoint_client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="LONG_CODE"
    )
    with pytest.raises(ValueError, match=message):
        pinpoint_mock.backend().receive_message(
            origination_number=origination, destination_number=destination, message_body=body
        )
    assert pinpoint_mock.backend().received_messages == []


def test_a_message_to_a_number_the_account_does_not_have_is_a_value_error(pinpoint_mock: Any) -> None:
    with pytest.raises(ValueError, match=r"\+12065550100 is not a phone number of this account"):
        pinpoint_mock.backend().receive_message(
            origination_number=USER, destination_number="+12065550100", message_body="STOP"
        )


def test_a_pool_made_from_a_number_takes_copies_of_its_keywords(pinpoint_client: Any) -> None:
    number = request_number(pinpoint_client)["PhoneNumberId"]
    pinpoint_client.put_keyword(OriginationIdentity=number, Keyword="info", KeywordMessage="Acme alerts")
    pool = pinpoint_client.create_pool(OriginationIdentity=number, MessageType="TRANSACTIONAL")["PoolId"]
    assert [word for word, _ in keywords(pinpoint_client, pool)] == ["HELP", "STOP", "INFO"]
    pinpoint_client.put_keyword(OriginationIdentity=pool, Keyword="hours", KeywordMessage="9 to 5")
    assert [word for word, _ in keywords(pinpoint_client, number)] == ["HELP", "STOP", "INFO"]
