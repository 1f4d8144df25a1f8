"""What tests and the demo do to the simulated VOD world: clips and other events that
finish, tasks without events, a customer's backend that drains the queue, a generator of
new clips and the hostile corpus."""

from __future__ import annotations

import contextlib
import json
import random
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from vodmonitor.simulator import generator, hostile
from vodmonitor.simulator.media import MediaLibrary, SimMedia
from vodmonitor.simulator.queue import EventQueue, HandleError
from vodmonitor.simulator.tasks import TaskBoard


class SimulatedWorld:
    """The simulator's scenarios (a part of ``Simulator``, which holds the state)."""

    rng: random.Random
    queue: EventQueue
    tasks: TaskBoard
    library: MediaLibrary
    backend_received: Counter[str]
    _backend_stop: threading.Event
    _backend_thread: threading.Thread | None
    _gen_stop: threading.Event
    _gen_thread: threading.Thread | None

    if TYPE_CHECKING:

        @property
        def base_url(self) -> str: ...

        def enqueue(self, payloads: Iterable[Mapping[str, Any]]) -> list[int]: ...

    def enqueue_clips(
        self, count: int, *, failed: bool | None = None, hls: bool = False
    ) -> list[dict[str, Any]]:
        payloads = [
            generator.clip_complete(self.rng, self.base_url, failed=failed, hls=hls)
            for _ in range(count)
        ]
        self.enqueue(payloads)
        return payloads

    def enqueue_mixed(self, count: int) -> list[dict[str, Any]]:
        payloads = [generator.mixed(self.rng, self.base_url) for _ in range(count)]
        self.enqueue(payloads)
        return payloads

    def _record_tasks(self, payloads: Iterable[Mapping[str, Any]]) -> None:
        """A finished task is in the task list too, whatever happens to its event."""
        for payload in payloads:
            clip = payload.get("ClipCompleteEvent")
            if isinstance(clip, dict) and isinstance(clip.get("TaskId"), str):
                self.tasks.add_clip(clip)
                self._record_media(clip)
                continue
            task_type = generator.TASK_TYPES.get(str(payload.get("EventType")))
            if task_type:
                self.tasks.add(f"{task_type.lower()}-{self.rng.getrandbits(64):016x}", task_type)

    def _record_media(self, clip: Mapping[str, Any]) -> None:
        """The clip's file and its source are media with names, as in a real library."""
        source_id = clip.get("SrcFileId")
        info = clip.get("FileInfo")
        if not isinstance(info, dict) or not isinstance(source_id, str) or not source_id:
            return
        source = self.library.get(source_id)
        if source is None:
            source = SimMedia(
                source_id,
                generator.source_name(self.rng),
                round(self.rng.uniform(300, 3600), 2),
            )
            self.library.add(source)
        file_id = info.get("FileId")
        if isinstance(file_id, str) and file_id:
            kind = "hls" if info.get("FileType") == "m3u8" else "mp4"
            name = f"{source.name} — clip {file_id[-4:]}"
            self.library.add(SimMedia(file_id, name, round(self.rng.uniform(5, 120), 2), kind))

    def finish_tasks(
        self,
        count: int,
        *,
        clip_share: float = 0.7,
        aborted_share: float = 0.05,
        finished_at: float | None = None,
    ) -> list[str]:
        """Finish tasks without queueing events (what an application whose events go to
        someone else looks like from the task list): clips, failed and aborted clips, and
        other task types mixed in. Returns the clip task ids."""
        clips = []
        for _ in range(count):
            if self.rng.random() >= clip_share:
                task_type = self.rng.choice(generator.OTHER_TASK_TYPES)
                self.tasks.add(
                    f"{task_type.lower()}-{self.rng.getrandbits(64):016x}",
                    task_type,
                    finished_at=finished_at,
                )
                continue
            body = generator.clip_complete(self.rng, self.base_url)["ClipCompleteEvent"]
            aborted = self.rng.random() < aborted_share
            self.tasks.add_clip(body, finished_at=finished_at, aborted=aborted)
            clips.append(body["TaskId"])
        return clips

    def start_backend(self) -> None:
        """Pull and confirm the queue from inside the simulator, like a customer's backend
        does, so a test can show that watch-only sees every clip while someone else drains
        the queue (its calls are not counted as requests: they are nobody's API calls)."""
        if self._backend_thread is not None:
            return
        self._backend_stop.clear()

        def run() -> None:
            while not self._backend_stop.is_set():
                texts = self.queue.pull(hold=0.2)
                handles = []
                for text in texts:
                    try:
                        entry = json.loads(text)
                    except ValueError:
                        continue
                    if isinstance(entry, dict) and isinstance(entry.get("EventHandle"), str):
                        handles.append(entry["EventHandle"])
                        self.backend_received[str(entry.get("EventType"))] += 1
                if handles:
                    with contextlib.suppress(HandleError):
                        self.queue.confirm(handles)

        self._backend_thread = threading.Thread(
            target=run, name="vod-simulator-backend", daemon=True
        )
        self._backend_thread.start()

    def stop_backend(self) -> None:
        self._backend_stop.set()
        if self._backend_thread is not None:
            self._backend_thread.join(timeout=2)
            self._backend_thread = None

    def enqueue_raw(self, entries: Iterable[bytes]) -> list[int]:
        return self.queue.enqueue_raw(entries)

    def enqueue_hostile(self, count: int) -> list[tuple[str, str]]:
        """Queue entries from the hostile corpus; returns (corpus name, task id) of each."""
        made = [hostile.hostile_entry(self.rng) for _ in range(count)]
        self.queue.enqueue_raw(raw for _, raw, _ in made)
        return [(entry.name, task_id) for entry, _, task_id in made]

    def start_generating(self, per_minute: float, *, hostile_share: float = 0.0) -> None:
        """Enqueue a realistic mix at random (Poisson) intervals until stopped; a share of
        the entries comes from the hostile corpus."""
        if per_minute <= 0 or self._gen_thread is not None:
            return
        self._gen_stop.clear()

        def run() -> None:
            while not self._gen_stop.wait(self.rng.expovariate(per_minute / 60.0)):
                if hostile_share and self.rng.random() < hostile_share:
                    self.enqueue_hostile(1)
                else:
                    self.enqueue_mixed(1)

        self._gen_thread = threading.Thread(target=run, name="vod-simulator-generator", daemon=True)
        self._gen_thread.start()

    def stop_generating(self) -> None:
        self._gen_stop.set()
        if self._gen_thread is not None:
            self._gen_thread.join(timeout=2)
            self._gen_thread = None
