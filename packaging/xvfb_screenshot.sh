#!/usr/bin/env bash
# Start the built application's demo workspace under Xvfb (X11, as on a desktop) and save a
# screenshot: the proof that the one-folder app opens its window, and the picture in
# docs/screenshots/packaged-demo-xvfb.png.
#
#   packaging/xvfb_screenshot.sh [APP [OUT.png [SECONDS]]]
#
# APP defaults to the newest dist/agentdesk-*/bin/agentdesk; SECONDS (45) is how long the window
# stays up before the shot (the demo syncs first). Needs xvfb, x11-utils and scrot (as root it
# installs them). Xvfb has no window manager: the "Today" widget sits at the top-left corner.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-$(ls -d dist/agentdesk-*/bin/agentdesk 2>/dev/null | tail -1)}
out=${2:-docs/screenshots/packaged-demo-xvfb.png}
wait_s=${3:-45}
[ -x "$app" ] || { echo "No built application: run packaging/build.sh first." >&2; exit 1; }
need=""
for tool in xvfb-run:xvfb xwininfo:x11-utils scrot:scrot; do
    command -v "${tool%%:*}" >/dev/null || need="$need ${tool#*:}"
done
if [ -n "$need" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "Install:$need" >&2; exit 1; }
    apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

export APP="$app" OUT="$out" WAIT_S="$wait_s"
# shellcheck disable=SC2016
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    started=$(date +%s.%N)
    QT_QPA_PLATFORM=xcb "$APP" --demo >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 600); do
        xwininfo -root -tree 2>/dev/null | grep -q "AgentDesk — demo workspace" && break
        kill -0 "$pid" 2>/dev/null || { echo "the application exited" >&2; exit 1; }
        sleep 0.1
    done
    echo "window shown after $(awk -v a="$(date +%s.%N)" -v b="$started" "BEGIN{printf \"%.1f\", a-b}") s"
    sleep "$WAIT_S"
    kill -0 "$pid" || { echo "the application died" >&2; exit 1; }
    scrot -o "$OUT"
    kill -INT "$pid"; wait "$pid"
    echo "still up after $WAIT_S s; exit $?; screenshot: $OUT"
'
