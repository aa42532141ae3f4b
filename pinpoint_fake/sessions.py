"""botocore Sessions made from a template: what a test pays for ``boto3.client(...)`` inside a mock.

moto resets ``boto3.DEFAULT_SESSION`` at every start, so the first ``boto3.client(...)`` of each test builds a
new botocore Session: it registers botocore's ~130 built-in handlers one by one, aliases each event name
against all of ``EVENT_ALIASES``, builds a credential chain of ten providers, and parses botocore's data files
(endpoints, partitions, the service model, its endpoint rules) again. That is most of the ~100 ms a moto test
spends before its first call. While a ``mock_pinpoint`` is active (and for the plugin's kept Session), a new
Session instead

- starts from a copy of the template emitter (``emitters.py``), built-in handlers already registered;
- reads the data files through one loader per data path (``AWS_DATA_PATH`` / ``data_path``) for the process;
- shares one memo of aliased event names with every such Session and its clients;
- asks the environment's keys first, as botocore's chain does, and builds the chain only when they are not
  there (inside a mock moto has put its fake ones there) or when anything else touches the resolver.

Nothing else is shared or frozen: credentials, region, profile, config files and every other setting are
resolved by each Session afresh and when botocore would resolve them. What is read once per process is the
content of the data files (a model file added under ``~/.aws/models`` while tests run is not seen).

``botocore.session.get_session`` (which ``boto3.Session()`` calls) is wrapped once: inside a
``mock_pinpoint`` it returns a templated Session; outside, and under a plain ``moto.mock_aws``, botocore's.
"""

from __future__ import annotations

import copy
import os
import threading
from functools import cache, lru_cache
from typing import Any, cast

import botocore.credentials
import botocore.session
from botocore.credentials import CredentialResolver, EnvProvider
from botocore.hooks import EventAliaser
from botocore.loaders import Loader
from botocore.session import EVENT_ALIASES

from .emitters import builtin_emitter

_lock = threading.Lock()
_active = 0


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


_ALIASED: dict[str, str] = {}  # event name -> its name under botocore's EVENT_ALIASES


class _SharedAliases(EventAliaser):
    """botocore's event aliaser, with the memo of aliased event names shared by every aliaser of botocore's
    own aliases (a Session's and the copies its clients make) instead of one memo each.

    Aliasing a name walks all of ``EVENT_ALIASES`` (~90 us); a fresh memo per Session and per client made a
    test pay that for every handler registered and every event emitted the first time (~3 ms a test).
    The result depends on the name and the aliases only, so sharing the memo changes nothing else."""

    def __copy__(self) -> _SharedAliases:
        copied = super().__copy__()  # with a copy of the same aliases: the same names
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


def _chain_starts_with_the_environment() -> bool:
    """Whether botocore's chain still asks the environment first (checked on a Session of its own, once for
    each set of the functions that build the chain: one patched in by a test or a user is checked anew)."""
    return _starts_with_the_environment(
        _create_chain,
        getattr(botocore.session.Session, "_create_credential_resolver", None),  # private: may go
        getattr(botocore.credentials, "create_credential_resolver", None),
    )


@lru_cache(maxsize=8)
def _starts_with_the_environment(create_chain: Any, *factories: Any) -> bool:
    """``factories`` are only the cache key: ``create_chain`` calls them, as botocore's Session does."""
    try:
        providers = create_chain(botocore.session.Session()).providers
    except Exception:
        return False
    return bool(providers) and type(providers[0]) is EnvProvider


def botocore_session(env_vars: dict[str, Any] | None = None) -> botocore.session.Session:
    """A new botocore Session, the same as ``botocore.session.Session(env_vars)`` but for the cost."""
    session = botocore.session.Session(
        env_vars, event_hooks=copy.copy(builtin_emitter()), include_builtin_handlers=False
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
