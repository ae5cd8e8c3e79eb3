#!/usr/bin/env bash
# Takes docs/notification.png: a real Parley notification (DBusNotifier) shown by dunst, the
# notification daemon of many tiling desktops, on a virtual X display, then clicks it with
# dunstctl to check that the click comes back to the client. Needs (Debian, as root):
#   apt-get install -y xvfb dunst imagemagick dbus
# Run from the repository root after `mvn -B -o -pl client -am test-compile`.
# The bus is a private dbus-daemon on a socket path, as in the tests: dbus-run-session on
# Debian 12 listens on an abstract socket, which the JDK's unix sockets cannot reach.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
out=${1:-docs/notification.png}
display=:77

cleanup() {
  [ -n "${dunst_pid:-}" ] && kill "$dunst_pid" 2>/dev/null || true
  [ -n "${bus_pid:-}" ] && kill "$bus_pid" 2>/dev/null || true
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 800x300x24 -nolisten tcp >/dev/null 2>&1 &
x_pid=$!

cat > "$work/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$work/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
CONF
dbus-daemon --nofork --print-address=1 --config-file="$work/session.conf" > "$work/address" &
bus_pid=$!
for _ in $(seq 50); do [ -s "$work/address" ] && break; sleep 0.1; done
export DBUS_SESSION_BUS_ADDRESS=$(head -1 "$work/address")
export DISPLAY=$display

# A dunst look close to a desktop default: top right, rounded frame, DejaVu Sans, no timeout.
cat > "$work/dunstrc" <<CONF
[global]
    origin = top-right
    offset = 16x16
    width = 420
    font = DejaVu Sans 11
    frame_width = 1
    frame_color = "#8a8f98"
    corner_radius = 8
    padding = 12
    horizontal_padding = 14
    markup = full
    format = "<b>%s</b>\n%b"
    show_indicators = no
    mouse_left_click = do_action, close_current
[urgency_normal]
    background = "#2b2d31"
    foreground = "#f2f3f5"
    timeout = 0
CONF
dunst -config "$work/dunstrc" >/dev/null 2>&1 &
dunst_pid=$!
for _ in $(seq 50); do dunstctl is-paused >/dev/null 2>&1 && break; sleep 0.1; done

mvn -B -q -o -pl client dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp=$(cat "$work/cp")
java -cp "client/target/test-classes:client/target/classes:$cp" dev.parley.client.notify.NotificationDemo &
demo_pid=$!
for _ in $(seq 100); do [ "$(dunstctl count displayed 2>/dev/null || echo 0)" -ge 1 ] && break; sleep 0.1; done
sleep 0.5 # let dunst finish drawing
import -window root -crop 456x124+344+0 +repage "$out"
echo "wrote $out"

dunstctl action 0
wait "$demo_pid" && echo "the click reached the client" || { echo "the click did not reach the client"; exit 1; }
