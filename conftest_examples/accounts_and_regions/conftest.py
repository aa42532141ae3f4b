"""Accounts and regions. The fake resolves the account as moto does: ``MOTO_ACCOUNT_ID`` if set, else the
account of credentials minted by moto's STS (``assume_role``), else 123456789012. The region is the one the
client signs for; each account and region has its own state."""

from __future__ import annotations

import boto3
import pytest
from sms_inventory import assume_role_session

from pinpoint_fake import MockPinpoint

AUDIT_ACCOUNT = "222222222222"
PRODUCTION_ACCOUNT = "111111111111"


@pytest.fixture(autouse=True)
def aws_region(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return "us-east-1"


@pytest.fixture
def production_account(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every call in the test runs in this account (moto's MOTO_ACCOUNT_ID)."""
    monkeypatch.setenv("MOTO_ACCOUNT_ID", PRODUCTION_ACCOUNT)
    return PRODUCTION_ACCOUNT


@pytest.fixture
def audit_account() -> str:
    return AUDIT_ACCOUNT


@pytest.fixture
def audit_session(pinpoint_mock: MockPinpoint, audit_account: str) -> boto3.Session:
    """A session of a role in the audit account, with credentials minted by moto's STS."""
    return assume_role_session(f"arn:aws:iam::{audit_account}:role/pool-auditor", "inventory")
