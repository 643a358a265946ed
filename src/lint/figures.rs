//! The figures: every figure's drawing exists, parses and uses only the figure colours, and
//! every label's point lies inside its drawing. (That each alt text and label exists in every
//! language is the usage and parity checks' work, as for any message.) A drawing no figure
//! uses is reported too: it would ship for nothing.

use std::collections::BTreeSet;

use super::Problem;
use super::position::RonText;
use super::structure::for_each_block;
use crate::content::{Block, ContentSpec, FigureSpec};
use crate::source::{ContentSource, figure_id};

pub(super) fn check_figures(
    spec: &ContentSpec,
    ron: &RonText<'_>,
    source: &ContentSource,
    problems: &mut Vec<Problem>,
) {
    let mut used = BTreeSet::new();
    let mut check = |figure: &FigureSpec| {
        used.insert(figure.id.clone());
        check_figure(figure, ron, source, problems);
    };
    for track in &spec.tracks {
        if let Some(figure) = &track.figure {
            check(figure);
        }
        for page in &track.pages {
            for_each_block(&page.blocks, &mut |block| {
                if let Block::Figure(figure) = block {
                    check(figure);
                }
            });
        }
    }
    for_each_block(&spec.about, &mut |block| {
        if let Block::Figure(figure) = block {
            check(figure);
        }
    });
    for file in &source.figures {
        if let Some(problem) = crate::figures::check(&file.text).into_iter().next() {
            problems.push(Problem::new(&file.path, problem.line, problem.message));
        }
        if figure_id(&file.path).is_some_and(|id| !used.contains(id)) {
            problems.push(Problem::new(
                &file.path,
                1,
                "no figure in content.ron uses this drawing; add a Figure block or remove it",
            ));
        }
    }
}

fn check_figure(
    figure: &FigureSpec,
    ron: &RonText<'_>,
    source: &ContentSource,
    problems: &mut Vec<Problem>,
) {
    let line = ron.line_of_field("id", &figure.id, 0);
    let Some(file) = source.figure(&figure.id) else {
        problems.push(ron.problem(
            line,
            format!(
                "figure \"{}\" has no drawing: add {}/{}.svg",
                figure.id,
                crate::source::FIGURES_DIR,
                figure.id
            ),
        ));
        return;
    };
    let Some([x, y, w, h]) = crate::figures::view_box(&file.text) else {
        // The drawing's own problem is reported at the drawing.
        return;
    };
    for label in &figure.labels {
        let (lx, ly) = (f32::from(label.x), f32::from(label.y));
        if lx < x || lx > x + w || ly < y || ly > y + h {
            problems.push(ron.problem(
                ron.line_of_field("text", &label.text, 0),
                format!(
                    "the label \"{}\" of figure \"{}\" is placed at ({}, {}), outside its \
                     drawing ({x} {y} {w} {h}); give a point inside it",
                    label.text, figure.id, label.x, label.y
                ),
            ));
        }
    }
}
