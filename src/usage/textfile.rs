//! The `node_exporter` textfile: what the fleet's Prometheus scrapes from each kiosk.
//!
//! Counters carry only the labels `page` and `lang`; the small fixed sets (text sizes,
//! contrasts) are separate metrics instead of labels. Counters are the totals of every count
//! (days past the retention stay in them, summed without their day, see `Store::totals`, so
//! they never go down); only deleting the counts resets them, which `rate` and `increase`
//! handle.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use super::counts::{Event, Kind, Tally};

/// The default path: the directory Debian's `prometheus-node-exporter` reads.
pub const DEFAULT_PATH: &str = "/var/lib/prometheus/node-exporter/immuno_kiosk.prom";

/// Everything but the counts that the file reports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Health {
    /// Whether the kiosk is running (0 in the file written as it exits).
    pub up: bool,
    /// The build's version.
    pub version: String,
    /// The content's review date, as a Unix time (local midnight).
    pub content_reviewed_unix: Option<i64>,
    /// Config warnings, and config errors, in the files loaded.
    pub config_warnings: u32,
    /// Config errors.
    pub config_errors: u32,
    /// Seconds since the UI last drew a frame.
    pub secs_since_frame: Option<u64>,
    /// The font atlas, in pixels (width × height).
    pub font_atlas_pixels: Option<u64>,
    /// The process's resident memory.
    pub rss_bytes: Option<u64>,
    /// Whether the counts are being saved (0: kept in memory only, see the staff screen).
    pub store_ok: bool,
}

/// A counter metric: its name, its help, and how to pick its events.
struct Counter {
    name: &'static str,
    help: &'static str,
    kind: Kind,
    detail: Option<&'static str>,
    labelled: bool,
}

const COUNTERS: &[Counter] = &[
    counter(
        "visits_started",
        "Visits started (attract screen left).",
        Kind::VisitStarted,
    ),
    counter(
        "visits_completed",
        "Visits that reached a track's last page.",
        Kind::VisitCompleted,
    ),
    Counter {
        labelled: true,
        ..counter("page_views", "Page openings.", Kind::PageOpened)
    },
    sized(
        "text_size_100_choices",
        "Choices of the 100 % text size.",
        Kind::TextSize,
        "100",
    ),
    sized(
        "text_size_150_choices",
        "Choices of the 150 % text size.",
        Kind::TextSize,
        "150",
    ),
    sized(
        "text_size_200_choices",
        "Choices of the 200 % text size.",
        Kind::TextSize,
        "200",
    ),
    sized(
        "contrast_high_choices",
        "Choices of the high-contrast theme.",
        Kind::Contrast,
        "high",
    ),
    sized(
        "contrast_standard_choices",
        "Choices of the standard theme.",
        Kind::Contrast,
        "standard",
    ),
    Counter {
        labelled: true,
        ..counter("qr_codes_shown", "QR codes shown.", Kind::QrShown)
    },
    counter("idle_warnings", "Idle warnings shown.", Kind::IdleWarning),
    counter(
        "idle_resets",
        "Visits ended by the idle reset.",
        Kind::IdleReset,
    ),
    counter(
        "idle_continues",
        "Idle warnings dismissed to keep reading.",
        Kind::IdleContinue,
    ),
    counter("staff_unlocks", "Staff unlocks.", Kind::StaffUnlock),
    counter("staff_pin_failures", "Wrong staff PINs.", Kind::PinFailed),
    counter("staff_lockouts", "Staff PIN lock-outs.", Kind::Lockout),
    Counter {
        labelled: true,
        ..counter(
            "glossary_cards_opened",
            "Glossary cards opened.",
            Kind::GlossaryOpened,
        )
    },
];

const fn counter(name: &'static str, help: &'static str, kind: Kind) -> Counter {
    Counter {
        name,
        help,
        kind,
        detail: None,
        labelled: false,
    }
}

const fn sized(
    name: &'static str,
    help: &'static str,
    kind: Kind,
    detail: &'static str,
) -> Counter {
    Counter {
        detail: Some(detail),
        ..counter(name, help, kind)
    }
}

/// Escapes a label value as the exposition format wants.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn gauge(out: &mut String, name: &str, help: &str, value: impl std::fmt::Display) {
    let _ = write!(
        out,
        "# HELP immuno_kiosk_{name} {help}\n# TYPE immuno_kiosk_{name} gauge\nimmuno_kiosk_{name} {value}\n"
    );
}

/// The file's text. `counts` are every count kept; `None` when counting is off, and the
/// file then holds only the health metrics.
pub fn render(counts: Option<&Tally>, health: &Health) -> String {
    let mut out = String::new();
    gauge(
        &mut out,
        "up",
        "1 while the kiosk runs.",
        u8::from(health.up),
    );
    let _ = write!(
        out,
        "# HELP immuno_kiosk_build_info The running build.\n# TYPE immuno_kiosk_build_info gauge\nimmuno_kiosk_build_info{{version=\"{}\"}} 1\n",
        escape(&health.version)
    );
    if let Some(reviewed) = health.content_reviewed_unix {
        gauge(
            &mut out,
            "content_reviewed_timestamp_seconds",
            "When the content was last reviewed, as a Unix time.",
            reviewed,
        );
    }
    let _ = write!(
        out,
        "# HELP immuno_kiosk_config_problems Problems found in the config files, by severity.\n# TYPE immuno_kiosk_config_problems gauge\nimmuno_kiosk_config_problems{{severity=\"error\"}} {}\nimmuno_kiosk_config_problems{{severity=\"warning\"}} {}\n",
        health.config_errors, health.config_warnings
    );
    if let Some(secs) = health.secs_since_frame {
        gauge(
            &mut out,
            "seconds_since_last_frame",
            "Seconds since the UI last drew a frame; rises while it is frozen.",
            secs,
        );
    }
    if let Some(pixels) = health.font_atlas_pixels {
        gauge(
            &mut out,
            "font_atlas_pixels",
            "The font atlas's size in pixels.",
            pixels,
        );
    }
    if let Some(bytes) = health.rss_bytes {
        gauge(
            &mut out,
            "resident_memory_bytes",
            "The kiosk process's resident memory.",
            bytes,
        );
    }
    gauge(
        &mut out,
        "usage_store_ok",
        "1 while the counts are saved; 0 while they are kept in memory only.",
        u8::from(health.store_ok),
    );
    let Some(counts) = counts else {
        return out;
    };
    for metric in COUNTERS {
        let mut series: BTreeMap<(String, String), u64> = BTreeMap::new();
        for (_, event, count) in counts.iter() {
            if !picks(metric, event) {
                continue;
            }
            let key = if metric.labelled {
                (event.page.clone(), event.lang.clone())
            } else {
                Default::default()
            };
            let total = series.entry(key).or_insert(0);
            *total = total.saturating_add(count);
        }
        let name = metric.name;
        let _ = write!(
            out,
            "# HELP immuno_kiosk_{name}_total {}\n# TYPE immuno_kiosk_{name}_total counter\n",
            metric.help
        );
        if metric.labelled {
            for ((page, lang), total) in &series {
                let _ = writeln!(
                    out,
                    "immuno_kiosk_{name}_total{{lang=\"{}\",page=\"{}\"}} {total}",
                    escape(lang),
                    escape(page)
                );
            }
        } else {
            let total = series.values().copied().fold(0u64, u64::saturating_add);
            let _ = writeln!(out, "immuno_kiosk_{name}_total {total}");
        }
    }
    out
}

fn picks(metric: &Counter, event: &Event) -> bool {
    event.kind == metric.kind && metric.detail.is_none_or(|detail| event.detail == detail)
}

/// Writes `text` to `path` atomically: a temporary file in the same directory (whose name
/// `node_exporter` ignores), synced, then renamed over the old file. Readable by all, since
/// `node_exporter` runs as another user.
///
/// # Errors
/// Any I/O error; the old file is then unchanged.
pub fn write(path: &Path, text: &str) -> std::io::Result<()> {
    let Some(name) = path.file_name() else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the textfile path has no file name",
        ));
    };
    let temp = path.with_file_name(format!(".{}.tmp", name.to_string_lossy()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            file.set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// The process's resident memory, from `/proc/self/status` (Linux only).
pub fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb.saturating_mul(1024))
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use super::*;

    fn health() -> Health {
        Health {
            up: true,
            version: "0.1.0".to_owned(),
            content_reviewed_unix: Some(1_780_000_000),
            config_warnings: 2,
            config_errors: 0,
            secs_since_frame: Some(3),
            font_atlas_pixels: Some(2048 * 2048),
            rss_bytes: Some(90_000_000),
            store_ok: true,
        }
    }

    #[test]
    fn counters_sum_the_days_and_keep_only_page_and_lang() {
        let mut tally = Tally::new();
        let day1 = Date::constant(2026, 12, 1);
        let day2 = Date::constant(2026, 12, 2);
        tally.add(day1, Event::plain(Kind::VisitStarted), 3);
        tally.add(day2, Event::plain(Kind::VisitStarted), 4);
        let page = Event::on_page(Kind::PageOpened, "core-1", "ja");
        tally.add(day1, page.clone(), 5);
        tally.add(day2, page, 1);
        let qr = Event::on_page(Kind::QrShown, "core-5", "en");
        tally.add(day2, qr.clone().with_detail("link-ganjoho"), 1);
        tally.add(day2, qr.with_detail("link-other"), 1);
        tally.add(day2, Event::text_size(150, "ja"), 2);
        let text = render(Some(&tally), &health());
        assert!(
            text.contains("immuno_kiosk_visits_started_total 7\n"),
            "{text}"
        );
        assert!(text.contains("immuno_kiosk_page_views_total{lang=\"ja\",page=\"core-1\"} 6\n"));
        assert!(
            text.contains("immuno_kiosk_qr_codes_shown_total{lang=\"en\",page=\"core-5\"} 2\n")
        );
        assert!(text.contains("immuno_kiosk_text_size_150_choices_total 2\n"));
        assert!(text.contains("immuno_kiosk_text_size_200_choices_total 0\n"));
        assert!(text.contains("immuno_kiosk_idle_resets_total 0\n"));
        assert!(text.contains("immuno_kiosk_config_problems{severity=\"warning\"} 2\n"));
        assert!(!text.contains("link-"), "no label but page and lang");
    }

    #[test]
    fn with_counting_off_only_health_is_reported() {
        let text = render(None, &health());
        assert!(text.contains("immuno_kiosk_up 1\n"));
        assert!(text.contains("immuno_kiosk_build_info{version=\"0.1.0\"} 1\n"));
        assert!(!text.contains("_total"), "{text}");
    }

    #[test]
    fn the_file_is_replaced_whole_and_readable_by_node_exporter() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("immuno_kiosk.prom");
        write(&path, "a 1\n").expect("first write");
        write(&path, "a 2\n").expect("second write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "a 2\n");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.map(|e| e.file_name()))
            .collect::<Result<_, _>>()
            .expect("names");
        assert_eq!(names, ["immuno_kiosk.prom"], "no temporary file left");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
    }
}
