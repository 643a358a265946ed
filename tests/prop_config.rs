//! Property tests of the layered config loader: whatever the files in /etc, config.d and the
//! state directory hold, loading never panics, always gives usable settings, reports every
//! file or value it rejects with the file and what is wrong, and falls back to the other
//! layers (or the nurses' last good copy).
//!
//! Three kinds of input: arbitrary bytes, a soup of RON tokens, and near-valid configs built
//! from the real field names with a model of what each value should become. The model lets
//! the valid ones check their values exactly and the invalid ones check their warnings.
//!
//! The case counts keep the suite quick in the debug profile; `PROPTEST_CASES=N` runs more.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

mod config_support;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use config_support::{AVAILABLE, Kiosk, write};
use immuno_kiosk::config::{
    BUILT_IN_PATH, ConfigPaths, ConsultationDesk, IDLE_TIMEOUT_SECS, IDLE_WARNING_SECS, IfBroken,
    LayerStatus, LoadedConfig, Settings, Severity, check_config, load, parse_settings,
    save_local_with,
};
use immuno_kiosk::model::TextScale;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Every settings field, as files name them.
const FIELDS: &[&str] = immuno_kiosk::config::FIELD_NAMES;

/// `default` cases, or `PROPTEST_CASES` when it is set, as proptest's own default does.
fn cases(default: u32) -> ProptestConfig {
    let from_env = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok());
    ProptestConfig::with_cases(from_env.unwrap_or(default))
}

/// A real argon2id hash, made once.
static HASH: LazyLock<String> = LazyLock::new(|| {
    immuno_kiosk::config::pin::hash_pin("2468").expect("hashing a valid PIN works")
});

fn ron_str(text: &str) -> String {
    ron::to_string(text).expect("a string serialises")
}

// ---------------------------------------------------------------------------------------
// The files of one kiosk
// ---------------------------------------------------------------------------------------

/// What each config file of a kiosk holds (`None`: the file does not exist).
#[derive(Clone, Debug)]
struct Tree {
    etc: Option<Vec<u8>>,
    /// `config.d/NN-x.ron`, in name order.
    dropins: Vec<Vec<u8>>,
    local: Option<Vec<u8>>,
    backup: Option<Vec<u8>>,
    /// A file in config.d that is not `*.ron`, which loading must ignore.
    stray: Option<Vec<u8>>,
}

fn dropin_name(index: usize) -> String {
    format!("{:02}-layer.ron", 10 * (index + 1))
}

impl Tree {
    fn write(&self, kiosk: &Kiosk) {
        if let Some(bytes) = &self.etc {
            write(&kiosk.etc_file(), bytes);
        }
        for (index, bytes) in self.dropins.iter().enumerate() {
            write(&kiosk.dropin(&dropin_name(index)), bytes);
        }
        if let Some(bytes) = &self.local {
            write(&kiosk.local(), bytes);
        }
        if let Some(bytes) = &self.backup {
            write(&kiosk.paths.backup_file().expect("state dir"), bytes);
        }
        if let Some(bytes) = &self.stray {
            write(&kiosk.dropin("README.ron.dpkg-old"), bytes);
        }
    }

    /// Every file and what it holds.
    fn files(&self, kiosk: &Kiosk) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        if let Some(bytes) = &self.etc {
            files.push((kiosk.etc_file(), bytes.clone()));
        }
        for (index, bytes) in self.dropins.iter().enumerate() {
            files.push((kiosk.dropin(&dropin_name(index)), bytes.clone()));
        }
        if let Some(bytes) = &self.local {
            files.push((kiosk.local(), bytes.clone()));
        }
        if let Some(bytes) = &self.backup {
            let backup = kiosk.paths.backup_file().expect("state dir");
            files.push((backup, bytes.clone()));
        }
        files
    }

    /// The same kiosk without the files loading rejected: what it should have run on.
    fn without_rejected(&self, kiosk: &Kiosk, loaded: &LoadedConfig) -> Self {
        let rejected = |path: &Path| {
            loaded.layers.iter().any(|report| {
                report.layer.path() == Some(path)
                    && matches!(report.status, LayerStatus::Error { .. })
            })
        };
        let local_rejected = rejected(&kiosk.local());
        Self {
            etc: self.etc.clone().filter(|_| !rejected(&kiosk.etc_file())),
            dropins: self
                .dropins
                .iter()
                .enumerate()
                .filter(|(index, _)| !rejected(&kiosk.dropin(&dropin_name(*index))))
                .map(|(_, bytes)| bytes.clone())
                .collect(),
            // A rejected nurses' file is replaced by its last good copy, if that loads.
            local: if local_rejected {
                self.backup.clone()
            } else {
                self.local.clone()
            },
            backup: None,
            stray: None,
        }
    }
}

fn load_tree(tree: &Tree) -> (Kiosk, LoadedConfig) {
    let kiosk = Kiosk::new();
    tree.write(&kiosk);
    let loaded = kiosk.load();
    (kiosk, loaded)
}

// ---------------------------------------------------------------------------------------
// What must hold whatever the input
// ---------------------------------------------------------------------------------------

/// Settings the kiosk can run on: every value within its limits.
fn assert_usable(settings: &Settings) -> Result<(), TestCaseError> {
    prop_assert!(IDLE_TIMEOUT_SECS.contains(&settings.idle_timeout_secs));
    prop_assert!(IDLE_WARNING_SECS.contains(&settings.idle_warning_secs));
    prop_assert!([100, 150, 200].contains(&settings.default_text_scale.percent()));
    prop_assert!(!settings.locales.is_empty());
    let unique: BTreeSet<&String> = settings.locales.iter().collect();
    prop_assert_eq!(unique.len(), settings.locales.len(), "no locale twice");
    for locale in &settings.locales {
        prop_assert!(AVAILABLE.contains(&locale.as_str()), "{locale:?}");
    }
    prop_assert!(settings.locales.contains(&settings.default_locale));
    if let Some(hash) = &settings.staff_pin_hash {
        prop_assert!(hash.starts_with("$argon2id$"), "a usable hash");
    }
    if let Some(desk) = &settings.consultation {
        for text in [&desk.name, &desk.location, &desk.phone, &desk.hours] {
            prop_assert!(text.chars().count() <= 200);
            prop_assert_eq!(text.trim(), text.as_str());
        }
        if let Some(url) = &desk.url {
            prop_assert!(url.to_ascii_lowercase().starts_with("https://"), "{url}");
            prop_assert!(!url.chars().any(char::is_whitespace));
        }
    }
    if let Some(dir) = &settings.content_dir {
        prop_assert!(!dir.as_os_str().is_empty());
    }
    Ok(())
}

/// The number of lines of a file's text as far as it is valid UTF-8.
fn line_count(bytes: &[u8]) -> usize {
    let valid = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(bytes.get(..e.valid_up_to()).unwrap_or_default())
            .unwrap_or_default(),
    };
    1 + valid.matches('\n').count()
}

/// The report is about the files there are, each problem says where and what, every
/// rejected file is reported as an error with its position, and nothing else is an error.
fn assert_reported(kiosk: &Kiosk, tree: &Tree, loaded: &LoadedConfig) -> Result<(), TestCaseError> {
    let files = tree.files(kiosk);
    for problem in &loaded.problems {
        let shown = problem.to_string();
        prop_assert!(!problem.message.trim().is_empty(), "says what: {shown}");
        prop_assert!(
            shown.starts_with(&problem.path.display().to_string()),
            "names the file: {shown}"
        );
        if problem.path == Path::new(BUILT_IN_PATH) {
            continue;
        }
        let Some((_, bytes)) = files.iter().find(|(path, _)| *path == problem.path) else {
            return Err(TestCaseError::fail(format!(
                "a problem in a file that was not written: {shown}"
            )));
        };
        if let Some(line) = problem.line {
            prop_assert!(
                line >= 1 && line <= line_count(bytes),
                "line in file: {shown}"
            );
            prop_assert!(problem.col.is_some_and(|col| col >= 1), "{shown}");
        }
    }
    for report in &loaded.layers {
        let Some(path) = report.layer.path() else {
            continue;
        };
        let errors: Vec<_> = loaded
            .problems
            .iter()
            .filter(|p| p.path == path && p.severity == Severity::Error)
            .collect();
        match &report.status {
            LayerStatus::Error { message, .. } => {
                prop_assert_eq!(errors.len(), 1, "one error for {}", path.display());
                let error = errors.first().expect("checked");
                prop_assert_eq!(&error.message, message);
                prop_assert!(
                    error.line.is_some() && error.col.is_some(),
                    "a file rejected for its text says where: {}",
                    error
                );
                let specific = [
                    "not valid RON: ",
                    "is not UTF-8",
                    "expected settings in parentheses",
                ];
                prop_assert!(
                    specific.iter().any(|s| error.message.contains(s)),
                    "says why: {}",
                    error
                );
                if let Some(detail) = error.message.strip_prefix("not valid RON: ") {
                    prop_assert!(!detail.starts_with(';'), "names the RON error: {}", error);
                }
            }
            LayerStatus::Loaded | LayerStatus::Absent => {
                prop_assert!(errors.is_empty(), "{errors:?}");
            }
        }
    }
    Ok(())
}

/// Everything that holds for any tree: no panic (by getting here), usable settings, a
/// report that names each file, the rejected files' layers replaced by the others, and
/// `check-config` agreeing with the load.
fn check_any_tree(tree: &Tree) -> Result<(), TestCaseError> {
    let (kiosk, loaded) = load_tree(tree);
    assert_usable(&loaded.settings)?;
    assert_usable(&loaded.below_local)?;
    assert_reported(&kiosk, tree, &loaded)?;

    let fallback = tree.without_rejected(&kiosk, &loaded);
    let (_, expected) = load_tree(&fallback);
    prop_assert_eq!(
        &loaded.settings,
        &expected.settings,
        "a rejected file costs only itself"
    );

    let report = check_config(None, &kiosk.paths, AVAILABLE);
    let errors = loaded
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error);
    let expected_code = match (errors, loaded.problems.is_empty()) {
        (true, _) => 2,
        (false, true) => 0,
        (false, false) => 1,
    };
    prop_assert_eq!(report.exit_code, expected_code, "{}", report.text);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Arbitrary bytes and token soup
// ---------------------------------------------------------------------------------------

/// Pieces of RON and of this config, to make text that gets further into the parser than
/// random bytes do.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    " ",
    "\n",
    "\"",
    "'",
    "\\",
    "//",
    "/*",
    "*/",
    "r#\"",
    "\"#",
    "#",
    "Some(",
    "None",
    "true",
    "false",
    "()",
    "0",
    "-1",
    "1e400",
    "NaN",
    "0x1F",
    "99999999999999999999999",
    "1.5",
    "\"ja\"",
    "\"en\"",
    "\"xx\"",
    "locked",
    "\u{feff}",
    "日本語",
    "\u{0}",
    "b\"",
    "Settings",
    "#![enable(implicit_some)]",
    "name",
    "url",
    "\"https://x.jp\"",
    "idle_timeout_secs",
    "idle_warning_secs",
    "locales",
    "default_locale",
    "default_text_scale",
    "high_contrast",
    "show_cursor",
    "allow_quit",
    "staff_pin_hash",
    "consultation",
    "content_dir",
];

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..40)
        .prop_map(|tokens| tokens.concat().into_bytes())
}

/// Any bytes, any text, or RON-like soup.
fn any_file() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..200),
        any::<String>().prop_map(String::into_bytes),
        token_soup(),
        // A valid start, then anything.
        (token_soup(), prop::collection::vec(any::<u8>(), 0..50)).prop_map(|(soup, tail)| {
            let mut bytes = b"(allow_quit: true, ".to_vec();
            bytes.extend(soup);
            bytes.extend(tail);
            bytes
        }),
    ]
}

fn tree_of(file: BoxedStrategy<Vec<u8>>) -> impl Strategy<Value = Tree> {
    (
        prop::option::of(file.clone()),
        prop::collection::vec(file.clone(), 0..3),
        prop::option::of(file.clone()),
        prop::option::of(file.clone()),
        prop::option::of(file),
    )
        .prop_map(|(etc, dropins, local, backup, stray)| Tree {
            etc,
            dropins,
            local,
            backup,
            stray,
        })
}

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn any_bytes_in_any_layer_load_to_usable_settings(tree in tree_of(any_file().boxed())) {
        check_any_tree(&tree)?;
    }

    #[test]
    fn any_text_parses_to_usable_settings_with_positioned_warnings(
        text in any_file().prop_map(|b| String::from_utf8_lossy(&b).into_owned())
    ) {
        let (settings, warnings) = parse_settings(&text, AVAILABLE);
        assert_usable(&settings)?;
        let lines = 1 + text.matches('\n').count();
        for warning in &warnings {
            prop_assert!(!warning.message.trim().is_empty());
            if let Some(line) = warning.line {
                prop_assert!(line >= 1 && line <= lines, "{warning:?}");
            }
        }
        if warnings.iter().any(|w| w.severity == Severity::Error) {
            prop_assert_eq!(&settings, &Settings::default(), "nothing of a broken text is used");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Near-valid configs, with a model of what each value becomes
// ---------------------------------------------------------------------------------------

/// A value as loading should store it.
#[derive(Clone, Debug, PartialEq)]
enum Val {
    Number(u32),
    Bool(bool),
    Locales(Vec<String>),
    Locale(String),
    Hash(Option<String>),
    Desk(Option<ConsultationDesk>),
    Dir(Option<PathBuf>),
    Locked(Vec<String>),
}

/// One `key: value` of a generated file and what loading should make of it.
#[derive(Clone, Debug)]
struct Entry {
    key: String,
    /// The value as written.
    text: String,
    /// What the field becomes; `None`: this entry leaves it as it was.
    value: Option<Val>,
    /// Whether loading must warn about this entry, naming its key.
    warns: bool,
}

/// How a value is written, what it should become and whether it earns a warning.
type Gen = (String, Option<Val>, bool);

fn outcome(text: impl Into<String>, value: Option<Val>, warns: bool) -> Gen {
    (text.into(), value, warns)
}

/// Values of the wrong type for a field that wants a number, a bool or a locale.
const WRONG_TYPES: &[&str] = &[
    "\"60\"",
    "[60]",
    "()",
    "Some(60)",
    "None",
    "'x'",
    "sixty",
    "(a: 1)",
    "b\"60\"",
    "{\"a\": 1}",
];

fn wrong_type() -> impl Strategy<Value = Gen> {
    prop::sample::select(WRONG_TYPES).prop_map(|text| outcome(text, None, true))
}

/// A whole number as written in various ways, in or out of `range`, and odd numbers.
fn ranged(range: RangeInclusive<u32>) -> BoxedStrategy<Gen> {
    let (min, max) = (*range.start(), *range.end());
    let clamp = move |n: i128| {
        let clamped = n.clamp(min.into(), max.into());
        u32::try_from(clamped).expect("within u32")
    };
    prop_oneof![
        4 => (range.clone(), 0..3_u8).prop_map(|(n, style)| {
            let text = match style {
                0 => n.to_string(),
                1 => format!("{n}.0"),
                _ => format!("0x{n:x}"),
            };
            outcome(text, Some(Val::Number(n)), false)
        }),
        2 => any::<i64>().prop_map(move |n| {
            let used = clamp(n.into());
            outcome(n.to_string(), Some(Val::Number(used)), i128::from(used) != i128::from(n))
        }),
        1 => prop::sample::select(vec![
            ("1e400", None),
            ("NaN", None),
            ("1.5", None),
            ("-1e300", Some(min)),
            ("1e300", Some(max)),
            ("18446744073709551616", Some(max)),
            ("99999999999999999999999999999999999999999", Some(max)),
        ])
        .prop_map(|(text, value)| outcome(text, value.map(Val::Number), true)),
        1 => wrong_type(),
    ]
    .boxed()
}

fn text_scale() -> BoxedStrategy<Gen> {
    let nearest = |n: i128| {
        [100_u32, 150, 200]
            .into_iter()
            .min_by_key(|scale| n.abs_diff(i128::from(*scale)))
            .expect("three scales")
    };
    prop_oneof![
        3 => prop::sample::select(vec![100_u32, 150, 200])
            .prop_map(|n| outcome(n.to_string(), Some(Val::Number(n)), false)),
        2 => any::<i32>().prop_map(move |n| {
            let used = nearest(n.into());
            outcome(n.to_string(), Some(Val::Number(used)), i128::from(used) != i128::from(n))
        }),
        1 => prop::sample::select(vec![
            ("150.0", Some(150), false),
            ("1e400", None, true),
            ("NaN", None, true),
            ("-1e300", Some(100), true),
            ("1e300", Some(200), true),
            ("125", Some(100), true),
            ("175", Some(150), true),
        ])
        .prop_map(|(text, value, warns)| outcome(text, value.map(Val::Number), warns)),
        1 => wrong_type(),
    ]
    .boxed()
}

fn boolean() -> BoxedStrategy<Gen> {
    prop_oneof![
        3 => any::<bool>().prop_map(|b| outcome(b.to_string(), Some(Val::Bool(b)), false)),
        1 => prop::sample::select(vec!["\"true\"", "1", "ture", "[true]", "()", "Some(true)"])
            .prop_map(|text| outcome(text, None, true)),
    ]
    .boxed()
}

/// One entry of a `locales` list: as written, and its canonical form if it is available.
const LOCALE_ENTRIES: &[(&str, Option<&str>)] = &[
    ("\"ja\"", Some("ja")),
    ("\"en\"", Some("en")),
    ("\"JA\"", Some("ja")),
    ("\"EN\"", Some("en")),
    ("\" ja \"", Some("ja")),
    ("\"xx\"", None),
    ("\"\"", None),
    ("\"en-US\"", None),
    ("\"ja_JP\"", None),
    ("5", None),
    ("\"日本語\"", None),
    ("None", None),
];

fn locales() -> BoxedStrategy<Gen> {
    let list =
        prop::collection::vec(prop::sample::select(LOCALE_ENTRIES), 0..5).prop_map(|entries| {
            let texts: Vec<&str> = entries.iter().map(|(text, _)| *text).collect();
            let mut kept: Vec<String> = Vec::new();
            let mut dropped = false;
            for (_, canonical) in &entries {
                match canonical {
                    Some(tag) if !kept.iter().any(|k| k == tag) => kept.push((*tag).to_owned()),
                    _ => dropped = true,
                }
            }
            let text = format!("[{}]", texts.join(", "));
            if kept.is_empty() {
                outcome(text, None, true)
            } else {
                outcome(text, Some(Val::Locales(kept)), dropped)
            }
        });
    prop_oneof![
        4 => list,
        1 => prop::sample::select(vec!["\"ja\"", "ja", "5", "Some([\"ja\"])"])
            .prop_map(|text| outcome(text, None, true)),
    ]
    .boxed()
}

fn default_locale() -> BoxedStrategy<Gen> {
    prop::sample::select(vec![
        ("\"ja\"", Some("ja")),
        ("\"en\"", Some("en")),
        ("\"En\"", Some("en")),
        ("\"xx\"", None),
        ("\"\"", None),
        ("5", None),
        ("[\"ja\"]", None),
    ])
    .prop_map(|(text, tag)| {
        let value = tag.map(|t| Val::Locale(t.to_owned()));
        let warns = value.is_none();
        outcome(text, value, warns)
    })
    .boxed()
}

fn pin_hash() -> BoxedStrategy<Gen> {
    let hash = HASH.clone();
    let set = Some(Val::Hash(Some(hash.clone())));
    let unset = Some(Val::Hash(None));
    prop::sample::select(vec![
        outcome("None", unset.clone(), false),
        outcome("()", unset.clone(), false),
        outcome("\"\"", unset.clone(), false),
        outcome("Some(\"  \")", unset, false),
        outcome(format!("Some({})", ron_str(&hash)), set.clone(), false),
        outcome(ron_str(&hash), set.clone(), false),
        outcome(ron_str(&format!("  {hash} ")), set, false),
        outcome("\"1234\"", None, true),
        outcome(ron_str(&hash.replace("argon2id", "argon2i")), None, true),
        outcome("Some(1234)", None, true),
        outcome("true", None, true),
    ])
    .boxed()
}

/// Text for the desk: short, padded, with quotes and escapes, or too long.
fn desk_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,20}",
        "[ \t\n]{0,2}[a-zあ-ん0-9\"\\\\\n{}()]{0,20}[ \t\n]{0,2}",
        "[a-z]{195,210}",
    ]
}

/// What one desk entry does to the desk.
#[derive(Clone, Debug)]
enum DeskEffect {
    Text(&'static str, String),
    Url(Option<String>),
    Nothing,
}

fn desk_entry(key: &'static str) -> BoxedStrategy<(String, DeskEffect, bool)> {
    if key == "url" {
        let https = "[a-z]{1,10}\\.jp/[a-z0-9/]{0,20}"
            .prop_map(|rest| format!("https://{rest}"))
            .prop_map(|url| {
                (
                    format!("Some({})", ron_str(&url)),
                    DeskEffect::Url(Some(url)),
                    false,
                )
            });
        return prop_oneof![
            3 => https,
            1 => Just(("None".to_owned(), DeskEffect::Url(None), false)),
            1 => prop::sample::select(vec![
                "\"http://x.jp\"",
                "Some(\"https://\")",
                "\"https://x.jp/a b\"",
                "\"ftp://x.jp\"",
                "5",
            ])
            .prop_map(|text| (text.to_owned(), DeskEffect::Url(None), true)),
            1 => Just((
                ron_str(&format!("https://x.jp/{}", "a".repeat(500))),
                DeskEffect::Url(None),
                true
            )),
        ]
        .boxed();
    }
    if key == "phon" || key == "adress" {
        return Just(("\"?\"".to_owned(), DeskEffect::Nothing, true)).boxed();
    }
    prop_oneof![
        5 => desk_text().prop_map(move |text| {
            let trimmed = text.trim();
            let long = trimmed.chars().count() > 200;
            let kept: String = trimmed.chars().take(200).collect();
            let kept = kept.trim_end().to_owned();
            (ron_str(&text), DeskEffect::Text(key, kept), long)
        }),
        1 => Just(("5".to_owned(), DeskEffect::Nothing, true)),
    ]
    .boxed()
}

fn desk() -> BoxedStrategy<Gen> {
    let keys = vec![
        "name", "location", "phone", "hours", "url", "phon", "adress",
    ];
    let map = prop::sample::subsequence(keys, 0..=5)
        .prop_shuffle()
        .prop_flat_map(|keys| {
            let entries: Vec<_> = keys
                .into_iter()
                .map(|key| desk_entry(key).prop_map(move |entry| (key, entry)))
                .collect();
            (entries, any::<bool>())
        })
        .prop_map(|(entries, wrapped)| {
            let mut desk = ConsultationDesk::default();
            let mut warns = false;
            let mut texts = Vec::new();
            for (key, (text, effect, warning)) in entries {
                texts.push(format!("{key}: {text}"));
                warns |= warning;
                match effect {
                    DeskEffect::Text("name", t) => desk.name = t,
                    DeskEffect::Text("location", t) => desk.location = t,
                    DeskEffect::Text("phone", t) => desk.phone = t,
                    DeskEffect::Text(_, t) => desk.hours = t,
                    DeskEffect::Url(url) => desk.url = url,
                    DeskEffect::Nothing => {}
                }
            }
            let body = if texts.is_empty() {
                "{}".to_owned()
            } else {
                format!("(\n        {},\n    )", texts.join(",\n        "))
            };
            let text = if wrapped {
                format!("Some({body})")
            } else {
                body
            };
            outcome(text, Some(Val::Desk(Some(desk))), warns)
        });
    prop_oneof![
        4 => map,
        1 => prop::sample::select(vec![
            outcome("None", Some(Val::Desk(None)), false),
            outcome("()", Some(Val::Desk(None)), false),
            outcome("\"\"", Some(Val::Desk(None)), false),
            outcome("5", None, true),
            outcome("\"the desk\"", None, true),
            outcome("[\"a\"]", None, true),
        ]),
    ]
    .boxed()
}

fn content_dir() -> BoxedStrategy<Gen> {
    prop_oneof![
        3 => ("[a-zA-Z0-9/_ .-]{0,20}", any::<bool>()).prop_map(|(path, wrapped)| {
            let trimmed = path.trim();
            let value = (!trimmed.is_empty()).then(|| PathBuf::from(trimmed));
            let text = if wrapped { format!("Some({})", ron_str(&path)) } else { ron_str(&path) };
            outcome(text, Some(Val::Dir(value)), false)
        }),
        1 => prop::sample::select(vec![
            outcome("None", Some(Val::Dir(None)), false),
            outcome("5", None, true),
            outcome("Some(5)", None, true),
            outcome("[\"/x\"]", None, true),
        ]),
    ]
    .boxed()
}

/// A `locked: [..]` list: its locks (in an /etc file) and whether it earns a warning there.
fn locked() -> BoxedStrategy<Gen> {
    let names: Vec<&str> = FIELDS
        .iter()
        .copied()
        .chain(["idle_timout_secs", "colour", "5"])
        .collect();
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(names), 0..4).prop_map(|names| {
            let valid: Vec<String> = names
                .iter()
                .filter(|n| FIELDS.contains(n))
                .map(|n| (*n).to_owned())
                .collect();
            let warns = valid.len() != names.len();
            let texts: Vec<String> = names
                .iter()
                .map(|n| if *n == "5" { "5".to_owned() } else { ron_str(n) })
                .collect();
            outcome(format!("[{}]", texts.join(", ")), Some(Val::Locked(valid)), warns)
        }),
        1 => Just(outcome("\"allow_quit\"", Some(Val::Locked(Vec::new())), true)),
    ]
    .boxed()
}

/// Words that RON reads as something other than a field name.
const NOT_KEYS: &[&str] = &["true", "false", "inf", "infinity", "nan", "b", "r", "br"];

/// A key this version does not know: a typo of a real one, or any name.
fn unknown_key() -> impl Strategy<Value = String> {
    let typo = (
        prop::sample::select(FIELDS.to_vec()),
        any::<prop::sample::Index>(),
        "[a-z_]",
    )
        .prop_map(|(field, index, c)| {
            let mut chars: Vec<char> = field.chars().collect();
            let at = index.index(chars.len());
            chars[at] = c.chars().next().expect("one char");
            chars.into_iter().collect::<String>()
        });
    prop_oneof![typo, "[a-z_][a-z0-9_]{0,15}"].prop_filter("not a known key", |key| {
        !FIELDS.contains(&key.as_str()) && key != "locked" && !NOT_KEYS.contains(&key.as_str())
    })
}

fn entry() -> impl Strategy<Value = Entry> {
    let field = |key: &'static str, values: BoxedStrategy<Gen>| {
        values.prop_map(move |(text, value, warns)| Entry {
            key: key.to_owned(),
            text,
            value,
            warns,
        })
    };
    let unknown =
        (unknown_key(), prop::sample::select(WRONG_TYPES)).prop_map(|(key, text)| Entry {
            key,
            text: text.to_owned(),
            value: None,
            warns: true,
        });
    prop_oneof![
        field("idle_timeout_secs", ranged(IDLE_TIMEOUT_SECS)),
        field("idle_warning_secs", ranged(IDLE_WARNING_SECS)),
        field("locales", locales()),
        field("default_locale", default_locale()),
        field("default_text_scale", text_scale()),
        field("high_contrast", boolean()),
        field("show_cursor", boolean()),
        field("allow_quit", boolean()),
        field("staff_pin_hash", pin_hash()),
        field("consultation", desk()),
        field("content_dir", content_dir()),
        field("locked", locked()),
        unknown,
    ]
}

/// How a file wraps its entries.
#[derive(Clone, Copy, Debug)]
enum Style {
    Parens,
    Named,
    Braces,
    /// No entries at all, only a comment: "the file is empty".
    Blank,
}

/// One generated file.
#[derive(Clone, Debug)]
struct GenFile {
    entries: Vec<Entry>,
    style: Style,
    comments: bool,
    trailing_comma: bool,
}

impl GenFile {
    fn render(&self) -> String {
        if matches!(self.style, Style::Blank) {
            return "// nothing set here yet\n".to_owned();
        }
        let (open, close) = match self.style {
            Style::Named => ("Settings(", ")"),
            Style::Braces => ("{", "}"),
            Style::Parens | Style::Blank => ("(", ")"),
        };
        let mut text = format!("// generated\n{open}\n");
        for (index, entry) in self.entries.iter().enumerate() {
            if self.comments {
                let _ = writeln!(text, "    // {} /* ( [", entry.key);
            }
            let key = match self.style {
                Style::Braces => ron_str(&entry.key),
                _ => entry.key.clone(),
            };
            let _ = write!(text, "    {key}: {}", entry.text);
            if self.comments {
                text.push_str(" /* ] ) */");
            }
            if index + 1 < self.entries.len() || self.trailing_comma {
                text.push(',');
            }
            text.push('\n');
        }
        text.push_str(close);
        text.push('\n');
        text
    }

    /// The entries loading sees: for a repeated key, the last one.
    fn effective(&self) -> Vec<&Entry> {
        if matches!(self.style, Style::Blank) {
            return Vec::new();
        }
        let mut seen = BTreeSet::new();
        let mut effective: Vec<&Entry> = self
            .entries
            .iter()
            .rev()
            .filter(|e| seen.insert(e.key.clone()))
            .collect();
        effective.reverse();
        effective
    }

    /// Whether loading must say something about this file (other than locks).
    fn is_blank(&self) -> bool {
        matches!(self.style, Style::Blank)
    }
}

fn gen_file() -> impl Strategy<Value = GenFile> {
    (
        prop::collection::vec(entry(), 0..8),
        prop_oneof![
            6 => Just(Style::Parens),
            1 => Just(Style::Named),
            1 => Just(Style::Braces),
            1 => Just(Style::Blank),
        ],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(entries, style, comments, trailing_comma)| {
            // `Settings()` with nothing in it reads as a unit struct, not settings.
            let style = match style {
                Style::Named if entries.is_empty() => Style::Parens,
                other => other,
            };
            GenFile {
                entries,
                style,
                comments,
                trailing_comma,
            }
        })
}

/// A near-valid kiosk: each layer's file, all of which parse.
#[derive(Clone, Debug)]
struct GenTree {
    etc: Option<GenFile>,
    dropins: Vec<GenFile>,
    local: Option<GenFile>,
}

fn gen_tree() -> impl Strategy<Value = GenTree> {
    (
        prop::option::of(gen_file()),
        prop::collection::vec(gen_file(), 0..3),
        prop::option::of(gen_file()),
    )
        .prop_map(|(etc, dropins, local)| GenTree {
            etc,
            dropins,
            local,
        })
}

impl GenTree {
    fn tree(&self) -> Tree {
        let bytes = |file: &GenFile| file.render().into_bytes();
        Tree {
            etc: self.etc.as_ref().map(bytes),
            dropins: self.dropins.iter().map(bytes).collect(),
            local: self.local.as_ref().map(bytes),
            backup: None,
            stray: None,
        }
    }

    /// The layers in loading order, with their paths.
    fn layers<'a>(&'a self, kiosk: &Kiosk) -> Vec<(PathBuf, &'a GenFile, bool)> {
        let mut layers = Vec::new();
        if let Some(file) = &self.etc {
            layers.push((kiosk.etc_file(), file, true));
        }
        for (index, file) in self.dropins.iter().enumerate() {
            layers.push((kiosk.dropin(&dropin_name(index)), file, true));
        }
        if let Some(file) = &self.local {
            layers.push((kiosk.local(), file, false));
        }
        layers
    }
}

/// What loading should give, and the warnings it must give: `(file, words in the message)`.
struct Expected {
    settings: Settings,
    /// The /etc layers alone, before the default locale is fitted to the locales.
    system: Settings,
    locked: BTreeSet<String>,
    warnings: Vec<(PathBuf, String)>,
}

fn set(settings: &mut Settings, key: &str, value: &Val) {
    match (key, value.clone()) {
        ("idle_timeout_secs", Val::Number(n)) => settings.idle_timeout_secs = n,
        ("idle_warning_secs", Val::Number(n)) => settings.idle_warning_secs = n,
        ("default_text_scale", Val::Number(n)) => {
            settings.default_text_scale = TextScale::from_percent(n).expect("a text scale");
        }
        ("locales", Val::Locales(l)) => settings.locales = l,
        ("default_locale", Val::Locale(l)) => settings.default_locale = l,
        ("high_contrast", Val::Bool(b)) => settings.high_contrast = b,
        ("show_cursor", Val::Bool(b)) => settings.show_cursor = b,
        ("allow_quit", Val::Bool(b)) => settings.allow_quit = b,
        ("staff_pin_hash", Val::Hash(h)) => settings.staff_pin_hash = h,
        ("consultation", Val::Desk(d)) => settings.consultation = d,
        ("content_dir", Val::Dir(d)) => settings.content_dir = d,
        other => panic!("the model has no rule for {other:?}"),
    }
}

/// The default locale must be one of the enabled ones; loading falls back to the first.
fn reconcile(settings: &mut Settings) -> bool {
    if settings.locales.contains(&settings.default_locale) {
        return false;
    }
    settings.default_locale.clone_from(&settings.locales[0]);
    true
}

fn model(tree: &GenTree, kiosk: &Kiosk) -> Expected {
    let mut expected = Expected {
        settings: Settings::default(),
        system: Settings::default(),
        locked: BTreeSet::new(),
        warnings: Vec::new(),
    };
    for (path, file, system) in tree.layers(kiosk) {
        if !system {
            expected.system = expected.settings.clone();
        }
        let mut warn = |words: String| expected.warnings.push((path.clone(), words));
        if file.is_blank() {
            warn("the file is empty".to_owned());
        }
        for entry in file.effective() {
            let key = entry.key.as_str();
            match &entry.value {
                _ if !FIELDS.contains(&key) && key != "locked" => {
                    warn(format!("unknown key `{key}`"));
                    continue;
                }
                Some(Val::Locked(names)) if system => expected.locked.extend(names.clone()),
                _ if key == "locked" => {
                    warn("locked: only files in /etc".to_owned());
                    continue;
                }
                Some(_) if !system && expected.locked.contains(key) => {
                    warn(format!("{key} is locked by hospital IT"));
                }
                Some(value) => set(&mut expected.settings, key, value),
                None => {}
            }
            if entry.warns {
                warn(key.to_owned());
            }
        }
    }
    if tree.local.is_none() {
        expected.system = expected.settings.clone();
    }
    if reconcile(&mut expected.settings) {
        expected
            .warnings
            .push((PathBuf::new(), "default_locale".to_owned()));
    }
    expected
}

/// Each expected warning is there, and each problem is one that was expected.
fn assert_warnings(loaded: &LoadedConfig, expected: &Expected) -> Result<(), TestCaseError> {
    let listing = || {
        loaded
            .problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let matches = |path: &Path, words: &str, problem: &immuno_kiosk::config::Problem| {
        (path.as_os_str().is_empty() || problem.path == path) && problem.message.contains(words)
    };
    for (path, words) in &expected.warnings {
        prop_assert!(
            loaded.problems.iter().any(|p| matches(path, words, p)),
            "expected a warning in {} about {words:?}; got:\n{}",
            path.display(),
            listing()
        );
    }
    for problem in &loaded.problems {
        prop_assert_eq!(problem.severity, Severity::Warning, "every file parses");
        prop_assert!(
            expected
                .warnings
                .iter()
                .any(|(path, words)| matches(path, words, problem)),
            "unexpected warning {}; all:\n{}",
            problem,
            listing()
        );
    }
    Ok(())
}

/// A valid draft a nurse could save.
fn draft() -> impl Strategy<Value = Settings> {
    let text = "[a-zA-Zあ-ん0-9\"\\\\{}()/:]([a-zA-Zあ-ん0-9\"\\\\{}() /:]{0,20}[a-zA-Zあ-ん0-9\"\\\\{}()/:])?";
    let desk = (
        text,
        text,
        text,
        text,
        prop::option::of("[a-z]{1,8}\\.jp/[a-z0-9]{0,8}"),
    )
        .prop_map(|(name, location, phone, hours, url)| ConsultationDesk {
            name,
            location,
            phone,
            hours,
            url: url.map(|u| format!("https://{u}")),
        });
    let locales = prop::sample::select(vec![
        vec!["ja".to_owned(), "en".to_owned()],
        vec!["en".to_owned(), "ja".to_owned()],
        vec!["ja".to_owned()],
        vec!["en".to_owned()],
    ]);
    (
        (
            IDLE_TIMEOUT_SECS,
            IDLE_WARNING_SECS,
            locales,
            any::<prop::sample::Index>(),
        ),
        (
            prop::sample::select(vec![100_u32, 150, 200]),
            any::<[bool; 4]>(),
        ),
        (prop::option::of(desk), prop::option::of("[a-z/]{1,12}")),
    )
        .prop_map(
            |((timeout, warning, locales, pick), (scale, flags), (desk, dir))| {
                let default_locale = pick.get(&locales).clone();
                let [high_contrast, show_cursor, allow_quit, pin] = flags;
                Settings {
                    idle_timeout_secs: timeout,
                    idle_warning_secs: warning,
                    locales,
                    default_locale,
                    default_text_scale: TextScale::from_percent(scale).expect("a text scale"),
                    high_contrast,
                    show_cursor,
                    allow_quit,
                    staff_pin_hash: pin.then(|| HASH.clone()),
                    consultation: desk,
                    content_dir: dir.map(PathBuf::from),
                    // The usage settings keep their defaults here.
                    usage_counts: true,
                    usage_retention_days: 400,
                    usage_textfile: Settings::default().usage_textfile,
                    usage_textfile_period_secs: 60,
                    // And so do the read-aloud settings.
                    speech: true,
                    speech_device: "default".to_owned(),
                    speech_volume: 2,
                    // And the translation settings.
                    hide_unreviewed_locales: false,
                    stale_translations: immuno_kiosk::config::StaleTranslations::Japanese,
                }
            },
        )
}

/// What loading gives after saving `draft`: the draft, except where /etc locks a field,
/// which keeps the /etc value.
fn after_save(draft: &Settings, loaded: &LoadedConfig, system: &Settings) -> Settings {
    let locked = |name: &str| loaded.locked.contains(name);
    let pick = |name: &str| if locked(name) { system } else { draft };
    let mut settings = Settings {
        idle_timeout_secs: pick("idle_timeout_secs").idle_timeout_secs,
        idle_warning_secs: pick("idle_warning_secs").idle_warning_secs,
        locales: pick("locales").locales.clone(),
        default_locale: pick("default_locale").default_locale.clone(),
        default_text_scale: pick("default_text_scale").default_text_scale,
        high_contrast: pick("high_contrast").high_contrast,
        show_cursor: pick("show_cursor").show_cursor,
        allow_quit: pick("allow_quit").allow_quit,
        staff_pin_hash: pick("staff_pin_hash").staff_pin_hash.clone(),
        consultation: pick("consultation").consultation.clone(),
        content_dir: pick("content_dir").content_dir.clone(),
        usage_counts: pick("usage_counts").usage_counts,
        usage_retention_days: pick("usage_retention_days").usage_retention_days,
        usage_textfile: pick("usage_textfile").usage_textfile.clone(),
        usage_textfile_period_secs: pick("usage_textfile_period_secs").usage_textfile_period_secs,
        speech: pick("speech").speech,
        speech_device: pick("speech_device").speech_device.clone(),
        speech_volume: pick("speech_volume").speech_volume,
        hide_unreviewed_locales: pick("hide_unreviewed_locales").hide_unreviewed_locales,
        stale_translations: pick("stale_translations").stale_translations,
    };
    reconcile(&mut settings);
    settings
}

/// A near-valid file with one slip: cut short, a bracket or quote lost or doubled, a
/// character replaced, or garbage appended.
fn broken_file() -> impl Strategy<Value = Vec<u8>> {
    let slips = prop::sample::select(vec![
        "(", ")", "[", "]", "{", "}", ",", ":", "\"", "/*", "'",
    ]);
    (
        gen_file(),
        0..4_u8,
        any::<prop::sample::Index>(),
        slips,
        any::<char>(),
    )
        .prop_map(|(file, slip, at, piece, c)| {
            let text = file.render();
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let at = *at.get(&boundaries);
            let (head, tail) = text.split_at(at);
            let next = tail.chars().next().map_or(0, char::len_utf8);
            match slip {
                0 => head.to_owned(),
                1 => format!("{head}{piece}{tail}"),
                2 => format!("{head}{c}{}", tail.get(next..).unwrap_or_default()),
                _ => format!("{head}{}", tail.get(next..).unwrap_or_default()),
            }
            .into_bytes()
        })
}

proptest! {
    #![proptest_config(cases(128))]

    /// The model's values and warnings, exactly; and saving a draft then loading gives it.
    #[test]
    fn near_valid_configs_load_as_modelled_and_round_trip(
        tree in gen_tree(),
        draft in draft(),
    ) {
        let kiosk = Kiosk::new();
        tree.tree().write(&kiosk);
        let loaded = kiosk.load();
        let expected = model(&tree, &kiosk);

        assert_usable(&loaded.settings)?;
        assert_warnings(&loaded, &expected)?;
        prop_assert_eq!(&loaded.settings, &expected.settings);
        prop_assert_eq!(&loaded.locked, &expected.locked);
        if expected.warnings.is_empty() {
            prop_assert!(loaded.problems.is_empty());
        }
        check_any_tree(&tree.tree())?;

        let saved = save_local_with(&kiosk.paths, &loaded, &draft, IfBroken::Refuse);
        prop_assert!(saved.is_ok(), "saving failed: {saved:?}");
        let reloaded = kiosk.load();
        let saved = after_save(&draft, &loaded, &expected.system);
        prop_assert_eq!(&reloaded.settings, &saved);
        // Saving keeps what it cannot judge (unknown keys, locales this content lacks), so
        // the saved file may repeat the old file's warnings, but never adds one; except that
        // a draft's default locale outside the locales (where /etc locks one of the two) is
        // corrected, with a warning, on every load.
        let local = kiosk.local();
        let fitted = saved.default_locale != draft.default_locale
            || loaded.locked.contains("default_locale");
        let messages = |loaded: &LoadedConfig| -> BTreeSet<String> {
            loaded
                .problems
                .iter()
                .filter(|p| p.path == local)
                // What the warning is about: `key: ..`, or the whole message.
                .map(|p| p.message.split(':').next().unwrap_or_default().to_owned())
                .collect()
        };
        let new: Vec<String> = messages(&reloaded)
            .difference(&messages(&loaded))
            .filter(|m| !(fitted && *m == "default_locale"))
            .cloned()
            .collect();
        prop_assert!(new.is_empty(), "the saved file adds warnings: {new:?}");
    }

    /// One slip in an otherwise near-valid file, in any layer.
    #[test]
    fn near_valid_configs_with_a_slip_load_to_usable_settings(
        tree in tree_of(prop_oneof![
            2 => broken_file(),
            1 => gen_file().prop_map(|file| file.render().into_bytes()),
        ].boxed())
    ) {
        check_any_tree(&tree)?;
    }

    /// A file given to `check-config` on its own: the same rules, and the file is named.
    #[test]
    fn check_config_on_one_file_names_it(bytes in prop_oneof![any_file(), broken_file()]) {
        let kiosk = Kiosk::new();
        let file = kiosk.dir.path().join("candidate.ron");
        write(&file, &bytes);
        let report = check_config(Some(&file), &kiosk.paths, AVAILABLE);
        let single = ConfigPaths {
            etc_file: file.clone(),
            etc_file_required: true,
            etc_dropin_dir: None,
            state_dir: None,
        };
        let loaded = load(&single, AVAILABLE);
        assert_usable(&loaded.settings)?;
        for problem in &loaded.problems {
            prop_assert_eq!(&problem.path, &file);
            let shown = problem.to_string();
            prop_assert!(report.text.contains(&shown), "{}", report.text);
        }
        prop_assert_eq!(report.exit_code == 0, loaded.problems.is_empty());
    }
}

/// RON nested far deeper than any config is refused with a position, not a stack overflow
/// (the parser stops at its recursion limit).
#[test]
fn deeply_nested_values_are_an_error_not_a_crash() {
    for open in ["[", "(", "Some(", "{\"a\": "] {
        let text = format!("(consultation: {})", open.repeat(100_000));
        let (settings, warnings) = parse_settings(&text, AVAILABLE);
        assert_eq!(settings, Settings::default());
        let error = warnings.first().expect("an error");
        assert_eq!(error.severity, Severity::Error, "{error:?}");
        assert!(error.message.starts_with("not valid RON: "), "{error:?}");
    }
}
