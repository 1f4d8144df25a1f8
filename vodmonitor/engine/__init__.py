"""The engine: a pure core of decisions (``core``) and thin thread shells around it."""

from vodmonitor.engine.config import EngineConfig
from vodmonitor.engine.engine import Engine
from vodmonitor.engine.status import (
    Change,
    ChangeCallback,
    EngineState,
    EngineStatus,
    StatusCallback,
    TeamStatus,
)

__all__ = [
    "Change",
    "ChangeCallback",
    "Engine",
    "EngineConfig",
    "EngineState",
    "EngineStatus",
    "StatusCallback",
    "TeamStatus",
]
