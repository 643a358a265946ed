#!/bin/sh
# Fills corpus/<target>/ with the project's real files, the best starting points for
# mutation. The corpora are not committed (see .gitignore); run this once before fuzzing.
set -eu
cd "$(dirname "$0")"
root=..

mkdir -p corpus/config_ron corpus/config_layers corpus/content_ftl corpus/content_ron

# config: the packaged config.ron, the README's drop-in, a few small layers.
cp "$root/packaging/config.ron" corpus/config_ron/packaged.ron
cat > corpus/config_ron/desk.ron <<'RON'
(
    consultation: (
        name: "がん相談支援センター",
        location: "本館1階 総合受付の隣",
        phone: "03-0000-0000",
        hours: "平日 9:00〜16:00",
        url: Some("https://hospital.example.jp/soudan/"),
    ),
)
RON
printf '(idle_timeout_secs: 300, locked: ["idle_timeout_secs"])' > corpus/config_ron/locked.ron
printf '(locales: ["en", "ja"], default_locale: "en", default_text_scale: 150)' > corpus/config_ron/locales.ron
for seed in corpus/config_ron/*; do
    cp "$seed" "corpus/config_layers/$(basename "$seed")"
done
# Several layers in one input: parts are separated by a 0xFE byte.
{
    cat "$root/packaging/config.ron"
    printf '\376(high_contrast: true, locked: ["allow_quit"])\376(idle_warning_secs: 40)'
    printf '\376(allow_quit: true, show_cursor: true)\376(idle_warning_secs: 60)'
} > corpus/config_layers/layers

# content: the first byte picks the world (see the targets), the rest is the file.
fixture="$root/tests/fixtures/content/clean"
byte() { printf "\\$(printf '%03o' "$1")"; }
{ byte 0; cat "$fixture/assets/content.ron"; } > corpus/content_ron/fixture
{ byte 1; cat "$root/assets/content.ron"; } > corpus/content_ron/real
{ byte 0; cat "$fixture/locales/ja/core.ftl"; } > corpus/content_ftl/fixture-ja-core
{ byte 1; cat "$fixture/locales/en/core.ftl"; } > corpus/content_ftl/fixture-en-core
index=2
for lang in ja en; do
    for name in ui core details about; do
        { byte "$index"; cat "$root/locales/$lang/$name.ftl"; } > "corpus/content_ftl/$lang-$name"
        index=$((index + 1))
    done
done
echo "seeded: $(ls corpus/*/ | grep -vc ':$') files"
