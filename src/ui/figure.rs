//! A figure on the screen: its drawing, rasterised once per size and theme and kept as a
//! texture, with its labels drawn over it as reading text on small boxes, and its alt text
//! for a screen reader.

use std::sync::Arc;

use egui::mutex::Mutex;
use egui::{Rect, Response, Sense, Ui};

use super::{View, theme};
use crate::content::Figure;

/// How many rasterised figures are kept: the page on screen and the ones just left, in
/// both themes. Each is about 0.8 MB at 100 %.
const KEPT: usize = 4;

/// Rasterised figures by (id, high contrast, width in pixels), least recently used first.
#[derive(Clone, Default)]
struct Textures(Arc<Mutex<TexturesInner>>);

#[derive(Default)]
struct TexturesInner {
    kept: Vec<((String, bool, u32), egui::TextureHandle)>,
    /// How many drawings were rasterised since start: for the tests that prove a figure
    /// is not rasterised every frame.
    made: usize,
}

fn textures(ctx: &egui::Context) -> Textures {
    ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Textures>(egui::Id::NULL.with("figures"))
            .clone()
    })
}

/// How many figures have been rasterised in this context so far.
pub fn rasterised_count(ctx: &egui::Context) -> usize {
    textures(ctx).0.lock().made
}

/// The texture of figure `id` at `width` pixels in the current theme, made if needed.
fn texture(
    ctx: &egui::Context,
    view: &View<'_>,
    id: &str,
    svg: &str,
    width: u32,
) -> Option<egui::TextureHandle> {
    let high_contrast = view.session.high_contrast;
    let key = (id.to_owned(), high_contrast, width);
    let cache = textures(ctx);
    let mut inner = cache.0.lock();
    if let Some(at) = inner.kept.iter().position(|(k, _)| *k == key) {
        let entry = inner.kept.remove(at);
        let texture = entry.1.clone();
        inner.kept.push(entry);
        return Some(texture);
    }
    let raster = match crate::figures::rasterise(svg, &view.palette.figure_colours(), width) {
        Ok(raster) => raster,
        Err(err) => {
            // The lint refuses such a drawing; if one is shown anyway, the page shows its
            // text and the figure's labels, and the log says why the drawing is missing.
            tracing::warn!("figure {id}: {err}");
            return None;
        }
    };
    let size = [raster.width as usize, raster.height as usize];
    let image = egui::ColorImage::from_rgba_premultiplied(size, &raster.rgba_premultiplied);
    let texture = ctx.load_texture(format!("figure {id}"), image, egui::TextureOptions::LINEAR);
    inner.made += 1;
    if inner.kept.len() >= KEPT {
        drop(inner.kept.remove(0));
    }
    inner.kept.push((key, texture.clone()));
    Some(texture)
}

/// Draws `figure` `width` points wide, its labels in proportion: at `label_size` when the
/// figure has its full size for the text size (`full_width`), smaller when it has been fitted
/// into less room, so the labels keep their places on the drawing.
pub fn figure_ui(
    ui: &mut Ui,
    view: &View<'_>,
    figure: &Figure,
    width: f32,
    full_width: f32,
) -> Response {
    let svg = view.library.figures.get(&figure.id);
    let view_box = svg
        .and_then(|svg| crate::figures::view_box(svg))
        .unwrap_or([0.0, 0.0, 800.0, 500.0]);
    let [vx, vy, vw, vh] = view_box;
    let height = width * vh / vw;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let alt = figure.alt.text.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    if !ui.is_rect_visible(rect.expand(height)) {
        return response;
    }
    if let Some(svg) = svg {
        let ppp = ui.ctx().pixels_per_point();
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a width in pixels, at most a few thousand"
        )]
        let pixels = (width * ppp).round().max(1.0) as u32;
        if let Some(texture) = texture(ui.ctx(), view, &figure.id, svg, pixels) {
            let uv = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
            ui.painter()
                .image(texture.id(), rect, uv, egui::Color32::WHITE);
        }
    }
    let fitted = (width / full_width).min(1.0);
    let size = view.body_size(theme::SMALL) * fitted;
    let max_text = (width * theme::FIGURE_LABEL_SHARE).max(size * 4.0);
    let pad = egui::vec2(size * 0.35, size * 0.15);
    let palette = view.palette;
    for label in &figure.labels {
        let prose = view
            .prose_at(&label.text.text, size, false)
            .color(palette.text);
        let text_size = prose.size(ui.ctx(), max_text);
        let anchor = egui::pos2(
            rect.left() + (f32::from(label.x) - vx) / vw * width,
            rect.top() + (f32::from(label.y) - vy) / vh * height,
        );
        let box_size = text_size + 2.0 * pad;
        let mut boxed = Rect::from_center_size(anchor, box_size);
        // Inside the drawing, whatever the language's words make of the box.
        let shift_x =
            (rect.left() - boxed.left()).max(0.0) - (boxed.right() - rect.right()).max(0.0);
        let shift_y =
            (rect.top() - boxed.top()).max(0.0) - (boxed.bottom() - rect.bottom()).max(0.0);
        boxed = boxed.translate(egui::vec2(shift_x, shift_y));
        ui.painter().rect(
            boxed,
            size * 0.4,
            palette.card,
            egui::Stroke::new(theme::OUTLINE, palette.outline),
            egui::StrokeKind::Inside,
        );
        ui.put(Rect::from_min_size(boxed.min + pad, text_size), prose);
    }
    response
}

/// The width a figure takes at the visitor's text size, before fitting it into the room
/// there is.
pub fn full_width(view: &View<'_>, base: f32) -> f32 {
    base * view.session.text_scale.factor()
}
