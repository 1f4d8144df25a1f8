"""Who pulls and confirms: alone, always; in a team, whoever holds the lead.

A role replaces the engine's old coordinator flags. The engine asks it whether this
desktop leads now, whether others write the same ledger (their acknowledgements then
arrive through it), what to show of the team, and runs its link thread if it has one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from vodmonitor.cloud import CloudError
from vodmonitor.engine.status import Change, EngineStatus, TeamStatus


class RoleSide(Protocol):
    """What the engine offers its role (called from the role's own thread)."""

    @property
    def status(self) -> EngineStatus: ...

    def can_pull(self) -> bool: ...

    def has_connection(self) -> bool: ...

    def refused(self) -> CloudError | None: ...

    def post(self, task: Callable[[], Change | None]) -> None: ...

    def events_arriving(self) -> None:
        """Other desktops' events are on their way to this one: media work yields."""
        ...

    def lead_changed(self, leading: bool) -> None: ...

    def publish(self, status: EngineStatus, *, force: bool = False) -> None: ...


class Role(Protocol):
    @property
    def shared(self) -> bool:
        """Other desktops write the same ledger."""
        ...

    @property
    def team(self) -> TeamStatus | None:
        """What the status bar shows of the team; None alone."""
        ...

    def leads(self) -> bool: ...

    def wait_to_lead(self, timeout: float) -> bool: ...

    def link(self, side: RoleSide) -> Callable[[threading.Event], None] | None:
        """The role's own thread (run until the event is set), or None."""
        ...

    def recovered(self) -> None:
        """The ledger works again after an outage: catch up with what others did."""
        ...


class Alone:
    """One editor: this desktop always leads, and nobody else writes its ledger."""

    shared = False
    team = None

    def leads(self) -> bool:
        return True

    def wait_to_lead(self, timeout: float) -> bool:
        return True

    def link(self, side: RoleSide) -> Callable[[threading.Event], None] | None:
        return None

    def recovered(self) -> None:
        pass
