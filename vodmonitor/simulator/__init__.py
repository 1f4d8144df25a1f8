"""A local stand-in for the Tencent Cloud VOD event API, for demo mode, tests and benchmarks."""

from vodmonitor.simulator.queue import EventQueue, SimulatorConfig
from vodmonitor.simulator.server import Simulator

DEMO_SECRET_ID = "AKIDdemo00000000000000000000000000"
DEMO_SECRET_KEY = "demoSecretKey0000000000000000000"
DEMO_SUB_APP_ID = 1500000001

__all__ = [
    "DEMO_SECRET_ID",
    "DEMO_SECRET_KEY",
    "DEMO_SUB_APP_ID",
    "EventQueue",
    "Simulator",
    "SimulatorConfig",
]
