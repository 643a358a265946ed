#!/usr/bin/env bash
# The same checks as CI, fastest first: architecture rules, formatting, lints, tests.
# Usage: scripts/check.sh [--static-only]   (--static-only: the rules below, no cargo)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check.sh: $*" >&2; exit 1; }

# The model is pure state: no egui, no eframe, no drawing.
if grep -rnE '(use|extern crate)[^;]*\b(egui|eframe)\b|\b(egui|eframe)::' src/model/; then
    fail "src/model/ must not use egui or eframe (see DESIGN.md: data flows one way)"
fi
# Every colour is a design token in ui/theme.rs. (src/a11y.rs measures colours, for the
# contrast audit, and draws none.)
if grep -rnE 'Color32::(from_rgb|from_rgba|from_gray|[A-Z_]{3,})' src --include='*.rs' | grep -v -e '^src/ui/theme.rs:' -e '^src/a11y.rs:'; then
    fail "colours belong in src/ui/theme.rs"
fi
# ...and so is every margin and stroke width.
if grep -rnE 'Margin::(same|symmetric)\(|Stroke::new\([0-9]' src --include='*.rs' | grep -v '^src/ui/theme.rs:'; then
    fail "sizes belong in src/ui/theme.rs"
fi
# No external link is ever opened.
if grep -rnE 'OpenUrl|open_url|webbrowser|xdg-open' src; then
    fail "the kiosk never opens a browser or an external URL"
fi

# The folders form layers and no two files import each other: no import loops. Run it alone
# on part of the tree with `scripts/module-loops.py src/export`, or draw the layers with
# `scripts/module-loops.py --dot | dot -Tsvg > modules.svg`.
# The check itself must find the two loops of its fixture, or it checks nothing.
fixture_loops=$(python3 scripts/module-loops.py --src tests/fixtures/module_loops/src || true)
grep -q '^2 module loop' <<<"$fixture_loops" \
    || fail "scripts/module-loops.py no longer finds the loops in tests/fixtures/module_loops"
python3 scripts/module-loops.py || fail "an import loop between modules (above); make every import go one way"

[ "${1:-}" = "--static-only" ] && { echo "check.sh: static rules OK"; exit 0; }

cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
echo "check.sh: all OK"
