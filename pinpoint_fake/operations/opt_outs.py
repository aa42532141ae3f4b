"""Opt-out lists and the numbers in them: CreateOptOutList, DeleteOptOutList, DescribeOptOutLists,
PutOptedOutNumber, DeleteOptedOutNumber and DescribeOptedOutNumbers.

Every account and region has the list ``Default``, which new phone numbers and pools use; it cannot be
deleted, and nor can a list that a pool or phone number uses. Numbers are kept in E.164 form with the
``+`` (the model lets callers leave it out), in the order they were opted out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from moto.core.utils import utcnow

from ..core import Core, listed, unique_tags
from ..errors import ConflictException, ResourceNotFoundException
from ..pagination import Entry
from ..phone_ranges import e164
from ..records import DEFAULT_OPT_OUT_LIST, Filter, OptedOutNumber, OptOutList, Result, Tag


class OptOutOperations(Core):
    def create_opt_out_list(self, opt_out_list_name: str, tags: list[Tag] | None = None) -> OptOutList:
        if opt_out_list_name in self.opt_out_lists:
            raise ConflictException(
                "RESOURCE_ALREADY_EXISTS",
                "opt-out-list",
                opt_out_list_name,
                f"The opt-out list '{opt_out_list_name}' already exists.",
            )
        record = self._new_opt_out_list(opt_out_list_name, tags=unique_tags(tags))
        return self.opt_out_lists.add(record.key, record)

    def delete_opt_out_list(self, opt_out_list_name: str) -> OptOutList:
        record = self._opt_out_list(opt_out_list_name)
        name = record.opt_out_list_name
        if name == DEFAULT_OPT_OUT_LIST:
            raise ConflictException(
                "RESOURCE_DELETION_NOT_ALLOWED",
                "opt-out-list",
                name,
                f"The opt-out list '{name}' is the account's default list and cannot be deleted.",
            )
        self._refuse_if_in_use(record)
        return self.opt_out_lists.remove(name)

    def describe_opt_out_lists(
        self,
        opt_out_list_names: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        owner: str | None = None,
    ) -> Result:
        return self._describe(
            "DescribeOptOutLists",
            "opt-out-list",
            self._names(opt_out_list_names, "opt-out-list", "OptOutListNames"),
            ids_member="OptOutListNames",
            owner=owner,
            next_token=next_token,
            max_results=max_results,
        )

    def put_opted_out_number(self, opt_out_list_name: str, opted_out_number: str) -> Result:
        """Opt a number out; a number already in the list stays as it was."""
        record = self._opt_out_list(opt_out_list_name)
        number = e164(opted_out_number)
        entry = record.opted_out_numbers.get(number)
        if entry is None:
            entry = record.opted_out_numbers.add(number, OptedOutNumber(number, utcnow()))
        return _opted_out(record, entry)

    def delete_opted_out_number(self, opt_out_list_name: str, opted_out_number: str) -> Result:
        record = self._opt_out_list(opt_out_list_name)
        number = e164(opted_out_number)
        if number not in record.opted_out_numbers:
            raise ResourceNotFoundException("opted-out-number", opted_out_number)
        return _opted_out(record, record.opted_out_numbers.remove(number))

    def describe_opted_out_numbers(
        self,
        opt_out_list_name: str,
        opted_out_numbers: list[str] | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        record = self._opt_out_list(opt_out_list_name, shared=True)
        store = record.opted_out_numbers
        entries_after: Callable[[int], Iterable[Entry[OptedOutNumber]]] = store.after
        if opted_out_numbers:
            entries = {}
            for number in opted_out_numbers:
                entry = store.entry(e164(number))
                if entry is None:
                    raise ResourceNotFoundException("opted-out-number", number)
                entries[entry[0]] = entry
            entries_after = listed([entries[seq] for seq in sorted(entries)])
        return self._page(
            "DescribeOptedOutNumbers",
            entries_after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(record.opt_out_list_arn, opted_out_numbers),
            opt_out_list_arn=record.opt_out_list_arn,
            opt_out_list_name=record.opt_out_list_name,
        )


def _opted_out(record: OptOutList, entry: OptedOutNumber) -> Result:
    return Result(
        opt_out_list_arn=record.opt_out_list_arn,
        opt_out_list_name=record.opt_out_list_name,
        opted_out_number=entry.opted_out_number,
        opted_out_timestamp=entry.opted_out_timestamp,
        end_user_opted_out=entry.end_user_opted_out,
    )
