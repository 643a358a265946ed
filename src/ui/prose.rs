//! The text layer every screen draws its reading text with: lines broken by `crate::text`
//! (strict kinsoku, phrases first, ruby groups whole), never by egui's own wrapping, with
//! readings (furigana) drawn small and centred over their bases. The lines of a message are
//! computed once per text, font, width and reading choice, and kept in a cache.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use egui::mutex::Mutex;
use egui::text::{ByteIndex, CCursor, LayoutJob, LayoutSection, TextFormat};
use egui::{Align, Align2, Color32, FontId, Response, Sense, Ui, Widget};

use super::theme;
use crate::model::Furigana;
use crate::text::{self, Breaks, Marked, Script};

/// A block of reading text.
pub struct Prose<'a> {
    text: &'a str,
    font: FontId,
    line_height: f32,
    /// `None`: the style's text colour.
    color: Option<Color32>,
    script: Script,
    furigana: Furigana,
    terms: Option<&'a super::glossary::TermMarks>,
    /// The sentence being read aloud: `char` range of the text without markup, its
    /// background, and whether to bring it into view.
    highlight: Option<((usize, usize), Color32, bool)>,
}

impl<'a> Prose<'a> {
    /// `text` (with ruby markup, if any) in `font`, each line `line_height` apart.
    pub fn new(
        text: &'a str,
        font: FontId,
        line_height: f32,
        script: Script,
        furigana: Furigana,
    ) -> Self {
        Self {
            text,
            font,
            line_height,
            color: None,
            script,
            furigana,
            terms: None,
            highlight: None,
        }
    }

    /// Marks the sentence being read aloud (`range`, in `char`s of the text without markup)
    /// with a `background`; with `scroll`, the scroll area brings it into view.
    #[must_use]
    pub fn highlight(mut self, range: (usize, usize), background: Color32, scroll: bool) -> Self {
        self.highlight = Some((range, background, scroll));
        self
    }

    /// Underlines the glossary terms this text uses first on its page; a touch on one is
    /// kept in `terms`.
    #[must_use]
    pub fn terms(mut self, terms: &'a super::glossary::TermMarks) -> Self {
        self.terms = Some(terms);
        self
    }

    /// The distance between lines (by default the text size times
    /// [`theme::LINE_SPACING`]).
    #[must_use]
    pub fn line_height(mut self, line_height: f32) -> Self {
        self.line_height = line_height;
        self
    }

    /// The text's colour (by default the style's text colour).
    #[must_use]
    pub fn color(mut self, color: Color32) -> Self {
        self.color = Some(color);
        self
    }

    /// The room the text takes when laid out at most `max_width` wide: what a caller
    /// placing it (a figure's label, centred on its point) needs before adding it.
    pub fn size(&self, ctx: &egui::Context, max_width: f32) -> egui::Vec2 {
        let laid = self.lay_out(ctx, max_width.max(1.0));
        let lines = u16::try_from(laid.lines.len().max(1)).unwrap_or(u16::MAX);
        egui::vec2(
            laid.width.min(max_width).max(1.0),
            (laid.band + self.line_height) * f32::from(lines),
        )
    }
}

/// A block laid out for one width: its lines, and where their readings go.
#[derive(Debug)]
pub struct Laid {
    /// The text as written, with its markup.
    pub source: String,
    /// How its lines break.
    pub script: Script,
    /// Its font.
    pub font: FontId,
    /// The width it was laid out for.
    pub max_width: f32,
    /// How many readings the text has in the current choice.
    pub ruby_total: usize,
    /// How many of them are drawn whole on a line.
    pub ruby_drawn: usize,
    /// The text without markup (what a screen reader names).
    pub plain: String,
    /// The readings, for a screen reader's description.
    pub readings: String,
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// Room above each line for its readings (0 when the block shows none).
    pub band: f32,
    /// The widest line.
    pub width: f32,
    /// The glossary terms this block marked last time, with the terms marked before it and
    /// those it added: a page draws its blocks in the same order every frame, so the search
    /// is done once.
    term_memo: std::sync::Mutex<Option<TermMemo>>,
}

/// See [`Laid`]'s `term_memo`: (marked before, found, added).
type TermMemo = (
    Vec<String>,
    Vec<(std::ops::Range<usize>, usize)>,
    Vec<String>,
);

/// One laid-out line.
#[derive(Debug)]
pub struct Line {
    /// The line's text, without trailing spaces or newline.
    pub text: String,
    /// Its sections: each ruby base is one, with room around it for a wide reading.
    sections: Vec<LayoutSection>,
    /// The readings on this line: `char` range of the base within [`Line::text`], reading.
    pub ruby: Vec<(std::ops::Range<usize>, String)>,
    /// The line's width.
    pub width: f32,
    /// How many `char`s of the text the line takes, with its trailing spaces and newline.
    pub chars: usize,
    /// Whether the line ends at a newline of the text.
    pub hard_end: bool,
    /// When the line ends inside a phrase: that phrase's width (else 0).
    pub phrase_width: f32,
    /// Where each `char` boundary of [`Line::text`] is, from the line's start, as measured
    /// for filling: for a term off screen, which needs a place but no drawing.
    xs: Vec<f32>,
}

/// What was laid out in the last frame drawn, for the tests that check every line of every
/// page. Kept only while [`record_lines`] is on.
#[derive(Clone, Default)]
struct Record(Arc<Mutex<Option<Vec<Arc<Laid>>>>>);

/// Starts (or stops) keeping every block laid out in each frame, for [`recorded_lines`].
pub fn record_lines(ctx: &egui::Context, on: bool) {
    let record = ctx.data_mut(|d| d.get_temp_mut_or_default::<Record>(egui::Id::NULL).clone());
    *record.0.lock() = on.then(Vec::new);
}

/// The blocks drawn since the last call (or since [`record_lines`] was turned on).
pub fn recorded_lines(ctx: &egui::Context) -> Vec<Arc<Laid>> {
    let record = ctx.data_mut(|d| d.get_temp_mut_or_default::<Record>(egui::Id::NULL).clone());
    record
        .0
        .lock()
        .as_mut()
        .map(std::mem::take)
        .unwrap_or_default()
}

/// Laid-out blocks and break opportunities, kept while they are drawn.
#[derive(Clone, Default)]
struct Cache(Arc<Mutex<CacheInner>>);

#[derive(Default)]
struct CacheInner {
    /// By text, script and reading choice: the text without markup and its breaks.
    breaks: Generations<Arc<(Marked, Breaks)>>,
    /// By all of that plus font, line height and width: the lines.
    laid: Generations<Arc<Laid>>,
}

/// A cache that keeps what was used in this pass or the one before: a page's blocks stay for
/// as long as it is shown (every pass lays them out), and the cache never holds more than two
/// screens' worth, however long the kiosk runs.
struct Generations<V> {
    pass: u64,
    current: HashMap<u64, V>,
    previous: HashMap<u64, V>,
}

impl<V> Default for Generations<V> {
    fn default() -> Self {
        Self {
            pass: 0,
            current: HashMap::new(),
            previous: HashMap::new(),
        }
    }
}

impl<V: Clone> Generations<V> {
    fn get(&mut self, key: u64, pass: u64) -> Option<V> {
        if pass != self.pass {
            self.previous = std::mem::take(&mut self.current);
            self.pass = pass;
        }
        if let Some(value) = self.current.get(&key) {
            return Some(value.clone());
        }
        let value = self.previous.remove(&key)?;
        self.current.insert(key, value.clone());
        Some(value)
    }

    fn insert(&mut self, key: u64, value: V) {
        self.current.insert(key, value);
    }
}

fn key(parts: impl Hash) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut hasher);
    hasher.finish()
}

/// The text with its readings for `furigana`: none, the marked ones, or every kanji word's.
fn marked(text: &str, script: Script, furigana: Furigana) -> Marked {
    let mut marked = text::parse_lenient(text);
    if script != Script::Japanese {
        return marked;
    }
    match furigana {
        Furigana::Off => marked.ruby.clear(),
        Furigana::HardTerms => {}
        Furigana::AllKanji => {
            // A kanji the table cannot read stays without one; the lint names it.
            let _unread = text::readings::annotate(&mut marked);
        }
    }
    marked
}

/// The size of readings over text of `size`: half of it, never under the legibility floor.
pub fn ruby_size(size: f32) -> f32 {
    (size * 0.5).max(theme::RUBY_MIN)
}

impl Prose<'_> {
    /// The lines of this block at `max_width`, from the cache when it has them.
    pub fn lay_out(&self, ctx: &egui::Context, max_width: f32) -> Arc<Laid> {
        let cache = ctx.data_mut(|d| d.get_temp_mut_or_default::<Cache>(egui::Id::NULL).clone());
        // Widths within half a point of each other share their lines.
        let width_key = (max_width * 2.0).round().to_bits();
        let breaks_key = key((self.text, self.script, self.furigana));
        let laid_key = key((
            breaks_key,
            self.font.size.to_bits(),
            &self.font.family,
            self.line_height.to_bits(),
            width_key,
        ));
        let pass = ctx.cumulative_pass_nr();
        if let Some(laid) = cache.0.lock().laid.get(laid_key, pass) {
            return laid;
        }
        let found = cache.0.lock().breaks.get(breaks_key, pass);
        let pair = found.unwrap_or_else(|| {
            let marked = marked(self.text, self.script, self.furigana);
            let breaks = text::breaks(&marked, self.script);
            let pair = Arc::new((marked, breaks));
            cache.0.lock().breaks.insert(breaks_key, Arc::clone(&pair));
            pair
        });
        let laid = Arc::new(ctx.fonts_mut(|fonts| self.fill(fonts, &pair.0, &pair.1, max_width)));
        cache.0.lock().laid.insert(laid_key, Arc::clone(&laid));
        laid
    }

    /// Room beside each ruby base, (before, after): a reading wider than its base
    /// overhangs a neighbouring kana or punctuation mark by up to one reading character,
    /// never a kanji or another reading; past that, the base gets room on that side. The
    /// room is added to the base's first and last `widths`.
    fn pads(
        fonts: &mut egui::epaint::text::FontsView<'_>,
        marked: &Marked,
        chars: &[char],
        widths: &mut [f32],
        ruby_font: &FontId,
    ) -> Vec<(f32, f32)> {
        let mut in_base = vec![false; chars.len()];
        for ruby in &marked.ruby {
            for slot in &mut in_base[ruby.base.clone()] {
                *slot = true;
            }
        }
        let overhang = |i: Option<usize>| match i {
            Some(i)
                if i < chars.len()
                    && !in_base[i]
                    && !text::ruby::is_kanji(chars[i])
                    && !chars[i].is_whitespace() =>
            {
                ruby_font.size
            }
            _ => 0.0,
        };
        let mut pads = vec![(0.0_f32, 0.0_f32); marked.ruby.len()];
        for (pad, ruby) in pads.iter_mut().zip(&marked.ruby) {
            let reading: f32 = ruby
                .reading
                .chars()
                .map(|c| fonts.glyph_width(ruby_font, c))
                .sum();
            let base: f32 = widths[ruby.base.clone()].iter().sum();
            let half = ((reading - base) / 2.0).max(0.0);
            let before = (half - overhang(ruby.base.start.checked_sub(1))).max(0.0);
            let after = (half - overhang(Some(ruby.base.end))).max(0.0);
            *pad = (before, after);
            widths[ruby.base.start] += before;
            widths[ruby.base.end - 1] += after;
        }
        pads
    }

    fn fill(
        &self,
        fonts: &mut egui::epaint::text::FontsView<'_>,
        marked: &Marked,
        breaks: &Breaks,
        max_width: f32,
    ) -> Laid {
        let chars: Vec<char> = marked.plain.chars().collect();
        // A newline takes no room.
        let mut widths: Vec<f32> = chars
            .iter()
            .map(|&c| fonts.glyph_width(&self.font, c) * f32::from(u8::from(c != '\n')))
            .collect();
        let ruby_font = FontId::new(ruby_size(self.font.size), theme::regular(1.0).family);
        let pads = Self::pads(fonts, marked, &chars, &mut widths, &ruby_font);
        let ranges = text::fill(&chars, &widths, breaks, max_width);
        let band = if marked.ruby.is_empty() {
            0.0
        } else {
            // Readings sit in the leading above the line where they fit, and need more room
            // only where they do not.
            let leading = self.line_height - fonts.row_height(&self.font);
            (fonts.row_height(&ruby_font) + 2.0 - leading).max(0.0)
        };
        let format = TextFormat {
            font_id: self.font.clone(),
            // Set to the drawn colour when painted.
            color: self.color.unwrap_or_default(),
            line_height: Some(self.line_height),
            ..TextFormat::default()
        };
        let mut lines = Vec::with_capacity(ranges.len());
        for range in ranges {
            let mut end = range.end;
            while end > range.start && chars[end - 1].is_whitespace() {
                end -= 1;
            }
            let line_text: String = chars[range.start..end].iter().collect();
            let width: f32 = widths[range.start..end].iter().sum();
            let mut sections = Vec::new();
            let mut ruby = Vec::new();
            let mut section_start = range.start;
            let mut leading = 0.0;
            let byte = |i: usize| -> ByteIndex {
                ByteIndex(chars[range.start..i].iter().map(|c| c.len_utf8()).sum())
            };
            for (pad, r) in pads.iter().zip(&marked.ruby) {
                if r.base.start < range.start || r.base.end > end {
                    continue;
                }
                if r.base.start > section_start {
                    sections.push(LayoutSection {
                        leading_space: leading,
                        byte_range: byte(section_start)..byte(r.base.start),
                        format: format.clone(),
                    });
                    leading = 0.0;
                }
                sections.push(LayoutSection {
                    leading_space: leading + pad.0,
                    byte_range: byte(r.base.start)..byte(r.base.end),
                    format: format.clone(),
                });
                leading = pad.1;
                section_start = r.base.end;
                ruby.push((
                    r.base.start - range.start..r.base.end - range.start,
                    r.reading.clone(),
                ));
            }
            if end > section_start || sections.is_empty() {
                sections.push(LayoutSection {
                    leading_space: leading,
                    byte_range: byte(section_start)..byte(end.max(section_start)),
                    format: format.clone(),
                });
            }
            let phrase_width = phrase_width_at(range.end, breaks, &widths);
            let xs = std::iter::once(0.0)
                .chain(widths[range.start..end].iter().scan(0.0, |x, w| {
                    *x += w;
                    Some(*x)
                }))
                .collect();
            lines.push(Line {
                xs,
                text: line_text,
                sections,
                ruby,
                width,
                chars: range.len(),
                hard_end: breaks.mandatory.get(range.end).copied().unwrap_or(false),
                phrase_width,
            });
        }
        let width = lines.iter().map(|l| l.width).fold(0.0, f32::max);
        Laid {
            source: self.text.to_owned(),
            script: self.script,
            font: self.font.clone(),
            max_width,
            ruby_total: marked.ruby.len(),
            ruby_drawn: lines.iter().map(|l| l.ruby.len()).sum(),
            term_memo: std::sync::Mutex::new(None),
            plain: marked.plain.clone(),
            readings: marked.readings_description(),
            lines,
            band,
            width,
        }
    }
}

/// Whether a block has no glossary to mark (so it has nothing to do off screen).
fn uses_no_terms(terms: Option<&super::glossary::TermMarks>) -> bool {
    terms.is_none_or(|marks| marks.terms.is_empty())
}

/// When a line ends at `end` inside a phrase: the width of that phrase (else 0).
fn phrase_width_at(end: usize, breaks: &Breaks, widths: &[f32]) -> f32 {
    let n = widths.len();
    if end >= n || breaks.phrase[end] {
        return 0.0;
    }
    let from = (0..end).rev().find(|&i| breaks.phrase[i]).unwrap_or(0);
    let to = (end..=n).find(|&i| breaks.phrase[i]).unwrap_or(n);
    widths[from..to].iter().sum()
}

impl Widget for Prose<'_> {
    #[expect(
        clippy::too_many_lines,
        reason = "one pass over the lines: each line's galley, its readings and its glossary \
                  terms are placed from the same positions"
    )]
    fn ui(self, ui: &mut Ui) -> Response {
        let color = self.color.unwrap_or_else(|| ui.visuals().text_color());
        let max_width = ui.available_width().max(1.0);
        let laid = self.lay_out(ui.ctx(), max_width);
        let record = ui.data_mut(|d| d.get_temp_mut_or_default::<Record>(egui::Id::NULL).clone());
        if let Some(list) = record.0.lock().as_mut() {
            list.push(Arc::clone(&laid));
        }
        let row = laid.band + self.line_height;
        // Lines, not pixels: a block has a few dozen at most.
        let lines = u16::try_from(laid.lines.len().max(1)).unwrap_or(u16::MAX);
        let height = row * f32::from(lines);
        // Centred lines only in a centred column (a row's cross alignment is vertical).
        let centred =
            !ui.layout().is_horizontal() && ui.layout().horizontal_align() == Align::Center;
        let width = if ui.layout().horizontal_justify() {
            max_width
        } else {
            laid.width.min(max_width).max(1.0)
        };
        let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), &laid.plain)
        });
        if !laid.readings.is_empty() {
            let readings = laid.readings.clone();
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_description(readings);
            });
        }
        // Off screen, nothing is painted, but a glossary term still needs its button, for
        // a screen reader reads the whole page.
        let visible = ui.is_rect_visible(rect);
        // A sentence read aloud below the view is placed, to be scrolled to.
        let must_scroll = self.highlight.is_some_and(|(_, _, scroll)| scroll);
        if !visible && uses_no_terms(self.terms) && !must_scroll {
            return response;
        }
        let ruby_font = FontId::new(ruby_size(self.font.size), theme::regular(1.0).family);
        // The glossary terms this block uses first on its page.
        let uses = self.terms.map(|marks| {
            let mut marked = marks.marked.borrow_mut();
            let mut memo = laid
                .term_memo
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((before, found, added)) = memo.as_ref()
                && *before == *marked
            {
                marked.extend(added.iter().cloned());
                return (marks, found.clone());
            }
            let before = marked.clone();
            let found =
                crate::content::glossary::first_uses(&laid.plain, &marks.terms, &mut marked);
            let added = marked[before.len()..].to_vec();
            *memo = Some((before, found.clone(), added));
            (marks, found)
        });
        let mut line_start = 0;
        let glyph_height = ui.fonts_mut(|f| f.row_height(&self.font));
        let painter = ui.painter().clone();
        let mut top = rect.top() + laid.band;
        for line in &laid.lines {
            // Off screen, a line is not shaped: its terms are placed from the measured widths.
            let galley = visible.then(|| {
                let mut job = LayoutJob {
                    text: line.text.clone(),
                    sections: line.sections.clone(),
                    wrap: egui::text::TextWrapping::no_max_width(),
                    break_on_newline: false,
                    ..LayoutJob::default()
                };
                for section in &mut job.sections {
                    section.format.color = color;
                }
                ui.fonts_mut(|f| f.layout_job(job))
            });
            let line_width = galley.as_ref().map_or(line.width, |g| g.size().x);
            let x = if centred {
                rect.center().x - line_width / 2.0
            } else {
                rect.left()
            };
            let at = |k: usize| match &galley {
                Some(galley) => galley.pos_from_cursor(CCursor::new(k)).min.x,
                None => line.xs.get(k).copied().unwrap_or(line.width),
            };
            let origin = egui::pos2(x, top);
            if let Some(((start, end), background, scroll)) = self.highlight {
                let line_len = line.text.chars().count();
                let from = start.max(line_start);
                let to = end.min(line_start + line_len);
                if from < to {
                    let band = egui::Rect::from_min_max(
                        egui::pos2(x + at(from - line_start), top - laid.band),
                        egui::pos2(x + at(to - line_start), top + self.line_height),
                    );
                    if visible {
                        painter.rect_filled(band, 4.0, background);
                    }
                    if scroll && from == start {
                        // Its first line in the middle of the view, so what follows shows too.
                        ui.scroll_to_rect(band, Some(Align::Center));
                    }
                }
            }
            for (range, reading) in &line.ruby {
                let centre = x + f32::midpoint(at(range.start), at(range.end));
                // Just above the base's glyphs, which sit in the middle of the line.
                let glyph_top = top + (self.line_height - glyph_height) / 2.0;
                if visible {
                    painter.text(
                        egui::pos2(centre, glyph_top + 1.0),
                        Align2::CENTER_BOTTOM,
                        reading,
                        ruby_font.clone(),
                        color,
                    );
                }
            }
            if let Some((marks, found)) = &uses {
                let line_len = line.text.chars().count();
                for (range, index) in found {
                    let from = range.start.max(line_start);
                    let to = range.end.min(line_start + line_len);
                    if from >= to {
                        continue;
                    }
                    let left = at(from - line_start);
                    let right = at(to - line_start);
                    let glyph_bottom = top + f32::midpoint(self.line_height, glyph_height);
                    let a = egui::pos2(x + left, glyph_bottom + 2.0);
                    let b = egui::pos2(x + right, glyph_bottom + 2.0);
                    // Dotted, not colour alone: a term reads as a term in any theme.
                    if visible {
                        painter.extend(egui::Shape::dotted_line(
                            &[a, b],
                            color,
                            (self.font.size / 7.0).max(3.0),
                            (self.font.size / 18.0).max(1.5),
                        ));
                    }
                    let target = egui::Rect::from_min_max(
                        egui::pos2(a.x, top - laid.band),
                        egui::pos2(b.x, top + self.line_height),
                    );
                    let id = response.id.with(("term", *index, from));
                    // A term parted by a line break is one button, on its first line; its
                    // second part answers a touch too, but is no second stop for a keyboard
                    // or a screen reader.
                    let first_part = from == range.start;
                    let sense = if first_part {
                        Sense::click()
                    } else {
                        Sense::CLICK
                    };
                    let touched = ui.interact(target, id, sense);
                    if first_part {
                        let label = marks.labels.get(*index).cloned().unwrap_or_default();
                        touched.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone())
                        });
                    }
                    if touched.clicked() {
                        marks.touched.set(Some(*index));
                    }
                    super::widgets::focus_ring(ui, &touched, marks.palette);
                }
            }
            line_start += line.chars;
            if let Some(galley) = galley {
                painter.galley(origin, galley, color);
            }
            top += row;
        }
        response
    }
}
