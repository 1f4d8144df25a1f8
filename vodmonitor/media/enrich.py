"""Names, durations, sizes and covers for clip results, looked up off every UI thread.

A thread of the engine asks the ledger (on its own read-only connection) which clip and
source files were never described, asks DescribeMediaInfos for them 20 at a time
(basicInfo and metaData only), paced under the API's limit, and hands the facts to the
engine's worker, which stores them. Deleted files, a key without the permission, and
errors are stored as a note per file and never block anything else; throttling and network
faults back off and try again. At start it also reads the playback domains' hotlink keys
with DescribeVodDomains, where the credentials allow, for signing links.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from vodmonitor.cloud import CloudError, ErrorKind, Secret
from vodmonitor.ledgers.sqlite_reads import files_to_describe
from vodmonitor.ledgers.view import open_view
from vodmonitor.media.facts import (
    FILTERS,
    MAX_IDS_PER_CALL,
    MediaFacts,
    MediaNote,
    parse_media_infos,
)
from vodmonitor.media.signed_links import LinkSigner
from vodmonitor.pacing import Pacer, full_jitter

log = logging.getLogger(__name__)

IDLE_CHECK_S = 5.0
# A part batch (under 20 ids) waits this long for more while a backlog streams in: full
# batches keep the calls near ids/20, and a lone new clip still has its name in a second.
GATHER_S = 1.0
YIELD_AT_MOST_S = 2.0  # how long one lookup waits for a stream of events to pause
BATCH_LIMIT = 400  # ids looked up per pass, so a huge history does not hold a pass forever


class MediaApi(Protocol):
    def describe_media_infos(
        self, file_ids: Sequence[str], filters: Sequence[str]
    ) -> dict[str, Any]: ...

    def describe_vod_domains(self) -> dict[str, Any]: ...


def domain_names(response: dict[str, Any]) -> set[str]:
    """Every playback domain of the application, protected or not."""
    domains = response.get("DomainSet")
    return {
        d["Domain"]
        for d in (domains if isinstance(domains, list) else [])
        if isinstance(d, dict) and isinstance(d.get("Domain"), str)
    }


def domain_keys(response: dict[str, Any]) -> dict[str, Secret]:
    keys: dict[str, Secret] = {}
    domains = response.get("DomainSet")
    for domain in domains if isinstance(domains, list) else []:
        if not isinstance(domain, dict) or not isinstance(domain.get("Domain"), str):
            continue
        policy = domain.get("UrlSignatureAuthPolicy")
        if isinstance(policy, dict) and policy.get("Status") == "Enabled":
            key = policy.get("EncryptedKey")
            if isinstance(key, str) and key:
                keys[domain["Domain"]] = Secret(key)
    return keys


class Enricher:
    def __init__(
        self,
        db_path: Path,
        post: Callable[[list[MediaFacts]], None],
        *,
        signer: LinkSigner | None = None,
        max_requests_per_s: float | None = 95.0,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 60.0,
    ) -> None:
        self.db_path = db_path
        self.post = post
        self.signer = signer
        self._pace = Pacer(max_requests_per_s)
        self._backoff = (backoff_base_s, backoff_cap_s)
        self._rng = random.Random()
        self._stop = threading.Event()  # the run's, once it runs
        self._busy: Callable[[], bool] = lambda: False
        self.calls = 0

    def run(
        self,
        api_factory: Callable[[], MediaApi | None],
        stop: threading.Event,
        wake: threading.Event,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        self._stop = stop
        self._busy = busy
        reader: sqlite3.Connection | None = None
        api: MediaApi | None = None
        domains_read = False
        attempt = 0
        timeout = IDLE_CHECK_S
        waiting_since: dict[str, float] = {}
        # Handed to the worker, maybe not stored yet: never asked twice in a run (a fact
        # the disk refused is asked again at the next start).
        asked: set[str] = set()
        while not stop.is_set():
            wake.wait(timeout)
            wake.clear()
            timeout = IDLE_CHECK_S
            if stop.is_set():
                return
            api = api or api_factory()
            if api is None:
                continue
            if not domains_read:
                domains_read = True
                self._read_domains(api)
            if reader is None:
                reader = open_view(self.db_path)
            try:
                ids, waiting = files_to_describe(reader, BATCH_LIMIT)
            except sqlite3.Error as exc:  # the engine reports the database's state
                log.info("media lookup skipped: %s", exc)
                continue
            if waiting and not ids:
                self.post([])  # rows of files already described: copy the facts over
            ids = [i for i in ids if i not in asked]
            now = time.monotonic()
            waiting_since = {i: waiting_since.get(i, now) for i in ids}
            full = len(ids) - len(ids) % MAX_IDS_PER_CALL
            part = ids[full:]
            if part and min(waiting_since[i] for i in part) > now - GATHER_S:
                ids = ids[:full]  # the rest waits a moment for company
                timeout = GATHER_S
            try:
                for start in range(0, len(ids), MAX_IDS_PER_CALL):
                    if stop.is_set():
                        return
                    batch = ids[start : start + MAX_IDS_PER_CALL]
                    self.post(self._describe(api, batch))
                    asked.update(batch)
                attempt = 0
            except CloudError as exc:  # throttled or down: the same files again later
                delay = full_jitter(attempt, *self._backoff, self._rng)
                attempt += 1
                log.info("DescribeMediaInfos failed (%s); again in %.1f s", exc.code, delay)
                stop.wait(delay)
                wake.set()
            if len(ids) == BATCH_LIMIT:
                wake.set()  # more to do

    def _describe(self, api: MediaApi, ids: list[str]) -> list[MediaFacts]:
        self._yield_to_events()
        self._pace.wait(self._stop)
        self.calls += 1
        try:
            return parse_media_infos(api.describe_media_infos(ids, FILTERS), ids)
        except CloudError as exc:
            if exc.kind is ErrorKind.AUTH:
                note = MediaNote.DENIED
            elif exc.kind in (ErrorKind.THROTTLED, ErrorKind.TRANSIENT):
                raise
            else:
                note = MediaNote.FAILED
            log.warning("DescribeMediaInfos refused %d file(s): %s", len(ids), exc.code)
            return [MediaFacts(i, note=note, detail=exc.code) for i in ids]

    def _yield_to_events(self) -> None:
        """A low-priority lane: while events arrive or wait to be stored, wait (a while at
        most, so names still come under a steady stream)."""
        deadline = time.monotonic() + YIELD_AT_MOST_S
        while self._busy() and time.monotonic() < deadline and not self._stop.is_set():
            self._stop.wait(0.05)

    def _read_domains(self, api: MediaApi) -> None:
        if self.signer is None:
            return
        try:
            response = api.describe_vod_domains()
            keys = domain_keys(response)
        except CloudError as exc:
            self.signer.problem = exc.code
            log.info(
                "cannot read the playback domains' keys (%s); a key typed in Settings works",
                exc.code,
            )
            return
        self.signer.set_found_keys(keys, domain_names(response))
        log.info("hotlink keys read for %d playback domain(s)", len(keys))
