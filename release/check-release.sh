#!/usr/bin/env bash
# Runs the release build without publishing (mvn -B -Prelease -DskipTests -Dgpg.skip verify) and
# checks that every published module has its jar, -sources.jar and -javadoc.jar, and the BOM its
# flattened POM. Exit status 0 only if the build passed (no javadoc warning) and nothing is missing.
#
#   release/check-release.sh              the release build exactly as issued
#   release/check-release.sh --count      javadoc warnings allowed, to count them per module
#   release/check-release.sh ... -o       any other argument goes to Maven (here: offline)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
count=0
mvn_extra=()
for arg in "$@"; do
  case "$arg" in
    --count) count=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) mvn_extra+=("$arg") ;;
  esac
done
[ "$count" = 0 ] || mvn_extra+=(-Djavadoc.failOnWarnings=false -Djavadoc.failOnError=false)

log="$(mktemp "${TMPDIR:-/tmp}/wnet4j-release.XXXXXX.log")"
status=0
# clean first: the javadoc plugin skips modules whose sources it thinks unchanged, hiding warnings.
mvn -B "${mvn_extra[@]}" -Prelease -DskipTests -Dgpg.skip clean verify >"$log" 2>&1 || status=$?

echo "javadoc findings per module (unique file:line messages):"
awk '/-+< io\.github\.wnet4j:.* >-+/ { m = $0; sub(/.*< io\.github\.wnet4j:/, "", m); sub(/ >.*/, "", m) }
     /\.java:[0-9]+: (warning|error): / { line = $0; sub(/^\[[A-Z]+\] /, "", line); print m "\t" line }' "$log" \
  | sort -u | awk -F'\t' '{ split($2, p, ": "); kind = ($2 ~ /: error: /) ? "errors" : "warnings"; n[$1 " " kind]++ }
                        END { for (k in n) print "  " k ": " n[k] }' | sort
missing=0
for module in api native-common backend-fake backend-jna backend-jnr conformance-tests cli; do
  for kind in "" -sources -javadoc; do
    jar="$(ls "$module"/target/wnet4j-"$module"-*"$kind".jar 2>/dev/null | grep -v -- "-tests.jar" | head -n 1 || true)"
    [ -n "$kind" ] || jar="$(ls "$module"/target/wnet4j-"$module"-*.jar 2>/dev/null | grep -Ev -- '-(sources|javadoc|tests)\.jar$' | head -n 1 || true)"
    if [ -n "$jar" ]; then echo "  ok       $jar"; else echo "  MISSING  $module: jar${kind:+ ($kind)}"; missing=$((missing + 1)); fi
  done
done
if [ -f cli/target/wnet.jar ] && unzip -p cli/target/wnet.jar META-INF/MANIFEST.MF | grep -q '^Enable-Native-Access: ALL-UNNAMED'; then
  echo "  ok       cli/target/wnet.jar (classifier wnet, Enable-Native-Access: ALL-UNNAMED)"
else
  echo "  MISSING  cli: the runnable wnet jar with Enable-Native-Access"; missing=$((missing + 1))
fi
if [ -f bom/target/.flattened-pom.xml ] && ! grep -q '<parent>' bom/target/.flattened-pom.xml; then
  echo "  ok       bom/target/.flattened-pom.xml (no parent)"
else
  echo "  MISSING  bom: flattened POM without a parent"; missing=$((missing + 1))
fi
if [ "$status" -ne 0 ]; then
  grep -E '^\[ERROR\] Failed to execute' "$log" | cut -c1-240
  echo "release build FAILED (exit $status); log: $log"
  exit 1
fi
[ "$missing" -eq 0 ] || { echo "$missing artifacts missing; log: $log"; exit 1; }
if [ "$count" = 1 ]; then
  echo "release build passed WITH JAVADOC WARNINGS ALLOWED (--count); every published module has its jar, sources and javadoc"
else
  echo "release build passed; every published module has its jar, sources and javadoc"
fi
rm -f "$log"
