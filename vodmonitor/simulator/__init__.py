"""A local stand-in for the Tencent Cloud VOD event API, for demo mode, tests and benchmarks."""

from vodmonitor.simulator.queue import EventQueue, SimulatorConfig
from vodmonitor.simulator.server import Simulator

DEMO_SECRET_ID = "AKIDdemo00000000000000000000000000"
DEMO_SECRET_KEY = "demoSecretKey0000000000000000000"
DEMO_SUB_APP_ID = 1500000001


def demo_config(**overrides: object) -> SimulatorConfig:
    """A simulator accepting the public demo credentials; timings as given or VOD's own."""
    config = SimulatorConfig(
        secret_id=DEMO_SECRET_ID, secret_key=DEMO_SECRET_KEY, sub_app_id=DEMO_SUB_APP_ID
    )
    for key, value in overrides.items():
        if not hasattr(config, key):
            raise TypeError(f"SimulatorConfig has no field {key!r}")
        setattr(config, key, value)
    return config


__all__ = [
    "DEMO_SECRET_ID",
    "DEMO_SECRET_KEY",
    "DEMO_SUB_APP_ID",
    "EventQueue",
    "Simulator",
    "SimulatorConfig",
    "demo_config",
]
