#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (gcc) in
# build-asan/ and runs the whole test suite there, including the fuzz corpus replays
# (fuzz_corpus_*). Any sanitizer report fails the run (UBSan does not recover).
#   tools/sanitize.sh            # build + test
#   JOBS=4 tools/sanitize.sh     # more parallel jobs
# Needs only the packages of tools/dev.sh (gcc ships libasan/libubsan).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
jobs=${JOBS:-2}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCEHOURS_SANITIZE=ON "${launcher[@]}"
cmake --build "$build" -j"$jobs"
# detect_leaks=0: Qt's plugin and font caches live until exit and would be reported as leaks;
# the point here is memory errors and undefined behaviour.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Sanitized code runs 3-5x slower: QtTest's 5-minute watchdog per test function is too short for
# test_hostile_files::millionRows on a loaded 2-core machine (it fired at 300 s; not a report).
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-1800000}
ctest --test-dir "$build" -j"$jobs" --output-on-failure
