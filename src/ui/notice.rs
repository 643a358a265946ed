//! Notices to staff, worded when drawn.

use fluent_bundle::FluentValue;

use super::View;
use crate::i18n::ids;
use crate::model::Notice;

/// A notice in the visitor's language, worded now: a notice kept from before a language
/// change is shown in the new language.
pub fn notice_text(view: &View<'_>, notice: &Notice) -> String {
    match notice {
        Notice::PinLength => view.tr(ids::SETTINGS_PIN_LENGTH),
        Notice::PinWrong { tries_left } => view.tr_with(
            ids::STAFF_PIN_WRONG,
            &[("tries", FluentValue::from(*tries_left))],
        ),
        Notice::PinLocked { minutes } => view.tr_with(
            ids::STAFF_PIN_LOCKED,
            &[("minutes", FluentValue::from(*minutes))],
        ),
        Notice::NewPinInvalid => view.tr(ids::SETTINGS_PIN_INVALID),
        Notice::PinMismatch => view.tr(ids::SETTINGS_PIN_MISMATCH),
        Notice::PinChanged => view.tr(ids::SETTINGS_PIN_CHANGED),
        Notice::Saved => view.tr(ids::SETTINGS_SAVED),
        Notice::SavedPartly { fields } => view.tr_with(
            ids::SETTINGS_SAVED_PARTLY,
            &[("fields", FluentValue::from(fields.join(", ")))],
        ),
        Notice::UsageDeleted => view.tr(ids::SETTINGS_USAGE_DELETED),
        Notice::NoConfigFiles => view.tr(ids::SETTINGS_NO_CONFIG_FILES),
        Notice::SaveFailed { error } => view.tr_with(
            ids::SETTINGS_SAVE_FAILED,
            &[("error", FluentValue::from(error.as_str()))],
        ),
    }
}
