//! immuno-kiosk: a touch-screen kiosk that explains cancer immunotherapy to patients and
//! families, in Japanese and English.
//!
//! `model` is pure state with an injected clock; `ui` draws it with egui; `app` joins the two
//! into an `eframe::App`.

pub mod config;
pub mod content;
pub mod fonts;
