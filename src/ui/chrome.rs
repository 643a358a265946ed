//! The frame around every visitor screen: the top bar with the language switch and the
//! text-size and contrast controls, and the legend that keeps the two kinds of
//! "immunotherapy" apart on every screen.

use egui::{RichText, Ui};

use super::widgets::{BigButton, badge};
use super::{Command, View, theme};
use crate::i18n::ids;
use crate::model::{Furigana, TextScale};

/// The top bar: the title, then the always-visible controls in groups (languages, text
/// size, contrast, and in Japanese the readings). All on one row when they fit; else the
/// title above the controls, which fill as many rows as they need. A group is never parted,
/// except that a group too wide for the screen by itself puts its label above its buttons.
pub fn top_bar_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    // How wide each part was last frame: the layout is chosen from them, and if they change
    // the frame is laid out again before it is shown.
    let id = ui.scope_id().with("top bar widths");
    let last: [f32; PARTS] = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let gap = theme::GAP + ui.spacing().item_spacing.x;
    let mut parts = vec![Part::Languages, Part::TextSize, Part::Contrast];
    if crate::text::Script::of_locale(&view.session.locale) == crate::text::Script::Japanese
        && !crate::text::all_kanji_locale(&view.session.locale)
    {
        parts.push(Part::Furigana);
    }
    let width = |part: &Part| last[*part as usize];
    let controls_w: f32 =
        parts.iter().map(width).sum::<f32>() + parts.iter().skip(1).map(|_| gap).sum::<f32>();
    let room = ui.available_width();
    let mut bar = TopBar {
        view,
        commands,
        size: view.chrome_size(theme::CHROME),
        widths: last,
    };
    if last[0] + gap + controls_w <= room {
        ui.horizontal(|ui| {
            bar.title(ui);
            for part in &parts {
                ui.add_space(theme::GAP);
                bar.part(ui, *part, false);
            }
        });
    } else {
        bar.title(ui);
        // Rows of whole groups, filled in order.
        let mut rows: Vec<Vec<Part>> = Vec::new();
        let mut row_w = 0.0;
        for part in parts {
            match rows.last_mut() {
                Some(row) if row_w + gap + width(&part) <= room => {
                    row.push(part);
                    row_w += gap + width(&part);
                }
                _ => {
                    rows.push(vec![part]);
                    row_w = width(&part);
                }
            }
        }
        for row in rows {
            let stacked = row.len() == 1 && width(&row[0]) > room;
            ui.horizontal(|ui| {
                for (index, part) in row.iter().enumerate() {
                    if index > 0 {
                        ui.add_space(theme::GAP);
                    }
                    bar.part(ui, *part, stacked);
                }
            });
        }
    }
    let widths = bar.widths;
    if widths
        .iter()
        .zip(last)
        .any(|(now, before)| (now - before).abs() > 0.5)
    {
        ui.data_mut(|d| d.insert_temp(id, widths));
        ui.ctx().request_discard("top bar widths changed");
        // And once more after, in case this frame has no passes left.
        ui.ctx().request_repaint();
    }
}

/// The parts of the top bar, in the order of their measured widths (0 is the title).
#[derive(Clone, Copy)]
enum Part {
    Languages = 1,
    TextSize = 2,
    Contrast = 3,
    Furigana = 4,
}

/// The title and the parts.
const PARTS: usize = 5;

struct TopBar<'a, 'v> {
    view: &'a View<'v>,
    commands: &'a mut Vec<Command>,
    size: f32,
    widths: [f32; PARTS],
}

impl TopBar<'_, '_> {
    fn title(&mut self, ui: &mut Ui) {
        let text = RichText::new(self.view.tr(ids::APP_TITLE))
            .font(theme::bold(self.view.chrome_size(theme::SMALL)))
            .color(self.view.palette.accent);
        self.widths[0] = ui.label(text).rect.width();
    }

    /// One group of controls, kept together on one row, or with its label above its
    /// buttons when `stacked`. Its width on one row is kept for the next frame's layout.
    fn part(&mut self, ui: &mut Ui, part: Part, stacked: bool) {
        let (view, size) = (self.view, self.size);
        let commands = &mut *self.commands;
        // The same id in every layout, so a control keeps the keyboard focus when a change
        // of language or text size moves it to another row.
        let layout = if stacked {
            egui::Layout::top_down(egui::Align::Min)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        let row = egui::UiBuilder::new()
            .scope_id(egui::Id::unique(("top bar part", part as usize)))
            .layout(layout);
        let spacing = ui.spacing().item_spacing.x;
        let inner = ui.scope_builder(row, |ui| match part {
            Part::Languages => super::languages::switch_ui(ui, view, commands, size),
            Part::TextSize => Some(labelled_ui(ui, view, ids::TEXT_SIZE_LABEL, size, |ui| {
                text_size_ui(ui, view, commands, size);
            })),
            Part::Contrast => contrast_ui(ui, view, commands, size),
            Part::Furigana => Some(labelled_ui(ui, view, ids::FURIGANA_LABEL, size, |ui| {
                furigana_ui(ui, view, commands, size);
            })),
        });
        let width = match inner.inner {
            // Label and buttons side by side, however they were drawn.
            Some((label, buttons)) => label + spacing + buttons,
            None => inner.response.rect.width(),
        };
        self.widths[part as usize] = width;
    }
}

/// A label, then `buttons` in a row of their own scope: returns both widths.
fn labelled_ui(
    ui: &mut Ui,
    view: &View<'_>,
    label: &str,
    size: f32,
    buttons: impl FnOnce(&mut Ui),
) -> (f32, f32) {
    let label = ui.label(RichText::new(view.tr(label)).font(theme::regular(size)));
    let row = ui.horizontal(buttons);
    (label.rect.width(), row.response.rect.width())
}

fn contrast_ui(
    ui: &mut Ui,
    view: &View<'_>,
    commands: &mut Vec<Command>,
    size: f32,
) -> Option<(f32, f32)> {
    let contrast = view.session.high_contrast;
    let button =
        BigButton::new(view.tr(ids::CONTRAST_LABEL), size, view.palette).selected(contrast);
    if ui.add(button).clicked() {
        commands.push(Command::SetHighContrast(!contrast));
    }
    None
}

/// Which readings Japanese text shows: none, over hard terms, over every kanji word.
fn furigana_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>, size: f32) {
    for (choice, label) in [
        (Furigana::Off, ids::FURIGANA_OFF),
        (Furigana::HardTerms, ids::FURIGANA_HARD_TERMS),
        (Furigana::AllKanji, ids::FURIGANA_ALL),
    ] {
        let selected = view.session.furigana == choice;
        if ui
            .add(BigButton::new(view.tr(label), size, view.palette).selected(selected))
            .clicked()
            && !selected
        {
            commands.push(Command::SetFurigana(choice));
        }
    }
}

fn text_size_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>, size: f32) {
    for scale in TextScale::ALL {
        let selected = scale == view.session.text_scale;
        let label = format!("{}%", scale.percent());
        if ui
            .add(BigButton::new(label, size, view.palette).selected(selected))
            .clicked()
        {
            commands.push(Command::SetTextScale(scale));
        }
    }
}

/// The two badges, each with a few words on what it means. Each is one chip that never
/// breaks inside, so on a narrow or large-text screen the chips move to their own rows.
pub fn legend_ui(ui: &mut Ui, view: &View<'_>) {
    let size = view.chrome_size(theme::SMALL);
    ui.horizontal_wrapped(|ui| {
        // Rows of chips need air between them, or a wrapped chip touches the one above.
        ui.spacing_mut().item_spacing.y = theme::GAP;
        let legend = crate::content::legend(view.library, &view.session.locale);
        ui.label(RichText::new(&legend.title.text).font(theme::bold(size)));
        for entry in &legend.entries {
            badge(ui, view, &entry.icon, &entry.text.text, entry.tone, size);
        }
    });
}
