#!/bin/sh
# Builds the mpr.dll test double: build-double.sh <source.c> <output directory>.
# Run by Maven (exec-maven-plugin) on Linux only.
set -eu
src="$1"
out_dir="$2"
cc="${CC:-gcc}"
if ! command -v "$cc" >/dev/null 2>&1; then
    echo "wnet4j-native-testing: the C compiler '$cc' is missing; it is needed to build the mpr.dll test double (libmprdouble.so) that the JNA and JNR backend tests call. Install it: apt-get install gcc" >&2
    exit 1
fi
mkdir -p "$out_dir"
exec "$cc" -std=c11 -O2 -fPIC -shared -fvisibility=hidden -Wall -Wextra -Werror -pedantic \
    -o "$out_dir/libmprdouble.so" "$src"
