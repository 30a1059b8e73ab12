#!/bin/sh
# Builds the mpr.dll test double: build-double.sh <source.c> <output directory>.
# Run by Maven (exec-maven-plugin) on Linux only.
set -eu
src="$1"
out_dir="$2"
out="$out_dir/libmprdouble.so"
cc="${CC:-gcc}"
# Up to date: leave the file alone, since other test JVMs may have it loaded.
if [ -f "$out" ] && [ "$out" -nt "$src" ] && [ "$out" -nt "$0" ]; then
    exit 0
fi
if ! command -v "$cc" >/dev/null 2>&1; then
    echo "wnet4j-native-testing: the C compiler '$cc' is missing; it is needed to build the mpr.dll test double (libmprdouble.so) that the JNA and JNR backend tests call. Install it: apt-get install gcc" >&2
    exit 1
fi
mkdir -p "$out_dir"
tmp="$out.$$.tmp"
trap 'rm -f "$tmp"' EXIT
"$cc" -std=c11 -O2 -fPIC -shared -fvisibility=hidden -Wall -Wextra -Werror -pedantic -o "$tmp" "$src"
# Renamed into place in one step, so a JVM loading the double never sees a half-written file.
mv -f "$tmp" "$out"
