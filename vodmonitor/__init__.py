"""vodmonitor: watch Tencent Cloud VOD clip results pulled through reliable callback."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vodmonitor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "vodmonitor"
