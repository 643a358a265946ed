//! The staff usage screen (利用状況): a picture of the counts, not a table. Visits per day
//! as bars over 30 or 90 days, the most opened pages, the languages and text sizes, each as
//! a bar beside its number. Touch only: two range buttons and the way back.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};
use fluent_bundle::FluentValue;

use super::widgets::{BigButton, framed};
use super::{Command, View, theme};
use crate::content::{Item, page_items};
use crate::i18n::ids;
use crate::model::Notice;
use crate::usage::{StoreStatus, Summary};

/// The ranges the screen offers, in days.
pub const RANGES: [u32; 2] = [30, 90];
/// The chart's height.
const CHART_HEIGHT: f32 = 300.0;
/// The height of one bar in the lists.
const LIST_BAR_HEIGHT: f32 = 18.0;

/// What the usage screen shows.
pub struct UsageView<'a> {
    /// The range shown, in days.
    pub days: u32,
    /// The counts, read when the screen opened.
    pub summary: Option<&'a Summary>,
    /// Whether counting is on.
    pub counting: bool,
    /// Problems with the storage.
    pub status: StoreStatus,
    /// The result of the last action.
    pub notice: Option<&'a Notice>,
}

/// Draws the usage screen inside the staff overlay.
pub fn usage_ui(ui: &mut Ui, view: &View<'_>, usage: &UsageView<'_>, commands: &mut Vec<Command>) {
    let palette = view.palette;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(view.tr(ids::USAGE_TITLE))
                .font(theme::bold(theme::TITLE))
                .color(palette.accent),
        );
        ui.add_space(theme::GAP);
        for days in RANGES {
            let text = view.tr_with(ids::USAGE_DAYS, &[("days", FluentValue::from(days))]);
            let button = BigButton::new(text, theme::CHROME, palette).selected(usage.days == days);
            if ui.add(button).clicked() && usage.days != days {
                commands.push(Command::OpenUsage(days));
            }
        }
        if ui
            .add(BigButton::new(
                view.tr(ids::SETTINGS_BACK),
                theme::CHROME,
                palette,
            ))
            .clicked()
        {
            commands.push(Command::BackToStaffMenu);
        }
    });
    notes_ui(ui, view, usage);
    ui.add_space(theme::GAP);
    let empty = Summary::default();
    let summary = usage.summary.unwrap_or(&empty);
    summary_ui(ui, view, summary);
}

/// What staff should know first: the last action, counting off, storage problems, privacy.
fn notes_ui(ui: &mut Ui, view: &View<'_>, usage: &UsageView<'_>) {
    let palette = view.palette;
    let small = |ui: &mut Ui, text: String, notice: bool| {
        let color = if notice {
            palette.notice_text
        } else {
            palette.weak_text
        };
        ui.label(
            RichText::new(text)
                .font(theme::regular(theme::SMALL))
                .color(color),
        );
    };
    if let Some(notice) = usage.notice {
        small(ui, super::notice::notice_text(view, notice), true);
    }
    if !usage.counting {
        small(ui, view.tr(ids::USAGE_OFF), true);
    }
    if let Some(error) = &usage.status.problem {
        let text = view.tr_with(
            ids::USAGE_PROBLEM,
            &[("error", FluentValue::from(error.as_str()))],
        );
        small(ui, text, true);
    }
    if let Some(path) = &usage.status.moved_aside {
        let path = FluentValue::from(path.display().to_string());
        small(
            ui,
            view.tr_with(ids::USAGE_MOVED_ASIDE, &[("path", path)]),
            true,
        );
    }
    small(ui, view.tr(ids::USAGE_PRIVACY), false);
}

/// The totals, the chart of visits per day, and the three lists.
fn summary_ui(ui: &mut Ui, view: &View<'_>, summary: &Summary) {
    let palette = view.palette;
    if summary.is_empty() {
        ui.label(RichText::new(view.tr(ids::USAGE_EMPTY)).font(theme::bold(theme::BODY)));
        return;
    }
    let total = view.tr_with(
        ids::USAGE_VISITS_TOTAL,
        &[
            ("visits", FluentValue::from(summary.visits)),
            ("completed", FluentValue::from(summary.completed)),
        ],
    );
    ui.label(RichText::new(total).font(theme::bold(theme::BODY)));
    framed(ui, palette.card, palette.outline, |ui| {
        ui.label(RichText::new(view.tr(ids::USAGE_VISITS_CHART)).font(theme::bold(theme::BODY)));
        visits_chart_ui(ui, view, summary);
    });
    ui.add_space(theme::GAP / 2.0);
    let width = (ui.available_width() - 2.0 * theme::GAP) / 3.0;
    ui.horizontal_top(|ui| {
        let pages: Vec<(String, u64)> = summary
            .top_pages
            .iter()
            .map(|(page, count)| (page_title(view, page), *count))
            .collect();
        list_ui(ui, view, width, ids::USAGE_TOP_PAGES, &pages);
        let languages: Vec<(String, u64)> = summary
            .languages
            .iter()
            .map(|(lang, count)| (view.library.i18n.language_name(lang), *count))
            .collect();
        list_ui(ui, view, width, ids::USAGE_LANGUAGES, &languages);
        let sizes: Vec<(String, u64)> = summary
            .text_sizes
            .iter()
            .map(|(percent, count)| (format!("{percent}%"), *count))
            .collect();
        list_ui(ui, view, width, ids::USAGE_TEXT_SIZES, &sizes);
    });
}

/// Visits per day as bars; the plot does not pan or zoom, so a touch cannot lose it.
fn visits_chart_ui(ui: &mut Ui, view: &View<'_>, summary: &Summary) {
    let bars: Vec<Bar> = summary
        .visits_per_day
        .iter()
        .enumerate()
        .map(|(index, (day, visits))| {
            #[expect(clippy::cast_precision_loss, reason = "small counts and indices")]
            Bar::new(index as f64, *visits as f64)
                .width(0.8)
                .fill(view.palette.accent)
                .name(day.to_string())
        })
        .collect();
    let days: Vec<String> = summary
        .visits_per_day
        .iter()
        .map(|(day, _)| format!("{}/{}", day.month(), day.day()))
        .collect();
    let chart = BarChart::new(view.tr(ids::USAGE_VISITS_CHART), bars).color(view.palette.accent);
    Plot::new("usage visits per day")
        .height(CHART_HEIGHT)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_y(0.0)
        .y_axis_min_width(48.0)
        .x_axis_formatter(move |mark, _| {
            let index = mark.value.round();
            if (mark.value - index).abs() > 1e-6 || index < 0.0 {
                return String::new();
            }
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "checked above"
            )]
            days.get(index as usize).cloned().unwrap_or_default()
        })
        .y_axis_formatter(|mark, _| {
            if mark.value.fract() == 0.0 && mark.value >= 0.0 {
                format!("{}", mark.value)
            } else {
                String::new()
            }
        })
        .show(ui, |plot| plot.bar_chart(chart));
}

/// A titled list of names, each with its count and a bar as long as its share.
fn list_ui(ui: &mut Ui, view: &View<'_>, width: f32, title: &str, rows: &[(String, u64)]) {
    let palette = view.palette;
    ui.vertical(|ui| {
        ui.set_width(width);
        framed(ui, palette.card, palette.outline, |ui| {
            ui.label(RichText::new(view.tr(title)).font(theme::bold(theme::BODY)));
            let most = rows
                .iter()
                .map(|(_, count)| *count)
                .max()
                .unwrap_or(0)
                .max(1);
            if rows.is_empty() {
                // Nothing chosen in the period (a visitor who keeps the default text size
                // chooses none): said, not left as an empty box.
                ui.add(view.prose_at(&view.tr(ids::USAGE_EMPTY), theme::SMALL, false));
            }
            for (name, count) in rows {
                let count_text =
                    view.tr_with(ids::USAGE_COUNT, &[("count", FluentValue::from(*count))]);
                // Prose: a page title may hold readings (ruby).
                let line = format!("{name}　{count_text}");
                ui.add(view.prose_at(&line, theme::SMALL, false));
                let full = ui.available_width();
                #[expect(clippy::cast_precision_loss, reason = "a share, on screen")]
                let share = *count as f32 / most as f32;
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(full, LIST_BAR_HEIGHT), egui::Sense::hover());
                let bar =
                    egui::Rect::from_min_size(rect.min, egui::vec2(full * share, rect.height()));
                ui.painter().rect_filled(bar, 4.0, palette.accent);
            }
        });
    });
}

/// A page's title in the language on screen; its id if it has none.
fn page_title(view: &View<'_>, id: &str) -> String {
    if id == "about" {
        return view.tr(ids::ABOUT_TITLE);
    }
    for (track_index, track) in view.library.tracks().iter().enumerate() {
        if let Some(page_index) = track.pages.iter().position(|page| page.id == id) {
            let items = page_items(
                view.library,
                &view.session.locale,
                view.settings.consultation.as_ref(),
                track_index,
                page_index,
            );
            return items
                .into_iter()
                .find_map(|item| match item {
                    Item::Title(title) => Some(title.text),
                    _ => None,
                })
                .unwrap_or_else(|| id.to_owned());
        }
    }
    id.to_owned()
}
