//! Design tokens: every size and colour the kiosk draws with, for both themes. Nothing else
//! in the code names a size in points or a colour.

use egui::{Color32, FontFamily, FontId};

use crate::content::Tone;
use crate::model::TextScale;

/// The bold face's family name in egui's font definitions.
pub const BOLD_FAMILY: &str = "bold";

/// Smallest height and width of anything a finger can press, in points, at 100 %.
pub const MIN_TOUCH: f32 = 72.0;
/// The very large entries and the idle "keep reading" button.
pub const HERO_TOUCH: f32 = 160.0;
/// Body text at 100 %.
pub const BODY: f32 = 28.0;
/// A page's lead sentence at 100 %.
pub const LEAD: f32 = 32.0;
/// Sub-headings and card titles at 100 %.
pub const HEADING: f32 = 32.0;
/// A page title at 100 %.
pub const TITLE: f32 = 42.0;
/// The home screen's title.
pub const HOME_TITLE: f32 = 60.0;
/// Text on buttons and in the top bar at 100 %.
pub const CHROME: f32 = 28.0;
/// Source line, review date, captions at 100 %; never smaller than this.
pub const SMALL: f32 = 24.0;
/// The smallest reading (furigana) at 100 %: half of body text would be under it.
pub const RUBY_MIN: f32 = 15.0;
/// The invitation on the attract screen.
pub const ATTRACT: f32 = 76.0;
/// The idle countdown number.
pub const COUNTDOWN: f32 = 140.0;

/// The mark on the selected option of a switch, so the choice never shows by colour alone.
pub const CHECK_MARK: &str = "✓";

/// Line height of reading text, as a multiple of its size: wrapped Japanese lines need air.
pub const LINE_SPACING: f32 = 1.5;
/// Line height of a badge's words, for the rare badge wider than its row that must wrap.
pub const BADGE_LINE_SPACING: f32 = 1.3;
/// Widest a column of reading text gets, so lines stay short enough to follow.
pub const READING_WIDTH: f32 = 1180.0;
/// Outer margin of every screen.
pub const MARGIN: f32 = 24.0;
/// Space between items in a row or column.
pub const GAP: f32 = 16.0;
/// Space between blocks of a page.
pub const BLOCK_GAP: f32 = 22.0;
/// Space between the sections of a screen: a heading and its entries, a text and the buttons
/// that answer it.
pub const SECTION_GAP: f32 = GAP * 2.0;
/// A key of the staff PIN pad: wider than tall, so that a gloved finger hits one key.
pub const PIN_KEY: egui::Vec2 = egui::vec2(MIN_TOUCH * 2.2, MIN_TOUCH * 1.2);
/// The smallest page navigation button (home, back, next, previous), before text scaling.
pub const NAV_BUTTON: egui::Vec2 = egui::vec2(MIN_TOUCH * 2.6, MIN_TOUCH * 1.1);
/// Height of an entry in the staff menu (full width).
pub const MENU_ENTRY_HEIGHT: f32 = MIN_TOUCH * 1.2;
/// A settings stepper's − and + buttons.
pub const STEPPER_BUTTON: egui::Vec2 = egui::vec2(MIN_TOUCH * 1.5, MIN_TOUCH);
/// The close button of a staff dialog.
pub const CLOSE_BUTTON: egui::Vec2 = egui::vec2(MIN_TOUCH * 3.0, MIN_TOUCH);
/// Inside a card, a callout or a QR card.
pub const CARD_PADDING: egui::Margin = egui::Margin::same(20);
/// Inside a home-screen track entry.
pub const ENTRY_PADDING: egui::Margin = egui::Margin::same(28);
/// Inside the top and bottom bars, and the "read" pill of a track entry.
pub const BAR_PADDING: egui::Margin = egui::Margin::symmetric(24, 12);
/// Around the reading area.
pub const CENTRAL_PADDING: egui::Margin = egui::Margin::same(12);
/// Inside a badge.
pub const BADGE_PADDING: egui::Margin = egui::Margin::symmetric(12, 6);
/// Inside the idle-warning dialog.
pub const DIALOG_PADDING: egui::Margin = egui::Margin::same(32);
/// Widest the idle-warning dialog gets.
pub const DIALOG_WIDTH: f32 = 1100.0;
/// Room the idle-warning dialog takes, centred on the screen.
pub const DIALOG_HEIGHT: f32 = 640.0;
/// Widest the PIN pad and the staff menu get.
pub const STAFF_WIDTH: f32 = 900.0;
/// Widest the staff settings screen gets.
pub const SETTINGS_WIDTH: f32 = 1200.0;
/// Outline of buttons and progress dots.
pub const OUTLINE: f32 = 2.0;
/// Width of the ring around the focused control, for keyboard and switch users.
pub const FOCUS_RING: f32 = 4.0;
/// Gap between a focused control and its ring, so the ring never merges with the outline.
pub const FOCUS_GAP: f32 = 3.0;
/// Rounding of buttons, cards and callouts.
pub const RADIUS: u8 = 14;
/// Border width of callouts, cards and badges.
pub const BORDER: f32 = 3.0;
/// Side of one QR code, in points.
pub const QR_SIDE: f32 = 220.0;
/// Width of a QR card: the code and a caption of a few words a line.
pub const QR_CARD_WIDTH: f32 = 320.0;
/// A page's figure at 100 %: it grows with the text size, and never beyond the reading
/// column.
pub const FIGURE_WIDTH: f32 = 560.0;
/// The emblem on a track's entry on the home screen, at 100 %.
pub const TRACK_FIGURE_WIDTH: f32 = 240.0;
/// The widest a figure's label grows before its words wrap, as a share of the figure's width.
pub const FIGURE_LABEL_SHARE: f32 = 250.0 / 800.0;
/// The widest a label grows when it touches no other label, as a share of the figure's width.
pub const FIGURE_LABEL_WIDE_SHARE: f32 = 0.4;
/// The smallest a figure's label gets when the figure is fitted into a small screen.
pub const FIGURE_LABEL_MIN: f32 = 18.0;
/// A figure is at most this share of the height the reading area shows, so it is always
/// seen whole, labels and all.
pub const FIGURE_MAX_VIEW_SHARE: f32 = 0.72;
/// On a screen less tall than this (a 720p panel), the legend of the two tags scrolls with
/// the page, at its top, rather than staying in the bottom bar: the fixed bars would leave
/// the page only a strip.
pub const SHORT_SCREEN: f32 = 900.0;
/// A figure stands beside the text only if the reading column keeps at least this many
/// characters of body text a line; otherwise it stands above the text.
pub const MIN_COLUMN_CHARS: f32 = 30.0;
/// Side of the square in each top corner that takes part in the staff gesture.
pub const STAFF_CORNER: f32 = 110.0;
/// Width of the always-visible scroll bar, so the position on a long page shows.
pub const SCROLL_BAR_WIDTH: f32 = 14.0;
/// Progress dots: diameter and spacing.
pub const DOT: f32 = 18.0;
/// How far the attract screen's content drifts, in points, to spare the panel from burn-in.
pub const ATTRACT_DRIFT: f32 = 60.0;
/// Seconds between attract-screen frames: the content shifts by at most about 20 points every
/// two minutes, which spares the panel as well as continuous motion would. A frame costs
/// about 50 ms of CPU with software rendering at 1920×1080 (`scripts/bench.sh`), so a step
/// every 2 s cost 2.5 % of one core while the kiosk waited; every 2 minutes it is under 0.1 %.
pub const ATTRACT_FRAME_SECS: f32 = 120.0;

/// Body text grows with the visitor's text size; buttons and bars grow less, so that the
/// reading area keeps most of the screen at 200 %.
pub fn chrome_factor(scale: TextScale) -> f32 {
    1.0 + (scale.factor() - 1.0) * 0.15
}

/// The regular face at `size` points.
pub fn regular(size: f32) -> FontId {
    FontId::new(size, FontFamily::Proportional)
}

/// The bold face at `size` points.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD_FAMILY.into()))
}

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Screen background.
    pub background: Color32,
    /// Top and bottom bars.
    pub bar: Color32,
    /// Reading text.
    pub text: Color32,
    /// Secondary text: captions, source line.
    pub weak_text: Color32,
    /// Headings and the track name.
    pub accent: Color32,
    /// Ordinary buttons.
    pub button: Color32,
    /// Text on ordinary buttons.
    pub button_text: Color32,
    /// The selected option of a switch, and the primary button.
    pub selected: Color32,
    /// Text on a selected option or primary button.
    pub selected_text: Color32,
    /// Outline of buttons and cards.
    pub outline: Color32,
    /// Background of a safety callout.
    pub callout: Color32,
    /// Border of a safety callout.
    pub callout_border: Color32,
    /// Words of a notice or warning on the staff screens.
    pub notice_text: Color32,
    /// Background of a card.
    pub card: Color32,
    /// Proven-immunotherapy badge background.
    pub proven: Color32,
    /// Proven-immunotherapy badge text.
    pub proven_text: Color32,
    /// Broad-sense badge background.
    pub caution: Color32,
    /// Broad-sense badge text.
    pub caution_text: Color32,
    /// Veil behind a dialog.
    pub veil: Color32,
    /// The attract screen's soft shapes.
    pub attract_shape: Color32,
    /// The ring around the focused control.
    pub focus: Color32,
    /// Behind a QR code: always white, scanners need the quiet zone.
    pub qr_light: Color32,
    /// The QR modules: always black.
    pub qr_dark: Color32,
    /// Figures: outlines, arrows and marks.
    pub figure_ink: Color32,
    /// Figures: plain fills.
    pub figure_paper: Color32,
    /// Figures: the immune system's side (T cells, antibodies).
    pub figure_immune: Color32,
    /// Figures: cancer cells, the brake, warnings.
    pub figure_cancer: Color32,
    /// Behind the sentence being read aloud.
    pub spoken: Color32,
}

/// The tint that draws an image as it is (a figure's raster is already in the theme's
/// colours).
pub const NO_TINT: Color32 = Color32::WHITE;

/// The calm default theme: dark text on warm white, blue accents.
#[expect(
    clippy::disallowed_methods,
    reason = "the palettes are where colours are made"
)]
pub const STANDARD: Palette = Palette {
    background: Color32::from_rgb(0xFA, 0xF8, 0xF3),
    bar: Color32::from_rgb(0xE6, 0xEE, 0xF4),
    text: Color32::from_rgb(0x1C, 0x1C, 0x1C),
    weak_text: Color32::from_rgb(0x4A, 0x4A, 0x4A),
    accent: Color32::from_rgb(0x0B, 0x4F, 0x7C),
    button: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    button_text: Color32::from_rgb(0x0B, 0x3C, 0x5D),
    selected: Color32::from_rgb(0x0B, 0x4F, 0x7C),
    selected_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    outline: Color32::from_rgb(0x6B, 0x8B, 0xA4),
    callout: Color32::from_rgb(0xFF, 0xF1, 0xDC),
    callout_border: Color32::from_rgb(0xB4, 0x53, 0x09),
    notice_text: Color32::from_rgb(0x8A, 0x36, 0x04),
    card: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    proven: Color32::from_rgb(0x15, 0x5A, 0x2F),
    proven_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    caution: Color32::from_rgb(0x8A, 0x36, 0x04),
    caution_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    veil: Color32::from_rgba_premultiplied(0x10, 0x18, 0x20, 0xC8),
    attract_shape: Color32::from_rgb(0xDC, 0xE9, 0xF2),
    focus: Color32::from_rgb(0xA0, 0x19, 0x7A),
    qr_light: Color32::WHITE,
    qr_dark: Color32::BLACK,
    // The colours the drawings are authored in (`figures::SLOTS`): the standard theme shows
    // them as drawn.
    figure_ink: Color32::from_rgb(0x1C, 0x1C, 0x1C),
    figure_paper: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    figure_immune: Color32::from_rgb(0x9F, 0xC5, 0xE8),
    figure_cancer: Color32::from_rgb(0xF4, 0xB1, 0x83),
    spoken: Color32::from_rgb(0xFF, 0xE9, 0x8A),
};

/// High contrast: white and yellow on black.
#[expect(
    clippy::disallowed_methods,
    reason = "the palettes are where colours are made"
)]
pub const HIGH_CONTRAST: Palette = Palette {
    background: Color32::from_rgb(0x00, 0x00, 0x00),
    bar: Color32::from_rgb(0x1A, 0x1A, 0x1A),
    text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    weak_text: Color32::from_rgb(0xE6, 0xE6, 0xE6),
    accent: Color32::from_rgb(0xFF, 0xE0, 0x4D),
    button: Color32::from_rgb(0x00, 0x00, 0x00),
    button_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    selected: Color32::from_rgb(0xFF, 0xE0, 0x4D),
    selected_text: Color32::from_rgb(0x00, 0x00, 0x00),
    outline: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    callout: Color32::from_rgb(0x00, 0x00, 0x00),
    callout_border: Color32::from_rgb(0xFF, 0xE0, 0x4D),
    notice_text: Color32::from_rgb(0xFF, 0xB0, 0x4D),
    card: Color32::from_rgb(0x00, 0x00, 0x00),
    proven: Color32::from_rgb(0x7C, 0xF0, 0x9A),
    proven_text: Color32::from_rgb(0x00, 0x00, 0x00),
    caution: Color32::from_rgb(0xFF, 0xB0, 0x4D),
    caution_text: Color32::from_rgb(0x00, 0x00, 0x00),
    veil: Color32::from_rgba_premultiplied(0x00, 0x00, 0x00, 0xE6),
    attract_shape: Color32::from_rgb(0x22, 0x22, 0x22),
    focus: Color32::from_rgb(0x4D, 0xD8, 0xFF),
    qr_light: Color32::WHITE,
    qr_dark: Color32::BLACK,
    // White outlines on black, with deep fills, so every outline stands out from what it
    // bounds.
    figure_ink: Color32::from_rgb(0xFF, 0xFF, 0xFF),
    figure_paper: Color32::from_rgb(0x00, 0x00, 0x00),
    figure_immune: Color32::from_rgb(0x00, 0x3A, 0x70),
    figure_cancer: Color32::from_rgb(0x6B, 0x2E, 0x00),
    spoken: Color32::from_rgb(0x00, 0x3A, 0x70),
};

/// The palette for the visitor's contrast choice.
pub fn palette(high_contrast: bool) -> &'static Palette {
    if high_contrast {
        &HIGH_CONTRAST
    } else {
        &STANDARD
    }
}

impl Palette {
    /// Background and text colour of a badge.
    pub fn tone(&self, tone: Tone) -> (Color32, Color32) {
        match tone {
            Tone::Proven => (self.proven, self.proven_text),
            Tone::Caution => (self.caution, self.caution_text),
        }
    }
}

/// What a colour pair is for, and so how much contrast it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairKind {
    /// Text of any size: held to the body-text level, 7:1.
    Text,
    /// Badge text, bold and at least 24 px: large text, 4.5:1.
    LargeText,
    /// Focus rings, outlines, badges and dots against what surrounds them: 3:1.
    NonText,
}

/// One colour drawn on another somewhere on the screens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColourPair {
    /// Where it is used.
    pub what: &'static str,
    /// The colour in front.
    pub front: Color32,
    /// The colour behind it.
    pub back: Color32,
    /// What it is for.
    pub kind: PairKind,
}

impl Palette {
    /// Every pair of colours the screens draw one on the other. Destructured in full, so a
    /// new colour does not compile until its pairs are listed here (and so tested).
    pub fn colour_pairs(&self) -> Vec<ColourPair> {
        use PairKind::{LargeText, NonText, Text};
        let Palette {
            background,
            bar,
            text,
            weak_text,
            accent,
            button,
            button_text,
            selected,
            selected_text,
            outline,
            callout,
            callout_border,
            notice_text,
            card,
            proven,
            proven_text,
            caution,
            caution_text,
            veil: _,
            attract_shape,
            focus,
            qr_light,
            qr_dark,
            figure_ink,
            figure_paper,
            figure_immune,
            figure_cancer,
            spoken,
        } = *self;
        let pair = |what, front, back, kind| ColourPair {
            what,
            front,
            back,
            kind,
        };
        let mut pairs = Vec::new();
        for (surface, back) in [
            ("screen", background),
            ("bar", bar),
            ("card", card),
            ("callout", callout),
            ("sentence read aloud", spoken),
        ] {
            pairs.push(pair(surface, text, back, Text));
            pairs.push(pair(surface, weak_text, back, Text));
            pairs.push(pair(surface, accent, back, Text));
            pairs.push(pair(surface, focus, back, NonText));
        }
        pairs.extend([
            pair("attract text", text, attract_shape, Text),
            pair("attract subtitle", weak_text, attract_shape, Text),
            pair("button", button_text, button, Text),
            pair("selected option", selected_text, selected, Text),
            pair("badge: proven", proven_text, proven, LargeText),
            pair("badge: broad sense", caution_text, caution, LargeText),
            pair("badge on screen: proven", proven, background, NonText),
            pair("badge on bar: proven", proven, bar, NonText),
            pair("badge on screen: broad sense", caution, background, NonText),
            pair("badge on bar: broad sense", caution, bar, NonText),
            pair("button outline on screen", outline, background, NonText),
            pair("button outline on bar", outline, bar, NonText),
            pair("button outline on card", outline, card, NonText),
            // The ring stands a gap away from the control, on the surface around it, and
            // that is what it must stand out from (each surface is listed above).
            pair("staff notice", notice_text, background, Text),
            pair("staff notice on a card", notice_text, card, Text),
            pair("callout border", callout_border, callout, NonText),
            pair(
                "callout border on screen",
                callout_border,
                background,
                NonText,
            ),
            pair("current page dot", accent, bar, NonText),
            pair("other page dots", outline, bar, NonText),
            pair("QR code", qr_dark, qr_light, NonText),
            // A figure's shapes are told apart by their ink outlines (WCAG 1.4.11), and
            // its labels sit on card-coloured boxes (the "card" pairs above).
            pair("figure outline on screen", figure_ink, background, NonText),
            pair("figure outline on card", figure_ink, card, NonText),
            pair("figure outline on paper", figure_ink, figure_paper, NonText),
            pair(
                "figure outline on immune",
                figure_ink,
                figure_immune,
                NonText,
            ),
            pair(
                "figure outline on cancer",
                figure_ink,
                figure_cancer,
                NonText,
            ),
        ]);
        pairs
    }
}

impl Palette {
    /// The theme's colours for a figure's four slots.
    pub fn figure_colours(&self) -> crate::figures::FigureColours {
        let rgb = |c: Color32| [c.r(), c.g(), c.b()];
        crate::figures::FigureColours {
            ink: rgb(self.figure_ink),
            paper: rgb(self.figure_paper),
            immune: rgb(self.figure_immune),
            cancer: rgb(self.figure_cancer),
        }
    }
}

/// egui's own visuals for the palette: widget fills, text, selection off.
pub fn visuals(palette: &Palette) -> egui::Visuals {
    let mut visuals = if palette.background == HIGH_CONTRAST.background {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.panel_fill = palette.background;
    visuals.window_fill = palette.background;
    visuals.extreme_bg_color = palette.background;
    visuals.override_text_color = Some(palette.text);
    visuals.widgets.inactive.weak_bg_fill = palette.button;
    visuals.widgets.inactive.bg_fill = palette.button;
    visuals.widgets.hovered.weak_bg_fill = palette.bar;
    visuals.widgets.active.weak_bg_fill = palette.bar;
    visuals.widgets.inactive.fg_stroke.color = palette.button_text;
    visuals.widgets.hovered.fg_stroke.color = palette.button_text;
    visuals.widgets.active.fg_stroke.color = palette.button_text;
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(OUTLINE, palette.outline);
    visuals.widgets.hovered.bg_stroke = egui::Stroke::new(OUTLINE, palette.outline);
    visuals.widgets.active.bg_stroke = egui::Stroke::new(BORDER, palette.accent);
    visuals.widgets.noninteractive.fg_stroke.color = palette.text;
    visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, palette.outline);
    visuals.extreme_bg_color = palette.bar;
    // Disabled controls show their state in their own drawing (see `BigButton`), never by a
    // fade that would drop their words below the contrast the rest of the screen keeps.
    visuals.disabled_alpha = 1.0;
    visuals
}

/// Spacing and interaction sizes for fingers.
pub fn apply_spacing(style: &mut egui::Style) {
    style.spacing.item_spacing = egui::vec2(GAP, GAP * 0.75);
    style.spacing.button_padding = egui::vec2(GAP * 1.5, GAP * 0.75);
    style.spacing.interact_size = egui::vec2(MIN_TOUCH, MIN_TOUCH);
    style.spacing.scroll.bar_width = SCROLL_BAR_WIDTH;
    style.spacing.scroll.floating = false;
    // No fade at the edges of a scrolling area: it greys the last visible line, which reads
    // as disabled text and drops below the contrast every other line keeps.
    style.spacing.scroll.fade.strength = 0.0;
    style.interaction.selectable_labels = false;
    style.interaction.multi_widget_text_select = false;
    // Finger taps: a resting or slightly drifting finger still counts as a tap.
    style.interaction.interact_radius = 0.0;
}

/// A tap is a tap even when an elderly finger rests a while or drifts a little.
pub fn touch_input_options(options: &mut egui::InputOptions) {
    options.max_click_duration = 2.5;
    options.max_click_dist = 24.0;
}

/// The largest texture the kiosk asks for, and so the glyph atlas's width and the height
/// at which it starts over (see `KioskApp::raw_input_hook`).
pub const MAX_TEXTURE_SIDE: usize = 4096;
