"""Tags, by ARN: TagResource, UntagResource and ListTagsForResource.

Only the owner tags a resource. A resource holds at most as many tags as ListTagsForResource's answer may
carry (the model's own limit).
"""

from __future__ import annotations

from ..core import Core
from ..errors import ServiceQuotaExceededException
from ..records import Result, Tag
from ..service_model import output_shape


class TagOperations(Core):
    def tag_resource(self, resource_arn: str, tags: list[Tag]) -> Result:
        record = self._resource(resource_arn)
        merged = {tag.key: tag for tag in record.tags}
        merged.update((tag.key, tag) for tag in tags)
        limit = int(output_shape("ListTagsForResource").members["Tags"].metadata["max"])
        if len(merged) > limit:
            raise ServiceQuotaExceededException(
                "TAGS_PER_RESOURCE",
                f"A resource can have at most {limit} tags; this would give it {len(merged)}.",
            )
        record.tags = list(merged.values())
        return Result()

    def untag_resource(self, resource_arn: str, tag_keys: list[str]) -> Result:
        record = self._resource(resource_arn)
        removed = set(tag_keys)
        record.tags = [tag for tag in record.tags if tag.key not in removed]
        return Result()

    def list_tags_for_resource(self, resource_arn: str) -> Result:
        return Result(resource_arn=resource_arn, tags=self._resource(resource_arn).tags)
