#!/usr/bin/env bash
# One entry point for developers and CI, on Debian 12 (as root, or with sudo):
#   tools/dev.sh run    install what is missing, build, start CE Hours on its default database
#   tools/dev.sh test   install what is missing, build, run every test (CTest)
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
build=${BUILD_DIR:-build}
case "$mode" in run|test|build) ;; *) echo "usage: $0 run|test|build" >&2; exit 2 ;; esac

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libxlsxwriter-dev libminizip-dev zlib1g-dev
  fonts-wqy-microhei
  # used by the tests: PDF text/images, xlsx read-back, a display for screenshots
  poppler-utils python3-openpyxl xvfb xauth
  # the benchmark's reference (tests/bench/bench_cehours: the sqlite3 shell doing the same writes)
  sqlite3
  # the shared-office backend (issue 13): the QPSQL driver, and a server the tests start themselves
  libqt6sql6-psql postgresql
  # the server password in the OS credential store (issue 13; optional: without it, asked every start)
  qtkeychain-qt6-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== configuring and building in $build/"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2

case "$mode" in
  run)
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "== no display: starting CE Hours inside Xvfb (xvfb-run)"
      exec xvfb-run -a "$build/app/cehours" "$@"
    fi
    exec "$build/app/cehours" "$@"
    ;;
  test)
    echo "== running the tests"
    ctest --test-dir "$build" --output-on-failure -j2 --timeout 900
    ;;
esac
