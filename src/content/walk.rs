//! The page layer's walker: `content.ron`'s structure plus the words of one language become
//! the [`Item`]s a page shows, in reading order. Pure: no egui, no files, no clock.

use fluent_bundle::FluentValue;

use super::items::{
    Badge, Consultation, Desk, Figure, FigureLabel, Item, Legend, LegendEntry, Message, NextTrack,
    PageLink, QrCode, QrRow, TrackEntry,
};
use super::messages::{Localized, Messages};
use super::{Block, ContentSpec, FigureSpec, Library, PageSpec, Tone, ids as content_ids};
use crate::config::ConsultationDesk;
use crate::i18n::ids;

/// The items of page `page` of track `track` in `lang`, as a visitor reads them; empty if
/// there is no such page. `desk` is the consultation desk from the settings, if any.
#[must_use]
pub fn page_items(
    library: &Library,
    lang: &str,
    desk: Option<&ConsultationDesk>,
    track: usize,
    page: usize,
) -> Vec<Item> {
    walker(library, lang, desk).page(track, page)
}

/// The items of "about this information" in `lang`.
#[must_use]
pub fn about_items(library: &Library, lang: &str, desk: Option<&ConsultationDesk>) -> Vec<Item> {
    walker(library, lang, desk).about()
}

/// What the badges mean, in `lang`.
#[must_use]
pub fn legend(library: &Library, lang: &str) -> Legend {
    walker(library, lang, None).legend()
}

/// The tracks as the home screen offers them, in `lang`.
#[must_use]
pub fn track_entries(library: &Library, lang: &str) -> Vec<TrackEntry> {
    walker(library, lang, None).tracks()
}

fn walker<'a>(
    library: &'a Library,
    lang: &'a str,
    desk: Option<&'a ConsultationDesk>,
) -> Walker<'a, Localized<'a>> {
    let messages = Localized {
        i18n: &library.i18n,
        lang,
    };
    Walker::new(&library.spec, messages).with_desk(desk)
}

/// Walks a content structure with one source of words.
#[derive(Clone, Copy, Debug)]
pub struct Walker<'a, M> {
    spec: &'a ContentSpec,
    messages: M,
    desk: Option<&'a ConsultationDesk>,
}

impl<'a, M: Messages> Walker<'a, M> {
    /// A walker over `spec`, with no consultation desk configured.
    pub fn new(spec: &'a ContentSpec, messages: M) -> Self {
        Self {
            spec,
            messages,
            desk: None,
        }
    }

    /// The hospital's desk for the consultation block; one without a name counts as none,
    /// and the general advice is shown instead.
    #[must_use]
    pub fn with_desk(mut self, desk: Option<&'a ConsultationDesk>) -> Self {
        self.desk = desk.filter(|d| !d.name.trim().is_empty());
        self
    }

    /// A whole page: where it is, its tag, title, lead and body, the way on to the other
    /// track after a track's last page, the source line and the review date.
    pub fn page(&self, track: usize, page: usize) -> Vec<Item> {
        let Some(track_spec) = self.spec.tracks.get(track) else {
            return Vec::new();
        };
        let Some(spec) = track_spec.pages.get(page) else {
            return Vec::new();
        };
        let total = track_spec.pages.len();
        let mut items = vec![Item::Breadcrumb {
            track: self.message(&content_ids::track_title(&track_spec.id)),
            progress: self.message_with(
                ids::PAGE_PROGRESS,
                &[
                    ("current", FluentValue::from(page + 1)),
                    ("total", FluentValue::from(total)),
                ],
            ),
        }];
        items.extend(self.page_text(spec));
        if page + 1 >= total
            && let Some(next) = self.next_track(track)
        {
            items.push(Item::NextTrack(next));
        }
        items.push(Item::SourceLine(self.source_line(spec)));
        items.push(Item::Reviewed(self.reviewed()));
        items
    }

    /// What a page itself says, the part its length budget counts from: its tag, title,
    /// lead and body.
    pub fn page_text(&self, page: &PageSpec) -> Vec<Item> {
        let mut items = Vec::new();
        items.extend(
            page.tag
                .as_deref()
                .and_then(|id| self.badge(id))
                .map(Item::Tag),
        );
        items.push(Item::Title(
            self.message(&content_ids::page_title(&page.id)),
        ));
        items.push(Item::Lead(self.message(&content_ids::page_lead(&page.id))));
        items.extend(self.blocks(&page.blocks));
        items
    }

    /// "About this information": its title, its blocks and the review date.
    pub fn about(&self) -> Vec<Item> {
        let mut items = vec![Item::Title(self.message(ids::ABOUT_TITLE))];
        items.extend(self.blocks(&self.spec.about));
        items.push(Item::Reviewed(self.reviewed()));
        items
    }

    /// A body's blocks as items; cards and callouts hold their own.
    pub fn blocks(&self, blocks: &[Block]) -> Vec<Item> {
        blocks.iter().map(|block| self.block(block)).collect()
    }

    /// What the two badges mean: one entry for the first tag of each tone.
    pub fn legend(&self) -> Legend {
        let entries = [
            (Tone::Proven, ids::LEGEND_PROVEN),
            (Tone::Caution, ids::LEGEND_BROAD),
        ]
        .into_iter()
        .filter_map(|(tone, text_id)| {
            let tag = self.spec.tags.iter().find(|t| t.tone == tone)?;
            let label = self.text(&tag.label, &[]);
            Some(LegendEntry {
                icon: tag.icon.clone(),
                tone,
                text: self.message_with(text_id, &[("tag", FluentValue::from(label))]),
            })
        })
        .collect();
        Legend {
            title: self.message(ids::LEGEND_TITLE),
            entries,
        }
    }

    /// Every track with its title, summary, page count and page titles.
    pub fn tracks(&self) -> Vec<TrackEntry> {
        let entry = |(index, track): (usize, &super::TrackSpec)| TrackEntry {
            index,
            id: track.id.clone(),
            title: self.message(&content_ids::track_title(&track.id)),
            summary: self.message(&content_ids::track_summary(&track.id)),
            page_count: self.message_with(
                ids::HOME_TRACK_PAGES,
                &[("count", FluentValue::from(track.pages.len()))],
            ),
            pages: track
                .pages
                .iter()
                .map(|page| PageLink {
                    id: page.id.clone(),
                    title: self.message(&content_ids::page_title(&page.id)),
                })
                .collect(),
            figure: track.figure.as_ref().map(|spec| self.figure(spec)),
        };
        self.spec.tracks.iter().enumerate().map(entry).collect()
    }

    fn block(&self, block: &Block) -> Item {
        match block {
            Block::Heading(id) => Item::Heading(self.message(id)),
            Block::Paragraph(id) => Item::Paragraph(self.message(id)),
            Block::Bullets(ids) => Item::Bullets(ids.iter().map(|id| self.message(id)).collect()),
            Block::Callout { title, blocks } => Item::Callout {
                title: self.message(title),
                body: self.blocks(blocks),
            },
            Block::Card { title, tag, blocks } => Item::Card {
                tag: tag.as_deref().and_then(|id| self.badge(id)),
                title: self.message(title),
                body: self.blocks(blocks),
            },
            Block::Links(links) => Item::QrCodes(self.qr_row(links.iter().map(String::as_str))),
            Block::Consultation => Item::Consultation(self.consultation()),
            Block::Figure(spec) => Item::Figure(self.figure(spec)),
        }
    }

    /// A figure's alt text and labels in this walker's language.
    pub fn figure(&self, spec: &FigureSpec) -> Figure {
        Figure {
            id: spec.id.clone(),
            alt: self.message(&spec.alt),
            labels: spec
                .labels
                .iter()
                .map(|label| FigureLabel {
                    text: self.message(&label.text),
                    x: label.x,
                    y: label.y,
                })
                .collect(),
        }
    }

    fn badge(&self, tag_id: &str) -> Option<Badge> {
        let tag = self.spec.tags.iter().find(|t| t.id == tag_id)?;
        Some(Badge {
            icon: tag.icon.clone(),
            tone: tag.tone,
            label: self.message(&tag.label),
        })
    }

    fn qr_row<'l>(&self, link_ids: impl Iterator<Item = &'l str>) -> QrRow {
        let codes = link_ids
            .filter_map(|id| self.spec.links.iter().find(|l| l.id == id))
            .map(|link| {
                let caption = self.text(&link.caption, &[]);
                self.qr_code(&link.url, caption, Some(link.caption.clone()))
            })
            .collect();
        QrRow {
            codes,
            hint: self.message(ids::QR_HINT),
        }
    }

    fn qr_code(&self, url: &str, caption: String, caption_id: Option<String>) -> QrCode {
        let args = [
            ("caption", FluentValue::from(caption.as_str())),
            ("url", FluentValue::from(url)),
        ];
        let alt = Message {
            id: ids::QR_ALT.to_owned(),
            text: self
                .messages
                .format(ids::QR_ALT, &args)
                .unwrap_or_else(|| caption.clone()),
        };
        QrCode {
            url: url.to_owned(),
            caption,
            caption_id,
            alt,
        }
    }

    fn consultation(&self) -> Consultation {
        let Some(desk) = self.desk else {
            return Consultation::General {
                title: self.message(ids::CONSULT_GENERAL_TITLE),
                paragraphs: vec![
                    self.message(ids::CONSULT_GENERAL_BODY),
                    self.message(ids::CONSULT_SUPPORT_CENTER),
                ],
                codes: self.qr_row(content_ids::GENERAL_DESK_LINKS.into_iter()),
            };
        };
        let lines = [
            (ids::CONSULT_DESK_LOCATION, &desk.location),
            (ids::CONSULT_DESK_PHONE, &desk.phone),
            (ids::CONSULT_DESK_HOURS, &desk.hours),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| {
            self.message_with(
                ids::CONSULT_DESK_LINE,
                &[
                    ("label", FluentValue::from(self.text(label, &[]))),
                    ("value", FluentValue::from(value.as_str())),
                ],
            )
        })
        .collect();
        Consultation::Desk(Desk {
            title: self.message(ids::CONSULT_DESK_TITLE),
            name: desk.name.clone(),
            lines,
            code: desk
                .url
                .as_deref()
                .map(|url| self.qr_code(url, desk.name.clone(), None)),
        })
    }

    fn next_track(&self, track: usize) -> Option<NextTrack> {
        let tracks = &self.spec.tracks;
        let other = (track + 1) % tracks.len().max(1);
        let other_spec = tracks.get(other).filter(|_| other != track)?;
        let title = self.text(&content_ids::track_title(&other_spec.id), &[]);
        Some(NextTrack {
            track: other,
            first_page: other_spec.pages.first().map(|p| p.id.clone()),
            text: self.message_with(ids::PAGE_NEXT_TRACK, &[("track", FluentValue::from(title))]),
        })
    }

    fn source_line(&self, page: &PageSpec) -> Message {
        let sources = page
            .sources
            .iter()
            .filter_map(|id| self.spec.sources.iter().find(|s| s.id == *id))
            .map(|source| self.text(&source.label, &[]))
            .collect::<Vec<_>>()
            .join(" / ");
        self.message_with(ids::PAGE_SOURCE, &[("sources", FluentValue::from(sources))])
    }

    /// "Content last reviewed: …", shown under every page and on the staff screen.
    pub fn reviewed(&self) -> Message {
        let date = self.spec.reviewed;
        self.message_with(
            ids::CONTENT_REVIEWED,
            &[
                ("year", FluentValue::from(date.year)),
                ("month", FluentValue::from(date.month)),
                ("day", FluentValue::from(date.day)),
            ],
        )
    }

    fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.messages.format(id, args).unwrap_or_default()
    }

    fn message(&self, id: &str) -> Message {
        self.message_with(id, &[])
    }

    fn message_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Message {
        Message {
            id: id.to_owned(),
            text: self.text(id, args),
        }
    }
}
