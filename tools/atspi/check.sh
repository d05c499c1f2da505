#!/bin/bash
# What a screen reader hears from bodymap, through the real accessibility bus (AT-SPI) under
# Xvfb: bodymap starts, the keyboard moves to a trigger point on the front view and shows it,
# and tools/atspi/events.py writes every announcement and description change it hears.
#
#   sudo apt-get install xvfb xdotool at-spi2-core dbus-x11 python3-pyatspi
#   dbus-run-session -- tools/atspi/check.sh [OUT.txt]        (default: /tmp/atspi-events.txt)
#
# Needs a display: set DISPLAY to a running Xvfb (Xvfb :77 &; export DISPLAY=:77).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-/tmp/atspi-events.txt}
export QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
sleep 1.5
"$root/.venv/bin/bodymap" gui --view front >/dev/null 2>&1 &
app=$!
sleep 7
/usr/bin/python3 "$here/events.py" "$out" 10 &
sleep 2
window=$(xdotool search --name "bodymap: referred pain atlas" | head -1)
xdotool windowactivate --sync "$window"
eval "$(xdotool getwindowgeometry --shell "$window")"
# A click beside the figure gives the front view the keyboard; Right goes to the first point
# in reading order, Enter shows it.
xdotool mousemove $((X + WIDTH / 2 - 60)) $((Y + HEIGHT - 120)) click 1
sleep 0.5
xdotool key Right
sleep 0.5
xdotool key Return
sleep 9
kill "$app"
cat "$out"
