#!/usr/bin/env bash
# Proves the README's "Use it" section (with docs/api.md's module path): installs wnet4j (the
# committed HEAD) into a TEMPORARY local Maven repository, then builds and tests two consumer
# projects written from those alone, release/consumers/classpath and release/consumers/modulepath,
# against it, all with the clone's Maven Wrapper (./mvnw; the consumers have none of their own). Your
# ~/.m2/repository is never written to (the wrapper keeps the Maven it downloads in ~/.m2/wrapper).
#
#   release/check-consumers.sh           fresh temporary repository: Maven downloads what it needs
#   release/check-consumers.sh --seed    start the temporary repository as a copy of ~/.m2/repository
#                                        (or of $WNET4J_SEED_REPOSITORY) and build offline (quicker;
#                                        nothing is downloaded)
#
# Needs what the build needs (JDK 17+, gcc, unzip). Uncommitted changes are not built: commit first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed=0
for arg in "$@"; do
  case "$arg" in
    --seed) seed=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "check-consumers.sh: unknown option '$arg' (use --seed)" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/wnet4j-consumers.XXXXXX")"
trap 'rm -rf "$work"' EXIT
repo="$work/repository"
mvn_opts=(-B -Dmaven.repo.local="$repo")
if [ "$seed" = 1 ]; then
  # A copy, never links: Maven rewrites metadata files in its local repository.
  cp -R "${WNET4J_SEED_REPOSITORY:-${HOME}/.m2/repository}" "$repo"
  rm -rf "$repo/io/github/wnet4j"
  mvn_opts+=(-o)
else
  mkdir -p "$repo"
fi

git clone --quiet --no-hardlinks "$ROOT" "$work/wnet4j"
git -C "$work/wnet4j" checkout --quiet "$(git -C "$ROOT" rev-parse HEAD)"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$work/wnet4j/pom.xml" | head -n 1)"
junit="$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' "$work/wnet4j/pom.xml" | head -n 1)"
echo "Installing wnet4j $version into $repo"
(cd "$work/wnet4j" && ./mvnw "${mvn_opts[@]}" -q -DskipTests install) >"$work/install.log" 2>&1 \
  || { tail -n 40 "$work/install.log" >&2; echo "check-consumers.sh: installing wnet4j failed" >&2; exit 1; }

status=0
for consumer in classpath modulepath; do
  cp -R "$ROOT/release/consumers/$consumer" "$work/$consumer"
  echo "== consumer on the $consumer (wnet4j $version, JUnit $junit)"
  if (cd "$work/$consumer" && "$work/wnet4j/mvnw" "${mvn_opts[@]}" -Dwnet4j.version="$version" -Djunit.version="$junit" verify) \
      >"$work/$consumer.log" 2>&1; then
    grep -E 'Tests run:.*Fail' "$work/$consumer.log" | tail -n 1
    echo "== $consumer: passed"
  else
    grep -E 'ERROR|Tests run:|FAIL' "$work/$consumer.log" | head -n 40
    echo "== $consumer: FAILED"
    status=1
  fi
done
exit "$status"
