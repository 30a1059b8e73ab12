#!/usr/bin/env bash
# Runs the release build without publishing (./mvnw -B -Prelease -DskipTests -Dgpg.skip clean verify),
# then compares the BOM's list with what the build made: for every artifact bom/pom.xml lists, its
# jar, -sources.jar, -javadoc.jar and CycloneDX SBOM (-cyclonedx.json and .xml), and with --signed
# an .asc signature of each and of its POM; the BOM's own flattened POM and SBOM; and, the other way,
# every published jar module the BOM must list. Exit status 0 only if the build passed (no javadoc
# warning) and nothing is missing. The release needs JDK 22+ (the BOM lists backend-ffm): on an
# older JDK the release profile refuses, in one sentence, and so does this script.
#
#   release/check-release.sh              the release build exactly as issued, then the check
#   release/check-release.sh --count      javadoc warnings allowed, to count them per module
#   release/check-release.sh --signed     sign with gpg (needs a key) and check every .asc too
#   release/check-release.sh --built      no build: check what the last release build left in target/
#   release/check-release.sh ... -Dmaven.repo.local=DIR   any other argument goes to Maven
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
count=0
signed=0
build=1
mvn_extra=()
for arg in "$@"; do
  case "$arg" in
    --count) count=1 ;;
    --signed) signed=1 ;;
    --built) build=0 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) mvn_extra+=("$arg") ;;
  esac
done
[ "$count" = 0 ] || mvn_extra+=(-Djavadoc.failOnWarnings=false -Djavadoc.failOnError=false)
[ "$signed" = 1 ] || mvn_extra+=(-Dgpg.skip)

status=0
log=""
if [ "$build" = 1 ]; then
  log="$(mktemp "${TMPDIR:-/tmp}/wnet4j-release.XXXXXX.log")"
  # clean first: the javadoc plugin skips modules whose sources it thinks unchanged, hiding warnings.
  ./mvnw -B "${mvn_extra[@]}" -Prelease -DskipTests clean verify >"$log" 2>&1 || status=$?
  if grep -q 'RequireJavaVersion failed with message' "$log"; then
    grep -A1 'RequireJavaVersion failed with message' "$log" | tail -n 1 | sed 's/^\[ERROR\] //'
    echo "release build REFUSED; log: $log"
    exit 1
  fi
  echo "javadoc findings per module (unique file:line messages):"
  awk '/-+< io\.github\.wnet4j:.* >-+/ { m = $0; sub(/.*< io\.github\.wnet4j:/, "", m); sub(/ >.*/, "", m) }
       /\.java:[0-9]+: (warning|error): / { line = $0; sub(/^\[[A-Z]+\] /, "", line); print m "\t" line }' "$log" \
    | sort -u | awk -F'\t' '{ kind = ($2 ~ /: error: /) ? "errors" : "warnings"; n[$1 " " kind]++ }
                          END { for (k in n) print "  " k ": " n[k] }' | sort
fi

version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)"
# The artifactId a module's own POM declares (the first one after its <parent>).
own_artifact() { sed -n '/<\/parent>/,$p' "$1" | sed -n 's:.*<artifactId>\(.*\)</artifactId>.*:\1:p' | head -n 1; }
# The modules of this build (backend-ffm included, whichever JDK runs this script), by artifactId.
declare -A module_of=()
for pom in */pom.xml; do
  module_of["$(own_artifact "$pom")"]="$(dirname "$pom")"
done
# The BOM's list: "artifactId classifier" per dependency (classifier "-" when none).
bom_list="$(awk '/<dependency>/ { a = ""; c = "-" }
                 /<artifactId>/ { a = $0; gsub(/.*<artifactId>|<\/artifactId>.*/, "", a) }
                 /<classifier>/ { c = $0; gsub(/.*<classifier>|<\/classifier>.*/, "", c) }
                 /<\/dependency>/ { print a, c }' bom/pom.xml)"

missing=0
found=0
expect() { # expect FILE WHAT: FILE exists (and, with --signed, FILE.asc somewhere under its target/)
  local file="$1" what="$2"
  if [ -f "$file" ]; then
    echo "  ok       $file"; found=$((found + 1))
  else
    echo "  MISSING  $what: $file"; missing=$((missing + 1)); return 0
  fi
  if [ "$signed" = 1 ]; then
    local target="${file%%/target/*}/target"
    if [ -n "$(find "$target" -name "$(basename "$file").asc" -print -quit)" ]; then
      echo "  ok       $(basename "$file").asc"; found=$((found + 1))
    else
      echo "  MISSING  ${what%% (*}: signature $(basename "$file").asc under $target"; missing=$((missing + 1))
    fi
  fi
}
# The CycloneDX plugin skips itself when Maven runs offline (-o): then every SBOM is missing.
sbom_what="SBOM (none is made offline)"
sbom() { expect "$1/target/$2-$version-cyclonedx.json" "$2: $sbom_what"; expect "$1/target/$2-$version-cyclonedx.xml" "$2: $sbom_what"; }

echo "The BOM lists $(wc -l <<<"$bom_list") artifacts; what the build made for each (version $version):"
while read -r artifact classifier; do
  module="${module_of[$artifact]:-}"
  if [ -z "$module" ] || [ ! -d "$module/target" ]; then
    echo "  MISSING  $artifact${classifier/#-/}: the BOM lists it, and this build made nothing for it"
    missing=$((missing + 1)); continue
  fi
  if [ "$classifier" != "-" ]; then
    # A runnable jar: the shade plugin writes it as target/<classifier>.jar and attaches it.
    jar="$module/target/$artifact-$version-$classifier.jar"
    [ -f "$jar" ] || jar="$module/target/$classifier.jar"
    expect "$jar" "$artifact (classifier $classifier)"
    continue
  fi
  for kind in "" -sources -javadoc; do
    expect "$module/target/$artifact-$version$kind.jar" "$artifact${kind:+ ($kind)}"
  done
  sbom "$module" "$artifact"
  [ "$signed" = 0 ] || [ -n "$(find "$module/target" -name "$artifact-$version.pom.asc" -print -quit)" ] \
    || { echo "  MISSING  $artifact: signature $artifact-$version.pom.asc"; missing=$((missing + 1)); }
done <<<"$bom_list"

echo "The BOM itself:"
if [ -f bom/target/.flattened-pom.xml ] && ! grep -q '<parent>' bom/target/.flattened-pom.xml; then
  echo "  ok       bom/target/.flattened-pom.xml (no parent)"
else
  echo "  MISSING  bom: flattened POM without a parent"; missing=$((missing + 1))
fi
sbom bom wnet4j-bom
[ "$signed" = 0 ] || [ -n "$(find bom/target -name "wnet4j-bom-$version.pom.asc" -print -quit)" ] \
  || { echo "  MISSING  wnet4j-bom: signature wnet4j-bom-$version.pom.asc"; missing=$((missing + 1)); }

echo "Published jar modules the BOM must list:"
for artifact in "${!module_of[@]}"; do
  pom="${module_of[$artifact]}/pom.xml"
  grep -q '<packaging>pom</packaging>' "$pom" && continue
  grep -q '<wnet4j.publish.skip>true</wnet4j.publish.skip>' "$pom" && continue
  if grep -q "^$artifact -$" <<<"$bom_list"; then
    echo "  ok       $artifact"
  else
    echo "  NOT IN BOM  $artifact is published but bom/pom.xml does not list it"; missing=$((missing + 1))
  fi
done

if grep -q '^wnet4j-cli wnet$' <<<"$bom_list"; then
  if [ -f cli/target/wnet.jar ] && unzip -p cli/target/wnet.jar META-INF/MANIFEST.MF | grep -q '^Enable-Native-Access: ALL-UNNAMED'; then
    echo "  ok       cli/target/wnet.jar has Enable-Native-Access: ALL-UNNAMED"
  else
    echo "  MISSING  cli: the runnable wnet jar with Enable-Native-Access"; missing=$((missing + 1))
  fi
fi
if [ "$status" -ne 0 ]; then
  grep -E '^\[ERROR\] Failed to execute' "$log" | cut -c1-240
  echo "release build FAILED (exit $status); log: $log"
  exit 1
fi
[ "$missing" -eq 0 ] || { echo "$missing files missing ($found present)${log:+; log: $log}"; exit 1; }
what="every artifact the BOM lists has its jar, sources, javadoc and SBOM"
[ "$signed" = 0 ] || what="$what, each signed"
if [ "$count" = 1 ]; then
  echo "release build passed WITH JAVADOC WARNINGS ALLOWED (--count); $what ($found files)"
else
  echo "release ${log:+build passed; }check passed: $what ($found files)"
fi
[ -z "$log" ] || rm -f "$log"
