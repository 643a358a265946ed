//! Glossary terms on a page, and the card a touch on one opens: the term large with its
//! reading, a plain explanation, and a close button. The card sits under the idle warning,
//! and the idle reset closes it with the rest of the visit.

use std::cell::{Cell, RefCell};

use egui::accesskit::Role;
use fluent_bundle::FluentValue;

use super::widgets::{BigButton, Emphasis};
use super::{Command, View, theme};
use crate::content::glossary::Term;
use crate::i18n::ids;

/// A language's terms and their names, kept between frames, with the content they came from.
type Cached = (
    usize,
    std::sync::Arc<Vec<Term>>,
    std::sync::Arc<Vec<String>>,
);

/// A page's glossary while its body is drawn: each term is marked where the page first uses
/// it, and a touch on a mark is kept for the page to act on.
pub struct TermMarks {
    /// The language's terms, longest first.
    pub terms: std::sync::Arc<Vec<Term>>,
    /// Each term's accessible name ("用語の説明：免疫チェックポイント阻害薬").
    pub labels: std::sync::Arc<Vec<String>>,
    /// The ids marked so far on this page, this frame.
    pub marked: RefCell<Vec<String>>,
    /// The term touched this frame (its index).
    pub touched: Cell<Option<usize>>,
    /// Colours, for a term's focus ring.
    pub palette: &'static theme::Palette,
}

impl TermMarks {
    /// The glossary of the visitor's language, nothing marked yet. The terms and their names
    /// are made once per language and content, not every frame.
    pub fn new(ctx: &egui::Context, view: &View<'_>) -> Self {
        // One entry a language; content loaded anew (another library) replaces it.
        let library = std::ptr::from_ref(view.library) as usize;
        let id = egui::Id::unique(("glossary terms", &view.session.locale));
        let found = ctx
            .data_mut(|d| d.get_temp::<Cached>(id))
            .filter(|cached| cached.0 == library);
        let (_, terms, labels) = found.unwrap_or_else(|| {
            let terms = crate::content::glossary::glossary(view.library, &view.session.locale);
            let labels: Vec<String> = terms
                .iter()
                .map(|term| {
                    view.tr_with(
                        ids::GLOSSARY_OPEN,
                        &[("term", FluentValue::from(term.plain.as_str()))],
                    )
                })
                .collect();
            let cached: Cached = (
                library,
                std::sync::Arc::new(terms),
                std::sync::Arc::new(labels),
            );
            ctx.data_mut(|d| d.insert_temp(id, cached.clone()));
            cached
        });
        Self {
            terms,
            labels,
            marked: RefCell::default(),
            touched: Cell::new(None),
            palette: view.palette,
        }
    }

    /// The command for the term touched this frame, if any.
    pub fn command(&self) -> Option<Command> {
        let index = self.touched.get()?;
        Some(Command::OpenGlossary(self.terms.get(index)?.id.clone()))
    }
}

/// The open card of term `id`, over the screen and under the idle warning.
pub fn card_ui(ctx: &egui::Context, view: &View<'_>, id: &str, commands: &mut Vec<Command>) {
    let terms = TermMarks::new(ctx, view).terms;
    let Some(term) = terms.iter().find(|term| term.id == id) else {
        // A term of another language, or one the content no longer has: nothing to show.
        commands.push(Command::CloseGlossary);
        return;
    };
    let palette = view.palette;
    let screen = ctx.content_rect();
    // The page behind the card is veiled and not read while it is open.
    super::widgets::modal_layer(ctx, "glossary card", palette, |ui| {
        // A touch beside the card closes it, and presses nothing underneath.
        let veil = ui.interact(
            screen,
            egui::Id::unique("glossary veil"),
            egui::Sense::click(),
        );
        if veil.clicked() {
            commands.push(Command::CloseGlossary);
        }
        let title = view.tr(ids::GLOSSARY_TITLE);
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(Role::Dialog);
            node.set_label(title.clone());
            node.set_modal();
        });
        let width = (screen.width() - 2.0 * theme::MARGIN).min(theme::DIALOG_WIDTH);
        // Near the top, where the eye is; a long explanation grows downwards.
        let card = egui::Rect::from_min_size(
            egui::pos2(
                screen.center().x - width / 2.0,
                screen.top() + screen.height() * 0.12,
            ),
            egui::vec2(width, screen.height() * 0.8),
        );
        ui.scope_builder(egui::UiBuilder::new().max_rect(card), |ui| {
            super::widgets::dialog_frame(palette.card, palette.selected).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let small = view.prose(&title, theme::SMALL, true);
                ui.add(small.color(palette.weak_text));
                let heading = ui.add(
                    view.prose(&term.text, theme::TITLE, true)
                        .color(palette.accent),
                );
                super::widgets::heading(&heading, 2);
                ui.add_space(theme::GAP);
                ui.add(view.prose(&term.explanation, theme::LEAD, false));
                ui.add_space(theme::SECTION_GAP);
                let close = BigButton::new(
                    view.tr(ids::GLOSSARY_CLOSE),
                    view.chrome_size(theme::CHROME),
                    palette,
                )
                .emphasis(Emphasis::Primary);
                if ui.add(close).clicked() {
                    commands.push(Command::CloseGlossary);
                }
            });
        });
    });
}
