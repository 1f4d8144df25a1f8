"""Reliable callback: PullEvents (a long poll) and ConfirmEvents on the VOD queue."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from vodmonitor.cloud import CloudError, Connection, ErrorKind, VodApi
from vodmonitor.events import PullBatch
from vodmonitor.sources.base import QueueCheck, SourceKind

log = logging.getLogger(__name__)


class ReliableSource:
    def __init__(self, connection: Connection) -> None:
        self.api = VodApi(connection)

    def pull(self) -> PullBatch:
        return self.api.pull()

    def confirm(self, handles: Sequence[str]) -> str | None:
        return self.api.confirm(handles)

    def idle_delay(self) -> float:
        return 0.0  # the long poll waits on the server

    def check_queue(self) -> QueueCheck:
        """An application in normal-callback (PUSH) mode has nothing to pull."""
        try:
            config = self.api.describe_config()
        except CloudError as exc:
            if exc.kind in (ErrorKind.AUTH, ErrorKind.THROTTLED, ErrorKind.TRANSIENT):
                raise
            # Some keys may pull without reading the config: carry on polling.
            log.warning("DescribeEventConfig failed (%s); polling anyway", exc.code)
            return QueueCheck()
        if config.is_push:
            return QueueCheck(ours=False, notification_url=config.notification_url)
        return QueueCheck()


# Two readers overlap one call's network wait with the other's parsing, so a backlog
# drains near wire speed; up to eight pulled batches share one group commit.
class QueueGauge:
    """Events waiting in the reliable-callback queue (DescribeEventsState; it lags)."""

    what = "queue"

    def __init__(self, connection: Connection) -> None:
        self.api = VodApi(connection)

    def waiting(self) -> tuple[int, bool]:
        return self.api.events_state(), False


RELIABLE = SourceKind(
    "reliable",
    readers=2,
    batches_in_flight=8,
    open=ReliableSource,
    open_confirmer=ReliableSource,
    open_gauge=QueueGauge,
)
