//! The language switch: one button on the top bar of every visitor screen, with a globe and
//! the word "language" in the language shown and in English, opens the list of every enabled
//! language, each named in its own script. The list is laid out to fit the screen without
//! scrolling, in as many columns as the names allow, at any text size and orientation.

use egui::accesskit::Role;
use egui::{Rect, Ui};

use super::widgets::{BigButton, Emphasis};
use super::{Command, View, theme};
use crate::i18n::ids;

/// The English word on the switch, so a visitor who reads neither the language shown nor
/// Japanese still finds it.
const ENGLISH_WORD: &str = "Language";

/// The languages a visitor can choose: the enabled ones that have messages, less those not
/// reviewed by a medical translator when the hospital hides them. Japanese, the original, is
/// always there.
pub fn shown_locales(view: &View<'_>) -> Vec<String> {
    let i18n = &view.library.i18n;
    view.settings
        .locales
        .iter()
        .filter(|lang| i18n.has_language(lang))
        .filter(|lang| {
            !view.settings.hide_unreviewed_locales
                || *lang == crate::i18n::REFERENCE_LOCALE
                || i18n
                    .status(lang)
                    .is_some_and(crate::i18n::status::LocaleStatus::fully_reviewed)
        })
        .cloned()
        .collect()
}

/// The words on the switch: 「言語 / Language」, or "Language" alone in English.
pub fn switch_label(view: &View<'_>) -> String {
    let word = view.tr(ids::LANGUAGE_SWITCH);
    if word == ENGLISH_WORD {
        word
    } else {
        format!("{word} / {ENGLISH_WORD}")
    }
}

/// The button that opens the list; nothing when there is only one language to show.
pub fn switch_ui(
    ui: &mut Ui,
    view: &View<'_>,
    commands: &mut Vec<Command>,
    size: f32,
) -> Option<(f32, f32)> {
    if shown_locales(view).len() < 2 {
        return None;
    }
    let label = switch_label(view);
    let response = ui.add(BigButton::new(label, size, view.palette).leading_icon(size));
    globe(ui, response.rect, size, view.palette.button_text);
    if response.clicked() {
        commands.push(Command::OpenLanguages);
    }
    None
}

/// A globe drawn in the space a [`BigButton::leading_icon`] leaves.
fn globe(ui: &Ui, button: Rect, size: f32, color: egui::Color32) {
    let radius = size * 0.42;
    let center = egui::pos2(
        button.left() + ui.spacing().button_padding.x + radius,
        button.center().y,
    );
    let stroke = egui::Stroke::new((size / 12.0).max(1.5), color);
    let painter = ui.painter();
    painter.circle_stroke(center, radius, stroke);
    painter.add(egui::Shape::ellipse_stroke(
        center,
        egui::vec2(radius * 0.45, radius),
        stroke,
    ));
    painter.line_segment(
        [
            center - egui::vec2(radius, 0.0),
            center + egui::vec2(radius, 0.0),
        ],
        stroke,
    );
    for dy in [-0.5, 0.5] {
        let y = radius * dy;
        let half = (radius * radius - y * y).sqrt();
        painter.line_segment(
            [center + egui::vec2(-half, y), center + egui::vec2(half, y)],
            stroke,
        );
    }
}

/// The open list of languages, over the screen and under the idle warning.
pub fn chooser_ui(ctx: &egui::Context, view: &View<'_>, commands: &mut Vec<Command>) {
    let languages = shown_locales(view);
    let palette = view.palette;
    let screen = ctx.content_rect();
    super::widgets::modal_layer(ctx, "language chooser", palette, |ui| {
        let title = view.tr(ids::LANGUAGE_CHOOSER_TITLE);
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(Role::Dialog);
            node.set_label(title.clone());
            node.set_modal();
        });
        let margin = theme::MARGIN.min(screen.width() * 0.03);
        let area = screen.shrink(margin) - theme::DIALOG_PADDING;
        let names: Vec<String> = languages
            .iter()
            .map(|l| view.library.i18n.language_name(l))
            .collect();
        let grid = fit_grid(
            ui,
            &names,
            area,
            view.chrome_size(theme::CHROME),
            palette.text,
        );
        // As wide as its grid (or its title), centred, near the top where the eye is.
        let gap = ui.spacing().item_spacing;
        let columns = count(grid.columns);
        let title_width = ui
            .fonts_mut(|f| f.layout_no_wrap(title.clone(), theme::bold(grid.size), palette.accent))
            .size()
            .x;
        let inner_width = (columns * grid.button_width + (columns - 1.0) * gap.x)
            .max(title_width)
            .min(area.width());
        let width = inner_width + theme::DIALOG_PADDING.sum().x;
        let top = screen.top() + (screen.height() * 0.08).min(margin * 2.0).max(margin);
        let card = egui::Rect::from_min_max(
            egui::pos2(screen.center().x - width / 2.0, top),
            egui::pos2(screen.center().x + width / 2.0, screen.bottom() - margin),
        );
        let shown = ui.scope_builder(egui::UiBuilder::new().max_rect(card), |ui| {
            super::widgets::dialog_frame(palette.card, palette.selected).show(ui, |ui| {
                ui.set_width(inner_width);
                list_ui(ui, view, (&title, &languages, &names), grid, commands);
            });
        });
        // A touch beside the list closes it. Not a widget: a Tab never lands on the
        // background.
        let outside = ui.input(|i| {
            i.pointer.primary_clicked()
                && i.pointer
                    .interact_pos()
                    .is_some_and(|p| !shown.response.rect.contains(p))
        });
        if outside {
            commands.push(Command::CloseLanguages);
        }
    });
}

/// How the list is laid out: the text size, and a grid of equal buttons.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    /// The text size of the names (the chrome size, or smaller if that cannot fit).
    pub size: f32,
    /// Buttons a row.
    pub columns: usize,
    /// Each button's width.
    pub button_width: f32,
    /// Each button's height.
    pub button_height: f32,
}

/// The largest text size, up to `size`, at which every name fits `area` in a grid with the
/// title and the close button: as many columns as the widest name allows.
/// `color` is the names' colour, which does not change their size.
fn fit_grid(ui: &Ui, names: &[String], area: Rect, size: f32, color: egui::Color32) -> Grid {
    let gap = ui.spacing().item_spacing;
    let padding = ui.spacing().button_padding;
    let mut size = size;
    loop {
        let widest = names
            .iter()
            .map(|name| {
                let galley =
                    ui.fonts_mut(|f| f.layout_no_wrap(name.clone(), theme::bold(size), color));
                galley.size().x
            })
            .fold(0.0_f32, f32::max);
        // Room for the check mark of the selected one.
        let button_width = (widest + 2.0 * padding.x + size * 1.6).max(theme::MIN_TOUCH);
        let button_height = (size * 1.3 + 2.0 * padding.y).max(theme::MIN_TOUCH);
        // As many columns as fit side by side, at least one.
        let mut columns = 1;
        while columns < names.len()
            && count(columns + 1) * (button_width + gap.x) - gap.x <= area.width()
        {
            columns += 1;
        }
        let rows = names.len().div_ceil(columns);
        // Title, the rows, the close button, and the gaps between.
        let height =
            size * 1.4 + 2.0 * theme::GAP + count(rows) * (button_height + gap.y) + button_height;
        let min = theme::CHROME * 0.75;
        if height <= area.height() || size <= min {
            let button_width = if columns > 1 {
                button_width
            } else {
                button_width.max(area.width().min(button_width * 1.5))
            };
            return Grid {
                size,
                columns,
                button_width,
                button_height,
            };
        }
        size = (size * 0.9).max(min);
    }
}

/// A small count as a length factor.
fn count(n: usize) -> f32 {
    f32::from(u16::try_from(n).unwrap_or(u16::MAX))
}

/// The title, the languages in rows of `grid.columns`, and the close button.
fn list_ui(
    ui: &mut Ui,
    view: &View<'_>,
    (title, languages, names): (&str, &[String], &[String]),
    grid: Grid,
    commands: &mut Vec<Command>,
) {
    let palette = view.palette;
    let heading = ui.label(
        egui::RichText::new(title)
            .font(theme::bold(grid.size))
            .color(palette.accent),
    );
    super::widgets::heading(&heading, 2);
    ui.add_space(theme::GAP);
    let button = egui::vec2(grid.button_width, grid.button_height);
    for row in languages
        .chunks(grid.columns)
        .zip(names.chunks(grid.columns))
    {
        ui.horizontal(|ui| {
            for (lang, name) in row.0.iter().zip(row.1) {
                let selected = *lang == view.session.locale;
                let response = ui.add(
                    BigButton::new(name.clone(), grid.size, palette)
                        .selected(selected)
                        .min_size(button),
                );
                let tag = lang.clone();
                ui.ctx().accesskit_node_builder(response.id, |node| {
                    node.set_language(tag);
                });
                if response.clicked() {
                    commands.push(if selected {
                        Command::CloseLanguages
                    } else {
                        Command::SetLocale(lang.clone())
                    });
                }
            }
        });
    }
    ui.add_space(theme::GAP);
    let close = BigButton::new(view.tr(ids::LANGUAGE_CHOOSER_CLOSE), grid.size, palette)
        .emphasis(Emphasis::Primary);
    if ui.add(close).clicked() {
        commands.push(Command::CloseLanguages);
    }
}
