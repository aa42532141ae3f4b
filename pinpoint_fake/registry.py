"""The registry of backends, one per account and region: moto's ``BackendDict`` with reads that never create.

moto creates a backend the first time ``registry[account][region]`` is read; lookups that cross accounts
(a resource shared by another account, the one owner of an E.164 number) must not, or merely looking would
give every account state. Those go through the methods here, which read what exists. moto's reset (every
outermost ``mock_aws``/``mock_pinpoint`` and its reset endpoint) clears the registry as it clears every
``BackendDict``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from moto.core.base_backend import BackendDict, BaseBackend, backend_lock

B = TypeVar("B", bound=BaseBackend)


def existing(registry: Any, account_id: str, region: str) -> Any:
    """The backend of an account and region in one of moto's registries (this service's or another's, SNS's
    say), or None if it does not exist: none is created, and an unknown account or region is no error.

    moto's ``BackendDict`` and its accounts are dicts whose ``[]`` creates (and whose ``in`` answers True for
    every region moto knows, created or not), so they are read with ``dict.get``. A registry or account that
    is no dict (a later moto's, say) is read through the public ``iter_backends``, never through ``[]``."""
    if isinstance(registry, dict):
        regions = dict.get(registry, account_id)
        if regions is None:
            return None
        if isinstance(regions, dict):
            return dict.get(regions, region)
    with backend_lock:  # another thread may be creating one
        return next(
            (
                backend
                for account, backend_region, backend in registry.iter_backends()
                if (account, backend_region) == (account_id, region)
            ),
            None,
        )


class Registry(BackendDict[B]):
    def backend_of(self, account_id: str, region: str) -> B | None:
        """The backend of an account in a region, if it exists (none is created)."""
        backend: B | None = existing(self, account_id, region)
        return backend

    def everywhere(self) -> list[B]:
        """Every backend that exists, in every account and region."""
        with backend_lock:  # another thread may be creating one
            return [backend for _, _, backend in self.iter_backends()]  # type: ignore[misc]

    def peers(self, account_id: str, region: str) -> list[B]:
        """The backends of every other account in ``region``."""
        with backend_lock:
            return [
                backend  # type: ignore[misc]
                for account, backend_region, backend in self.iter_backends()
                if backend_region == region and account != account_id
            ]
