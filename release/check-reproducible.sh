#!/usr/bin/env bash
# Proves the build is reproducible: builds the committed HEAD twice, from two fresh clones in two
# different directories, and compares every jar the builds make (jars, -sources, -javadoc, the
# runnable wnet jar, test jars) byte for byte. Exit status 0 only if all are identical.
#
#   release/check-reproducible.sh            (uses Maven's local repository as usual)
#   release/check-reproducible.sh -o         (offline: only what the local repository holds)
#
# Needs what the release build needs (JDK 22+, since it builds with -Prelease; gcc, unzip: each clone's
# ./mvnw brings Maven).
# Uncommitted changes are not built: commit first. MAVEN_OPTS=-Dmaven.repo.local=DIR uses another
# local repository.
# The javadoc jars are built with warnings allowed, so that this check does not depend on them (the
# release profile itself fails on any warning).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn_extra=()
for arg in "$@"; do
  case "$arg" in
    -o|--offline) mvn_extra+=(-o) ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "check-reproducible.sh: unknown option '$arg' (use -o)" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/wnet4j-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT
commit="$(git -C "$ROOT" rev-parse HEAD)"
echo "Building $commit twice (in $work/first and $work/second)"

for build in first second; do
  git clone --quiet --no-hardlinks "$ROOT" "$work/$build"
  git -C "$work/$build" checkout --quiet "$commit"
  (cd "$work/$build" && ./mvnw -B -q "${mvn_extra[@]}" -Prelease -Dgpg.skip -DskipTests \
      -Djavadoc.failOnWarnings=false -Djavadoc.failOnError=false package) \
    >"$work/$build.log" 2>&1 || { tail -n 40 "$work/$build.log" >&2; echo "check-reproducible.sh: the $build build failed" >&2; exit 1; }
done

(cd "$work/first" && find . -path '*/target/*' -name '*.jar' -not -path '*/target/*/*' | sort) >"$work/jars"
[ -s "$work/jars" ] || { echo "check-reproducible.sh: the build made no jars" >&2; exit 1; }
same=0
differ=0
while read -r jar; do
  if [ ! -f "$work/second/$jar" ]; then
    echo "MISSING in the second build: $jar"
    differ=$((differ + 1))
  elif cmp -s "$work/first/$jar" "$work/second/$jar"; then
    echo "same    $(sha256sum <"$work/first/$jar" | cut -c1-16)  $jar"
    same=$((same + 1))
  else
    echo "DIFFER  $jar"
    differ=$((differ + 1))
  fi
done <"$work/jars"
echo "$same jars identical, $differ different"
[ "$differ" -eq 0 ]
