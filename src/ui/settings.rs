//! The staff settings screen: big steppers and toggles for every setting but the PIN hash,
//! where each value comes from, what IT has locked, and the state of every config file.
//!
//! Edits go to a draft; 「保存」 saves and applies it, 「取り消し」 throws it away.

use egui::{RichText, TextEdit, Ui};
use fluent_bundle::FluentValue;

use super::widgets::{BigButton, Emphasis, framed};
use super::{Command, View, theme};
use crate::config::{
    self, ConsultationDesk, Field, Layer, LayerStatus, LoadedConfig, Settings, StaleTranslations,
};
use crate::i18n::ids;
use crate::model::{Notice, TextScale};

/// What the settings screen edits and shows.
pub struct SettingsView<'a> {
    /// The edited copy.
    pub draft: &'a mut Settings,
    /// The settings in use, to compare the draft with.
    pub saved: &'a Settings,
    /// The loaded layers, when the kiosk runs with a config (not in some tests).
    pub loaded: Option<&'a LoadedConfig>,
    /// The nurses' last-known-good copy, if there is one.
    pub backup: Option<std::path::PathBuf>,
    /// The languages the content provides.
    pub available_locales: Vec<String>,
    /// The result of the last save or PIN change.
    pub notice: Option<&'a Notice>,
    /// Read-aloud: the languages it speaks, or why it cannot be offered; and the audio
    /// outputs there are.
    pub speech: (&'a Result<Vec<String>, String>, &'a [String]),
}

/// Draws the settings screen inside the staff overlay.
pub fn settings_ui(
    ui: &mut Ui,
    view: &View<'_>,
    settings: SettingsView<'_>,
    commands: &mut Vec<Command>,
) {
    let SettingsView {
        draft,
        saved,
        loaded,
        backup,
        available_locales,
        notice,
        speech,
    } = settings;
    let palette = view.palette;
    let changed = *draft != *saved;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(view.tr(ids::SETTINGS_TITLE))
                .font(theme::bold(theme::TITLE))
                .color(palette.accent),
        );
        ui.add_space(theme::GAP);
        let save = BigButton::new(view.tr(ids::SETTINGS_SAVE), theme::CHROME, palette)
            .emphasis(Emphasis::Primary)
            .enabled(changed);
        if ui.add(save).clicked() {
            commands.push(Command::SaveSettings);
        }
        if ui
            .add(
                BigButton::new(view.tr(ids::SETTINGS_DISCARD), theme::CHROME, palette)
                    .enabled(changed),
            )
            .clicked()
        {
            commands.push(Command::DiscardSettings);
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
    let status = notice.map_or_else(
        || {
            view.tr(if changed {
                ids::SETTINGS_UNSAVED
            } else {
                ids::SETTINGS_NO_CHANGES
            })
        },
        |notice| super::notice::notice_text(view, notice),
    );
    ui.label(
        RichText::new(status)
            .font(theme::bold(theme::BODY))
            .color(palette.notice_text),
    );

    let area = egui::ScrollArea::vertical()
        .id_salt("settings")
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .auto_shrink([false, false]);
    super::widgets::scroll_view(ui, area, |ui| {
        ui.set_width(ui.available_width() - theme::SCROLL_BAR_WIDTH - theme::GAP);
        fields_ui(ui, view, draft, loaded, &available_locales, commands);
        speech_ui(ui, view, draft, loaded, speech);
        about_ui(ui, view, loaded, backup.as_deref());
    });
}

/// One row per setting. Destructured without `..`, so a new field cannot be forgotten here.
#[expect(
    clippy::too_many_lines,
    reason = "one short row a setting, in one place so that none is forgotten"
)]
fn fields_ui(
    ui: &mut Ui,
    view: &View<'_>,
    draft: &mut Settings,
    loaded: Option<&LoadedConfig>,
    available_locales: &[String],
    commands: &mut Vec<Command>,
) {
    let Settings {
        idle_timeout_secs,
        idle_warning_secs,
        locales,
        default_locale,
        default_text_scale,
        high_contrast,
        show_cursor,
        allow_quit,
        staff_pin_hash: _,
        consultation,
        content_dir,
        usage_counts,
        usage_retention_days,
        // Where and how often the fleet's textfile is written is IT's, in the config files.
        usage_textfile: _,
        usage_textfile_period_secs: _,
        // Read-aloud has rows of its own (`speech_ui`), with what the kiosk found.
        speech: _,
        speech_device: _,
        speech_volume: _,
        hide_unreviewed_locales,
        stale_translations,
    } = draft;
    let row = |ui: &mut Ui, field: Field, label: &str, add: &mut dyn FnMut(&mut Ui)| {
        row_ui(ui, view, loaded, field, label, add);
    };
    row(
        ui,
        Field::IdleTimeoutSecs,
        ids::SETTINGS_IDLE_TIMEOUT,
        &mut |ui| {
            stepper_ui(
                ui,
                view,
                idle_timeout_secs,
                30,
                config::IDLE_TIMEOUT_SECS,
                &SECONDS,
            );
        },
    );
    row(
        ui,
        Field::IdleWarningSecs,
        ids::SETTINGS_IDLE_WARNING,
        &mut |ui| {
            stepper_ui(
                ui,
                view,
                idle_warning_secs,
                10,
                config::IDLE_WARNING_SECS,
                &SECONDS,
            );
        },
    );
    row(ui, Field::Locales, ids::SETTINGS_LOCALES, &mut |ui| {
        locales_ui(ui, view, locales, default_locale, available_locales);
    });
    row(
        ui,
        Field::HideUnreviewedLocales,
        ids::SETTINGS_HIDE_UNREVIEWED,
        &mut |ui| toggle_ui(ui, view, hide_unreviewed_locales),
    );
    row(
        ui,
        Field::StaleTranslations,
        ids::SETTINGS_STALE,
        &mut |ui| {
            ui.horizontal_wrapped(|ui| {
                for (choice, label) in [
                    (StaleTranslations::Japanese, ids::SETTINGS_STALE_JAPANESE),
                    (StaleTranslations::Mark, ids::SETTINGS_STALE_MARK),
                ] {
                    let button = BigButton::new(view.tr(label), theme::CHROME, view.palette)
                        .selected(*stale_translations == choice);
                    if ui.add(button).clicked() {
                        *stale_translations = choice;
                    }
                }
            });
        },
    );
    translation_status_ui(ui, view, available_locales);
    row(
        ui,
        Field::DefaultLocale,
        ids::SETTINGS_DEFAULT_LOCALE,
        &mut |ui| {
            ui.horizontal_wrapped(|ui| {
                for lang in locales.iter() {
                    let name = view.library.i18n.language_name(lang);
                    if ui
                        .add(
                            BigButton::new(name, theme::CHROME, view.palette)
                                .selected(lang == default_locale),
                        )
                        .clicked()
                    {
                        default_locale.clone_from(lang);
                    }
                }
            });
        },
    );
    row(
        ui,
        Field::DefaultTextScale,
        ids::SETTINGS_DEFAULT_TEXT_SCALE,
        &mut |ui| {
            ui.horizontal_wrapped(|ui| {
                for scale in TextScale::ALL {
                    let selected = *default_text_scale == scale;
                    if ui
                        .add(
                            BigButton::new(
                                format!("{}%", scale.percent()),
                                theme::CHROME,
                                view.palette,
                            )
                            .selected(selected),
                        )
                        .clicked()
                    {
                        *default_text_scale = scale;
                    }
                }
            });
        },
    );
    row(
        ui,
        Field::HighContrast,
        ids::SETTINGS_HIGH_CONTRAST,
        &mut |ui| toggle_ui(ui, view, high_contrast),
    );
    row(
        ui,
        Field::ShowCursor,
        ids::SETTINGS_SHOW_CURSOR,
        &mut |ui| toggle_ui(ui, view, show_cursor),
    );
    row(ui, Field::AllowQuit, ids::SETTINGS_ALLOW_QUIT, &mut |ui| {
        toggle_ui(ui, view, allow_quit);
    });
    row(
        ui,
        Field::Consultation,
        ids::SETTINGS_CONSULTATION,
        &mut |ui| desk_ui(ui, view, consultation),
    );
    row(
        ui,
        Field::ContentDir,
        ids::SETTINGS_CONTENT_DIR,
        &mut |ui| {
            let mut text = content_dir
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            if text_field_ui(ui, &view.tr(ids::SETTINGS_CONTENT_DIR), &mut text) {
                // Kept as typed (a path may end in a space); loading trims.
                *content_dir = (!text.trim().is_empty()).then(|| text.into());
            }
        },
    );
    row(
        ui,
        Field::UsageCounts,
        ids::SETTINGS_USAGE_COUNTS,
        &mut |ui| {
            toggle_ui(ui, view, usage_counts);
            let delete = BigButton::new(
                view.tr(ids::SETTINGS_USAGE_DELETE),
                theme::CHROME,
                view.palette,
            );
            if ui.add(delete).clicked() {
                commands.push(Command::DeleteUsageCounts);
            }
        },
    );
    row(
        ui,
        Field::UsageRetentionDays,
        ids::SETTINGS_USAGE_RETENTION,
        &mut |ui| {
            let unit = Unit {
                down: ids::SETTINGS_STEP_DOWN_DAYS,
                up: ids::SETTINGS_STEP_UP_DAYS,
                value: ids::SETTINGS_DAYS,
                arg: "days",
            };
            stepper_ui(
                ui,
                view,
                usage_retention_days,
                30,
                config::USAGE_RETENTION_DAYS,
                &unit,
            );
        },
    );
    row(ui, Field::StaffPinHash, ids::SETTINGS_PIN, &mut |ui| {
        if ui
            .add(BigButton::new(
                view.tr(ids::SETTINGS_CHANGE_PIN),
                theme::CHROME,
                view.palette,
            ))
            .clicked()
        {
            commands.push(Command::StartPinChange);
        }
    });
}

/// Read-aloud: on or off, with whether it works here and why not; the audio output; the
/// volume each visit starts at.
fn speech_ui(
    ui: &mut Ui,
    view: &View<'_>,
    draft: &mut Settings,
    loaded: Option<&LoadedConfig>,
    (status, devices): (&Result<Vec<String>, String>, &[String]),
) {
    row_ui(
        ui,
        view,
        loaded,
        Field::Speech,
        ids::SETTINGS_SPEECH,
        &mut |ui| {
            toggle_ui(ui, view, &mut draft.speech);
            let line = match status {
                Ok(languages) => {
                    let names: Vec<String> = languages
                        .iter()
                        .map(|lang| view.library.i18n.language_name(lang))
                        .collect();
                    view.tr_with(
                        ids::SETTINGS_SPEECH_READY,
                        &[("languages", FluentValue::from(names.join(", ")))],
                    )
                }
                Err(reason) => view.tr_with(
                    ids::SETTINGS_SPEECH_UNAVAILABLE,
                    &[("reason", FluentValue::from(reason.as_str()))],
                ),
            };
            ui.add(
                view.prose_at(&line, theme::SMALL, false)
                    .color(view.palette.notice_text),
            );
        },
    );
    row_ui(
        ui,
        view,
        loaded,
        Field::SpeechDevice,
        ids::SETTINGS_SPEECH_DEVICE,
        &mut |ui| {
            ui.horizontal_wrapped(|ui| {
                let mut names: Vec<&str> = devices.iter().map(String::as_str).collect();
                if !names.contains(&draft.speech_device.as_str()) {
                    names.insert(0, draft.speech_device.as_str());
                }
                let mut chosen = None;
                for name in names {
                    let button = BigButton::new(name, theme::CHROME, view.palette)
                        .selected(name == draft.speech_device);
                    if ui.add(button).clicked() {
                        chosen = Some(name.to_owned());
                    }
                }
                if let Some(name) = chosen {
                    draft.speech_device = name;
                }
            });
        },
    );
    row_ui(
        ui,
        view,
        loaded,
        Field::SpeechVolume,
        ids::SETTINGS_SPEECH_VOLUME,
        &mut |ui| {
            ui.horizontal_wrapped(|ui| {
                for (step, id) in [
                    (1, ids::SPEECH_VOLUME_LOW),
                    (2, ids::SPEECH_VOLUME_MEDIUM),
                    (3, ids::SPEECH_VOLUME_HIGH),
                ] {
                    let button = BigButton::new(view.tr(id), theme::CHROME, view.palette)
                        .selected(draft.speech_volume == step);
                    if ui.add(button).clicked() {
                        draft.speech_volume = step;
                    }
                }
            });
        },
    );
}

/// A framed row: its label, where its value comes from, and its controls (disabled when IT
/// locked the key).
fn row_ui(
    ui: &mut Ui,
    view: &View<'_>,
    loaded: Option<&LoadedConfig>,
    field: Field,
    label: &str,
    add: &mut dyn FnMut(&mut Ui),
) {
    let palette = view.palette;
    let locked = loaded.is_some_and(|l| l.is_locked(field));
    framed(ui, palette.card, palette.outline, |ui| {
        // Staff screens do not follow the visitor's text size.
        ui.add(view.prose_at(&view.tr(label), theme::BODY, true));
        if let Some(layer) = loaded.and_then(|l| l.origin_of(field)) {
            let origin = view.tr_with(
                ids::SETTINGS_ORIGIN,
                &[("layer", FluentValue::from(layer_text(view, layer)))],
            );
            ui.label(
                RichText::new(origin)
                    .font(theme::regular(theme::SMALL))
                    .color(palette.weak_text),
            );
        }
        if locked {
            ui.label(
                RichText::new(view.tr(ids::SETTINGS_LOCKED))
                    .font(theme::bold(theme::SMALL))
                    .color(palette.notice_text),
            );
        }
        ui.add_enabled_ui(!locked, |ui| add(ui));
    });
    ui.add_space(theme::GAP / 2.0);
}

fn layer_text(view: &View<'_>, layer: &Layer) -> String {
    let path = |p: &std::path::Path| FluentValue::from(p.display().to_string());
    match layer {
        Layer::Default => view.tr(ids::LAYER_DEFAULT),
        Layer::System(p) => view.tr_with(ids::LAYER_SYSTEM, &[("path", path(p))]),
        Layer::DropIn(p) => view.tr_with(ids::LAYER_DROPIN, &[("path", path(p))]),
        Layer::Local(p) => view.tr_with(ids::LAYER_LOCAL, &[("path", path(p))]),
    }
}

/// A stepper's unit: the messages of its buttons and its value, and their variable.
struct Unit {
    down: &'static str,
    up: &'static str,
    value: &'static str,
    arg: &'static str,
}

/// Steppers in seconds.
const SECONDS: Unit = Unit {
    down: ids::SETTINGS_STEP_DOWN,
    up: ids::SETTINGS_STEP_UP,
    value: ids::SETTINGS_SECONDS,
    arg: "seconds",
};

/// [−] value [+], in steps, within a range.
fn stepper_ui(
    ui: &mut Ui,
    view: &View<'_>,
    value: &mut u32,
    step: u32,
    range: std::ops::RangeInclusive<u32>,
    unit: &Unit,
) {
    ui.horizontal(|ui| {
        let size = theme::STEPPER_BUTTON;
        let step_text = |id: &str| view.tr_with(id, &[(unit.arg, FluentValue::from(step))]);
        let down = BigButton::new(step_text(unit.down), theme::CHROME, view.palette);
        if ui
            .add(down.min_size(size).enabled(*value > *range.start()))
            .clicked()
        {
            *value = value.saturating_sub(step).max(*range.start());
        }
        let text = view.tr_with(unit.value, &[(unit.arg, FluentValue::from(*value))]);
        ui.label(RichText::new(text).font(theme::bold(theme::TITLE)));
        let up = BigButton::new(step_text(unit.up), theme::CHROME, view.palette);
        if ui
            .add(up.min_size(size).enabled(*value < *range.end()))
            .clicked()
        {
            *value = value.saturating_add(step).min(*range.end());
        }
    });
}

fn toggle_ui(ui: &mut Ui, view: &View<'_>, value: &mut bool) {
    ui.horizontal(|ui| {
        for (state, id) in [(true, ids::SETTINGS_ON), (false, ids::SETTINGS_OFF)] {
            if ui
                .add(
                    BigButton::new(view.tr(id), theme::CHROME, view.palette)
                        .selected(*value == state),
                )
                .clicked()
            {
                *value = state;
            }
        }
    });
}

/// Each available language: on or off, and "move up" to change the switch's order.
/// Each language's translation: how many messages are translated, reviewed and stale.
fn translation_status_ui(ui: &mut Ui, view: &View<'_>, available: &[String]) {
    use crate::i18n::status::MessageState;
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(view.tr(ids::SETTINGS_LANGUAGE_STATUS)).font(theme::bold(theme::CHROME)),
    );
    for lang in available {
        let i18n = &view.library.i18n;
        let name = FluentValue::from(i18n.language_name(lang));
        let line = match i18n.status(lang) {
            Some(status) if !status.states.is_empty() => {
                let count = |state| FluentValue::from(status.count(state));
                let translated = status.states.len() - status.count(MessageState::Missing);
                view.tr_with(
                    ids::SETTINGS_LANGUAGE_STATE,
                    &[
                        ("name", name),
                        ("total", FluentValue::from(status.states.len())),
                        ("translated", FluentValue::from(translated)),
                        ("reviewed", count(MessageState::Reviewed)),
                        ("stale", count(MessageState::Stale)),
                    ],
                )
            }
            _ => view.tr_with(ids::SETTINGS_LANGUAGE_REFERENCE, &[("name", name)]),
        };
        ui.label(RichText::new(line).font(theme::regular(theme::CHROME)));
    }
    ui.add_space(theme::GAP);
}

fn locales_ui(
    ui: &mut Ui,
    view: &View<'_>,
    locales: &mut Vec<String>,
    default_locale: &mut String,
    available: &[String],
) {
    let mut order: Vec<String> = locales.clone();
    order.extend(available.iter().filter(|l| !locales.contains(l)).cloned());
    for (index, lang) in order.iter().enumerate() {
        let name = view.library.i18n.language_name(lang);
        let enabled = locales.contains(lang);
        ui.horizontal(|ui| {
            ui.label(RichText::new(name).font(theme::bold(theme::CHROME)));
            let toggle = BigButton::new(
                view.tr(if enabled {
                    ids::SETTINGS_ON
                } else {
                    ids::SETTINGS_OFF
                }),
                theme::CHROME,
                view.palette,
            )
            .selected(enabled)
            // The last enabled language cannot be switched off.
            .enabled(!(enabled && locales.len() == 1));
            if ui.add(toggle).clicked() {
                if enabled {
                    locales.retain(|l| l != lang);
                    if default_locale == lang {
                        default_locale.clone_from(&locales.first().cloned().unwrap_or_default());
                    }
                } else {
                    locales.push(lang.clone());
                }
            }
            let up = BigButton::new(view.tr(ids::SETTINGS_MOVE_UP), theme::CHROME, view.palette)
                .enabled(enabled && index > 0);
            if ui.add(up).clicked()
                && let Some(position) = locales.iter().position(|l| l == lang).filter(|p| *p > 0)
            {
                locales.swap(position, position - 1);
            }
        });
    }
}

fn desk_ui(ui: &mut Ui, view: &View<'_>, consultation: &mut Option<ConsultationDesk>) {
    let mut desk = consultation.clone().unwrap_or_default();
    let mut url = desk.url.clone().unwrap_or_default();
    let mut edited = false;
    for (id, value) in [
        (ids::SETTINGS_DESK_NAME, &mut desk.name),
        (ids::SETTINGS_DESK_LOCATION, &mut desk.location),
        (ids::SETTINGS_DESK_PHONE, &mut desk.phone),
        (ids::SETTINGS_DESK_HOURS, &mut desk.hours),
        (ids::SETTINGS_DESK_URL, &mut url),
    ] {
        edited |= text_field_ui(ui, &view.tr(id), value);
    }
    if edited {
        desk.url = (!url.trim().is_empty()).then(|| url.clone());
        let empty = desk == ConsultationDesk::default();
        *consultation = (!empty).then_some(desk);
    }
}

/// A labelled one-line text field for a physical keyboard; returns whether it changed.
fn text_field_ui(ui: &mut Ui, label: &str, text: &mut String) -> bool {
    let label = ui.label(RichText::new(label).font(theme::regular(theme::SMALL)));
    ui.add(
        TextEdit::singleline(text)
            .font(theme::regular(theme::BODY))
            .desired_width(ui.available_width())
            .min_size(egui::vec2(0.0, theme::MIN_TOUCH)),
    )
    .labelled_by(label.id)
    .changed()
}

/// Version, review date, every config layer with its status, the problems found, and the
/// last-known-good copy.
fn about_ui(
    ui: &mut Ui,
    view: &View<'_>,
    loaded: Option<&LoadedConfig>,
    backup: Option<&std::path::Path>,
) {
    let palette = view.palette;
    let small = theme::regular(theme::SMALL);
    framed(ui, palette.card, palette.outline, |ui| {
        ui.label(RichText::new(view.tr(ids::SETTINGS_ABOUT)).font(theme::bold(theme::BODY)));
        let version = view.tr_with(
            ids::SETTINGS_VERSION,
            &[("version", FluentValue::from(env!("CARGO_PKG_VERSION")))],
        );
        ui.label(RichText::new(version).font(small.clone()));
        let reviewed = super::page::reviewed_text(view);
        ui.label(RichText::new(reviewed).font(small.clone()));
        let Some(loaded) = loaded else {
            return;
        };
        ui.label(RichText::new(view.tr(ids::SETTINGS_LAYERS)).font(theme::bold(theme::SMALL)));
        for report in &loaded.layers {
            let status = match &report.status {
                LayerStatus::Loaded => view.tr(ids::SETTINGS_LAYER_LOADED),
                LayerStatus::Absent => view.tr(ids::SETTINGS_LAYER_ABSENT),
                LayerStatus::Error { line, col, message } => {
                    let position = match (line, col) {
                        (Some(line), Some(col)) => format!("{line}:{col}"),
                        (Some(line), None) => line.to_string(),
                        _ => "-".to_owned(),
                    };
                    view.tr_with(
                        ids::SETTINGS_LAYER_ERROR,
                        &[
                            ("position", FluentValue::from(position)),
                            ("message", FluentValue::from(message.as_str())),
                        ],
                    )
                }
            };
            let line = format!("{}: {status}", layer_text(view, &report.layer));
            ui.add(view.prose_at(&line, theme::SMALL, false));
        }
        if !loaded.problems.is_empty() {
            ui.label(
                RichText::new(view.tr(ids::SETTINGS_PROBLEMS))
                    .font(theme::bold(theme::SMALL))
                    .color(palette.notice_text),
            );
            for problem in &loaded.problems {
                ui.add(view.prose_at(&problem.to_string(), theme::SMALL, false));
            }
        }
        let backup_text = match backup {
            Some(path) => view.tr_with(
                ids::SETTINGS_BACKUP,
                &[("path", FluentValue::from(path.display().to_string()))],
            ),
            None => view.tr(ids::SETTINGS_BACKUP_NONE),
        };
        ui.label(RichText::new(backup_text).font(small));
    });
}
