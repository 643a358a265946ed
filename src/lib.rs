//! immuno-kiosk: a touch-screen kiosk that explains cancer immunotherapy to patients and
//! families, in Japanese and English.
//!
//! `model` is pure state with an injected clock; `ui` draws it with egui; `app` joins the two
//! into an `eframe::App`. Content flows up through `source` (where it comes from), `i18n`
//! (the words) and `content` (the structure and the page layer) to its readers: `ui`,
//! `export` and `lint`. No module imports one that imports it (`scripts/module-loops.py`).

pub mod a11y;
pub mod app;
pub mod config;
pub mod content;
pub mod display;
pub mod export;
pub mod figures;
pub mod fonts;
pub mod i18n;
pub mod kiosk_content;
pub mod kiosk_input;
pub mod lint;
#[cfg(test)]
mod log_capture;
pub mod memory;
pub mod model;
pub mod qr;
pub mod source;
pub mod speech;
pub mod startup;
pub mod text;
pub mod ui;
pub mod usage;

pub use app::{KioskApp, KioskOptions};
