//! What a page says, in reading order, as typed items with their words already resolved.
//!
//! Every reader of a page (the kiosk's screen, the exported site, the length budgets, and
//! later read-aloud and usage counts) walks the same [`Item`]s, so none of them spells a
//! Fluent id or repeats a rule such as "the next-track link comes after the last page". A new
//! kind of item is one new variant here: each reader matches items exhaustively, so the
//! compiler then lists every renderer that must learn it.

use super::Tone;

/// Words a person reads: a Fluent message and its text in the reader's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    /// The Fluent id (`core-3-title`): what a translator searches for, and a stable key for
    /// read-aloud caches and usage counts.
    pub id: String,
    /// The text with its variables filled in, falling back to Japanese; empty, never the raw
    /// id, when no locale has the message.
    pub text: String,
}

/// One piece of a page, in the order a reader meets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// Which track the page belongs to and where in it: "Five points · 3 / 5".
    Breadcrumb {
        /// The track's title.
        track: Message,
        /// "3 / 5" (`page-progress`).
        progress: Message,
    },
    /// The page's own tag: proven, or broad sense / unproven.
    Tag(Badge),
    /// The page's title.
    Title(Message),
    /// The sentence under the title.
    Lead(Message),
    /// A sub-heading of the body.
    Heading(Message),
    /// A paragraph of the body.
    Paragraph(Message),
    /// A bullet list, one message an item.
    Bullets(Vec<Message>),
    /// A highlighted safety box.
    Callout {
        /// Its title.
        title: Message,
        /// What it holds.
        body: Vec<Item>,
    },
    /// A titled group, optionally tagged proven / broad sense.
    Card {
        /// Its badge, if it is about one side of the distinction.
        tag: Option<Badge>,
        /// Its title.
        title: Message,
        /// What it holds.
        body: Vec<Item>,
    },
    /// A row of QR codes, then the hint on how to use them.
    QrCodes(QrRow),
    /// The hospital's consultation desk, or the general advice when none is configured.
    Consultation(Consultation),
    /// A drawing with its alt text and labels.
    Figure(Figure),
    /// At the end of a track, the way on to the other one.
    NextTrack(NextTrack),
    /// The sources the page is based on (`page-source`).
    SourceLine(Message),
    /// When the content was last reviewed (`content-reviewed`).
    Reviewed(Message),
}

/// A drawing that explains one idea. The drawing holds no words: what it shows is said by
/// its alt text, and its labels are messages placed over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// The drawing's id (`assets/figures/<id>.svg`).
    pub id: String,
    /// What the figure shows, for a screen reader, read-aloud and the export.
    pub alt: Message,
    /// The labels, in the order a reader meets them.
    pub labels: Vec<FigureLabel>,
}

/// A label over a figure, centred at a point in the drawing's own units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureLabel {
    /// The label's words.
    pub text: Message,
    /// Its centre, from the drawing's left edge.
    pub x: u16,
    /// Its centre, from the drawing's top edge.
    pub y: u16,
}

/// A tag's badge: icon and words, never colour alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    /// A single glyph drawn before the words.
    pub icon: String,
    /// Which colour the badge uses.
    pub tone: Tone,
    /// The badge's words.
    pub label: Message,
}

/// QR codes shown together, and the hint under them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrRow {
    /// The codes, in order; links the content does not define are left out.
    pub codes: Vec<QrCode>,
    /// How to use a code (`qr-hint`).
    pub hint: Message,
}

/// One external resource, shown only as a QR code with a caption: the kiosk never opens it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    /// Where the code leads.
    pub url: String,
    /// What is written under the code: a link's caption, or a desk's name.
    pub caption: String,
    /// The caption's Fluent id; `None` for a desk's name, which the settings give verbatim.
    pub caption_id: Option<String>,
    /// What a screen reader says for the image (`qr-alt`); the caption when the content
    /// has no such message.
    pub alt: Message,
}

/// Where a visitor can talk to someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Consultation {
    /// The hospital's own desk, from the settings.
    Desk(Desk),
    /// No desk configured: general advice and the national centres' codes.
    General {
        /// `consult-general-title`.
        title: Message,
        /// The advice, a message a paragraph.
        paragraphs: Vec<Message>,
        /// The national centres' codes.
        codes: QrRow,
    },
}

/// The hospital's consultation desk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Desk {
    /// `consult-desk-title`.
    pub title: Message,
    /// The desk's name as the settings give it.
    pub name: String,
    /// "Location: …", "Phone: …", "Hours: …", for the fields that are filled in.
    pub lines: Vec<Message>,
    /// The desk's web page as a code, if it has one (captioned with its name).
    pub code: Option<QrCode>,
}

/// The way on from the last page of a track to the other track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextTrack {
    /// The other track's index.
    pub track: usize,
    /// The id of the other track's first page, if it has any.
    pub first_page: Option<String>,
    /// "Go on to: …" (`page-next-track`).
    pub text: Message,
}

/// What the two badges mean, shown wherever a badge can appear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Legend {
    /// `legend-title`.
    pub title: Message,
    /// One entry a tone the content has a tag for: proven first, then broad sense.
    pub entries: Vec<LegendEntry>,
}

/// One badge of the legend and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    /// The tag's glyph.
    pub icon: String,
    /// The tag's colour.
    pub tone: Tone,
    /// The tag's words and their meaning (`legend-proven`, `legend-broad`).
    pub text: Message,
}

/// A track as the home screen offers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackEntry {
    /// The track's index, for opening it.
    pub index: usize,
    /// The track's id in `content.ron`.
    pub id: String,
    /// Its title.
    pub title: Message,
    /// What it covers.
    pub summary: Message,
    /// "5 pages" (`home-track-pages`).
    pub page_count: Message,
    /// Its pages, in order.
    pub pages: Vec<PageLink>,
    /// The emblem drawn on its entry, if the content has one.
    pub figure: Option<Figure>,
}

/// A page named by its title, for a table of contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLink {
    /// The page's id in `content.ron`.
    pub id: String,
    /// Its title.
    pub title: Message,
}

impl Item {
    /// Every message of this item and those inside it, in reading order: what read-aloud
    /// speaks and what usage counts see. A desk's name and a code's address are not
    /// messages and are not included.
    pub fn messages(&self) -> Vec<&Message> {
        let mut out = Vec::new();
        self.push_messages(&mut out);
        out
    }

    fn push_messages<'a>(&'a self, out: &mut Vec<&'a Message>) {
        let row = |row: &'a QrRow, out: &mut Vec<&'a Message>| {
            for code in &row.codes {
                out.push(&code.alt);
            }
            out.push(&row.hint);
        };
        match self {
            Self::Breadcrumb { track, progress } => out.extend([track, progress]),
            Self::Tag(badge) => out.push(&badge.label),
            Self::Title(m)
            | Self::Lead(m)
            | Self::Heading(m)
            | Self::Paragraph(m)
            | Self::SourceLine(m)
            | Self::Reviewed(m) => out.push(m),
            Self::Bullets(items) => out.extend(items),
            Self::Callout { title, body } => {
                out.push(title);
                for item in body {
                    item.push_messages(out);
                }
            }
            Self::Card { tag, title, body } => {
                out.extend(tag.iter().map(|badge| &badge.label));
                out.push(title);
                for item in body {
                    item.push_messages(out);
                }
            }
            Self::QrCodes(codes) => row(codes, out),
            Self::Consultation(Consultation::Desk(desk)) => {
                out.push(&desk.title);
                out.extend(&desk.lines);
                out.extend(desk.code.iter().map(|code| &code.alt));
            }
            Self::Consultation(Consultation::General {
                title,
                paragraphs,
                codes,
            }) => {
                out.push(title);
                out.extend(paragraphs);
                row(codes, out);
            }
            Self::NextTrack(next) => out.push(&next.text),
            Self::Figure(figure) => {
                out.push(&figure.alt);
                out.extend(figure.labels.iter().map(|label| &label.text));
            }
        }
    }
}
