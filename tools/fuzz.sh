#!/bin/sh
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for a while.
#   tools/fuzz.sh build                 # configure + build fuzz_csv fuzz_xlsx fuzz_rules fuzz_roster fuzz_activities fuzz_participants
#   tools/fuzz.sh run TARGET [RUNS]     # fuzz one target (default 10,000,000 runs; MAX_TIME=seconds stops earlier;
#                                       # TIMEOUT=seconds per input, default 30: raise it on a loaded machine, where a
#                                       # process at nice 19 can wait longer than that for the CPU), one process at low priority,
#                                       # new inputs in build-fuzz/corpus-TARGET/, crashes in build-fuzz/crash-TARGET/
# Needs clang (apt-get install --no-install-recommends clang); not part of the normal build.
set -eu
cd "$(dirname "$0")/.."
B=build-fuzz
case "${1:-build}" in
build)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
    cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCEHOURS_FUZZ=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
    nice -n 19 cmake --build "$B" -j2 --target fuzz_csv fuzz_xlsx fuzz_rules fuzz_roster fuzz_activities fuzz_participants
    ;;
run)
    T="$2"
    RUNS="${3:-10000000}"
    mkdir -p "$B/corpus-$T" "$B/crash-$T"
    # -rss_limit_mb: the readers' own limits keep memory far below this; -max_len: inputs up to 64 KB.
    exec nice -n 19 "$B/tests/fuzz/fuzz_$T" -runs="$RUNS" -max_total_time="${MAX_TIME:-0}" -max_len=65536 -rss_limit_mb=2048 -timeout="${TIMEOUT:-30}" \
        -artifact_prefix="$B/crash-$T/" -print_final_stats=1 "$B/corpus-$T" "tests/fuzz/corpus/$T"
    ;;
*)
    echo "usage: $0 build | run TARGET [RUNS]" >&2
    exit 2
    ;;
esac
