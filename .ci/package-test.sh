#!/usr/bin/env bash
# Package test: proves the installed layout works. Called by CI after the tests, as root on Debian 12:
#   bash .ci/package-test.sh [BUILD_DIR]        (default: build)
# 1. builds the DEB with CPack in BUILD_DIR and checks its Depends and contents,
# 2. installs it with apt-get, runs the installed cehours-cli (--version, init, import-staff,
#    list-staff, credits when the command exists) on a fresh database, removes the package;
# 3. generates the NSIS installer script with CPack and compiles it with makensis, once as CPack
#    does and once on a staged tree of dummy Windows files, so a broken script is caught here.
# Exits non-zero on the first failure, naming the step.
set -euo pipefail

SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$(cd "${1:-$SRC_DIR/build}" 2>/dev/null && pwd)" || { echo "package-test: build dir '${1:-$SRC_DIR/build}' not found (configure and build first)" >&2; exit 1; }
WORK="$(mktemp -d)"
INSTALLED_BY_US=0

STEP=""
step() { STEP="$*"; echo; echo "==> package-test: $*"; }
fail() { echo "package-test: FAILED at step '$STEP': $*" >&2; exit 1; }
cleanup() {
  local rc=$?
  if [ "$INSTALLED_BY_US" = 1 ]; then
    echo "package-test: removing the cehours package after failure"
    apt-get remove -y cehours >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  if [ $rc -ne 0 ] && [ -n "$STEP" ]; then
    echo "package-test: FAILED (step: $STEP)" >&2
  fi
}
trap cleanup EXIT

[ -f "$BUILD_DIR/CMakeCache.txt" ] || fail "$BUILD_DIR is not a configured CMake build dir"
[ "$(id -u)" = 0 ] || fail "must run as root (it installs and removes a package)"
export DEBIAN_FRONTEND=noninteractive
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3   # Debian's python3, not a venv's

step "tools (dpkg-shlibdeps from dpkg-dev, makensis from nsis)"
missing=()
command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
command -v makensis >/dev/null || missing+=(nsis)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y --no-install-recommends "${missing[@]}"; } \
    || fail "cannot install ${missing[*]}"
fi
echo "dpkg-shlibdeps: $(command -v dpkg-shlibdeps); makensis $(makensis -VERSION)"

VERSION="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")"
[ -n "$VERSION" ] || fail "no CMAKE_PROJECT_VERSION in $BUILD_DIR/CMakeCache.txt"
echo "project version: $VERSION"

step "build cehours and cehours-cli in $BUILD_DIR"
cmake --build "$BUILD_DIR" --target cehours cehours-cli || fail "build failed"

step "cpack -G DEB"
rm -f "$BUILD_DIR"/cehours_*.deb
(cd "$BUILD_DIR" && cpack -G DEB) || fail "cpack -G DEB failed"
DEB="$(ls "$BUILD_DIR"/cehours_"$VERSION"-*.deb 2>/dev/null | head -n1)"
[ -n "$DEB" ] || fail "no cehours_${VERSION}-*.deb in $BUILD_DIR"
echo "package: $DEB"

step "check the package's control data and contents"
dpkg-deb --field "$DEB" Package Version Architecture Depends | sed 's/^/  /'
DEPENDS="$(dpkg-deb --field "$DEB" Depends)"
for dep in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libxlsxwriter; do
  grep -q "$dep" <<<"$DEPENDS" || fail "Depends lacks $dep: $DEPENDS"
done
dpkg-deb --contents "$DEB" | awk '{print $6}' > "$WORK/contents.txt"
for f in ./usr/bin/cehours ./usr/bin/cehours-cli \
         ./usr/share/applications/cehours.desktop \
         ./usr/share/icons/hicolor/scalable/apps/cehours.svg \
         ./usr/share/icons/hicolor/16x16/apps/cehours.png \
         ./usr/share/icons/hicolor/256x256/apps/cehours.png; do
  grep -qxF "$f" "$WORK/contents.txt" || fail "package lacks $f"
done
if [ -d "$SRC_DIR/resources/fonts" ]; then
  grep -q '^\./usr/share/cehours/fonts/.*\.tt[cf]$' "$WORK/contents.txt" || fail "package lacks the bundled font"
  grep -qi '^\./usr/share/cehours/fonts/.*\(copyright\|licen[cs]e\|copying\)' "$WORK/contents.txt" || fail "package lacks the font licence"
fi
grep -q '^\./usr/share/cehours/translations/.*\.qm$' "$WORK/contents.txt" || fail "package lacks the translations"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$SRC_DIR/resources/cehours.desktop" || fail "desktop file invalid"
fi
echo "contents ok ($(wc -l < "$WORK/contents.txt") entries)"

step "apt-get install ./$(basename "$DEB")"
if dpkg -s cehours >/dev/null 2>&1; then
  echo "an older cehours package is installed; removing it first"
  apt-get remove -y cehours >/dev/null
fi
cp "$DEB" "$WORK/"
INSTALLED_BY_US=1
(cd "$WORK" && apt-get install -y --no-install-recommends "./$(basename "$DEB")") \
  || fail "apt-get install failed"
CLI=/usr/bin/cehours-cli
[ -x "$CLI" ] || fail "$CLI not installed"

step "installed cehours-cli --version"
out="$("$CLI" --version)" || fail "--version exited non-zero"
echo "  $out"
[ "$out" = "cehours-cli $VERSION" ] || fail "expected 'cehours-cli $VERSION', got '$out'"
gui="$(QT_QPA_PLATFORM=offscreen /usr/bin/cehours --version)" || fail "cehours --version exited non-zero"
echo "  $gui"
[ "$gui" = "cehours $VERSION" ] || fail "expected 'cehours $VERSION', got '$gui'"

step "fresh database from the installed binary: init, import-staff, list-staff"
# Resident ID numbers with the GB 11643 check digit computed here.
id_number() { # area(6) birth(8) seq(3)
  local body="$1$2$3" w=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) c=(1 0 X 9 8 7 6 5 4 3 2) s=0 i
  for i in $(seq 0 16); do s=$(( s + ${body:$i:1} * ${w[$i]} )); done
  echo "$body${c[$(( s % 11 ))]}"
}
ID1="$(id_number 110105 19850312 123)"
ID2="$(id_number 440303 19920704 246)"
ID3="$(id_number 510104 19780120 035)"
printf '\xef\xbb\xbf身份证号码,姓名,部门,专业技术职称,职称级别,入职日期\r\n%s,张伟,工程部,工程师,中级,2015-07-01\r\n%s,李娜,财务科,会计师,中级,2018-03-15\r\n%s,王建国,设计院,高级工程师,副高级,2001-09-01\r\n' \
  "$ID1" "$ID2" "$ID3" > "$WORK/staff.csv"
DB="$WORK/t.sqlite"
export CEHOURS_LANG=en
"$CLI" --db "$DB" init || fail "init exited $?"
[ -f "$DB" ] || fail "init did not create $DB"
"$CLI" --db "$DB" import-staff "$WORK/staff.csv" || fail "import-staff exited $?"
"$CLI" --db "$DB" list-staff | tee "$WORK/list.txt" || fail "list-staff exited $?"
for who in "$ID1" "$ID2" "$ID3" 张伟 李娜 王建国; do
  grep -qF "$who" "$WORK/list.txt" || fail "list-staff does not show $who"
done
"$CLI" --db "$DB" list-staff --json > "$WORK/list.json" || fail "list-staff --json exited $?"
"$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); rows=d if isinstance(d,list) else next(v for v in d.values() if isinstance(v,list)); assert len(rows)==3, rows' "$WORK/list.json" \
  || fail "list-staff --json does not hold 3 people"
# A bad roster changes nothing and exits 2.
BAD_ID="${ID1:0:17}$( [ "${ID1:17:1}" = 0 ] && echo 1 || echo 0 )"   # wrong check digit
printf '身份证号码,姓名\n%s,赵六\n' "$BAD_ID" > "$WORK/bad.csv"
set +e; "$CLI" --db "$DB" import-staff "$WORK/bad.csv" 2>"$WORK/bad.err"; rc=$?; set -e
[ $rc -eq 2 ] || fail "import-staff of a bad roster exited $rc, expected 2"
echo "bad roster rejected (exit 2): $(head -c 200 "$WORK/bad.err" | tr '\n' ' ')"

step "credits (when the installed cehours-cli has the command)"
if "$CLI" --help | grep -qE '^  credits( |$)'; then
  "$CLI" --db "$DB" credits --help | tee "$WORK/credits-help.txt" || fail "credits --help exited $?"
  if grep -q -- '--input' "$WORK/credits-help.txt"; then
    # File-driven form: activities of two of the people just imported, under a shipped rule set.
    RULES="$("$CLI" rules --json | "$PY" -c 'import json,sys; d=json.load(sys.stdin); s=d if isinstance(d,list) else d.get("ruleSets", d.get("rules", [])); ids=[x["id"] for x in s]; print("anhui-2025" if "anhui-2025" in ids else "")' 2>/dev/null || true)"
    if [ -z "$RULES" ]; then
      "$CLI" rules | grep -q '^anhui-2025' && RULES=anhui-2025
    fi
    [ -n "$RULES" ] || fail "rule set anhui-2025 is not shipped (cehours-cli rules)"
    cat > "$WORK/activities.json" <<JSON
{"rules": "$RULES", "people": [
  {"person": "$ID1", "name": "张伟", "activities": [
    {"id": "a1", "year": 2025, "kind": "paper", "subject": "professional", "title": "论文", "params": {"index": "cn_issn", "authorship": "first"}},
    {"id": "a2", "year": 2025, "kind": "public_online", "title": "公需课", "date": "2026-03-15", "params": {"hours": 30}}]},
  {"person": "$ID2", "name": "李娜", "activities": [
    {"id": "b1", "year": 2025, "kind": "public_online", "title": "公需课", "date": "2026-03-15", "params": {"hours": 30}}]}]}
JSON
    "$CLI" --db "$DB" --lang en credits --rules "$RULES" --input "$WORK/activities.json" || fail "credits exited non-zero"
    "$CLI" --db "$DB" credits --rules "$RULES" --input "$WORK/activities.json" --json > "$WORK/credits.json" \
      || fail "credits --json exited non-zero"
    "$PY" - "$WORK/credits.json" "$ID1" "$ID2" <<'PY' || fail "credits --json does not credit the two people"
import json, sys
d = json.load(open(sys.argv[1]))
people = {p["person"]: p for p in d["people"]}
for pid in sys.argv[2:]:
    counted = sum(i.get("countedHours", 0) for y in people[pid]["years"] for i in y["items"] if i.get("counted"))
    assert counted > 0, (pid, counted)
    print("  %s: %s counted hours" % (pid, counted))
PY
  else
    args=()
    grep -q -- '--year' "$WORK/credits-help.txt" && args=(--year "$(date +%Y)")
    "$CLI" --db "$DB" credits "${args[@]}" || fail "credits ${args[*]} exited non-zero"
  fi
else
  echo "SKIPPED: this cehours-cli has no 'credits' command yet (see cehours-cli --help)"
fi

step "apt-get remove cehours"
apt-get remove -y cehours || fail "apt-get remove failed"
INSTALLED_BY_US=0
[ ! -e "$CLI" ] || fail "$CLI still there after removal"

step "cpack -G NSIS (generates project.nsi and compiles it with makensis)"
rm -rf "$BUILD_DIR/_CPack_Packages/Linux/NSIS"
(cd "$BUILD_DIR" && cpack -G NSIS) > "$WORK/cpack-nsis.log" 2>&1 || { cat "$WORK/cpack-nsis.log"; tail -n 30 "$BUILD_DIR/_CPack_Packages/Linux/NSIS/NSISOutput.log" 2>/dev/null; fail "cpack -G NSIS failed"; }
tail -n 2 "$WORK/cpack-nsis.log"
NSI="$BUILD_DIR/_CPack_Packages/Linux/NSIS/project.nsi"
[ -f "$NSI" ] || fail "no project.nsi generated"
for want in 'Unicode true' 'CreateShortCut "$DESKTOP' 'CreateShortCut "$SMPROGRAMS' 'WriteUninstaller' 'cehours_ask_zh' 'bin\cehours.exe'; do
  grep -qF "$want" "$NSI" || grep -qF "$want" "$SRC_DIR/installer/uninstall-data.nsh" || fail "project.nsi lacks: $want"
done

step "makensis on project.nsi with a staged tree of dummy Windows files"
STAGE="$WORK/stage"
# The layout a Windows `cmake --install` makes (windeployqt: DLLs in bin, plugins/, translations/).
mkdir -p "$STAGE/bin/fonts" "$STAGE/plugins/platforms" "$STAGE/plugins/sqldrivers" "$STAGE/plugins/styles" \
         "$STAGE/translations" "$STAGE/share/cehours/translations"
for f in bin/cehours.exe bin/cehours-cli.exe bin/Qt6Core.dll bin/Qt6Gui.dll bin/Qt6Widgets.dll bin/Qt6Sql.dll \
         bin/Qt6Svg.dll bin/Qt6PrintSupport.dll bin/xlsxwriter.dll bin/minizip.dll bin/zlib1.dll bin/qt.conf \
         plugins/platforms/qwindows.dll plugins/sqldrivers/qsqlite.dll plugins/styles/qwindowsvistastyle.dll translations/qt_zh_CN.qm \
         bin/fonts/wqy-microhei.ttc bin/fonts/wqy-microhei.COPYRIGHT.txt share/cehours/translations/cehours_zh_CN.qm; do
  echo "dummy $f" > "$STAGE/$f"
done
sed -e "s|^\( *!define INST_DIR \).*|\1\"$STAGE\"|" \
    -e "s|^\( *OutFile \).*|\1\"$WORK/cehours-setup-test.exe\"|" "$NSI" > "$WORK/project.nsi"
cp "$BUILD_DIR/_CPack_Packages/Linux/NSIS/NSIS.InstallOptions.ini" "$WORK/" 2>/dev/null || true
(cd "$WORK" && makensis -V2 project.nsi) > "$WORK/makensis.log" 2>&1 || { cat "$WORK/makensis.log"; fail "makensis failed on the staged tree"; }
grep -E "^(Output|Install|Uninstall|Total size):" "$WORK/makensis.log" | sed "s/^/  /"
[ -s "$WORK/cehours-setup-test.exe" ] || fail "makensis produced no installer"
echo "installer built from the staged tree: $(stat -c %s "$WORK/cehours-setup-test.exe") bytes"

STEP=""
echo
echo "package-test: all steps passed (DEB $(basename "$DEB"), NSIS script ok)"
