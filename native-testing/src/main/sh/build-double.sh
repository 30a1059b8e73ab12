#!/bin/sh
# Builds the mpr.dll test double: build-double.sh <source directory> <output directory>.
# Every .c file of the source directory goes into the one library. Run by Maven
# (exec-maven-plugin) on Linux only.
set -eu
src_dir="$1"
out_dir="$2"
out="$out_dir/libmprdouble.so"
cc="${CC:-gcc}"
# Up to date: leave the file alone, since other test JVMs may have it loaded.
if [ -f "$out" ] && [ "$out" -nt "$0" ]; then
    stale=""
    for f in "$src_dir"/*.c "$src_dir"/*.h; do
        if [ "$f" -nt "$out" ]; then
            stale="$f"
        fi
    done
    if [ -z "$stale" ]; then
        exit 0
    fi
fi
if ! command -v "$cc" >/dev/null 2>&1; then
    echo "wnet4j-native-testing: the C compiler '$cc' is missing; it is needed to build the mpr.dll test double (libmprdouble.so) that the JNA and JNR backend tests call. Install it: apt-get install gcc" >&2
    exit 1
fi
mkdir -p "$out_dir"
tmp="$out.$$.tmp"
trap 'rm -f "$tmp"' EXIT
"$cc" -std=c11 -O2 -fPIC -shared -fvisibility=hidden -pthread -Wall -Wextra -Werror -pedantic -o "$tmp" "$src_dir"/*.c
# Renamed into place in one step, so a JVM loading the double never sees a half-written file.
mv -f "$tmp" "$out"
