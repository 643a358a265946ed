#!/usr/bin/env bash
# The fleet metrics, for real: runs the kiosk binary under Xvfb with a config that points its
# node_exporter textfile and its state directory into a temporary directory (and writes the
# file every 5 s instead of every minute), then checks the file with promtool, checks and
# unit-tests the alert rules, and serves the file through a real node_exporter on 127.0.0.1.
# It installs nothing: CI installs prometheus (for promtool) and prometheus-node-exporter.
# Usage: scripts/metrics-test.sh [BINARY]   (default target/release/immuno-kiosk)
set -euo pipefail

binary=${1:-target/release/immuno-kiosk}
root=$(cd "$(dirname "$0")/.." && pwd)
rules=$root/packaging/prometheus/immuno-kiosk.rules.yml
rules_test=$root/packaging/prometheus/immuno-kiosk.rules.test.yml
dashboard=$root/packaging/grafana/immuno-kiosk.json
display=:97
# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"

fail() { echo "metrics-test: FAIL: $*" >&2; exit 1; }
say() { echo "metrics-test: $*"; }

[ -x "$binary" ] || fail "no kiosk binary at $binary (build it with cargo build --release)"
node_exporter=$(command -v prometheus-node-exporter || command -v node_exporter || true)
[ -n "$node_exporter" ] || fail "node_exporter is not installed (apt-get install prometheus-node-exporter)"
for tool in promtool curl python3 Xvfb matchbox-window-manager xdotool; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# The rules first: they need no kiosk.
promtool check rules "$rules" || fail "promtool check rules"
(cd "$(dirname "$rules_test")" && promtool test rules "$(basename "$rules_test")") ||
    fail "promtool test rules: an alert did not fire as its test says"
say "rules: checked, and each alert fires on its crafted series"

textdir=$work/textfile
mkdir -p "$textdir" "$work/state"
prom=$textdir/immuno_kiosk.prom
cat >"$work/config.ron" <<EOF
(
    usage_textfile: Some("$prom"),
    usage_textfile_period_secs: 5,
)
EOF
"$binary" --config "$work/config.ron" check-config >/dev/null || fail "the test config has problems"

export DISPLAY=$display
start_display 1280 800
IMMUNO_KIOSK_STATE_DIR=$work/state "$binary" --windowed --config "$work/config.ron" \
    >"$work/kiosk.log" 2>&1 &
kiosk=$!
pids+=("$kiosk")

for _ in $(seq 100); do [ -s "$prom" ] && break; sleep 0.2; done
[ -s "$prom" ] || { cat "$work/kiosk.log" >&2; fail "the textfile never appeared"; }
first=$(stat -c %Y.%N "$prom" 2>/dev/null || stat -c %Y "$prom")
# A visitor touches the screen: the next files come from a kiosk in use.
xdotool mousemove --sync 640 400 click 1 || true
for _ in $(seq 60); do
    [ "$(stat -c %Y.%N "$prom" 2>/dev/null || stat -c %Y "$prom")" != "$first" ] && break
    sleep 0.25
done
[ "$(stat -c %Y.%N "$prom" 2>/dev/null || stat -c %Y "$prom")" != "$first" ] ||
    fail "the textfile was not rewritten within 15 s (period 5 s)"
kill -0 "$kiosk" 2>/dev/null || { cat "$work/kiosk.log" >&2; fail "the kiosk exited"; }
say "textfile written and rewritten: $(wc -l <"$prom") lines; $(grep -E '^immuno_kiosk_(seconds_since_last_frame|font_atlas_pixels|resident_memory_bytes) ' "$prom" | tr '\n' ';')"

promtool check metrics <"$prom" || { cat "$prom" >&2; fail "promtool check metrics"; }
grep -qx 'immuno_kiosk_up 1' "$prom" || fail "immuno_kiosk_up is not 1"
grep -q '^immuno_kiosk_build_info{version="' "$prom" || fail "no build_info"
grep -q '^immuno_kiosk_seconds_since_last_frame ' "$prom" || fail "no frame age"
grep -q '^immuno_kiosk_resident_memory_bytes ' "$prom" || fail "no RSS"
say "promtool check metrics: clean"

# Every kiosk metric the rules and the dashboard use is in the file.
for name in $(grep -ohE 'immuno_kiosk_[a-z0-9_]+' "$rules" "$dashboard" | sort -u); do
    # A labelled counter has no sample before its first count, but is declared.
    grep -qE "^($name(\{| )|# TYPE $name )" "$prom" ||
        fail "$name is used by the rules or the dashboard but not written"
done
say "every metric the rules and the dashboard use is written"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$node_exporter" --web.listen-address="127.0.0.1:$port" --collector.disable-defaults \
    --collector.textfile --collector.textfile.directory="$textdir" >"$work/node.log" 2>&1 &
pids+=($!)
scraped=
for _ in $(seq 50); do
    scraped=$(curl -fsS "http://127.0.0.1:$port/metrics" 2>/dev/null) && break
    sleep 0.2
done
[ -n "$scraped" ] || { cat "$work/node.log" >&2; fail "node_exporter did not answer on 127.0.0.1:$port"; }
grep -qx 'immuno_kiosk_up 1' <<<"$scraped" || fail "node_exporter does not serve immuno_kiosk_up"
grep -q '^immuno_kiosk_visits_started_total ' <<<"$scraped" ||
    fail "node_exporter does not serve the counters"
grep -q "^node_textfile_mtime_seconds{file=\"$prom\"}\|^node_textfile_mtime_seconds{file=\"immuno_kiosk.prom\"}" <<<"$scraped" ||
    fail "node_exporter reports no modification time for the file (the down alert needs it)"
grep -qx 'node_textfile_scrape_error 0' <<<"$scraped" || fail "node_exporter could not read the file"
say "node_exporter on 127.0.0.1:$port serves $(grep -c '^immuno_kiosk_' <<<"$scraped") immuno_kiosk series"
say "PASS"
