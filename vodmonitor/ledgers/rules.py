"""The ledger's rules, written once for SQLite and PostgreSQL.

Every state change an event goes through, which acknowledged events want confirming, and
how a conflicting payload gets an identity of its own. A ledger renders these for its
database (``Dialect``: table, placeholders, a team ledger's application scope and
revision) and runs them in its own transactions; the rules themselves exist only here.

The conditions are spelled out, not bound: SQLite uses the partial index on rows that
want confirming only when a query's WHERE matches the index's literally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from vodmonitor.events import CLIP_COMPLETE, Event
from vodmonitor.ledgers.model import WANTS_CONFIRM, EventState, Reason

WANTS_CONFIRM_SQL = "state IN ('acknowledged', 'confirm_failed')"


# --- search -------------------------------------------------------------------------------
def contains_pattern(text: str) -> str:
    """A LIKE/ILIKE pattern for "contains ``text``", its wildcards taken literally (with
    ESCAPE '\\', PostgreSQL's default)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# --- what a row holds when an event first arrives ---------------------------------------
INSERT_COLUMNS = (
    "identity, event_type, task_id, src_file_id, file_id, file_url, file_type, err_code, "
    "message, succeeded, first_seen, last_seen, handle, handle_at, state, state_reason, "
    "acknowledged_at, err_text, payload_hash"
)


def row_values(event: Event, received_at: float, auto_acknowledge_other: bool) -> list[object]:
    """The INSERT_COLUMNS of a new row. Another event type may be acknowledged at once
    (the setting that confirms them automatically)."""
    clip = event.clip
    auto_ack = auto_acknowledge_other and event.event_type != CLIP_COMPLETE
    return [
        event.identity,
        event.event_type,
        clip.task_id if clip else None,
        clip.src_file_id if clip else None,
        clip.file_id if clip else None,
        clip.file_url if clip else None,
        clip.file_type if clip else None,
        clip.err_code if clip else None,
        clip.message if clip else None,
        None if clip is None else int(clip.succeeded),
        received_at,
        received_at,
        event.handle,
        received_at if event.handle else None,
        EventState.ACKNOWLEDGED.value if auto_ack else EventState.NEW.value,
        Reason.AUTO_CONFIRM.value if auto_ack else "",
        received_at if auto_ack else None,
        (clip.err_text or None) if clip else None,
        event.payload_hash,
    ]


def latest_copies(events: list[Event] | tuple[Event, ...]) -> list[Event]:
    """One pull may in principle repeat an event: keep its last copy."""
    return list({event.identity: event for event in events}.values())


def is_redelivery(stored_hash: int | None, event: Event) -> bool:
    """A copy whose payload differs from the stored row's is not a redelivery: it must
    never lend its handle to a row the editor saw with other content."""
    return event.payload_hash is None or stored_hash is None or stored_hash == event.payload_hash


def conflict_identity(event: Event) -> str:
    """Another payload claims a stored row's TaskId: it becomes a row of its own, whose
    identity names its hash, so each is acknowledged and confirmed only as shown."""
    return f"{event.identity}#{event.payload_hash or 0:x}"


def confirm_now(
    state: str,
    handle: str | None,
    handle_at: float | None,
    received_at: float,
    acknowledged_at: float | None,
    acknowledged_before: float,
) -> bool:
    """An acknowledged event just arrived with a fresh handle, its undo window over:
    confirm it with that handle now."""
    return (
        state in WANTS_CONFIRM
        and bool(handle)
        and handle_at == received_at
        and acknowledged_at is not None
        and acknowledged_at <= acknowledged_before
    )


# --- state changes ------------------------------------------------------------------------
@dataclass(frozen=True)
class Transition:
    """``UPDATE … SET sets WHERE where`` over the given ids (or every row), returning ids.
    Values are named parameters (``:at``)."""

    sets: str
    where: str
    by_ids: bool = True
    durable: bool = False  # must survive power loss before anything is sent to VOD


# Only rows still new change, so two editors acknowledging the same row at once count
# once, and the first one's name stays on it (``:by`` is '' for one editor).
ACKNOWLEDGE = Transition(
    "state = 'acknowledged', acknowledged_at = :at, acknowledged_by = NULLIF(:by, ''), "
    "state_reason = ''",
    "state = 'new'",
    durable=True,
)
# Only the editor's own acknowledgement, and only before anything was sent.
UNACKNOWLEDGE = Transition(
    "state = 'new', acknowledged_at = NULL, acknowledged_by = NULL, state_reason = ''",
    "state = 'acknowledged' AND confirm_attempt_at IS NULL AND COALESCE(acknowledged_by, '') = :by",
    durable=True,
)
# Recorded before a confirmation is sent: after a crash it may already have happened.
CONFIRM_ATTEMPT = Transition("confirm_attempt_at = :at", "1 = 1", durable=True)
CONFIRMED = Transition(
    "state = 'confirmed', confirmed_at = :at, state_reason = :reason", WANTS_CONFIRM_SQL
)
# A wanted confirmation stays pending, with the reason shown to the editor.
CONFIRM_PROBLEM = Transition("state = :state, state_reason = :reason", WANTS_CONFIRM_SQL)
# Acknowledged events that never had a handle (watch-only rows, pushed events) have
# nothing to confirm: final once their undo window is over.
SETTLE_DONE = Transition(
    "state = 'done', confirmed_at = :at, state_reason = ''",
    "state = 'acknowledged' AND handle IS NULL AND acknowledged_at <= :before",
    by_ids=False,
)

# --- what the engine asks -------------------------------------------------------------------
# Wants confirming and holds a handle newer than :fresh; an acknowledgement newer than
# :before may still be undone: not yet.
PENDING = (
    f"SELECT id, handle FROM {{table}} WHERE {{scope}}{WANTS_CONFIRM_SQL} "
    "AND handle IS NOT NULL AND handle_at > :fresh AND acknowledged_at <= :before "
    "ORDER BY handle_at"
)
FRESH = (
    f"SELECT id, handle FROM {{table}} WHERE {{scope}}{{ids}} AND {WANTS_CONFIRM_SQL} "
    "AND handle IS NOT NULL AND handle_at > :fresh AND acknowledged_at <= :before"
)
# Confirmed once and never seen again since the attempt.
UNREDELIVERED = (
    f"SELECT id FROM {{table}} WHERE {{scope}}{WANTS_CONFIRM_SQL} "
    "AND confirm_attempt_at IS NOT NULL AND confirm_attempt_at < :before "
    "AND last_seen <= confirm_attempt_at"
)


@dataclass(frozen=True)
class Dialect:
    """How a ledger's database spells the rules."""

    table: str
    ids: str  # a condition on :ids
    scope: str = ""  # a condition every statement adds (a team ledger's application)
    bump: str = ""  # what every change also sets (a team ledger's revision)
    named: str = ":{}"  # how a named parameter is written

    def query(self, template: str) -> str:
        scope = f"{self.scope} AND " if self.scope else ""
        sql = template.format(table=self.table, scope=scope, ids=self.ids)
        return self._params(sql)

    def update(self, change: Transition) -> str:
        conditions = [c for c in (self.scope, self.ids if change.by_ids else "") if c]
        conditions.append(f"({change.where})")
        sets = change.sets + (f", {self.bump}" if self.bump else "")
        sql = f"UPDATE {self.table} SET {sets} WHERE {' AND '.join(conditions)} RETURNING id"
        return self._params(sql)

    def _params(self, sql: str) -> str:
        return re.sub(r"(?<![:\w]):([a-z_]+)", lambda m: self.named.format(m.group(1)), sql)


def params(**values: Any) -> dict[str, Any]:
    """The named parameters of a rule, with the ones every rule may mention defaulted."""
    return {"by": "", "reason": "", **values}
