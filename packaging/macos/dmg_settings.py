# dmgbuild settings:  dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/vodmonitor.app "vodmonitor" dist/vodmonitor.dmg
import os.path

application = defines.get("app", "dist/vodmonitor.app")  # noqa: F821 - defined by dmgbuild
appname = os.path.basename(application)

format = "UDZO"
size = None
files = [application]
symlinks = {"Applications": "/Applications"}
# The volume icon needs no extra (a badge icon would need dmgbuild[badge_icons]).
icon = "vodmonitor/resources/icons/vodmonitor.icns"
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((100, 100), (640, 300))
default_view = "icon-view"
show_icon_preview = False
icon_size = 96
