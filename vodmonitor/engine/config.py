"""The engine's timings and policies; the source and the role say the rest."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class EngineConfig:
    # A handle lives 30 s; confirm only with one younger than this, leaving a margin.
    handle_fresh_s: float = 25.0
    # No redelivery this long after a confirmation attempt, while live: VOD has it.
    redelivery_grace_s: float = 90.0
    confirm_other_types: bool = False
    # VOD allows 100 requests/s per action; stay just under instead of provoking throttling.
    max_requests_per_s: float | None = 95.0
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 60.0
    push_recheck_s: float = 30.0
    # A clock error heals when the user fixes the clock: look again this often.
    clock_recheck_s: float = 30.0
    # The worker goes through its loop at least once a second when healthy; LIVE needs it
    # to have done so this recently.
    heartbeat_s: float = 5.0
    # ConfirmEvents cannot be taken back: an acknowledgement waits this long, while the
    # editor may undo it, before its confirmation goes out.
    undo_s: float = 5.0
    idle_config_recheck_s: float = 300.0
    # A shared ledger: how often to look for other desktops' acknowledgements.
    shared_check_s: float = 1.0
    # How often the backlog at VOD is read while live (and soon after the queue runs dry).
    backlog_s: float = 60.0
    # Settled results older than this many days are removed locally (0: keep everything),
    # checked this often, a few hundred rows per transaction in the low-priority lane.
    keep_days: float = 0.0
    prune_every_s: float = 3600.0
