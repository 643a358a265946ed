//! The frame around every visitor screen: the top bar with the language switch and the
//! text-size and contrast controls, and the legend that keeps the two kinds of
//! "immunotherapy" apart on every screen.

use egui::{RichText, Ui};

use super::widgets::{BigButton, badge};
use super::{Command, View, theme};
use crate::i18n::ids;
use crate::model::TextScale;

/// The top bar: the title, then the always-visible controls in three groups (languages,
/// text size, contrast). All on one row when they fit; else the title above the controls;
/// else (a narrow portrait screen at a large size) the languages and contrast on one row
/// and the text sizes on the next. A group is never parted.
pub fn top_bar_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    // How wide each part was last frame: the layout is chosen from them, and if they change
    // the frame is laid out again before it is shown.
    let id = ui.scope_id().with("top bar widths");
    let last: [f32; 4] = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let gap = theme::GAP + ui.spacing().item_spacing.x;
    let [title_w, languages_w, sizes_w, contrast_w] = last;
    let controls_w = languages_w + sizes_w + contrast_w + 2.0 * gap;
    let room = ui.available_width();
    let mut bar = TopBar {
        view,
        commands,
        size: view.chrome_size(theme::CHROME),
        widths: last,
    };
    if title_w + gap + controls_w <= room {
        ui.horizontal(|ui| {
            bar.title(ui);
            ui.add_space(theme::GAP);
            bar.all_controls(ui);
        });
    } else if controls_w <= room {
        bar.title(ui);
        ui.horizontal(|ui| bar.all_controls(ui));
    } else {
        bar.title(ui);
        ui.horizontal(|ui| {
            bar.part(ui, Part::Languages);
            ui.add_space(theme::GAP);
            bar.part(ui, Part::Contrast);
        });
        bar.part(ui, Part::TextSize);
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

/// The parts of the top bar, in the order of their measured widths.
#[derive(Clone, Copy)]
enum Part {
    Languages = 1,
    TextSize = 2,
    Contrast = 3,
}

struct TopBar<'a, 'v> {
    view: &'a View<'v>,
    commands: &'a mut Vec<Command>,
    size: f32,
    widths: [f32; 4],
}

impl TopBar<'_, '_> {
    fn title(&mut self, ui: &mut Ui) {
        let text = RichText::new(self.view.tr(ids::APP_TITLE))
            .font(theme::bold(self.view.chrome_size(theme::SMALL)))
            .color(self.view.palette.accent);
        self.widths[0] = ui.label(text).rect.width();
    }

    fn all_controls(&mut self, ui: &mut Ui) {
        self.part(ui, Part::Languages);
        ui.add_space(theme::GAP);
        self.part(ui, Part::TextSize);
        ui.add_space(theme::GAP);
        self.part(ui, Part::Contrast);
    }

    /// One group of controls, kept together on one row.
    fn part(&mut self, ui: &mut Ui, part: Part) {
        let (view, size) = (self.view, self.size);
        let commands = &mut *self.commands;
        // The same id in every layout, so a control keeps the keyboard focus when a change
        // of language or text size moves it to another row.
        let row = egui::UiBuilder::new()
            .scope_id(egui::Id::unique(("top bar part", part as usize)))
            .layout(egui::Layout::left_to_right(egui::Align::Center));
        let width = ui
            .scope_builder(row, |ui| match part {
                Part::Languages => language_switch_ui(ui, view, commands, size),
                Part::TextSize => text_size_ui(ui, view, commands, size),
                Part::Contrast => contrast_ui(ui, view, commands, size),
            })
            .response
            .rect
            .width();
        self.widths[part as usize] = width;
    }
}

fn contrast_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>, size: f32) {
    let contrast = view.session.high_contrast;
    let button =
        BigButton::new(view.tr(ids::CONTRAST_LABEL), size, view.palette).selected(contrast);
    if ui.add(button).clicked() {
        commands.push(Command::SetHighContrast(!contrast));
    }
}

/// Each enabled language, named in its own script (日本語 / English).
fn language_switch_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>, size: f32) {
    for lang in &view.settings.locales {
        if !view.library.i18n.has_language(lang) {
            continue;
        }
        let name = view.library.i18n.language_name(lang);
        let selected = *lang == view.session.locale;
        if ui
            .add(BigButton::new(name, size, view.palette).selected(selected))
            .clicked()
            && !selected
        {
            commands.push(Command::SetLocale(lang.clone()));
        }
    }
}

fn text_size_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>, size: f32) {
    ui.label(RichText::new(view.tr(ids::TEXT_SIZE_LABEL)).font(theme::regular(size)));
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
            badge(
                ui,
                view.palette,
                &entry.icon,
                &entry.text.text,
                entry.tone,
                size,
            );
        }
    });
}
