#!/usr/bin/env bash
# Compares the kiosk with what a hospital would otherwise run: the same content as a static
# web page (`immuno-kiosk export-html`) in Debian's `chromium --kiosk`. Both run fullscreen
# under Xvfb + matchbox at 1920x1080 (scripts/xvfb.sh), with software GL (Mesa llvmpipe).
# Prints one Markdown table of medians and min-max over the runs, and writes it, with the
# machine, the load and every run, to docs/bench.md.
#
# Usage: scripts/bench.sh [--runs N] [--idle-secs S] [--no-doc] [--doc PATH]
#   --runs N       runs of each program (default 10), after one warm-up run of each that is
#                  not counted (it fills the page cache, so every counted run starts warm)
#   --idle-secs S  length of the idle CPU measurement (default 30)
#   --no-doc       print the table only; --doc PATH writes it elsewhere (default docs/bench.md)
# Builds target/release/immuno-kiosk (cargo build --release --locked) if it is missing or older
# than its sources. Installs chromium with apt-get if missing, when run as root, and says so.
# Needs xvfb, matchbox-window-manager, xdotool, node (20+), unshare/nsenter and ip (iproute2).
# A default run takes about 18 minutes: with the doc, it also runs scripts/language-memory.sh
# (the kiosk's PSS after every page in every language, and its first frame in Japanese).
#
# Each run, the programs alternating (kiosk, Chromium, kiosk, ...) so that a change of load
# falls on both:
# - A fresh state dir (kiosk) or --user-data-dir (Chromium), and a fresh network namespace
#   holding only a loopback interface: nothing can reach the network. The environment is
#   LANG=ja_JP.UTF-8 LANGUAGE=ja for both, as on a Japanese kiosk (with an English locale,
#   Chromium offers to translate the Japanese page: another window and renderer).
# - t0 (exec) is $EPOCHREALTIME taken inside the namespace immediately before `exec`ing the
#   program: `target/release/immuno-kiosk` with no arguments, or
#   `chromium --kiosk --no-sandbox --no-first-run --disable-background-networking
#   --disable-component-update --disable-sync --user-data-dir=DIR --remote-debugging-port=0
#   file://SITE/ja/index.html` (Debian's launcher script included, as a hospital would run it).
#   Each program runs in its own session (setsid); its "tree" is every process of that
#   session or descended from it (Chromium: browser, two zygotes, GPU, network and storage
#   services, renderers).
# - First frame. Kiosk: `first_frame_ms` from its log (from the first line of main to the
#   first frame shown). Chromium: First Contentful Paint from process exec. 4 s after exec,
#   scripts/bench/paint-timing.mjs reads DevToolsActivePort in the user-data-dir, connects to
#   the page through the DevTools protocol (Node's built-in WebSocket; it joins the namespace
#   with nsenter) and evaluates performance.timeOrigin + the 'first-contentful-paint' entry's
#   startTime (epoch ms), minus t0. The page itself stays script-free and is not wrapped.
# - Window appears: from t0 until `xdotool search --onlyvisible --pid PID` finds a window of
#   the process (polled every 20 ms: `--sync` polls only every 0.5 s).
# - PSS: the sum of Pss in /proc/PID/smaps_rollup over the tree, 10 s after t0. Pages shared
#   with processes outside the tree count for a share only, so another GL client on the
#   machine (Mesa's libLLVM) lowers it: each run records how many there were.
# - Peak RSS: the sum of VmHWM (/proc/PID/status) over the tree just before it is stopped. For
#   the kiosk, one process: its peak RSS. For Chromium, an upper bound: each process's own
#   peak, and pages shared between processes counted in each.
# - Idle CPU: utime+stime+cutime+cstime (/proc/PID/stat) summed over the tree, from 10 s after
#   t0 for --idle-secs, as % of one core (one tick, 10 ms, is 0.033 % over 30 s). Nobody
#   touches either: the kiosk is on its attract screen, Chromium on the page. The X server's
#   CPU in the same window is noted under the table. An idle window shorter than the attract
#   screen's redraw period (ATTRACT_FRAME_SECS, src/ui/theme.rs) may hold none of its
#   frames: the notes under the table then say so, and a longer --idle-secs counts them.
# - Then the tree gets SIGTERM, SIGKILL after 10 s, and the next run waits until it is gone.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=10
idle_secs=30
settle_secs=10
doc=docs/bench.md
usage() { sed -n '8,12s/^# \{0,1\}//p' "$0"; }
while (($#)); do
    case $1 in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --idle-secs) idle_secs=${2:?--idle-secs needs a number}; shift 2 ;;
    --no-doc) doc=; shift ;;
    --doc) doc=${2:?--doc needs a path}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ && $idle_secs =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

for tool in Xvfb matchbox-window-manager xdotool node unshare nsenter ip setsid; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
[[ $(id -u) == 0 ]] || die "needs root: each program runs in a network namespace of its own (unshare --net)"
if ! command -v chromium >/dev/null; then
    say "chromium is missing: installing it with apt-get install -y chromium (running as root)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# Node 22 has WebSocket built in; Node 20 behind a flag.
node_args=(--no-warnings)
if ! node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null; then
    node_args+=(--experimental-websocket)
    node "${node_args[@]}" -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' ||
        die "node $(node --version) has no WebSocket; Node 20 or later is needed"
fi

binary=target/release/immuno-kiosk
sources=()
for path in src assets locales build.rs Cargo.toml Cargo.lock; do [[ -e $path ]] && sources+=("$path"); done
if [[ ! -x $binary ]] || [[ -n $(find "${sources[@]}" -newer "$binary" -print -quit) ]]; then
    say "building $binary (cargo build --release --locked)"
    cargo build --release --locked >&2
fi
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git status --porcelain -- "${sources[@]}" 2>/dev/null) ]]; then
    commit="$commit plus uncommitted changes to its sources"
fi

# shellcheck source=scripts/xvfb.sh
. "$(dirname "$0")/xvfb.sh"
# The binary measured, copied: the target dir is shared, and a build during the runs would
# replace target/release/immuno-kiosk; and pages of a file that other kiosks (tests,
# screenshots) run from are shared with them, which lowers PSS.
cp "$binary" "$work/immuno-kiosk"
binary=$work/immuno-kiosk
display=
for n in 93 92 91 90 89 88; do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { display=:$n; break; }
done
[[ -n $display ]] || die "no free X display among :88-:93"
export DISPLAY=$display

root_pid= # the program being measured, if any; stopped on exit
on_exit() {
    [[ -n $root_pid ]] && stop_tree "$root_pid"
    cleanup
}
trap on_exit EXIT
trap 'exit 130' INT TERM

# tree_pids ROOT: the live processes of ROOT's session and ROOT's descendants, one a line.
tree_pids() {
    ps -e -o pid=,ppid=,sid=,stat= | awk -v root="$1" '
        $4 !~ /^Z/ { parent[$1] = $2; if ($3 == root || $1 == root) member[$1] = 1 }
        END {
            do {
                grew = 0
                for (p in parent) if (!(p in member) && (parent[p] in member)) { member[p] = 1; grew = 1 }
            } while (grew)
            for (p in member) print p
        }'
}
# stop_tree ROOT: SIGTERM to the whole tree, SIGKILL after 10 s; returns once all are gone.
stop_tree() {
    local members
    mapfile -t members < <(tree_pids "$1")
    if ((${#members[@]})); then kill -TERM "${members[@]}" 2>/dev/null || true; fi
    for _ in $(seq 100); do
        [[ -z $(tree_pids "$1") ]] && break
        sleep 0.1
    done
    mapfile -t members < <(tree_pids "$1")
    if ((${#members[@]})); then
        say "still running after SIGTERM: ${members[*]}; sending SIGKILL"
        kill -KILL "${members[@]}" 2>/dev/null || true
        for _ in $(seq 50); do [[ -z $(tree_pids "$1") ]] && break; sleep 0.1; done
    fi
    wait "$1" 2>/dev/null || true
    root_pid=
}
# tree_ticks ROOT: utime+stime+cutime+cstime summed over the tree (clock ticks).
tree_ticks() {
    local pid line rest fields total=0
    for pid in $(tree_pids "$1"); do
        line=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        rest=${line##*) }
        read -r -a fields <<<"$rest"
        total=$((total + fields[11] + fields[12] + fields[13] + fields[14]))
    done
    echo "$total"
}
# tree_kb ROOT FILE FIELD: FIELD (in kB) of /proc/PID/FILE summed over the tree.
tree_kb() {
    local pid total=0 kb
    for pid in $(tree_pids "$1"); do
        kb=$(awk -v f="$3:" '$1 == f { print $2 }' "/proc/$pid/$2" 2>/dev/null) || continue
        total=$((total + ${kb:-0}))
    done
    echo "$total"
}
pid_ticks() { # PID: utime+stime of one process
    local line rest fields
    line=$(cat "/proc/$1/stat")
    rest=${line##*) }
    read -r -a fields <<<"$rest"
    echo $((fields[11] + fields[12]))
}
# gl_sharers ROOT: how many processes outside ROOT's tree and the X server map the libLLVM
# that ROOT's tree maps (Mesa's, 55 MB resident): each one shares its pages with the program
# and lowers its PSS.
gl_sharers() {
    local pid tree libs
    tree=" $(tree_pids "$1" | tr '\n' ' ') $xvfb_pid "
    # grep fails on the maps of processes that ended meanwhile: not an error here.
    libs=$(for pid in $tree; do grep -o '/[^ ]*/libLLVM[^ /]*$' "/proc/$pid/maps" 2>/dev/null || true; done | sort -u)
    [[ -n $libs ]] || { echo 0; return; }
    { grep -l -F "$libs" /proc/[0-9]*/maps 2>/dev/null || true; } | cut -d/ -f3 |
        while read -r pid; do [[ $tree == *" $pid "* ]] || echo "$pid"; done | wc -l
}
ms_since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
sleep_until() { # EPOCH_SECS
    local left
    left=$(awk -v t="$1" -v now="$EPOCHREALTIME" 'BEGIN { d = t - now; printf "%.3f", (d > 0 ? d : 0) }')
    sleep "$left"
}

# launch NAME DIR CMD...: starts CMD in a new network namespace (loopback only) and session;
# sets root_pid and t0 (epoch seconds, taken just before exec).
launch() {
    local name=$1 dir=$2
    shift 2
    # shellcheck disable=SC2016 # expanded by the inner bash, inside the namespace
    unshare --net setsid bash -c 'ip link set lo up && printf %s "$EPOCHREALTIME" >"$1" && shift && exec "$@"' \
        _ "$dir/t0" env LANG=ja_JP.UTF-8 LANGUAGE=ja "$@" >"$dir/$name.log" 2>&1 &
    root_pid=$!
    for _ in $(seq 100); do [[ -s $dir/t0 ]] && break; sleep 0.01; done
    t0=$(cat "$dir/t0" 2>/dev/null) || true
    [[ -n $t0 ]] || die "$name did not start: $(cat "$dir/$name.log")"
}
# wait_window DIR: prints ms from t0 until a visible window of root_pid exists.
wait_window() {
    local deadline=$((${EPOCHREALTIME%.*} + 30))
    until xdotool search --onlyvisible --pid "$root_pid" >/dev/null 2>&1; do
        kill -0 "$root_pid" 2>/dev/null || die "the program exited before showing a window; log: $(tail -n 5 "$1"/*.log)"
        ((${EPOCHREALTIME%.*} < deadline)) || die "no window after 30 s"
        sleep 0.02
    done
    ms_since "$t0" "$EPOCHREALTIME"
}

ticks_per_sec=$(getconf CLK_TCK)
# One line a run: program, run, first_ms, window_ms, pss_kb, hwm_kb, cpu_pct, x_cpu_pct,
# processes, extra (kiosk: first frame from exec; Chromium: first paint), gl_sharers.
results=$work/results.tsv
: >"$results"
xvfb_pid=

# run_one PROGRAM RUN (RUN 0 = warm-up: start, wait for the window, stop)
run_one() {
    local program=$1 run=$2 dir window_ms first_ms extra=- pss hwm procs sharers ticks0 ticks1 x0 x1 w0 w1
    dir=$(mktemp -d "$work/run.XXXX")
    case $program in
    kiosk) launch kiosk "$dir" env IMMUNO_KIOSK_STATE_DIR="$dir/state" "$binary" ;;
    chromium)
        launch chromium "$dir" chromium --kiosk --no-sandbox --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync \
            --user-data-dir="$dir/profile" --remote-debugging-port=0 "file://$site/ja/index.html"
        ;;
    esac
    window_ms=$(wait_window "$dir")
    if ((run == 0)); then
        sleep 3
        if [[ $program == chromium ]]; then
            nsenter --net="/proc/$root_pid/ns/net" node "${node_args[@]}" scripts/bench/paint-timing.mjs \
                --gpu "$dir/profile" 5 >"$work/chromium-gpu.txt" 2>&1 || true
        fi
        stop_tree "$root_pid"
        say "warm-up $program: window after $window_ms ms"
        rm -rf "$dir"
        return
    fi
    if [[ $program == chromium ]]; then
        sleep_until "$(awk -v t="$t0" 'BEGIN { printf "%.6f", t + 4 }')"
        local paint
        paint=$(nsenter --net="/proc/$root_pid/ns/net" node "${node_args[@]}" scripts/bench/paint-timing.mjs \
            "$dir/profile" 5) || die "no paint timing from Chromium: $paint"
        first_ms=$(awk -v t="$t0" -v line="$paint" 'BEGIN {
            split(line, kv, /[ =]/); printf "%.0f", kv[2] - t * 1000 }')
        # First paint (of anything, e.g. the background), noted beside FCP.
        extra=$(awk -v t="$t0" -v line="$paint" 'BEGIN {
            split(line, kv, /[ =]/); printf "%.0f", kv[4] - t * 1000 }')
    fi
    sleep_until "$(awk -v t="$t0" -v s="$settle_secs" 'BEGIN { printf "%.6f", t + s }')"
    pss=$(tree_kb "$root_pid" smaps_rollup Pss)
    procs=$(tree_pids "$root_pid" | wc -l)
    sharers=$(gl_sharers "$root_pid")
    w0=$EPOCHREALTIME
    ticks0=$(tree_ticks "$root_pid")
    x0=$(pid_ticks "$xvfb_pid")
    sleep "$idle_secs"
    ticks1=$(tree_ticks "$root_pid")
    x1=$(pid_ticks "$xvfb_pid")
    w1=$EPOCHREALTIME
    hwm=$(tree_kb "$root_pid" status VmHWM)
    stop_tree "$root_pid"
    if [[ $program == kiosk ]]; then
        # Strip colours, in case the log has them.
        sed 's/\x1b\[[0-9;]*m//g' "$dir/kiosk.log" >"$dir/plain.log"
        first_ms=$(sed -n 's/.*first frame shown.*first_frame_ms=\([0-9]*\).*/\1/p' "$dir/plain.log" | head -n1)
        [[ -n $first_ms ]] || die "no first_frame_ms in the kiosk's log: $(tail -n 5 "$dir/plain.log")"
        # The same moment from exec, from the log line's own timestamp, if it has one.
        local stamp
        stamp=$(sed -n 's/^\([0-9-]*T[0-9:.]*Z\) .*first frame shown.*/\1/p' "$dir/plain.log" | head -n1)
        if [[ -n $stamp ]]; then
            extra=$(ms_since "$t0" "$(date -d "$stamp" +%s.%N)")
        fi
    fi
    awk -v t="$((ticks1 - ticks0))" -v x="$((x1 - x0))" -v hz="$ticks_per_sec" -v a="$w0" -v b="$w1" \
        -v p="$program" -v r="$run" -v f="$first_ms" -v w="$window_ms" -v pss="$pss" -v hwm="$hwm" \
        -v n="$procs" -v e="$extra" -v g="$sharers" 'BEGIN {
            s = b - a
            printf "%s\t%d\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s\t%s\n", p, r, f, w, pss, hwm,
                100 * t / hz / s, 100 * x / hz / s, n, e, g
        }' >>"$results"
    say "$(tail -n 1 "$results" | awk -F'\t' '{
        printf "%s run %d: first frame %s ms, window %s ms, PSS %.1f MB, peak RSS %.1f MB, idle CPU %.2f %% (X server %.2f %%), %d processes, %d other GL clients",
            $1, $2, $3, $4, $5 / 1024, $6 / 1024, $7, $8, $9, $11 }')"
    rm -rf "$dir"
}

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before: $load_before; $runs runs of each, ${idle_secs} s idle"

site=$work/site
IMMUNO_KIOSK_STATE_DIR=$work/export-state "$binary" export-html "$site" >/dev/null
[[ -f $site/ja/index.html ]] || die "export-html wrote no $site/ja/index.html"

start_display 1920 1080
xvfb_pid=${pids[0]}

run_one kiosk 0
run_one chromium 0
for run in $(seq "$runs"); do
    run_one kiosk "$run"
    run_one chromium "$run"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stats PROGRAM COLUMN SCALE DECIMALS: "median (min–max)", and the median alone on line 2.
stats() {
    awk -F'\t' -v p="$1" -v c="$2" '$1 == p && $c != "-" { print $c }' "$results" | sort -g |
        awk -v scale="$3" -v d="$4" '
            { v[NR] = $1 / scale }
            END {
                if (NR == 0) { print "–"; print ""; exit }
                m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                fmt = "%." d "f"
                printf fmt " (" fmt "–" fmt ")\n" fmt "\n", m, v[1], v[NR], m
            }'
}
# row LABEL COLUMN SCALE DECIMALS [TARGET LIMIT SHOWN]: TARGET is "ratio" (ours / Chromium
# <= LIMIT) or "abs" (ours <= LIMIT); SHOWN is how the target reads in the table.
row() {
    local ours theirs ratio verdict=–
    mapfile -t ours < <(stats kiosk "$2" "$3" "$4")
    mapfile -t theirs < <(stats chromium "$2" "$3" "$4")
    ratio=$(awk -v a="${ours[1]}" -v b="${theirs[1]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }')
    if (($# > 4)); then
        verdict=$(awk -v kind="$5" -v limit="$6" -v a="${ours[1]}" -v b="${theirs[1]}" 'BEGIN {
            if (kind == "ratio") met = b > 0 && a / b <= limit; else met = a <= limit
            print met ? "met" : "missed" }')
        verdict="$7: **$verdict**"
    fi
    printf '| %s | %s | %s | %s | %s |\n' "$1" "${ours[0]}" "${theirs[0]}" "$ratio" "$verdict"
}

table=$(
    echo "| measure | immuno-kiosk (median, min–max) | Chromium (median, min–max) | ratio (ours / Chromium) | target |"
    echo "|---|---|---|---|---|"
    row "first frame (ms)" 3 1 0 ratio 0.25 "≤ 1/4 of Chromium"
    row "window appears (ms)" 4 1 0 ratio 0.25 "≤ 1/4 of Chromium"
    row "PSS after ${settle_secs} s (MB)" 5 1024 1 ratio 0.25 "≤ 1/4 of Chromium"
    row "peak RSS (MB)" 6 1024 1
    row "idle CPU (% of one core)" 7 1 2 abs 0.1 "≤ 0.1 %"
)

mapfile -t x_ours < <(stats kiosk 8 1 2)
mapfile -t x_theirs < <(stats chromium 8 1 2)
mapfile -t procs_theirs < <(stats chromium 9 1 0)
mapfile -t exec_ours < <(stats kiosk 10 1 0)
mapfile -t fp_theirs < <(stats chromium 10 1 0)
mapfile -t sharers_ours < <(stats kiosk 11 1 0)
mapfile -t sharers_theirs < <(stats chromium 11 1 0)
mapfile -t window_ours < <(stats kiosk 4 1 0)
mapfile -t window_theirs < <(stats chromium 4 1 0)
mapfile -t first_theirs < <(stats chromium 3 1 0)
period_note=
attract_secs=$(sed -n 's/.*ATTRACT_FRAME_SECS: f32 = \([0-9.]*\);.*/\1/p' src/ui/theme.rs 2>/dev/null || true)
if [[ -n $attract_secs ]] && awk -v i="$idle_secs" -v a="$attract_secs" 'BEGIN { exit !(i < a) }'; then
    period_note="- The idle window (${idle_secs} s) is shorter than the attract screen's redraw period
  (${attract_secs} s, src/ui/theme.rs), so it may hold none of the kiosk's frames; a frame in
  every window needs --idle-secs $(awk -v a="$attract_secs" 'BEGIN { printf "%d", a + 10 }') or more.
"
fi
notes="- A window appears when it is mapped, whatever it shows: Chromium's is empty at first, and
  its page comes later (medians: window ${window_theirs[1]} ms, first contentful paint ${first_theirs[1]} ms from
  exec); the kiosk's window comes with its first frame (window ${window_ours[1]} ms, first frame ${exec_ours[1]} ms).
- X server (Xvfb) CPU in the same idle window, % of one core: with immuno-kiosk ${x_ours[0]}, with Chromium ${x_theirs[0]}.
- immuno-kiosk's first frame counted from exec rather than from main (the log line's timestamp minus t0): ${exec_ours[0]} ms.
- Other processes mapping the same Mesa libLLVM while PSS was read (each shares its pages, up
  to 55 MB, and so lowers PSS): during the kiosk's runs ${sharers_ours[0]}, during Chromium's
  ${sharers_theirs[0]}.
- Chromium's first paint (anything, before the first contentful paint): ${fp_theirs[0]} ms from exec; its tree had ${procs_theirs[0]} processes after 10 s.
${period_note}- Load average (1, 5, 15 min) before: $load_before; after: $load_after."

echo "$table"
echo
echo "$notes"

[[ -n $doc ]] || exit 0

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
gl=$(glxinfo -B 2>/dev/null | sed -n 's/^OpenGL renderer string: //p' || true)
chromium_gl=$(sed -n 's/^gpu: //p' "$work/chromium-gpu.txt" 2>/dev/null || true)
runs_table=$(
    echo "| program | run | first frame (ms) | window (ms) | PSS (MB) | peak RSS (MB) | idle CPU (%) | X server CPU (%) | processes | kiosk: first frame from exec / Chromium: first paint (ms) | other GL clients |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    sort -t$'\t' -k1,1r -k2,2n "$results" | awk -F'\t' '{
        printf "| %s | %d | %s | %s | %.1f | %.1f | %.2f | %.2f | %s | %s | %s |\n", $1, $2, $3, $4, $5 / 1024, $6 / 1024, $7, $8, $9, $10, $11 }'
)
mkdir -p "$(dirname "$doc")"
say "every language: scripts/language-memory.sh"
languages_table=$(scripts/language-memory.sh target/release/immuno-kiosk 5 2>&1) ||
    languages_table="scripts/language-memory.sh failed: $languages_table"
cat >"$doc" <<EOF
# immuno-kiosk beside a Chromium kiosk

The same content, shown two ways on the same machine: the kiosk's release binary, and the
static site it exports (\`immuno-kiosk export-html\`) in Debian's \`chromium --kiosk\`, showing
the Japanese page as the kiosk shows Japanese first. Both fullscreen at 1920×1080 under Xvfb
with matchbox, untouched after start. Made by \`scripts/bench.sh\`; its header explains each
figure. Medians over $runs runs of each (min–max in brackets), after one warm-up run of each.

$table

$notes

## Where and how

- Date: $started; commit $commit; runs of each program: $runs; idle measurement: ${idle_secs} s.
- Machine: $(nproc) cores, $cpu_model, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory, Linux $(uname -r), no GPU.
- Renderer: software GL via Mesa llvmpipe${gl:+ (\`$gl\`)} for the kiosk (glow);
  Chromium's GPU process: ${chromium_gl:-not recorded}.
- Chromium $(chromium --version 2>/dev/null | sed 's/^Chromium //'), Node $(node --version) for the DevTools client.
- Other work may have been running on the machine (see the load average above); timings are
  the most sensitive to it, memory the least.

Commands, each in a fresh network namespace with only loopback, and a fresh state or
profile directory, with \`LANG=ja_JP.UTF-8 LANGUAGE=ja\`:

\`\`\`sh
IMMUNO_KIOSK_STATE_DIR=\$STATE target/release/immuno-kiosk
chromium --kiosk --no-sandbox --no-first-run --disable-background-networking \\
    --disable-component-update --disable-sync --user-data-dir=\$PROFILE \\
    --remote-debugging-port=0 file://\$SITE/ja/index.html
\`\`\`

To repeat: \`sudo scripts/bench.sh\` (about 14 minutes; \`--runs 2 --idle-secs 5 --no-doc\` for
a quick look).

## Every run

$runs_table

## Every language

The kiosk alone (\`scripts/language-memory.sh\`): its PSS after every page and the about page
has been shown in every language, chosen on the language switch as a visitor does, and its
first frame in Japanese.

$languages_table
EOF
say "wrote $doc"
