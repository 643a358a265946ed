//! What is counted: kinds of events, each with at most a page, a language and one detail
//! (a text size, a link, a term), added up per local date. Nothing else: no time finer than
//! the day, no order of events, nothing typed.

use std::collections::BTreeMap;

use jiff::civil::Date;

/// The kinds of things the kiosk counts. The names are the database's and the CLI's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A visitor left the attract screen.
    VisitStarted,
    /// A visit reached the last page of a track (`page` is that page).
    VisitCompleted,
    /// A page was opened (`page`, `lang`).
    PageOpened,
    /// A text size was chosen (`detail` is the percent).
    TextSize,
    /// A contrast was chosen (`detail` is `high` or `standard`).
    Contrast,
    /// A QR code was shown on a page (`detail` is the link).
    QrShown,
    /// The "are you still reading?" warning appeared.
    IdleWarning,
    /// A visit ended at the idle timeout.
    IdleReset,
    /// The idle warning was dismissed with 「続ける」.
    IdleContinue,
    /// Staff unlocked the kiosk.
    StaffUnlock,
    /// A wrong staff PIN was entered.
    PinFailed,
    /// Too many wrong PINs locked the pad.
    Lockout,
    /// A glossary card was opened (`detail` is the term).
    GlossaryOpened,
}

impl Kind {
    /// Every kind, in the order reports list them.
    pub const ALL: [Self; 13] = [
        Self::VisitStarted,
        Self::VisitCompleted,
        Self::PageOpened,
        Self::TextSize,
        Self::Contrast,
        Self::QrShown,
        Self::IdleWarning,
        Self::IdleReset,
        Self::IdleContinue,
        Self::StaffUnlock,
        Self::PinFailed,
        Self::Lockout,
        Self::GlossaryOpened,
    ];

    /// The name stored in the database and printed by `immuno-kiosk usage`.
    pub fn name(self) -> &'static str {
        match self {
            Self::VisitStarted => "visit_started",
            Self::VisitCompleted => "visit_completed",
            Self::PageOpened => "page_opened",
            Self::TextSize => "text_size",
            Self::Contrast => "contrast",
            Self::QrShown => "qr_shown",
            Self::IdleWarning => "idle_warning",
            Self::IdleReset => "idle_reset",
            Self::IdleContinue => "idle_continue",
            Self::StaffUnlock => "staff_unlock",
            Self::PinFailed => "pin_failed",
            Self::Lockout => "lockout",
            Self::GlossaryOpened => "glossary_opened",
        }
    }

    /// The kind stored as `name`; `None` for a name this build does not know.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }
}

/// One counted event: its kind and the few labels that kind has (empty when it has none).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Event {
    /// What happened.
    pub kind: Kind,
    /// The content's page id, where the event belongs to a page.
    pub page: String,
    /// The language on screen, where it matters.
    pub lang: String,
    /// One more label: a text size, a contrast, a link or a term.
    pub detail: String,
}

impl Event {
    /// An event with no labels.
    pub fn plain(kind: Kind) -> Self {
        Self {
            kind,
            page: String::new(),
            lang: String::new(),
            detail: String::new(),
        }
    }

    /// An event on `page` in `lang`.
    pub fn on_page(kind: Kind, page: &str, lang: &str) -> Self {
        Self {
            kind,
            page: page.to_owned(),
            lang: lang.to_owned(),
            detail: String::new(),
        }
    }

    /// The same event with `detail`.
    #[must_use]
    pub fn with_detail(mut self, detail: &str) -> Self {
        detail.clone_into(&mut self.detail);
        self
    }

    /// A text size chosen in `lang`, in percent.
    pub fn text_size(percent: u32, lang: &str) -> Self {
        Self::on_page(Kind::TextSize, "", lang).with_detail(&percent.to_string())
    }

    /// A contrast chosen in `lang`.
    pub fn contrast(high: bool, lang: &str) -> Self {
        let detail = if high { "high" } else { "standard" };
        Self::on_page(Kind::Contrast, "", lang).with_detail(detail)
    }
}

/// Counts by day and event: what the app gathers between two writes, and what a store
/// reads back. Counts only ever grow (saturating), so none is ever negative.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally(BTreeMap<(Date, Event), u64>);

impl Tally {
    /// No counts.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `count` to `event` on `day`.
    pub fn add(&mut self, day: Date, event: Event, count: u64) {
        if count == 0 {
            return;
        }
        let slot = self.0.entry((day, event)).or_insert(0);
        *slot = slot.saturating_add(count);
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: Self) {
        for ((day, event), count) in other.0 {
            self.add(day, event, count);
        }
    }

    /// Whether nothing is counted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each day and event with its count, oldest day first.
    pub fn iter(&self) -> impl Iterator<Item = (Date, &Event, u64)> {
        self.0
            .iter()
            .map(|((day, event), count)| (*day, event, *count))
    }

    /// The latest day with a count.
    pub fn last_day(&self) -> Option<Date> {
        self.0.keys().next_back().map(|(day, _)| *day)
    }

    /// The sum of every count of `kind`.
    pub fn total(&self, kind: Kind) -> u64 {
        self.iter()
            .filter(|(_, event, _)| event.kind == kind)
            .fold(0, |sum, (_, _, count)| sum.saturating_add(count))
    }

    /// Counts from `since` on.
    #[must_use]
    pub fn since(&self, since: Date) -> Self {
        Self(
            self.0
                .iter()
                .filter(|((day, _), _)| *day >= since)
                .map(|(key, count)| (key.clone(), *count))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_found_by_its_name() {
        for kind in Kind::ALL {
            assert_eq!(Kind::named(kind.name()), Some(kind));
        }
        assert_eq!(Kind::named("typed_text"), None);
    }

    #[test]
    fn counts_add_up_and_never_overflow() {
        let day = Date::constant(2026, 12, 2);
        let mut tally = Tally::new();
        tally.add(day, Event::plain(Kind::VisitStarted), 2);
        tally.add(day, Event::plain(Kind::VisitStarted), u64::MAX);
        tally.add(day, Event::plain(Kind::IdleReset), 0);
        assert_eq!(tally.total(Kind::VisitStarted), u64::MAX);
        assert_eq!(tally.total(Kind::IdleReset), 0);
        assert_eq!(tally.iter().count(), 1, "a zero count is not stored");
    }
}
