"""Where events come from: reliable callback, watch-only, pushed callbacks."""
