//! The shape of `assets/content.ron`: order and structure only, never words.
//!
//! Every string in here that a person reads is a Fluent message id, looked up in
//! `locales/<lang>/*.ftl`. A page's title and lead are implied by its id:
//! `<page-id>-title` and `<page-id>-lead`.

use serde::Deserialize;

/// The whole content set: two tracks of pages, the tags that mark proven and unproven
/// immunotherapy, the links shown as QR codes, and the review date.
///
/// `Default` is the empty set, for walking a lone page outside any content.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContentSpec {
    /// When the medical content was last checked against its sources, shown on every page.
    pub reviewed: ReviewDate,
    /// The tags a page or card can carry (badge text, icon, tone).
    pub tags: Vec<TagSpec>,
    /// Every external resource, shown only as a QR code with a caption.
    pub links: Vec<LinkSpec>,
    /// The sources a page can cite on its source line.
    pub sources: Vec<SourceSpec>,
    /// One word for one thing: per locale, the variants the content must not use and the
    /// form to use instead. Kept here, with the content, so an editor can change the list
    /// without touching the program; `check-content` enforces it.
    #[serde(default)]
    pub terms: Vec<TermSpec>,
    /// The longest sentence `check-content` accepts, per locale, in characters on the line
    /// (ruby readings not counted): long sentences are hard to follow on a screen.
    #[serde(default)]
    pub max_sentence_chars: Vec<(String, usize)>,
    /// The "core" track (5 points) then the "details" track (6 sections).
    pub tracks: Vec<TrackSpec>,
    /// The "about this information" page: general note, sources, review date.
    pub about: Vec<Block>,
}

impl ContentSpec {
    /// Reads `content.ron`. `Figure(id: …)` is written as the other blocks are, not
    /// `Figure((id: …))`: RON's `unwrap_variant_newtypes` is on.
    ///
    /// # Errors
    /// The position and cause of the first thing that does not parse.
    pub fn parse(text: &str) -> Result<Self, ron::error::SpannedError> {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
            .from_str(text)
    }
}

/// A calendar date; formatted per locale by the `content-reviewed` message.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ReviewDate {
    /// Four-digit year.
    pub year: u16,
    /// 1-12.
    pub month: u8,
    /// 1-31.
    pub day: u8,
}

/// How a tag is coloured; the colours themselves live in `ui/theme.rs`.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum Tone {
    /// Treatment whose effect is scientifically proven.
    Proven,
    /// Everything called immunotherapy, including the unproven: take care.
    Caution,
}

/// A badge: text from Fluent, an icon glyph, and a tone. Never colour alone.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TagSpec {
    /// Referenced by pages and cards, e.g. `"proven"`.
    pub id: String,
    /// Fluent id of the badge text.
    pub label: String,
    /// A single glyph drawn before the label (must exist in the bundled font).
    pub icon: String,
    /// Which theme colour the badge uses.
    pub tone: Tone,
}

/// An external resource. The kiosk never opens it; it shows a QR code and a caption.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LinkSpec {
    /// Referenced by `Block::Links`, e.g. `"ganjoho-immunotherapy"`.
    pub id: String,
    /// Must be `https://`.
    pub url: String,
    /// Fluent id of the caption that says where the code leads.
    pub caption: String,
}

/// A source a page is based on.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    /// Referenced by `PageSpec::sources`.
    pub id: String,
    /// Fluent id of the source's name.
    pub label: String,
    /// The source is one named clinical trial (its published report): a page that gives a
    /// trial's figures must cite one, so a patient never reads a trial's number as the
    /// National Cancer Center's.
    #[serde(default)]
    pub trial: bool,
}

/// One thing the content names with one word in one locale.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TermSpec {
    /// The locale the rule applies to, e.g. `"ja"`.
    pub lang: String,
    /// The form to use.
    #[serde(rename = "use")]
    pub preferred: String,
    /// Variants that mean the same thing and must not appear.
    pub not: Vec<String>,
    /// Longer words that contain a variant but are right as they are (the preferred form
    /// always is), e.g. 保険診療 contains 保険.
    #[serde(default)]
    pub except: Vec<String>,
}

/// One track of pages.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TrackSpec {
    /// `"core"` or `"details"`; Fluent ids `track-<id>-title` and `track-<id>-summary` name it.
    pub id: String,
    /// The largest number of characters a page of this track may have, per locale
    /// (title, lead and every block, counted in Unicode scalar values).
    pub max_chars: Vec<(String, usize)>,
    /// The pages, in reading order.
    pub pages: Vec<PageSpec>,
    /// The emblem on the track's entry on the home screen.
    #[serde(default)]
    pub figure: Option<FigureSpec>,
}

/// One page: title and lead come from `<id>-title` and `<id>-lead`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PageSpec {
    /// E.g. `"core-3"`, `"detail-5"`.
    pub id: String,
    /// A tag for the whole page, if it is about one side of the distinction.
    #[serde(default)]
    pub tag: Option<String>,
    /// Ids of `ContentSpec::sources`, shown on the source line.
    pub sources: Vec<String>,
    /// The body.
    pub blocks: Vec<Block>,
}

/// A piece of a page body.
///
/// Unknown fields are refused here too: a misspelt `tag` on a card would otherwise drop its
/// proven / broad-sense badge without a word.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Block {
    /// A sub-heading (Fluent id).
    Heading(String),
    /// A short paragraph (Fluent id).
    Paragraph(String),
    /// A bullet list, one Fluent id per item.
    Bullets(Vec<String>),
    /// A highlighted safety box with a title and its own blocks.
    Callout {
        /// Fluent id of the callout's title.
        title: String,
        /// The callout's contents.
        blocks: Vec<Block>,
    },
    /// A card: a titled group, optionally tagged proven / broad sense.
    Card {
        /// Fluent id of the card's title.
        title: String,
        /// Tag id, if the card is about one side of the distinction.
        #[serde(default)]
        tag: Option<String>,
        /// The card's contents.
        blocks: Vec<Block>,
    },
    /// A row of QR codes, by link id.
    Links(Vec<String>),
    /// The hospital's own consultation desk from the config, or the general advice when
    /// none is configured.
    Consultation,
    /// A drawing that explains one idea: written `Figure(id: …, alt: …, labels: [ … ])`.
    Figure(FigureSpec),
}

/// A figure: `assets/figures/<id>.svg`, which holds no words, with its alt text and the
/// labels drawn over it, all Fluent ids, so translating a figure is translating text.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FigureSpec {
    /// The drawing's file name without `.svg`, e.g. `"core-2"`.
    pub id: String,
    /// Fluent id of what the figure shows, for a screen reader and the export.
    pub alt: String,
    /// The words placed over the drawing.
    #[serde(default)]
    pub labels: Vec<LabelSpec>,
}

/// One word or phrase over a figure, centred at a point of the drawing.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LabelSpec {
    /// Fluent id of the label's words.
    pub text: String,
    /// Where its centre goes, in the drawing's own units (its `viewBox`), from the left.
    pub x: u16,
    /// Where its centre goes, in the drawing's own units, from the top.
    pub y: u16,
}
