"""The plugin's kept Session: ``pinpoint_client`` and ``new_client`` make every client from one Session.

Each client is new, but its boto3 Session (made from the template of ``sessions.py``) is kept while the
environment it was made in is unchanged, and its clients share what botocore would derive again for each:
the client class's attributes (each client still gets a class of its own) and the ``ServiceModel``. No caller
can reach the kept Session (a client copies its Session's events, and making a client registers nothing on
them), so nothing a test does to its client reaches the next test's.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import botocore.client

from .emitters import builtin_emitter
from .sessions import botocore_session

_lock = threading.Lock()


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
    return (builtin_emitter(), tuple(variables), tuple(files))


_classes: dict[tuple[str, str], tuple[str, tuple[type, ...], dict[str, Any]]] = {}
_reused_events: object = None  # the event emitter of the kept Session: its clients' classes are rebuilt


def _rebuilt_client_classes(original: Any) -> Any:
    """Wraps botocore's ``ClientCreator._create_client_class`` for the kept Session only.

    botocore builds a client's class anew for every client: a method per operation of the model, with its
    docstring, then the ``creating-client-class`` event (which adds mixins and methods). For the kept
    Session, whose handlers no caller can reach, the outcome is the same every time, so the first class's
    name, bases and attributes are kept and each later client gets a new class made from them: its own class
    still (what one test sets on it stays there), at a fraction of the cost and of the garbage.

    botocore's ``ClientCreator`` is patched for the process, so the wrapper hands every call on to botocore's
    method as it came unless it is the kept Session's and of the shape botocore makes today (service name and
    model, positionally): another Session's clients, and a botocore that passes more, get botocore's own."""

    def _create_client_class(self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs or len(args) != 2 or not _kept(self):
            return original(self, *args, **kwargs)
        service_name, service_model = args
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


def _kept(creator: Any) -> bool:
    """Whether a ``ClientCreator`` makes a client of the kept Session (it holds that Session's events)."""
    return _reused_events is not None and getattr(creator, "_event_emitter", None) is _reused_events


_PER_CLASS = frozenset({"__dict__", "__weakref__"})  # made by ``type()`` for each class
_models: dict[tuple[str, str | None], Any] = {}


def _shared_service_models(original: Any) -> Any:
    """Wraps botocore's ``ClientCreator._load_service_model`` for the kept Session only: its clients share one
    ``ServiceModel`` per service and API version, as they share the parsed model it reads (the loader's).

    A ``ServiceModel`` only reads that data and caches what it derives from it (operation models, shapes,
    the endpoint-discovery scan over every operation), which a new one per client derived again. As for
    classes, any call but the kept Session's, of the shape botocore makes today (service name and API
    version, positionally), goes to botocore's method as it came."""

    def _load_service_model(self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs or len(args) != 2 or not _kept(self):
            return original(self, *args, **kwargs)
        key = (args[0], args[1])
        model = _models.get(key)
        if model is None:
            model = _models[key] = original(self, *args)
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
