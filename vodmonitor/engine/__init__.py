"""The engine: a pure core of decisions and thin thread shells around it."""

from vodmonitor.engine.engine import *  # noqa: F403
