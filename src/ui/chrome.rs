//! The frame around every visitor screen: the top bar with the language switch and the
//! text-size and contrast controls, and the legend that keeps the two kinds of
//! "immunotherapy" apart on every screen.

use egui::{RichText, Ui};
use fluent_bundle::FluentValue;

use super::widgets::{BigButton, badge};
use super::{Command, View, theme};
use crate::content::Tone;
use crate::i18n::ids;
use crate::model::TextScale;

/// The top bar: title on the left, the always-visible controls on the right (wrapping to a
/// second row on a narrow portrait screen).
pub fn top_bar_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    let size = view.chrome_size(theme::CHROME);
    let palette = view.palette;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(view.tr(ids::APP_TITLE))
                .font(theme::bold(view.chrome_size(theme::SMALL)))
                .color(palette.accent),
        );
        ui.add_space(theme::GAP);
        language_switch_ui(ui, view, commands, size);
        ui.add_space(theme::GAP);
        text_size_ui(ui, view, commands, size);
        ui.add_space(theme::GAP);
        let contrast = view.session.high_contrast;
        if ui
            .add(BigButton::new(view.tr(ids::CONTRAST_LABEL), size, palette).selected(contrast))
            .clicked()
        {
            commands.push(Command::SetHighContrast(!contrast));
        }
    });
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
        ui.label(RichText::new(view.tr(ids::LEGEND_TITLE)).font(theme::bold(size)));
        for (tone, text_id) in [
            (Tone::Proven, ids::LEGEND_PROVEN),
            (Tone::Caution, ids::LEGEND_BROAD),
        ] {
            let Some(tag) = view.library.spec.tags.iter().find(|t| t.tone == tone) else {
                continue;
            };
            let text = view.tr_with(text_id, &[("tag", FluentValue::from(view.tr(&tag.label)))]);
            badge(ui, view.palette, &tag.icon, &text, tone, size);
        }
    });
}
