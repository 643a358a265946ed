//! What people read from the counts: the staff screen's summary, and the CSV and JSON that
//! `immuno-kiosk usage` prints for IT and spreadsheets.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;

use super::counts::{Kind, Tally};
use super::day::{add_days, days_between};

/// How many pages the "most opened" list shows.
pub const TOP_PAGES: usize = 5;

/// The staff screen's picture of the counts over a range of days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Visits started on each day of the range, oldest first, days without visits as 0.
    pub visits_per_day: Vec<(Date, u64)>,
    /// The most opened pages (page id, openings), most first.
    pub top_pages: Vec<(String, u64)>,
    /// Page openings by language, most first.
    pub languages: Vec<(String, u64)>,
    /// Text-size choices by percent, smallest first.
    pub text_sizes: Vec<(u32, u64)>,
    /// Visits started in the range.
    pub visits: u64,
    /// Visits that reached a track's last page.
    pub completed: u64,
}

impl Summary {
    /// The summary of `counts` for the `days` days up to and including `today`.
    pub fn of(counts: &Tally, today: Date, days: u32) -> Self {
        let first = add_days(today, 1 - i64::from(days.max(1)));
        let mut per_day: BTreeMap<Date, u64> = (0..i64::from(days.max(1)))
            .map(|n| (add_days(first, n), 0))
            .collect();
        let mut pages: BTreeMap<String, u64> = BTreeMap::new();
        let mut languages: BTreeMap<String, u64> = BTreeMap::new();
        let mut sizes: BTreeMap<u32, u64> = BTreeMap::new();
        let mut summary = Self::default();
        let add = |slot: &mut u64, count: u64| *slot = slot.saturating_add(count);
        for (day, event, count) in counts.iter() {
            if day < first || day > today {
                continue;
            }
            match event.kind {
                Kind::VisitStarted => {
                    add(per_day.entry(day).or_insert(0), count);
                    add(&mut summary.visits, count);
                }
                Kind::VisitCompleted => add(&mut summary.completed, count),
                Kind::PageOpened => {
                    add(pages.entry(event.page.clone()).or_insert(0), count);
                    add(languages.entry(event.lang.clone()).or_insert(0), count);
                }
                Kind::TextSize => {
                    if let Ok(percent) = event.detail.parse() {
                        add(sizes.entry(percent).or_insert(0), count);
                    }
                }
                _ => {}
            }
        }
        summary.visits_per_day = per_day.into_iter().collect();
        summary.top_pages = most_first(pages);
        summary.top_pages.truncate(TOP_PAGES);
        summary.languages = most_first(languages);
        summary.text_sizes = sizes.into_iter().collect();
        summary
    }

    /// Whether the range holds no count at all.
    pub fn is_empty(&self) -> bool {
        self.visits == 0 && self.top_pages.is_empty() && self.text_sizes.is_empty()
    }

    /// The day of the `index`th bar, counted from the range's first day.
    pub fn day_of_bar(&self, index: usize) -> Option<Date> {
        self.visits_per_day.get(index).map(|(day, _)| *day)
    }

    /// Days from the first bar to `day`.
    pub fn bar_of_day(&self, day: Date) -> Option<i64> {
        let (first, _) = self.visits_per_day.first()?;
        Some(days_between(*first, day))
    }
}

fn most_first(map: BTreeMap<String, u64>) -> Vec<(String, u64)> {
    let mut list: Vec<(String, u64)> = map.into_iter().collect();
    // Ties keep the names' order, so the screen does not shuffle.
    list.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    list
}

/// One CSV field, quoted when it needs to be.
fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// Every count as CSV with a header: `day,event,page,lang,detail,count`.
pub fn csv(counts: &Tally) -> String {
    let mut out = String::from("day,event,page,lang,detail,count\n");
    for (day, event, count) in counts.iter() {
        let _ = writeln!(
            out,
            "{day},{},{},{},{},{count}",
            event.kind.name(),
            csv_field(&event.page),
            csv_field(&event.lang),
            csv_field(&event.detail)
        );
    }
    out
}

/// Every count as a JSON array of `{day, event, page, lang, detail, count}` objects.
pub fn json(counts: &Tally) -> String {
    let rows: Vec<serde_json::Value> = counts
        .iter()
        .map(|(day, event, count)| {
            serde_json::json!({
                "day": day.to_string(),
                "event": event.kind.name(),
                "page": event.page,
                "lang": event.lang,
                "detail": event.detail,
                "count": count,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::super::counts::Event;
    use super::*;

    #[test]
    fn the_summary_has_a_bar_for_every_day_and_ranks_pages() {
        let today = Date::constant(2026, 12, 2);
        let mut counts = Tally::new();
        counts.add(today, Event::plain(Kind::VisitStarted), 4);
        counts.add(add_days(today, -2), Event::plain(Kind::VisitStarted), 1);
        counts.add(add_days(today, -40), Event::plain(Kind::VisitStarted), 9);
        counts.add(today, Event::on_page(Kind::PageOpened, "core-2", "en"), 3);
        counts.add(today, Event::on_page(Kind::PageOpened, "core-1", "ja"), 5);
        counts.add(today, Event::text_size(200, "ja"), 1);
        let summary = Summary::of(&counts, today, 30);
        assert_eq!(summary.visits_per_day.len(), 30);
        assert_eq!(summary.visits_per_day.last(), Some(&(today, 4)));
        assert_eq!(summary.visits, 5, "the day 40 days ago is outside 30 days");
        assert_eq!(summary.top_pages[0], ("core-1".to_owned(), 5));
        assert_eq!(summary.languages[0], ("ja".to_owned(), 5));
        assert_eq!(summary.text_sizes, [(200, 1)]);
        assert_eq!(Summary::of(&counts, today, 90).visits, 14);
    }

    #[test]
    fn csv_and_json_list_each_count() {
        let mut counts = Tally::new();
        let day = Date::constant(2026, 12, 2);
        counts.add(day, Event::on_page(Kind::PageOpened, "core-1", "ja"), 2);
        assert_eq!(
            csv(&counts),
            "day,event,page,lang,detail,count\n2026-12-02,page_opened,core-1,ja,,2\n"
        );
        let parsed: serde_json::Value = serde_json::from_str(&json(&counts)).expect("json");
        assert_eq!(parsed[0]["count"], 2);
        assert_eq!(parsed[0]["day"], "2026-12-02");
    }
}
