"""What makes a test cheap must not make it see another test: the Session template and what it shares.

Inside ``mock_pinpoint`` botocore Sessions start from a template (``sessions.py``, ``emitters.py``) and
``pinpoint_client`` keeps its Session while the environment is unchanged (``kept_session.py``); moto's
per-start registrations are reused (``activation.py``). Each test here pins down a guarantee one of those
could break: the environment a test sets is honoured, no client or handler crosses from one test to the
next, the user's own default session outside the mock is left alone, a Session made here behaves as
botocore's own, and moto answers ``requests`` as it did.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Final

import boto3
import botocore.client
import botocore.credentials
import botocore.session
import pytest
import requests
from botocore.credentials import CredentialProvider, CredentialResolver, Credentials
from botocore.handlers import BUILTIN_HANDLERS
from botocore.hooks import EventAliaser, HierarchicalEmitter
from moto import mock_aws
from moto.core.models import responses_mock

from pinpoint_fake import emitters, kept_session, mock_pinpoint, sessions
from pinpoint_fake.pytest_plugin import new_client

SERVICE: Final = "pinpoint-sms-voice-v2"
# Every event a describe_pools call emits, as botocore names them (the client's, the operation's).
EVENTS: Final = [
    f"{stage}.{SERVICE}.DescribePools"
    for stage in (
        "provide-client-params",
        "before-parameter-build",
        "before-call",
        "request-created",
        "choose-signer",
        "before-sign",
        "before-send",
        "needs-retry",
        "after-call",
    )
] + [
    f"creating-client-class.{SERVICE}",
    "choose-service-name",
    "before-endpoint-resolution.pinpoint-sms-voice",
]


def handler_names(client: Any, event: str) -> list[str]:
    """The handlers ``client`` runs for ``event``, by name (bound methods of another client differ)."""
    emitter = client.meta.events._emitter
    return [
        getattr(handler, "__qualname__", type(handler).__qualname__)
        for handler in emitter._handlers.prefix_search(event)
    ]


@pytest.fixture
def no_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No AWS_* variable and no config files of the machine's: each test sets what it means to test."""
    for name in [name for name in os.environ if name.startswith("AWS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    return tmp_path


# -- the environment a test sets is honoured -----------------------------------------------------------------


@pytest.mark.parametrize("region", ["eu-west-1", "ap-southeast-2"])
def test_a_region_set_in_the_environment_is_honoured_by_boto3_client(
    no_aws_environment: Path, monkeypatch: pytest.MonkeyPatch, region: str
) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", region)
    with mock_pinpoint():
        assert boto3.client(SERVICE).meta.region_name == region


def test_a_region_changed_between_two_mocks_is_honoured(
    no_aws_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    for region in ("eu-west-1", "us-west-2"):
        monkeypatch.setenv("AWS_DEFAULT_REGION", region)
        with mock_pinpoint():
            seen.append(boto3.client(SERVICE).meta.region_name)
    assert seen == ["eu-west-1", "us-west-2"]


def test_a_profile_and_its_config_file_are_read_afresh(
    no_aws_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``AWS_PROFILE`` and the config file's content, changed between mocks, reach both kinds of client."""
    config = no_aws_environment / "config"
    seen = []
    for attempts, profile in ((3, "first"), (7, "second"), (9, "second")):
        config.write_text(
            f"[profile {profile}]\nregion = eu-central-1\nmax_attempts = {attempts}\n"
            f"[profile other]\nmax_attempts = 2\n"
        )
        monkeypatch.setenv("AWS_PROFILE", profile)
        with mock_pinpoint():
            default, plugin = boto3.client(SERVICE), new_client("us-east-1")
            seen.append((default.meta.region_name, default.meta.config.retries, plugin.meta.config.retries))
    assert [
        (region, own["total_max_attempts"], theirs["total_max_attempts"]) for region, own, theirs in seen
    ] == [
        ("eu-central-1", 3, 3),
        ("eu-central-1", 7, 7),
        ("eu-central-1", 9, 9),
    ]


def test_credentials_are_the_ones_of_the_environment_of_each_mock(
    no_aws_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """moto's fake credentials in a mock that sets them; the caller's own where moto is told not to."""
    with mock_pinpoint():
        faked = new_client("us-east-1")._request_signer._credentials.access_key
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "example")
    with mock_pinpoint(config={"core": {"mock_credentials": False}}):
        own = new_client("us-east-1")._request_signer._credentials.access_key
        default = boto3.client(SERVICE, region_name="us-east-1")._request_signer._credentials.access_key
    assert (faked, own, default) == ("FOOBARKEY", "AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE")


def test_an_explicit_profile_takes_its_credentials_from_the_profile(
    no_aws_environment: Path,
) -> None:
    """As with botocore: a profile given to the Session skips the environment's keys (moto's, here)."""
    (no_aws_environment / "credentials").write_text(
        "[partner]\naws_access_key_id = AKIDPARTNEREXAMPLE\naws_secret_access_key = example\n"
    )
    with mock_pinpoint():
        explicit = boto3.Session(profile_name="partner").get_credentials()
        default = boto3.Session().get_credentials()
    assert (explicit and explicit.access_key, default and default.access_key) == (
        "AKIDPARTNEREXAMPLE",
        "FOOBARKEY",
    )


def test_without_keys_in_the_environment_botocores_chain_finds_them(no_aws_environment: Path) -> None:
    """moto told not to set its keys, none in the environment: botocore's chain reads the file."""
    (no_aws_environment / "credentials").write_text(
        "[default]\naws_access_key_id = AKIDFILEEXAMPLE\naws_secret_access_key = example\n"
    )
    with mock_pinpoint(config={"core": {"mock_credentials": False}}):
        credentials = boto3.Session().get_credentials()
    assert (credentials and credentials.access_key, credentials and credentials.method) == (
        "AKIDFILEEXAMPLE",
        "shared-credentials-file",
    )


def test_a_provider_inserted_before_the_environment_is_asked_first() -> None:
    """Whoever touches a Session's resolver gets botocore's whole chain, and it alone answers from then on."""

    class Inserted(CredentialProvider):
        METHOD = "inserted"

        def load(self) -> Credentials:
            return Credentials("AKIDINSERTEDEXAMPLE", "example")

    with mock_pinpoint():
        session = botocore.session.get_session()
        session.get_component("credential_provider").insert_before("env", Inserted())
        credentials = session.get_credentials()
    assert credentials is not None
    assert credentials.access_key == "AKIDINSERTEDEXAMPLE"


def test_a_data_path_set_in_the_environment_is_searched(
    no_aws_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_DATA_PATH", str(no_aws_environment / "models"))
    with mock_pinpoint():
        paths = boto3.Session()._loader.search_paths
    assert str(no_aws_environment / "models") in paths


# -- nothing crosses from one test to the next ---------------------------------------------------------------


def test_clients_and_default_sessions_of_two_mocks_share_no_handler() -> None:
    """A handler a test registers on its client, or on boto3's default session, is not in the next test's."""
    calls: list[str] = []

    def spy(**kwargs: Any) -> None:
        calls.append("called")

    with mock_pinpoint():
        first, first_default = new_client("us-east-1"), boto3.client(SERVICE, region_name="us-east-1")
        first.meta.events.register("before-call", spy)
        assert boto3.DEFAULT_SESSION is not None
        boto3.DEFAULT_SESSION.events.register("before-call", spy)
        first_session = boto3.DEFAULT_SESSION
    with mock_pinpoint():
        second, second_default = new_client("us-east-1"), boto3.client(SERVICE, region_name="us-east-1")
        second.describe_pools()
        second_default.describe_pools()
        assert boto3.DEFAULT_SESSION is not first_session
    assert (second is first, second_default is first_default, calls) == (False, False, [])


def test_each_pinpoint_client_has_a_class_of_its_own() -> None:
    """The kept Session rebuilds its clients' classes from the first one: still one class per client."""
    with mock_pinpoint():
        first = new_client("us-east-1")
        type(first).left_behind = "by the first test"  # type: ignore[attr-defined]
    with mock_pinpoint():
        second = new_client("us-east-1")
    with mock_aws():
        own = botocore.session.Session().create_client(SERVICE, region_name="us-east-1")
    assert (type(second) is type(first), hasattr(second, "left_behind")) == (False, False)
    assert (type(second).__name__, type(second).__mro__[1:]) == (type(own).__name__, type(first).__mro__[1:])
    assert sorted(vars(type(second))) == sorted(vars(type(own)))


def test_a_botocore_that_passes_its_client_factory_more_makes_every_client_as_it_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The kept Session's shortcuts are installed on botocore's ``ClientCreator`` for the whole process: a
    botocore whose ``create_client`` passes its helpers one more keyword (a release may) gets each client,
    the kept Session's and any other, from its own helpers with what it passed."""
    creator: Any = botocore.client.ClientCreator
    seen: list[tuple[str, str]] = []
    make_class, load_model, create = (
        creator._create_client_class,
        creator._load_service_model,
        creator.create_client,
    )

    def newer_make_class(self: Any, service_name: str, service_model: Any, *, flavour: str) -> Any:
        seen.append(("class", flavour))
        return make_class(self, service_name, service_model)

    def newer_load_model(self: Any, service_name: str, api_version: Any = None, *, flavour: str) -> Any:
        seen.append(("model", flavour))
        return load_model(self, service_name, api_version)

    def newer_create_client(self: Any, *args: Any, **kwargs: Any) -> Any:
        made, loaded = self._create_client_class, self._load_service_model  # as installed on the class
        self._create_client_class = lambda *called: made(*called, flavour="newer")
        self._load_service_model = lambda *called: loaded(*called, flavour="newer")
        return create(self, *args, **kwargs)

    monkeypatch.setattr(creator, "_create_client_class", newer_make_class)
    monkeypatch.setattr(creator, "_load_service_model", newer_load_model)
    monkeypatch.setattr(creator, "create_client", newer_create_client)
    kept_session._install_class_rebuilding()  # as at the first new_client() of a process on that botocore
    with mock_pinpoint():
        pools = [
            client.describe_pools()["Pools"] for client in (new_client("us-east-1"), new_client("us-east-1"))
        ]
        pools.append(boto3.client(SERVICE, region_name="us-east-1").describe_pools()["Pools"])
    assert pools == [[], [], []]
    assert seen == [("model", "newer"), ("class", "newer")] * 3


def test_the_users_default_session_outside_the_mock_is_left_as_it_was() -> None:
    boto3.setup_default_session(region_name="eu-west-2")
    own = boto3.DEFAULT_SESSION
    try:
        with mock_pinpoint():
            inside = boto3.client(SERVICE, region_name="us-east-1")
            assert boto3.DEFAULT_SESSION is not own
        assert (boto3.DEFAULT_SESSION is own, own.region_name, inside.meta.region_name) == (
            True,
            "eu-west-2",
            "us-east-1",
        )
    finally:
        boto3.DEFAULT_SESSION = None


def test_outside_the_mock_and_under_plain_mock_aws_sessions_are_botocores_own() -> None:
    def emitter_type() -> type:
        return type(botocore.session.get_session().get_component("event_emitter"))

    outside = emitter_type()
    with mock_aws():
        under_mock_aws = emitter_type()
    with mock_pinpoint():
        inside = emitter_type()
    assert (outside, under_mock_aws, inside is EventAliaser) == (EventAliaser, EventAliaser, False)


# -- a templated Session behaves as botocore's own -----------------------------------------------------------


def test_a_templated_client_runs_the_handlers_botocores_own_client_runs() -> None:
    with mock_pinpoint():
        templated = boto3.client(SERVICE, region_name="us-east-1")
    with mock_aws():  # botocore's own Session here, and moto's credentials
        own = botocore.session.Session().create_client(SERVICE, region_name="us-east-1")
    assert {event: handler_names(templated, event) for event in EVENTS} == {
        event: handler_names(own, event) for event in EVENTS
    }


@pytest.fixture
def late_handler() -> Iterator[list[str]]:
    """A built-in handler added after the template was made (as a conftest or a library may add one)."""
    calls: list[str] = []

    def late(**kwargs: Any) -> None:
        calls.append("late")

    entry = (f"before-call.{SERVICE}", late)
    with mock_pinpoint():
        boto3.client(SERVICE, region_name="us-east-1")  # the template exists before the handler is added
    BUILTIN_HANDLERS.append(entry)
    try:
        yield calls
    finally:
        BUILTIN_HANDLERS.remove(entry)


def test_a_handler_added_to_botocore_after_the_template_was_made_runs(late_handler: list[str]) -> None:
    with mock_pinpoint():
        boto3.client(SERVICE, region_name="us-east-1").describe_pools()
        new_client("us-east-1").describe_pools()
    assert late_handler == ["late", "late"]


def test_the_shared_loader_does_not_grow_a_search_path_per_session() -> None:
    with mock_pinpoint():
        lengths = {len(boto3.Session()._loader.search_paths) for _ in range(5)}
    assert len(lengths) == 1


def test_the_template_shares_its_nodes_with_its_copies() -> None:
    """If botocore changed its emitter, the template would fall back to botocore's own: the suite says so."""
    template: Any = emitters.builtin_emitter()
    assert (type(template), type(template._handlers)) == (emitters.Emitter, emitters.SharedTrie)


def test_a_handler_registered_or_removed_on_one_copy_stays_in_that_copy() -> None:
    """Session and clients share the template's handler trie until they change it; no change crosses."""
    calls: list[str] = []
    event = f"before-call.{SERVICE}.DescribePools"

    def spy(name: str) -> Any:
        def handler(**kwargs: Any) -> None:
            calls.append(name)

        return handler

    with mock_pinpoint():
        session = boto3.Session()
        first = session.client(SERVICE, region_name="us-east-1")
        second = session.client(SERVICE, region_name="us-east-1")
        first.meta.events.register(event, spy("first"))
        session.events.register(event, spy("session"))
        third = session.client(SERVICE, region_name="us-east-1")
        for client in (first, second, third):
            client.describe_pools()
        # each client of this service took moto's generic before-send handler off its own copy: a client of
        # another service, from the same Session and from a new one, still has it, so moto answers them
        queues = session.client("sqs", region_name="us-east-1").list_queues()
        topics = boto3.client("sns", region_name="us-east-1").list_topics()
    assert calls == ["first", "session"]
    assert (queues.get("QueueUrls", []), topics["Topics"]) == ([], [])


# -- moto's registrations, reused ----------------------------------------------------------------------------


def registrations() -> list[tuple[str, str, Any, int]]:
    return [
        (
            response.method,
            getattr(response.url, "pattern", response.url),
            response.callback,
            response.call_count,
        )
        for response in responses_mock.registered()
    ]


def test_moto_registers_what_it_registers_itself_and_answers_requests() -> None:
    """Code that calls AWS through ``requests`` is answered by moto (no socket: responses answers it); each
    start of a ``mock_pinpoint`` registers what a plain ``mock_aws`` registers, with no call left over."""
    with mock_pinpoint():
        topics = {"Action": "ListTopics"}
        listed = requests.post("https://sns.us-east-1.amazonaws.com/", data=topics, timeout=5)
        used = registrations()
    with mock_pinpoint():
        reused = registrations()
        ours = {id(response) for response in responses_mock.registered()}
    with mock_aws():
        motos = registrations()
        fresh = {id(response) for response in responses_mock.registered()}
    assert (listed.status_code, "<ListTopicsResponse" in listed.text) == (200, True)
    assert sum(count for *_, count in used) == 1  # the call was recorded where moto records it
    assert (reused, len(reused)) == (motos, len(motos))  # and the next start starts without it
    assert ours & fresh == set()  # a plain mock_aws builds its own, as moto does


# -- a botocore or moto built otherwise gets its own behaviour back ------------------------------------------


def test_an_emitter_that_differs_from_botocores_is_not_used_as_the_template() -> None:
    ours = emitters.Emitter()
    botocore.session.Session(event_hooks=ours)
    theirs = HierarchicalEmitter()
    botocore.session.Session(event_hooks=theirs)
    assert emitters._works_as_botocores(ours, theirs) is True
    assert emitters._works_as_botocores(ours, HierarchicalEmitter()) is False  # other handlers
    assert emitters._works_as_botocores(HierarchicalEmitter(), theirs) is False  # not a shared trie
    assert emitters._works_as_botocores(object(), theirs) is False  # type: ignore[arg-type]


def test_unregistering_what_is_not_there_changes_nothing_as_in_botocore() -> None:
    def handler(**kwargs: Any) -> None:
        pass

    copied: Any = copy.copy(emitters.builtin_emitter())
    before = emitters._plain(copied._handlers._root)
    copied.unregister("pinpoint-fake-nowhere.at.all", handler)
    copied.unregister(f"before-call.{SERVICE}", handler)
    assert emitters._plain(copied._handlers._root) == before


def test_a_credential_chain_that_does_not_start_with_the_environment_is_botocores_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(session: Any) -> Any:
        raise RuntimeError("a botocore built otherwise")

    with mock_pinpoint():
        sessions.botocore_session().get_credentials()  # the order of botocore's own chain, seen first
    monkeypatch.setattr(sessions, "_create_chain", broken)
    with mock_pinpoint():
        resolver = sessions.botocore_session().get_component("credential_provider")
    assert type(resolver) is CredentialResolver


def test_a_credential_chain_a_test_patches_in_is_used_as_botocore_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """botocore's chain factory replaced after a session was made: the fake's sessions sign with its keys,
    as botocore's own do, not with the environment's that the chain it saw first would have asked first."""

    class Vault(CredentialProvider):
        METHOD = "vault"

        def load(self) -> Credentials:
            return Credentials("VAULTKEY", "vault-secret")

    def vault_first(session: Any, **kwargs: Any) -> CredentialResolver:
        return CredentialResolver(providers=[Vault()])

    with mock_pinpoint():
        sessions.botocore_session().get_credentials()  # the order of botocore's own chain, seen first
    monkeypatch.setattr(botocore.credentials, "create_credential_resolver", vault_first)
    with mock_pinpoint():
        ours = sessions.botocore_session().get_credentials()
        theirs = botocore.session.Session().get_credentials()
    assert (ours.access_key, theirs.access_key) == ("VAULTKEY", "VAULTKEY")


def test_the_credential_resolver_hands_on_everything_but_dunders_to_botocores_chain() -> None:
    with mock_pinpoint():
        resolver = sessions.botocore_session().get_component("credential_provider")
        assert type(resolver) is sessions._EnvironmentFirst
        assert not hasattr(resolver, "__wrapped__")
        assert resolver.get_provider("env").METHOD == "env"  # botocore's chain, built on demand


def test_an_aliaser_other_than_botocores_is_left_as_it_is() -> None:
    session = botocore.session.Session()
    custom = EventAliaser(HierarchicalEmitter(), event_aliases={"old": "new"})
    session.register_component("event_emitter", custom)
    sessions._share_aliases(session)
    assert type(session.get_component("event_emitter")) is EventAliaser


def test_moto_built_otherwise_registers_as_it_always_did(monkeypatch: pytest.MonkeyPatch) -> None:
    import moto.core.models

    from pinpoint_fake import activation

    class Unexpected:  # a response class whose calls are not kept where responses keeps them today
        def __init__(self, **kwargs: Any) -> None:
            self.kwargs = kwargs

    assert activation._registrations() is activation._REGISTRATIONS  # installed once
    monkeypatch.setattr(moto.core.models, "CallbackResponse", Unexpected)
    assert activation._registrations() is None
    monkeypatch.undo()
    monkeypatch.setattr(activation, "_REGISTRATIONS", None)
    with mock_pinpoint():
        assert len(responses_mock.registered()) > 1000  # moto's own, built by moto's class


def test_a_botocore_whose_emitter_cannot_be_shared_gets_its_own_as_the_template(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Unbuildable(HierarchicalEmitter):  # as SharedTrie on a botocore whose private trie changed
        def __init__(self) -> None:
            raise AttributeError("_root")

    monkeypatch.setattr(emitters, "Emitter", Unbuildable)
    monkeypatch.setattr(emitters, "_template", None)
    with mock_pinpoint():
        pools = boto3.client(SERVICE, region_name="us-east-1").describe_pools()["Pools"]
        fixtures = new_client("us-east-1").describe_pools()["Pools"]
    assert type(emitters.builtin_emitter()) is HierarchicalEmitter
    assert (pools, fixtures) == ([], [])


def test_moto_calling_its_response_class_otherwise_gets_moto_s_own_responses() -> None:
    """A response is reused only for the call moto 5.2 makes (keywords method, url, callback); a later moto
    that calls the class otherwise gets what the class makes of that call."""
    from pinpoint_fake import activation

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def original(*args: Any, **kwargs: Any) -> object:
        calls.append((args, kwargs))
        return SimpleNamespace(_calls=SimpleNamespace(_calls=[]))  # responses' own list of calls, empty

    reused = activation._Registrations(original, (print,))
    reused.reusing = True
    positional = reused("GET", "https://a.invalid/", print)
    extra = reused(method="GET", url="u", callback=print, x=1)
    first, again = (reused(method="GET", url="https://a.invalid/", callback=print) for _ in range(2))
    others = [reused(method="GET", url="https://a.invalid/", callback=len) for _ in range(2)]  # not moto's
    reuses = (positional is first, extra is first, again is first, others[0] is others[1])
    assert reuses == (False, False, True, False)
    assert calls == [
        (("GET", "https://a.invalid/", print), {}),
        ((), {"method": "GET", "url": "u", "callback": print, "x": 1}),
        ((), {"method": "GET", "url": "https://a.invalid/", "callback": print}),
        *[((), {"method": "GET", "url": "https://a.invalid/", "callback": len})] * 2,
    ]


@pytest.mark.parametrize("change", ["no not_implemented_callback", "a response class called otherwise"])
def test_moto_without_what_the_registrations_read_keeps_its_own_class(
    monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    import moto.core.models

    from pinpoint_fake import activation

    assert activation._REGISTRATIONS is not None
    original = activation._REGISTRATIONS.original
    if change == "no not_implemented_callback":
        monkeypatch.setattr(moto.core.models, "CallbackResponse", original)
        monkeypatch.delattr(moto.core.models, "not_implemented_callback")
    else:

        def called_otherwise(request: Any, *, pattern: Any) -> Any:
            raise AssertionError("not reached")

        monkeypatch.setattr(moto.core.models, "CallbackResponse", called_otherwise)
    kept = moto.core.models.CallbackResponse
    assert activation._registrations() is None
    assert moto.core.models.CallbackResponse is kept


# botocore and moto keep using these names themselves: what the package sees of their modules (the objects
# that ``botocore.hooks`` and ``moto.core.models`` name) lacks them, as a release that renamed them would.
WITHOUT_PRIVATE_NAMES = """
import json
import sys
import types

import botocore.hooks
import moto.core.models


def without(module, *names):
    seen = types.ModuleType(module.__name__)
    seen.__dict__.update({key: value for key, value in vars(module).items() if key not in names})
    parent, _, child = module.__name__.rpartition(".")
    setattr(sys.modules[parent], child, seen)
    sys.modules[module.__name__] = seen


without(botocore.hooks, "_PrefixTrie", "_MIDDLE")
without(moto.core.models, "not_implemented_callback")

import boto3

from pinpoint_fake import activation, emitters, mock_pinpoint
from pinpoint_fake.pytest_plugin import new_client

with mock_pinpoint():
    client = boto3.client("pinpoint-sms-voice-v2", region_name="us-east-1")
    number = client.request_phone_number(
        IsoCountryCode="US", MessageType="TRANSACTIONAL", NumberCapabilities=["SMS"], NumberType="SIMULATOR"
    )
    pool = client.create_pool(OriginationIdentity=number["PhoneNumberId"], MessageType="TRANSACTIONAL")
    seen = [found["PoolId"] for found in new_client("us-east-1").describe_pools()["Pools"]]
print(json.dumps({
    "template": type(emitters.builtin_emitter()).__name__,
    "registrations": repr(activation._REGISTRATIONS),
    "pools": seen == [pool["PoolId"]],
}))
"""


def test_without_the_private_names_it_reads_the_package_imports_and_serves_with_botocore_s_and_moto_s_own(
    no_aws_environment: Path,
) -> None:
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(WITHOUT_PRIVATE_NAMES)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout)
    assert outcome == {"template": "HierarchicalEmitter", "registrations": "None", "pools": True}
