"""What editors think in: media facts, covers, signed links, downloads."""
