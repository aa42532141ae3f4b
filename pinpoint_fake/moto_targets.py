"""The one bridge into moto's other services: an SNS publish, a Firehose record, a CloudWatch Logs event
delivered, and an S3 object read.

The one place the fake hands an event to another service, as AWS does for its event destinations and
two-way channels, and reads a file another service holds (a registration attachment's ``s3://`` URL). Each
target is named by its ARN, whose account and region say which moto backend holds it; a target that does
not exist there (no backend, no topic, no stream, no log group) is not created: the delivery is skipped and
says why, and so is a delivery moto refuses (a FIFO topic, say). Nothing here ever raises into a send: AWS
delivers events asynchronously, so a broken target is never the send's error.

moto's SNS, Firehose, CloudWatch Logs and S3 modules are imported when a delivery or a read first needs one,
not before (importing ``pinpoint_fake`` imports none of them); reads never create a backend, in any of them.
What moto does next is moto's: an SQS subscription with its filter policy gets the message as from any
publish, a Firehose stream writes its S3 objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .registry import existing

Outcome = tuple[bool, str]  # (delivered, what happened or why not)


def _parse(arn: str, service: str, resource_prefix: str) -> tuple[str, str, str] | None:
    """(account, region, resource name) of an ARN of ``service`` whose resource starts ``resource_prefix``."""
    parts = arn.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn" or parts[2] != service or not parts[3] or not parts[4]:
        return None
    if not parts[5].startswith(resource_prefix) or len(parts[5]) == len(resource_prefix):
        return None
    return parts[4], parts[3], parts[5][len(resource_prefix) :]


def _backend(backends: Any, account: str, region: str) -> Any:
    """moto's backend of an account and region, if it exists (reading never creates one)."""
    return existing(backends, account, region)


def _deliver(action: Callable[[], str]) -> Outcome:
    """What ``action`` says it did, or, if moto refused it (any exception of moto's), why it was skipped."""
    try:
        return True, action()
    except Exception as error:  # whatever moto raises: the event is skipped, the send goes on
        return False, f"moto refused it: {type(error).__name__}: {error}"


def publish(topic_arn: str, message: str) -> Outcome:
    """Publish ``message`` to moto's SNS topic."""
    parsed = _parse(topic_arn, "sns", "")
    if parsed is None:
        return False, f"{topic_arn} is not the ARN of an SNS topic"
    account, region, _ = parsed
    from moto.sns.models import sns_backends

    backend = _backend(sns_backends, account, region)
    if backend is None or topic_arn not in backend.topics:
        return False, f"moto has no SNS topic {topic_arn}"
    return _deliver(
        lambda: f"published to {topic_arn} as SNS message {backend.publish(message, arn=topic_arn)}"
    )


def put_record(delivery_stream_arn: str, data: bytes) -> Outcome:
    """Put ``data`` as one record on moto's Firehose delivery stream."""
    parsed = _parse(delivery_stream_arn, "firehose", "deliverystream/")
    if parsed is None:
        return False, f"{delivery_stream_arn} is not the ARN of a Firehose delivery stream"
    account, region, name = parsed
    from moto.firehose.models import firehose_backends

    backend = _backend(firehose_backends, account, region)
    if backend is None or name not in backend.delivery_streams:
        return False, f"moto has no Firehose delivery stream {delivery_stream_arn}"

    def put() -> str:
        record_id = backend.put_record(name, {"Data": data})["RecordId"]
        return f"put on {delivery_stream_arn} as record {record_id}"

    return _deliver(put)


def put_log_event(log_group_arn: str, log_stream_name: str, timestamp_ms: int, message: str) -> Outcome:
    """Write ``message`` into moto's log group, in the log stream named (created if need be)."""
    parsed = _parse(log_group_arn.removesuffix(":*"), "logs", "log-group:")
    if parsed is None:
        return False, f"{log_group_arn} is not the ARN of a CloudWatch Logs log group"
    account, region, name = parsed
    from moto.logs.models import logs_backends

    backend = _backend(logs_backends, account, region)
    if backend is None or name not in backend.groups:
        return False, f"moto has no CloudWatch Logs log group {log_group_arn}"

    def put() -> str:
        backend.ensure_log_stream(name, log_stream_name)
        # An event is stamped with moto's clock, so it is always within the range moto's Logs accepts.
        backend.put_log_events(name, log_stream_name, [{"timestamp": timestamp_ms, "message": message}])
        return f"written to {log_group_arn}, log stream {log_stream_name}"

    return _deliver(put)


def s3_object(account: str, partition: str, bucket: str, key: str) -> bytes | None:
    """The bytes of an object of moto's S3, or None when there is no such bucket or key; nothing is created
    by looking. Bucket names are global, so the bucket is found whichever account of the partition holds it,
    as moto's S3 finds it (another account's only while moto allows cross-account access:
    ``MOTO_S3_ALLOW_CROSSACCOUNT_ACCESS``, on by default)."""
    from moto.s3.models import s3_backends
    from moto.settings import s3_allow_crossdomain_access

    holder = s3_backends.bucket_accounts.get(bucket)  # (partition, account) of the bucket's owner
    if holder is None or holder[0] != partition:
        return None
    if holder[1] != account and not s3_allow_crossdomain_access():
        return None
    backend = _backend(s3_backends, holder[1], partition)
    if backend is None or bucket not in backend.buckets:
        return None
    found = backend.get_object(bucket, key)
    return None if found is None else bytes(found.value)
