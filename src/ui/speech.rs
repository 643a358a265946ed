//! The read-aloud control in the bottom bar: 「読み上げ」 to start; while reading, pause (or go
//! on) and stop on the same row, with the speed and the volume beside them.

use egui::Ui;

use super::widgets::{BigButton, Emphasis};
use super::{Command, View, theme};
use crate::i18n::ids;
use crate::model::reading::{Rate, Volume};

/// The read-aloud row, when read-aloud is offered on this screen.
pub fn speech_bar_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<Command>) {
    if !view.speech.offered {
        return;
    }
    let size = view.chrome_size(theme::CHROME);
    let palette = view.palette;
    let button = egui::vec2(theme::MIN_TOUCH * 2.0, theme::MIN_TOUCH);
    ui.horizontal_wrapped(|ui| {
        let Some(reading) = view.speech.reading else {
            let read = BigButton::new(format!("▶ {}", view.tr(ids::SPEECH_READ)), size, palette)
                .emphasis(Emphasis::Primary)
                .min_size(button);
            if ui.add(read).clicked() {
                commands.push(Command::ReadAloud);
            }
            return;
        };
        // Three groups (pause and stop, the speed, the volume), each kept whole: a group that
        // did not fit beside the one before in the last frame starts a new row.
        let widths_id = ui.scope_id().with("speech groups");
        let last: [f32; 3] = ui.data(|d| d.get_temp(widths_id)).unwrap_or_default();
        let mut widths = [0.0_f32; 3];
        let mut group = |ui: &mut Ui, index: usize, add: &mut dyn FnMut(&mut Ui)| {
            if index > 0 && last[index] > ui.available_size_before_wrap().x {
                ui.end_row();
            }
            widths[index] = ui.horizontal(|ui| add(ui)).response.rect.width();
        };
        group(ui, 0, &mut |ui| {
            controls_ui(ui, view, reading, button, commands);
        });
        group(ui, 1, &mut |ui| {
            choice_ui(
                ui,
                view,
                ids::SPEECH_RATE,
                &[
                    (ids::SPEECH_RATE_NORMAL, Rate::Normal),
                    (ids::SPEECH_RATE_SLOW, Rate::Slow),
                ],
                view.session.speech_rate,
                commands,
                Command::SetSpeechRate,
            );
        });
        group(ui, 2, &mut |ui| {
            choice_ui(
                ui,
                view,
                ids::SPEECH_VOLUME,
                &[
                    (ids::SPEECH_VOLUME_LOW, Volume::Low),
                    (ids::SPEECH_VOLUME_MEDIUM, Volume::Medium),
                    (ids::SPEECH_VOLUME_HIGH, Volume::High),
                ],
                view.session.speech_volume,
                commands,
                Command::SetSpeechVolume,
            );
        });
        if widths
            .iter()
            .zip(last)
            .any(|(now, before)| (now - before).abs() > 0.5)
        {
            ui.data_mut(|d| d.insert_temp(widths_id, widths));
            ui.ctx().request_discard("read-aloud controls changed size");
            ui.ctx().request_repaint();
        }
    });
}

/// Pause (or go on) and stop.
fn controls_ui(
    ui: &mut Ui,
    view: &View<'_>,
    reading: &crate::model::Reading,
    button: egui::Vec2,
    commands: &mut Vec<Command>,
) {
    let size = view.chrome_size(theme::CHROME);
    let palette = view.palette;
    let (label, state, command) = if reading.paused {
        (
            ids::SPEECH_RESUME,
            ids::SPEECH_PAUSED,
            Command::ResumeReading,
        )
    } else {
        (
            ids::SPEECH_PAUSE,
            ids::SPEECH_PLAYING,
            Command::PauseReading,
        )
    };
    let main = ui.add(
        BigButton::new(view.tr(label), size, palette)
            .emphasis(Emphasis::Primary)
            .min_size(button),
    );
    // A screen reader announces whether it is reading or paused.
    let state = view.tr(state);
    ui.ctx()
        .accesskit_node_builder(main.id, |node| node.set_description(state));
    if main.clicked() {
        commands.push(command);
    }
    let stop =
        BigButton::new(format!("■ {}", view.tr(ids::SPEECH_STOP)), size, palette).min_size(button);
    if ui.add(stop).clicked() {
        commands.push(Command::StopReading);
    }
}

/// A label and one button a step, the current one selected.
fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    view: &View<'_>,
    label: &str,
    steps: &[(&str, T)],
    current: T,
    commands: &mut Vec<Command>,
    command: impl Fn(T) -> Command,
) {
    let size = view.chrome_size(theme::CHROME);
    // One group, so that a narrow screen wraps the label with its buttons.
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(view.tr(label))
                .font(theme::regular(size))
                .color(view.palette.text),
        );
        for (id, value) in steps {
            let step = BigButton::new(view.tr(id), size, view.palette).selected(*value == current);
            if ui.add(step).clicked() && *value != current {
                commands.push(command(*value));
            }
        }
    });
}
