"""RCS agents: CreateRcsAgent, DescribeRcsAgents, UpdateRcsAgent, DeleteRcsAgent and
DescribeRcsAgentCountryLaunchStatus.

An agent starts ``CREATED`` and moves on only as its registrations are approved (which tests seed). It
joins pools as a phone number does (``rules.membership``): while it is in one, the settings it shares with
the pool change with the pool, not on their own, and the agent cannot be deleted. Its launches country by
country are listed as its launch registrations left them (``seed_rcs_country_launch``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..core import Core, listed, unique_tags
from ..errors import ConflictException, ValidationException, ValidationExceptionField
from ..pagination import Entry
from ..records import DEFAULT_OPT_OUT_LIST, CountryLaunch, Filter, RcsAgent, Result, Tag
from ..rules.guards import apply_changes, refuse_if_protected
from ..rules.membership import check_settings_change

UNSET_MEDIA = "UNSET_RCS_MEDIA_CONFIGURATION"  # removes the media configuration (bucket, role and prefix)
ALL_EVENTS = "ALL"  # every RCS event type, now and later: it must stand alone


class RcsAgentOperations(Core):
    def create_rcs_agent(
        self,
        deletion_protection_enabled: bool | None = None,
        opt_out_list_name: str | None = None,
        tags: list[Tag] | None = None,
    ) -> RcsAgent:
        agent = self._new_rcs_agent(
            deletion_protection_enabled=bool(deletion_protection_enabled),
            opt_out_list_name=self._opt_out_list_name(opt_out_list_name) or DEFAULT_OPT_OUT_LIST,
            tags=unique_tags(tags),
        )
        return self.rcs_agents.add(agent.key, agent)

    def describe_rcs_agents(
        self,
        rcs_agent_ids: list[str] | None = None,
        owner: str | None = None,
        filters: list[Filter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Result:
        return self._describe(
            "DescribeRcsAgents",
            "rcs-agent",
            self._names(rcs_agent_ids, "rcs-agent", "RcsAgentIds"),
            ids_member="RcsAgentIds",
            filters=filters,
            owner=owner,
            next_token=next_token,
            max_results=max_results,
        )

    def update_rcs_agent(
        self,
        rcs_agent_id: str,
        deletion_protection_enabled: bool | None = None,
        opt_out_list_name: str | None = None,
        self_managed_opt_outs_enabled: bool | None = None,
        two_way_channel_arn: str | None = None,
        two_way_channel_role: str | None = None,
        two_way_enabled: bool | None = None,
        two_way_media_s3_bucket_name: str | None = None,
        two_way_media_s3_key_prefix: str | None = None,
        two_way_media_s3_role: str | None = None,
        two_way_rcs_events_enabled: list[str] | None = None,
    ) -> RcsAgent:
        """The last four members exist from botocore 1.44 on (older models never send them)."""
        agent = self._rcs_agent(rcs_agent_id)
        shared = {
            "two_way_enabled": two_way_enabled,
            "two_way_channel_arn": two_way_channel_arn,
            "two_way_channel_role": two_way_channel_role,
            "self_managed_opt_outs_enabled": self_managed_opt_outs_enabled,
            "opt_out_list_name": self._opt_out_list_name(opt_out_list_name),
        }
        check_settings_change(agent, shared)
        two_way = agent.two_way_enabled if two_way_enabled is None else two_way_enabled
        media = _media(
            agent, two_way_media_s3_bucket_name, two_way_media_s3_role, two_way_media_s3_key_prefix
        )
        if media and not two_way and media.get("two_way_media_s3_bucket_name"):
            raise ValidationException(
                "Inbound RCS media needs two-way messaging enabled on the agent.",
                "TWO_WAY_NOT_ENABLED",
                (ValidationExceptionField("TwoWayMediaS3BucketName", "Two-way messaging is not enabled"),),
            )
        events = None if two_way_rcs_events_enabled is None else _events(two_way_rcs_events_enabled)
        apply_changes(agent, {**shared, "deletion_protection_enabled": deletion_protection_enabled})
        for attribute, value in media.items():
            setattr(agent, attribute, value)  # None too: the configuration was removed
        if events is not None:
            agent.two_way_rcs_events_enabled = events
        return agent

    def delete_rcs_agent(self, rcs_agent_id: str) -> RcsAgent:
        agent = self._rcs_agent(rcs_agent_id)
        refuse_if_protected(agent)
        if agent.pool_id is not None:
            raise ConflictException(
                "RCS_AGENT_ASSOCIATED_TO_POOL",
                "rcs-agent",
                agent.rcs_agent_id,
                f"The RCS agent is associated with the pool '{agent.pool_id}': disassociate it first.",
            )
        self.rcs_agents.remove(agent.key)
        agent.status = "DELETED"
        return agent

    def describe_rcs_agent_country_launch_status(
        self,
        rcs_agent_id: str,
        iso_country_codes: list[str] | None = None,
        filters: list[Filter] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Result:
        """The agent's launches, in the order they began; ``IsoCountryCodes`` keeps those countries (one
        where the agent has no launch is not listed, and is no error)."""
        agent = self._rcs_agent(rcs_agent_id, shared=True)
        launches = agent.country_launches
        entries_after: Callable[[int], Iterable[Entry[CountryLaunch]]] = launches.after
        if iso_country_codes:
            wanted = set(iso_country_codes)
            entries_after = listed(
                [entry for entry in launches.entries() if entry[1].iso_country_code in wanted]
            )
        return self._page(
            "DescribeRcsAgentCountryLaunchStatus",
            entries_after,
            filters=filters,
            next_token=next_token,
            max_results=max_results,
            bound_to=(agent.rcs_agent_arn, iso_country_codes),
            rcs_agent_id=agent.rcs_agent_id,
            rcs_agent_arn=agent.rcs_agent_arn,
        )


def _media(
    agent: RcsAgent, bucket: str | None, role: str | None, prefix: str | None
) -> dict[str, str | None]:
    """The media configuration an update leaves (attribute -> value; empty when the request names none).

    The sentinel in both the bucket and the role removes it (the model's documentation); a bucket and a role
    go together, and a key prefix needs a bucket.
    """
    if bucket is None and role is None and prefix is None:
        return {}
    unset = [
        name
        for name, value in (("TwoWayMediaS3BucketName", bucket), ("TwoWayMediaS3Role", role))
        if value == UNSET_MEDIA
    ]
    if unset:
        if len(unset) == 1 or prefix is not None:
            raise ValidationException(
                f"To remove the media configuration, give {UNSET_MEDIA} as both TwoWayMediaS3BucketName and "
                "TwoWayMediaS3Role, and no TwoWayMediaS3KeyPrefix.",
                "INVALID_PARAMETER",
                tuple(
                    ValidationExceptionField(name, f"Must be {UNSET_MEDIA} with the other") for name in unset
                ),
            )
        return dict.fromkeys(
            ("two_way_media_s3_bucket_name", "two_way_media_s3_role", "two_way_media_s3_key_prefix")
        )
    media = {
        "two_way_media_s3_bucket_name": bucket or agent.two_way_media_s3_bucket_name,
        "two_way_media_s3_role": role or agent.two_way_media_s3_role,
        "two_way_media_s3_key_prefix": prefix or agent.two_way_media_s3_key_prefix,
    }
    missing = [
        name
        for name, attribute in (
            ("TwoWayMediaS3BucketName", "two_way_media_s3_bucket_name"),
            ("TwoWayMediaS3Role", "two_way_media_s3_role"),
        )
        if media[attribute] is None
    ]
    if missing:
        raise ValidationException(
            "Inbound RCS media needs both a bucket (TwoWayMediaS3BucketName) and a role (TwoWayMediaS3Role).",
            "MISSING_PARAMETER",
            tuple(
                ValidationExceptionField(name, "Required with the media configuration") for name in missing
            ),
        )
    return media


def _events(events: list[str]) -> list[str]:
    """The event types to enable, each once; ``ALL`` stands alone (an empty list disables every type)."""
    unique = list(dict.fromkeys(events))
    if ALL_EVENTS in unique and len(unique) > 1:
        raise ValidationException(
            f"{ALL_EVENTS} enables every RCS event type and must be the only one given.",
            "INVALID_PARAMETER",
            (ValidationExceptionField("TwoWayRcsEventsEnabled", f"{ALL_EVENTS} must be the sole element"),),
        )
    return unique
