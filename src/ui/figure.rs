//! A figure on the screen: its drawing, rasterised once per size and theme and kept as a
//! texture, with its labels drawn over it as reading text on small boxes, and its alt text
//! for a screen reader.

use std::sync::Arc;
use std::sync::mpsc;

use egui::mutex::Mutex;
use egui::{Rect, Response, Sense, Ui};

use super::{View, theme};
use crate::content::Figure;
use crate::figures::FigureColours;

/// How many rasterised figures are kept: the page on screen, the next one (made ahead) and
/// the one just left. Each is about 0.8 MB at 100 %.
const KEPT: usize = 4;

/// While a drawing is being made, the frame is drawn again this soon to pick it up.
const POLL: std::time::Duration = std::time::Duration::from_millis(4);

/// Which raster: figure id, high contrast, width in pixels.
type Key = (String, bool, u32);

/// Rasterised figures by [`Key`], least recently used first, and the drawings being made.
///
/// resvg takes 1–3 ms for a page's figure, too long for the frame that opens the page, so
/// drawings are made on a thread of their own: the page shows its labels at once and its
/// drawing a frame or two later, and the next page's drawing is made while this one is read.
#[derive(Clone, Default)]
struct Textures(Arc<Mutex<TexturesInner>>);

#[derive(Default)]
struct TexturesInner {
    kept: Vec<(Key, egui::TextureHandle)>,
    /// Asked of the worker and not yet back.
    pending: Vec<Key>,
    /// The worker: jobs go out, rasters come back. Started on first use; it ends when the
    /// context (which holds the sender) is dropped.
    worker: Option<Worker>,
    /// How many drawings were rasterised since start: for the tests that prove a figure
    /// is not rasterised every frame.
    made: usize,
}

struct Worker {
    jobs: mpsc::Sender<(Key, String, FigureColours)>,
    done: mpsc::Receiver<(Key, Option<egui::ColorImage>)>,
}

impl Worker {
    fn start() -> Option<Self> {
        let (jobs, job_rx) = mpsc::channel::<(Key, String, FigureColours)>();
        let (done_tx, done) = mpsc::channel();
        std::thread::Builder::new()
            .name("figures".to_owned())
            .spawn(move || {
                while let Ok((key, svg, colours)) = job_rx.recv() {
                    // The image egui takes is made here too: its conversion of a few
                    // hundred thousand pixels stays off the frame.
                    let raster = match crate::figures::rasterise(&svg, &colours, key.2) {
                        Ok(raster) => {
                            let size = [raster.width as usize, raster.height as usize];
                            Some(egui::ColorImage::from_rgba_premultiplied(
                                size,
                                &raster.rgba_premultiplied,
                            ))
                        }
                        Err(err) => {
                            // The lint refuses such a drawing; if one is shown anyway, the
                            // page keeps its text and labels, and the log says why.
                            tracing::warn!("figure {}: {err}", key.0);
                            None
                        }
                    };
                    if done_tx.send((key, raster)).is_err() {
                        break;
                    }
                }
            })
            .map_err(|err| tracing::warn!("no thread for drawing figures: {err}"))
            .ok()?;
        Some(Self { jobs, done })
    }
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

/// Waits (up to 10 s) until every drawing asked for has been made, and keeps them: for
/// tests and screenshots, which need the frame as a visitor sees it a moment later.
pub fn finish_drawings(ctx: &egui::Context) {
    let cache = textures(ctx);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let mut inner = cache.0.lock();
        collect(ctx, &mut inner, Some(deadline));
        if inner.pending.is_empty() || std::time::Instant::now() >= deadline {
            return;
        }
    }
}

/// Takes the drawings the worker has made into textures. With `until`, waits for one.
fn collect(ctx: &egui::Context, inner: &mut TexturesInner, until: Option<std::time::Instant>) {
    let mut made = Vec::new();
    if let Some(worker) = &inner.worker {
        if let Some(until) = until
            && !inner.pending.is_empty()
        {
            let wait = until.saturating_duration_since(std::time::Instant::now());
            if let Ok(done) = worker.done.recv_timeout(wait) {
                made.push(done);
            }
        }
        made.extend(worker.done.try_iter());
    }
    // More drawings than are kept, all at once (a fast run of taps): only the latest are
    // made into textures, so none is uploaded only to be let go in the same frame.
    let surplus = made.len().saturating_sub(KEPT);
    for (index, (key, raster)) in made.into_iter().enumerate() {
        inner.pending.retain(|k| *k != key);
        let Some(image) = raster.filter(|_| index >= surplus) else {
            continue;
        };
        let name = format!("figure {}", key.0);
        let texture = ctx.load_texture(name, image, egui::TextureOptions::LINEAR);
        inner.made += 1;
        if inner.kept.len() >= KEPT {
            drop(inner.kept.remove(0));
        }
        inner.kept.push((key, texture));
    }
}

/// The texture of figure `id` at `width` pixels in the current theme, if it has been made;
/// otherwise it is asked for (once) and the frame is drawn again shortly.
fn texture(
    ctx: &egui::Context,
    view: &View<'_>,
    id: &str,
    svg: &str,
    width: u32,
) -> Option<egui::TextureHandle> {
    let key = (id.to_owned(), view.session.high_contrast, width);
    let cache = textures(ctx);
    let mut inner = cache.0.lock();
    collect(ctx, &mut inner, None);
    if let Some(at) = inner.kept.iter().position(|(k, _)| *k == key) {
        let entry = inner.kept.remove(at);
        let texture = entry.1.clone();
        inner.kept.push(entry);
        return Some(texture);
    }
    ask(ctx, &mut inner, key, svg, view.palette.figure_colours());
    None
}

/// Asks the worker for a drawing not yet made nor asked for.
fn ask(
    ctx: &egui::Context,
    inner: &mut TexturesInner,
    key: Key,
    svg: &str,
    colours: FigureColours,
) {
    if inner.pending.contains(&key) || inner.kept.iter().any(|(k, _)| *k == key) {
        return;
    }
    if inner.worker.is_none() {
        inner.worker = Worker::start();
    }
    let Some(worker) = &inner.worker else { return };
    if worker
        .jobs
        .send((key.clone(), svg.to_owned(), colours))
        .is_ok()
    {
        inner.pending.push(key);
        ctx.request_repaint_after(POLL);
    }
}

/// Makes figure `id`'s drawing ahead, at the size and theme the page on screen shows its
/// own: the page a visitor is likely to open next then shows its drawing in its first frame.
pub fn prepare(ctx: &egui::Context, view: &View<'_>, id: &str, width: f32) {
    let Some(svg) = view.library.figures.get(id) else {
        return;
    };
    let key = (
        id.to_owned(),
        view.session.high_contrast,
        pixels(ctx, width),
    );
    let cache = textures(ctx);
    let mut inner = cache.0.lock();
    ask(ctx, &mut inner, key, svg, view.palette.figure_colours());
}

/// `width` points in pixels.
fn pixels(ctx: &egui::Context, width: f32) -> u32 {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a width in pixels, at most a few thousand"
    )]
    let pixels = (width * ctx.pixels_per_point()).round().max(1.0) as u32;
    pixels
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
    let [vx, vy, vw, vh] = view_box(view, &figure.id);
    let height = width * vh / vw;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let alt = figure.alt.text.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
    // Off screen the drawing is not made, but its labels still are: a screen reader reads
    // the whole page.
    if let Some(svg) = svg.filter(|_| ui.is_rect_visible(rect))
        && let Some(texture) = texture(ui.ctx(), view, &figure.id, svg, pixels(ui.ctx(), width))
    {
        let uv = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
        ui.painter().image(texture.id(), rect, uv, theme::NO_TINT);
    }
    let fitted = (width / full_width).min(1.0);
    let size = (view.body_size(theme::SMALL) * fitted).max(theme::FIGURE_LABEL_MIN);
    // A label may be as wide as a fifth more than its room in the drawing when that touches
    // no other label: a long word then stays on one line.
    let narrow = (width * theme::FIGURE_LABEL_SHARE).max(size * 4.0);
    let wide = (width * theme::FIGURE_LABEL_WIDE_SHARE).max(narrow);
    let pad = egui::vec2(size * 0.35, size * 0.15);
    let palette = view.palette;
    let place = |anchor: egui::Pos2, text_size: egui::Vec2| {
        let boxed = Rect::from_center_size(anchor, text_size + 2.0 * pad);
        // Inside the drawing, whatever the language's words make of the box.
        let shift_x =
            (rect.left() - boxed.left()).max(0.0) - (boxed.right() - rect.right()).max(0.0);
        let shift_y =
            (rect.top() - boxed.top()).max(0.0) - (boxed.bottom() - rect.bottom()).max(0.0);
        boxed.translate(egui::vec2(shift_x, shift_y))
    };
    let labels: Vec<_> = figure
        .labels
        .iter()
        .map(|label| {
            let anchor = egui::pos2(
                rect.left() + (f32::from(label.x) - vx) / vw * width,
                rect.top() + (f32::from(label.y) - vy) / vh * height,
            );
            let text = label_prose(view, &label.text.text, size);
            let sizes = [text.size(ui.ctx(), wide), text.size(ui.ctx(), narrow)];
            (label, anchor, sizes)
        })
        .collect();
    let mut narrowed = vec![false; labels.len()];
    let boxes = |narrowed: &[bool]| -> Vec<Rect> {
        labels
            .iter()
            .zip(narrowed)
            .map(|((_, anchor, sizes), n)| place(*anchor, sizes[usize::from(*n)]))
            .collect()
    };
    for (i, j) in (0..labels.len()).flat_map(|i| (i + 1..labels.len()).map(move |j| (i, j))) {
        let current = boxes(&narrowed);
        if current[i].intersects(current[j]) {
            narrowed[i] = true;
            narrowed[j] = true;
        }
    }
    for (((label, _, sizes), boxed), n) in labels.iter().zip(boxes(&narrowed)).zip(&narrowed) {
        ui.painter().rect(
            boxed,
            size * 0.4,
            palette.card,
            egui::Stroke::new(theme::OUTLINE, palette.outline),
            egui::StrokeKind::Inside,
        );
        let text_size = sizes[usize::from(*n)];
        ui.put(
            Rect::from_min_size(boxed.min + pad, text_size),
            label_prose(view, &label.text.text, size),
        );
    }
    response
}

/// A label's words, in the reading text's colour (on the label's card-coloured box).
fn label_prose<'t>(view: &View<'_>, text: &'t str, size: f32) -> super::prose::Prose<'t> {
    view.prose_at(text, size, false).color(view.palette.text)
}

/// The drawing's own box (`[x, y, width, height]`); 800 × 500 for a drawing that is missing
/// or has none (the lint reports both).
fn view_box(view: &View<'_>, id: &str) -> [f32; 4] {
    view.library
        .figure_boxes
        .get(id)
        .copied()
        .unwrap_or([0.0, 0.0, 800.0, 500.0])
}

/// The width of a page's figure: its full width for the text size (`base` at 100 %), at most
/// `room`, and no taller than [`theme::FIGURE_MAX_VIEW_SHARE`] of the reading area on screen,
/// so that it is always seen whole.
pub fn fitted_width(ui: &Ui, view: &View<'_>, id: &str, base: f32, room: f32) -> f32 {
    let shown = ui.clip_rect().height();
    let tallest = if shown.is_finite() && shown > 0.0 {
        shown * theme::FIGURE_MAX_VIEW_SHARE
    } else {
        f32::INFINITY
    };
    let [_, _, w, h] = view_box(view, id);
    full_width(view, base).min(room).min(tallest * w / h)
}

/// The width a figure takes at the visitor's text size, before fitting it into the room
/// there is.
pub fn full_width(view: &View<'_>, base: f32) -> f32 {
    base * view.session.text_scale.factor()
}
