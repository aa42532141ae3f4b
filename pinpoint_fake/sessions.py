"""botocore Sessions made from a template: what a test pays for ``boto3.client(...)`` inside a mock.

moto resets ``boto3.DEFAULT_SESSION`` at every start, so the first ``boto3.client(...)`` of each test builds a
new botocore Session: it registers botocore's ~130 built-in handlers one by one (each through the event
aliaser and ``inspect``), then parses botocore's data files (endpoints, partitions, the service model, its
endpoint rules) again. Together that is most of the ~100 ms a moto test spends before its first call.

While a ``mock_pinpoint`` is active (and for the plugin's ``pinpoint_client`` always), a new Session instead

- starts from a copy of a template event emitter that holds the built-in handlers already registered (the
  copy is what botocore itself makes for every client); the template is rebuilt whenever
  ``botocore.handlers.BUILTIN_HANDLERS`` has changed since it was made, so a handler added later (by moto, a
  conftest, or this package) is there as it would be;
- reads the data files through one loader per data path (``AWS_DATA_PATH`` / ``data_path``) for the whole
  run, so each file is parsed once per process.

Nothing else is shared or frozen: credentials, region, profile, config files and every other setting are
resolved by each Session afresh and at the moment botocore would resolve them. What the template does
freeze is the content of the data files after their first read in the run (a model file added under
``~/.aws/models`` while tests run is not seen), as one long-lived Session would.

``botocore.session.get_session`` (which ``boto3.Session()`` calls) is wrapped once: inside a
``mock_pinpoint`` it returns a templated Session; outside, and under a plain ``moto.mock_aws``, it is
botocore's own.
"""

from __future__ import annotations

import copy
import os
import threading
from functools import cache
from typing import Any, cast

import botocore.client
import botocore.session
from botocore import hooks
from botocore.credentials import CredentialResolver, EnvProvider
from botocore.handlers import BUILTIN_HANDLERS
from botocore.hooks import EventAliaser, HierarchicalEmitter, NodeList
from botocore.loaders import Loader
from botocore.session import EVENT_ALIASES

_lock = threading.RLock()
_template_lock = threading.Lock()
_active = 0
_template: tuple[list[Any], HierarchicalEmitter] | None = None


class _Paths(list[str]):
    """A loader's search paths: boto3 appends its own data path to the loader of every Session it wraps, so a
    loader shared by many Sessions would grow one entry a test; a path already there is not added again
    (the first occurrence decides the search order either way)."""

    def append(self, path: str) -> None:
        if path not in self:
            super().append(path)


@cache
def _loader(paths: tuple[str, ...]) -> Loader:
    return Loader(extra_search_paths=_Paths(paths))


def shared_loader(data_path: str | None) -> Loader:
    """The run's loader for a data path, as ``botocore.loaders.create_loader(data_path)`` would make it."""
    if data_path is None:
        return _loader(())
    paths = (os.path.expanduser(os.path.expandvars(path)) for path in data_path.split(os.pathsep))
    return _loader(tuple(paths))


_PrefixTrie: Any = hooks._PrefixTrie  # type: ignore[attr-defined]  # not in botocore's stubs
_MIDDLE: int = hooks._MIDDLE  # type: ignore[attr-defined]


class _SharedTrie(_PrefixTrie):  # type: ignore[misc]
    """botocore's handler trie, whose copies share their nodes until one of them changes.

    Each Session made here copies the template's emitter and each client copies its Session's: botocore copies
    the whole trie (~200 nodes, ~0.5 ms, and ~800 objects left for the garbage collector after every test)
    where a client then changes a few paths. Here a copy shares the root; a trie copies a node (and the path
    to it) before it changes it, and marks the copies it owns. Both the trie copied from and the copy stop
    owning what they share. Searching reads the same nodes botocore's own trie would hold."""

    _root: dict[str, Any]

    def __init__(self) -> None:
        super().__init__()
        self._owner = object()
        self._root["owner"] = self._owner

    def __copy__(self) -> _SharedTrie:
        copied = object.__new__(type(self))
        copied.__dict__ = {"_root": self._root, "_owner": object()}
        self._owner = object()  # what the two share is now read-only to both
        return copied

    def _owned(self, node: dict[str, Any]) -> dict[str, Any]:
        if node.get("owner") is self._owner:
            return node
        values = node["values"]
        if values is not None:  # new lists, the same handlers
            values = NodeList(values.first[:], values.middle[:], values.last[:])
        children = dict(node["children"])
        return {"chunk": node["chunk"], "values": values, "children": children, "owner": self._owner}

    def _own_path(self, key_parts: list[str], create: bool) -> None:
        node = self._root = self._owned(self._root)
        for part in key_parts:
            child = node["children"].get(part)
            if child is None:
                if not create:
                    return
                child = {"chunk": part, "values": None, "children": {}, "owner": self._owner}
            else:
                child = self._owned(child)
            node["children"][part] = child
            node = child

    def append_item(self, key: str, value: Any, section: int = _MIDDLE) -> None:
        self._own_path(key.split("."), create=True)
        super().append_item(key, value, section)

    def remove_item(self, key: str, value: Any) -> None:
        self._own_path(key.split("."), create=False)
        super().remove_item(key, value)


class _Emitter(HierarchicalEmitter):
    """botocore's emitter holding a ``_SharedTrie``: its copies (botocore's own ``__copy__``) cost nothing."""

    def __init__(self) -> None:
        super().__init__()
        self._handlers = _SharedTrie()


def _plain(node: dict[str, Any]) -> dict[str, Any]:
    """A node as botocore's trie holds it (without the owner marks)."""
    children = {chunk: _plain(child) for chunk, child in node["children"].items()}
    return {"chunk": node["chunk"], "values": node["values"], "children": children}


def _probe(**kwargs: Any) -> None:
    """A handler that does nothing (``_works_as_botocores`` registers it on a copy of the template)."""


def _works_as_botocores(ours: HierarchicalEmitter, theirs: HierarchicalEmitter) -> bool:
    """Whether the template holds what botocore's own emitter holds, and a change to a copy of it stays in
    that copy (checked whenever a template is made: a botocore that changed its emitter gets its own back)."""
    try:
        state: Any = vars(ours)
        if (
            set(state) != set(vars(theirs))
            or _plain(state["_handlers"]._root) != vars(theirs)["_handlers"]._root
        ):
            return False
        copied: Any = copy.copy(ours)
        probe = f"pinpoint-fake-probe.{id(copied)}"
        copied.register(probe, _probe)
        seen = (list(copied._handlers.prefix_search(probe)), list(state["_handlers"].prefix_search(probe)))
        copied.unregister(probe, _probe)
        return seen == ([_probe], []) and not copied._handlers.prefix_search(probe)
    except (AttributeError, KeyError, TypeError, ValueError):
        return False


def _builtin_emitter() -> HierarchicalEmitter:
    """The template: an emitter holding the built-in handlers, registered as a Session registers them."""
    global _template
    with _template_lock:
        handlers = list(BUILTIN_HANDLERS)
        if _template is None or _template[0] != handlers:
            emitter: HierarchicalEmitter = _Emitter()
            botocore.session.Session(event_hooks=emitter)  # registers BUILTIN_HANDLERS on ``emitter``
            own = HierarchicalEmitter()
            botocore.session.Session(event_hooks=own)
            _template = (handlers, emitter if _works_as_botocores(emitter, own) else own)
        return _template[1]


_ALIASED: dict[str, str] = {}  # event name -> its name under botocore's EVENT_ALIASES


class _SharedAliases(EventAliaser):
    """botocore's event aliaser, with the memo of aliased event names shared by every aliaser of botocore's
    own aliases (a Session's and the copies its clients make) instead of one memo each.

    Aliasing a name walks all of ``EVENT_ALIASES`` (~90 us); a fresh memo per Session and per client made a
    test pay that for every handler registered and every event emitted the first time (~3 ms a test).
    The result depends on the name and the aliases only, so sharing the memo changes nothing else."""

    def __copy__(self) -> _SharedAliases:
        copied = super().__copy__()
        shared: Any = self
        if shared._alias_name_cache is _ALIASED:
            cast("Any", copied)._alias_name_cache = _ALIASED
        return copied


def _share_aliases(session: botocore.session.Session) -> None:
    aliaser: Any = session.get_component("event_emitter")
    own_aliases = getattr(aliaser, "_event_aliases", None) is EVENT_ALIASES
    if type(aliaser) is EventAliaser and own_aliases and hasattr(aliaser, "_alias_name_cache"):
        aliaser.__class__ = _SharedAliases
        aliaser._alias_name_cache = _ALIASED


class _EnvironmentFirst(CredentialResolver):
    """A templated Session's ``credential_provider``: botocore's chain, built only when something needs it.

    botocore's chain asks the environment's keys first (unless the Session was given a profile explicitly),
    and inside a mock moto has put its fake keys there. Building the chain costs a tenth of a test (about
    ten providers, two of them HTTP clients for the container and instance metadata services) for an answer
    the first provider gives. So the environment is asked first, as the chain would, and the chain is built
    when it has no keys, or as soon as anything else touches the resolver (from then on it answers alone,
    providers a caller inserted included)."""

    def __init__(self, session: botocore.session.Session) -> None:  # no chain yet: see __getattr__
        self._session = session
        self._chain: CredentialResolver | None = None

    def _resolver(self) -> CredentialResolver:
        if self._chain is None:
            self._chain = _create_chain(self._session)
        return self._chain

    def load_credentials(self) -> Any:
        if self._chain is None and self._session.instance_variables().get("profile") is None:
            credentials = EnvProvider().load()
            if credentials is not None:
                return credentials
        return self._resolver().load_credentials()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_session", "_chain"):
            raise AttributeError(name)
        return getattr(self._resolver(), name)


def _create_chain(session: botocore.session.Session) -> CredentialResolver:
    create: Any = session._create_credential_resolver  # type: ignore[attr-defined]  # botocore's factory
    chain: CredentialResolver = create()
    return chain


@cache
def _chain_starts_with_the_environment() -> bool:
    """Whether botocore's chain still asks the environment first (checked once, on a Session of its own)."""
    try:
        providers = _create_chain(botocore.session.Session()).providers
    except Exception:
        return False
    return bool(providers) and type(providers[0]) is EnvProvider


def botocore_session(env_vars: dict[str, Any] | None = None) -> botocore.session.Session:
    """A new botocore Session, the same as ``botocore.session.Session(env_vars)`` but for the cost."""
    session = botocore.session.Session(
        env_vars, event_hooks=copy.copy(_builtin_emitter()), include_builtin_handlers=False
    )
    session.lazy_register_component(
        "data_loader", lambda: shared_loader(session.get_config_variable("data_path"))
    )
    if _chain_starts_with_the_environment():
        session.lazy_register_component("credential_provider", lambda: _EnvironmentFirst(session))
    _share_aliases(session)
    return session


def _get_session(env_vars: dict[str, Any] | None = None) -> botocore.session.Session:
    """``botocore.session.get_session``: a templated Session inside a ``mock_pinpoint``, else botocore's."""
    if _active:
        return botocore_session(env_vars)
    return _original_get_session(env_vars)


_original_get_session = botocore.session.get_session


def install() -> None:
    """Wrap ``botocore.session.get_session`` (idempotent; the wrapper steps aside outside the mock)."""
    if botocore.session.get_session is not _get_session:
        botocore.session.get_session = _get_session


def enter() -> None:
    """A ``mock_pinpoint`` started: Sessions made from now on are templated."""
    global _active
    with _lock:
        _active += 1


def leave() -> None:
    """A ``mock_pinpoint`` stopped."""
    global _active
    with _lock:
        _active -= 1


_reused: tuple[object, Any] | None = None  # (the environment it was made in, a boto3 Session)


def _environment() -> tuple[object, ...]:
    """What a Session reads once and then keeps: the template, every ``AWS_*`` variable (profile, config and
    credential file paths, credentials, region, ...) and the config and credentials files themselves."""
    variables = sorted((name, value) for name, value in os.environ.items() if name.startswith("AWS_"))
    files: list[tuple[str, tuple[int, int, int] | None]] = []
    for variable, default in (
        ("AWS_CONFIG_FILE", "~/.aws/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"),
    ):
        path = os.path.expanduser(os.environ.get(variable, default))
        try:
            status = os.stat(path)
        except OSError:
            files.append((path, None))
        else:
            files.append((path, (status.st_ino, status.st_size, status.st_mtime_ns)))
    return (_builtin_emitter(), tuple(variables), tuple(files))


_classes: dict[tuple[str, str], tuple[str, tuple[type, ...], dict[str, Any]]] = {}
_reused_events: object = None  # the event emitter of the kept Session: its clients' classes are rebuilt


def _rebuilt_client_classes(original: Any) -> Any:
    """Wraps botocore's ``ClientCreator._create_client_class`` for the kept Session only.

    botocore builds a client's class anew for every client: a method per operation of the model, with its
    docstring, then the ``creating-client-class`` event (which adds mixins and methods). For the kept
    Session, whose handlers no caller can reach, the outcome is the same every time, so the first class's
    name, bases and attributes are kept and each later client gets a new class made from them: its own class
    still (what one test sets on it stays there), at a fraction of the cost and of the garbage."""

    def _create_client_class(self: Any, service_name: str, service_model: Any) -> Any:
        if getattr(self, "_event_emitter", None) is not _reused_events or _reused_events is None:
            return original(self, service_name, service_model)
        key = (service_name, service_model.api_version)
        kept = _classes.get(key)
        if kept is None:
            made = original(self, service_name, service_model)
            attributes = {name: value for name, value in vars(made).items() if name not in _PER_CLASS}
            _classes[key] = (made.__name__, made.__bases__, attributes)
            return made
        name, bases, attributes = kept
        return type(name, bases, dict(attributes))

    _create_client_class.pinpoint_fake = True  # type: ignore[attr-defined]
    return _create_client_class


_PER_CLASS = frozenset({"__dict__", "__weakref__"})  # made by ``type()`` for each class
_models: dict[tuple[str, str | None], Any] = {}


def _shared_service_models(original: Any) -> Any:
    """Wraps botocore's ``ClientCreator._load_service_model`` for the kept Session only: its clients share one
    ``ServiceModel`` per service and API version, as they share the parsed model it reads (the loader's).

    A ``ServiceModel`` only reads that data and caches what it derives from it (operation models, shapes,
    the endpoint-discovery scan over every operation), which a new one per client derived again."""

    def _load_service_model(self: Any, service_name: str, api_version: str | None = None) -> Any:
        if getattr(self, "_event_emitter", None) is not _reused_events or _reused_events is None:
            return original(self, service_name, api_version)
        key = (service_name, api_version)
        model = _models.get(key)
        if model is None:
            model = _models[key] = original(self, service_name, api_version)
        return model

    _load_service_model.pinpoint_fake = True  # type: ignore[attr-defined]
    return _load_service_model


def _install_class_rebuilding() -> None:
    creator: Any = botocore.client.ClientCreator
    for name, wrap in (
        ("_create_client_class", _rebuilt_client_classes),
        ("_load_service_model", _shared_service_models),
    ):
        original = getattr(creator, name, None)
        if original is not None and not getattr(original, "pinpoint_fake", False):
            setattr(creator, name, wrap(original))


def client(service_name: str, region: str, **kwargs: Any) -> Any:
    """``boto3.Session().client(service_name, region_name=region, **kwargs)``, a new client every call.

    Its boto3 Session is kept from the last call while the environment it was made in is unchanged (see
    ``_environment``): nothing else of a Session outlives a test, since no caller can reach it (each client
    copies the Session's events, and client creation registers nothing on them)."""
    global _reused, _reused_events
    import boto3

    session: Any
    with _lock:
        environment = _environment()
        if _reused is None or _reused[0] != environment:
            _install_class_rebuilding()
            kept = botocore_session()
            _reused, _reused_events = (
                (environment, boto3.Session(botocore_session=kept)),
                kept.get_component("event_emitter"),
            )
            _classes.clear()
            _models.clear()
        session = _reused[1]
        return session.client(service_name, region_name=region, **kwargs)
