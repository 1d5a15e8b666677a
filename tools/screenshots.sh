#!/bin/sh
# Regenerates docs/screenshots/*.png (Chinese UI) and docs/screenshots/en/*.png (English UI):
#   tools/screenshots.sh [BUILD_DIR]
# Builds the gui_screenshots tool and runs it under Xvfb (xvfb-run) when available, else with the
# offscreen platform. Chinese text uses WenQuanYi Micro Hei (apt: fonts-wqy-microhei).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build"}
[ -f "$build/build.ninja" ] || cmake -S "$here" -B "$build" -G Ninja
cmake --build "$build" --target gui_screenshots
tool="$build/tests/gui/gui_screenshots"
out="$here/docs/screenshots"
mkdir -p "$out/en"
run() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 TZ=UTC "$tool" "$@"
    else
        QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC "$tool" "$@"
    fi
}
run "$out" --lang zh_CN
run "$out/en" --lang en
