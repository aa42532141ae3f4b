"""The template event emitter: botocore's built-in handlers registered once, shared copy-on-write.

A botocore Session registers its ~130 built-in handlers one by one when it is made (each through the event
aliaser and ``inspect``), and every client copies its Session's emitter, handler trie and all. The template
holds the built-in handlers registered once; Sessions made from it copy it, and its trie shares its nodes with
every copy until one of them changes (``SharedTrie``). The template is made again whenever
``botocore.handlers.BUILTIN_HANDLERS`` changed since (a handler added by moto, a conftest or a library is
there as it would be), and it is checked against botocore's own emitter when made: a botocore whose emitter
no longer works as expected gets its own emitter back, and so does one without the private trie class this
builds on (``botocore.hooks._PrefixTrie``).
"""

from __future__ import annotations

import copy
import threading
from typing import Any

import botocore.session
from botocore import hooks
from botocore.handlers import BUILTIN_HANDLERS
from botocore.hooks import HierarchicalEmitter, NodeList

_lock = threading.Lock()
_template: tuple[list[Any], HierarchicalEmitter] | None = None


_PrefixTrie: Any = getattr(hooks, "_PrefixTrie", None)  # private: a botocore without it gets its own emitter
_Trie: Any = _PrefixTrie if isinstance(_PrefixTrie, type) else object  # object: no SharedTrie can be made


class SharedTrie(_Trie):  # type: ignore[misc]
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

    def __copy__(self) -> SharedTrie:
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

    def append_item(self, key: str, value: Any, *args: Any, **kwargs: Any) -> None:
        self._own_path(key.split("."), create=True)
        super().append_item(key, value, *args, **kwargs)

    def remove_item(self, key: str, value: Any, *args: Any, **kwargs: Any) -> None:
        self._own_path(key.split("."), create=False)
        super().remove_item(key, value, *args, **kwargs)


class Emitter(HierarchicalEmitter):
    """botocore's emitter holding a ``SharedTrie``: its copies (botocore's own ``__copy__``) cost nothing."""

    def __init__(self) -> None:
        super().__init__()
        self._handlers = SharedTrie()


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


def builtin_emitter() -> HierarchicalEmitter:
    """The template: an emitter holding the built-in handlers, registered as a Session registers them."""
    global _template
    with _lock:
        handlers = list(BUILTIN_HANDLERS)
        if _template is None or _template[0] != handlers:
            shared = _shared_emitter()
            own = HierarchicalEmitter()
            botocore.session.Session(event_hooks=own)
            _template = (handlers, shared if shared is not None and _works_as_botocores(shared, own) else own)
        return _template[1]


def _shared_emitter() -> HierarchicalEmitter | None:
    """An ``Emitter`` holding the built-in handlers, or None where botocore's emitter or trie is built
    otherwise than ``SharedTrie`` expects (its private parts renamed, say)."""
    try:
        emitter = Emitter()
        botocore.session.Session(event_hooks=emitter)  # registers BUILTIN_HANDLERS on ``emitter``
    except Exception:  # whatever a botocore built otherwise raises: the template is botocore's own emitter
        return None
    return emitter
