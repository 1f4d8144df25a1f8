"""Pushed callbacks (normal callback): VOD POSTs each event to ``vodmonitor serve --listen``.

No reader: the receiver hands each body to ``Engine.submit_pushed``. A pushed event has no
handle, so nothing is confirmed on VOD; an acknowledged one is done after its undo window.
"""

from __future__ import annotations

from vodmonitor.sources.base import SourceKind

PUSHED = SourceKind("pushed", readers=0, batches_in_flight=1)
