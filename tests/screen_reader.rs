//! What a screen reader gets from the kiosk, read from the AccessKit tree the way its AT-SPI
//! adapter turns it into what Orca hears: the window's name, headings, the page's whole
//! text with boxes that show only what is seen, the page dots' range, the order of the
//! navigation, the track cards as one control each, and the idle warning (an alert that
//! takes the focus, hides the page behind it and is not read out every second).
//!
//! `scripts/screen-reader-test.sh` checks the same with a real AT-SPI client.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]
#![allow(
    clippy::redundant_closure_for_method_calls,
    reason = "kittest's node type can be named only through its trait, so `|n| n.is_focused()` stays"
)]

mod common;

use std::collections::HashMap;

use common::{LANDSCAPE, advance, choose_language, harness, start_visit, tap_button};
use egui::accesskit::{Action, Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT as _, Queryable as _};
use immuno_kiosk::KioskApp;
use immuno_kiosk::content::{Block, ContentSource, Library};
use immuno_kiosk::model::Screen;

fn library() -> Library {
    Library::load(&ContentSource::embedded())
        .expect("embedded content parses")
        .0
}

/// Whether the node or any node above it is hidden: then a screen reader never sees it.
fn is_hidden(node: &AccessKitNode<'_>) -> bool {
    std::iter::successors(Some(*node), AccessKitNode::parent).any(|n| n.is_hidden())
}

/// What a screen reader says a node is called: a label's words are its value.
fn name_of(node: &AccessKitNode<'_>) -> String {
    if node.role() == Role::Label {
        node.value().unwrap_or_default()
    } else {
        node.label().unwrap_or_default()
    }
}

/// Every node a screen reader can reach, in the tree's order (depth first).
fn reachable<'t>(harness: &'t Harness<'_, KioskApp>) -> Vec<AccessKitNode<'t>> {
    let mut out = Vec::new();
    let mut stack = vec![harness.root().accesskit_node()];
    while let Some(node) = stack.pop() {
        if node.is_hidden() {
            continue;
        }
        out.push(node);
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// The live nodes a screen reader would announce, by id, with their names.
fn live_names(harness: &Harness<'_, KioskApp>) -> HashMap<String, String> {
    reachable(harness)
        .into_iter()
        .filter(|n| n.live() != Live::Off)
        .map(|n| (format!("{:?}", n.id()), name_of(&n)))
        .filter(|(_, name)| !name.is_empty())
        .collect()
}

/// The kiosk on the first page of the first track.
fn on_first_page() -> Harness<'static, KioskApp> {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    harness
}

#[test]
fn the_window_is_named_by_the_title_in_the_visitors_language() {
    let mut harness = harness(LANDSCAPE);
    harness.run();
    let root = harness.root().accesskit_node();
    assert_eq!(root.role(), Role::Window);
    assert_eq!(root.label().as_deref(), Some("がん免疫療法ガイド"));
    start_visit(&mut harness);
    choose_language(&mut harness, "English");
    let english = library().i18n.text("en", "app-title", &[]);
    assert!(!english.is_empty() && english != "がん免疫療法ガイド");
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some(english.as_str())
    );
}

#[test]
fn section_headings_are_headings_with_a_level() {
    let library = library();
    let mut harness = on_first_page();
    let mut checked = 0;
    for (index, page) in library.spec.tracks[0].pages.iter().enumerate() {
        for block in &page.blocks {
            if let Block::Heading(id) = block {
                let words = library.i18n.text("ja", id, &[]);
                let node = harness.get_by_role_and_label(Role::Heading, &words);
                assert_eq!(node.accesskit_node().level(), Some(2), "{words}");
                checked += 1;
            }
        }
        if index + 1 < library.spec.tracks[0].pages.len() {
            tap_button(&mut harness, "次へ ▶");
        }
    }
    assert!(checked >= 2, "only {checked} headings on the core pages");
    // No heading is left as a plain label.
    assert!(
        reachable(&harness)
            .iter()
            .filter(|n| n.role() == Role::Heading)
            .all(|n| !name_of(n).is_empty())
    );
}

#[test]
fn the_page_dots_say_where_in_the_range_the_page_is() {
    let mut harness = on_first_page();
    tap_button(&mut harness, "次へ ▶");
    let dots = harness.get_by_role(Role::ProgressIndicator);
    let node = dots.accesskit_node();
    assert_eq!(node.numeric_value(), Some(2.0));
    assert_eq!(node.min_numeric_value(), Some(1.0));
    assert_eq!(node.max_numeric_value(), Some(5.0));
}

#[test]
fn previous_comes_before_next_in_the_tree_as_on_the_screen() {
    let mut harness = on_first_page();
    tap_button(&mut harness, "次へ ▶");
    let nodes = reachable(&harness);
    let at = |label: &str| {
        nodes
            .iter()
            .position(|n| n.role() == Role::Button && name_of(n) == label)
            .unwrap_or_else(|| panic!("no {label:?} button"))
    };
    let dots = nodes
        .iter()
        .position(|n| n.role() == Role::ProgressIndicator)
        .expect("dots");
    assert!(at("はじめに戻る") < dots);
    assert!(dots < at("◀ 前へ"));
    assert!(at("◀ 前へ") < at("次へ ▶"));
    let previous = harness.get_by_role_and_label(Role::Button, "◀ 前へ").rect();
    let next = harness.get_by_role_and_label(Role::Button, "次へ ▶").rect();
    assert!(previous.right() <= next.left(), "{previous:?} {next:?}");
    // And Tab goes the same way: from previous, the next stop is next.
    harness
        .get_by_role_and_label(Role::Button, "◀ 前へ")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "次へ ▶")
            .is_focused()
    );
}

#[test]
fn a_track_card_is_one_button_that_says_where_it_leads() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    let button = harness.get_by_role_and_label(Role::Button, "まず、知っておきたいこと");
    let description = button.accesskit_node().description().unwrap_or_default();
    assert!(description.contains("読む"), "{description:?}");
    assert!(description.contains("ページ"), "{description:?}");
    // The words painted on the card are not read again as labels of their own.
    let nodes = reachable(&harness);
    let stray: Vec<String> = nodes
        .iter()
        .filter(|n| n.role() == Role::Label)
        .map(name_of)
        .filter(|name| name.contains('→') || name == "まず、知っておきたいこと")
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

/// Opens the page of the first track with the most paragraphs and bullet points.
fn on_longest_page(harness: &mut Harness<'_, KioskApp>, library: &Library) -> Vec<String> {
    fn texts(blocks: &[Block], out: &mut Vec<String>) {
        for block in blocks {
            match block {
                Block::Paragraph(id) => out.push(id.clone()),
                Block::Bullets(items) => out.extend(items.iter().cloned()),
                Block::Callout { blocks, .. } | Block::Card { blocks, .. } => texts(blocks, out),
                _ => {}
            }
        }
    }
    let pages = &library.spec.tracks[0].pages;
    let (index, ids) = pages
        .iter()
        .map(|page| {
            let mut ids = vec![format!("{}-lead", page.id)];
            texts(&page.blocks, &mut ids);
            ids
        })
        .enumerate()
        .max_by_key(|(_, ids)| ids.len())
        .expect("pages");
    start_visit(harness);
    tap_button(harness, "まず、知っておきたいこと");
    for _ in 0..index {
        tap_button(harness, "次へ ▶");
    }
    ids.iter()
        .map(|id| immuno_kiosk::text::plain(&library.i18n.text("ja", id, &[])))
        .collect()
}

#[test]
fn a_long_page_is_all_in_the_tree_and_its_boxes_show_only_what_is_seen() {
    let library = library();
    let mut harness = harness(LANDSCAPE);
    let texts = on_longest_page(&mut harness, &library);
    let nodes = reachable(&harness);
    let names: Vec<String> = nodes.iter().map(name_of).collect();
    for text in &texts {
        assert!(names.contains(text), "not in the tree: {text:?}");
    }
    let scroll = nodes
        .iter()
        .find(|n| n.role() == Role::ScrollView)
        .expect("a scroll view");
    let view = harness
        .query_by(|n| n.role() == Role::ScrollView)
        .expect("scroll view")
        .rect();
    assert!(
        !scroll.clips_children(),
        "clipping hides the page from AT-SPI"
    );
    assert!(scroll.data().supports_action(Action::ScrollDown));
    assert!(
        !scroll.data().supports_action(Action::ScrollUp),
        "already at the top"
    );
    let bar_top = harness
        .get_by_role_and_label(Role::Button, "はじめに戻る")
        .rect()
        .top();
    assert!(
        view.bottom() <= bar_top,
        "{view:?} reaches under the bar at {bar_top}"
    );
    // Every box inside the scroll view lies within what it shows: a text below the fold
    // has a box of no size.
    let mut unseen = 0;
    for node in harness.query_all(egui_kittest::kittest::by()) {
        let inside = std::iter::successors(node.accesskit_node().parent(), AccessKitNode::parent)
            .any(|n| n.role() == Role::ScrollView);
        if !inside || node.accesskit_node().bounding_box().is_none() {
            continue;
        }
        let rect = node.rect();
        assert!(
            view.expand(0.5).contains_rect(rect),
            "{:?} {:?} at {rect:?} outside {view:?}",
            node.accesskit_node().role(),
            name_of(&node.accesskit_node())
        );
        if rect.area() <= 0.0 {
            unseen += 1;
        }
    }
    assert!(
        unseen > 0,
        "the long page fits on the screen: pick a longer one"
    );
    // The button at the end of the page: scrolled a screenful at a time by the scroll view's
    // action, until it shows; a click at the middle of its box, from the tree, presses it.
    let about = "この情報について";
    let mut steps = 0;
    while harness
        .get_by_role_and_label(Role::Button, about)
        .rect()
        .area()
        <= 0.0
    {
        harness
            .query_by(|n| n.role() == Role::ScrollView)
            .expect("scroll view")
            .scroll_down();
        harness.run_steps(8);
        steps += 1;
        assert!(steps < 30, "ScrollDown never brought {about:?} into view");
    }
    assert!(steps >= 1);
    let rect = harness.get_by_role_and_label(Role::Button, about).rect();
    assert!(
        rect.bottom() <= bar_top + 0.5,
        "{rect:?} under the bar at {bar_top}"
    );
    harness.get_by_role_and_label(Role::Button, about).click();
    harness.run();
    assert_eq!(harness.state().session().screen, Screen::About);
}

#[test]
fn the_idle_warning_takes_the_focus_and_hides_the_page_behind_it() {
    let mut harness = on_first_page();
    advance(&mut harness, 121.0);
    let warning = harness.get_by_role_and_label(Role::AlertDialog, "まだご覧になりますか？");
    assert!(warning.accesskit_node().is_modal());
    let button = harness.get_by_role_and_label(Role::Button, "続けて読む");
    assert!(button.is_focused(), "the focus stays outside the warning");
    assert!(
        button
            .accesskit_node()
            .is_descendant_of(&warning.accesskit_node())
    );
    // Nothing behind the veil is left for a screen reader: no button, no text.
    let nodes = reachable(&harness);
    let outside: Vec<String> = nodes
        .iter()
        .filter(|n| n.role() != Role::Window && !n.is_descendant_of(&warning.accesskit_node()))
        .filter(|n| n.id() != warning.accesskit_node().id())
        .map(|n| format!("{:?} {:?}", n.role(), name_of(n)))
        .filter(|what| !what.ends_with("\"\""))
        .collect();
    assert!(outside.is_empty(), "seen behind the warning: {outside:?}");
    // Enter presses the button: the visitor stays where they were, and the page is there
    // for a screen reader again.
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.query_by_role(Role::AlertDialog).is_none());
    assert!(!is_hidden(
        &harness
            .get_by_role_and_label(Role::Button, "次へ ▶")
            .accesskit_node()
    ));
}

#[test]
fn the_idle_warning_is_said_once_and_the_time_left_only_at_ten_seconds() {
    let mut harness = on_first_page();
    advance(&mut harness, 118.0);
    assert!(harness.query_by_role(Role::AlertDialog).is_none());
    let mut before = live_names(&harness);
    let mut said: Vec<String> = Vec::new();
    let mut focus_moves = 0;
    let focus_of = |harness: &Harness<'_, KioskApp>| {
        harness
            .query_by(|n| n.is_focused())
            .map(|n| format!("{:?}", n.accesskit_node().id()))
    };
    let mut focused = focus_of(&harness);
    // A quarter second at a time through the whole countdown, as an AT-SPI adapter sees each
    // frame: a live node that appears, or whose name changes, is announced.
    let mut shown = 0;
    for _ in 0..(4 * 33) {
        advance(&mut harness, 0.25);
        if harness.query_by_role(Role::AlertDialog).is_none() {
            continue;
        }
        shown += 1;
        let now = live_names(&harness);
        for (id, name) in &now {
            if before.get(id) != Some(name) {
                said.push(name.clone());
            }
        }
        before = now;
        let focus = focus_of(&harness);
        if focus != focused {
            focus_moves += 1;
            focused = focus;
        }
        if shown == 4 * 29 {
            break;
        }
    }
    assert_eq!(shown, 4 * 29, "the warning did not stay up for 29 s");
    let warning = harness.get_by_role(Role::AlertDialog);
    assert_eq!(warning.accesskit_node().live(), Live::Off);
    // Once, as it opens, by the focus moving onto its button; then the time left at 10 s.
    assert_eq!(focus_moves, 1);
    assert_eq!(
        said,
        vec!["あと10秒で、はじめの画面に戻ります。".to_owned()],
        "announcements"
    );
    // The title and the number are not read as texts of their own; the sentence is.
    let inside: Vec<String> = reachable(&harness)
        .iter()
        .filter(|n| {
            n.is_descendant_of(&warning.accesskit_node()) && n.id() != warning.accesskit_node().id()
        })
        .map(name_of)
        .filter(|name| !name.is_empty())
        .collect();
    assert!(
        !inside.iter().any(|n| n == "まだご覧になりますか？"),
        "{inside:?}"
    );
    assert!(
        !inside.iter().any(|n| n.chars().all(|c| c.is_ascii_digit())),
        "{inside:?}"
    );
    assert!(
        inside
            .iter()
            .any(|n| n.ends_with("はじめの画面に戻ります。")),
        "{inside:?}"
    );
}

#[test]
fn a_screen_reader_press_keeps_the_visit_going_as_a_touch_does() {
    let mut harness = on_first_page();
    advance(&mut harness, 100.0);
    // The screen reader presses "next" through AccessKit, with no pointer at all.
    harness
        .get_by_role_and_label(Role::Button, "次へ ▶")
        .click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().session().screen,
        Screen::Page { track: 0, page: 1 }
    );
    // Another 100 seconds: 200 since the last touch, but only 100 since the press.
    advance(&mut harness, 100.0);
    assert!(
        harness.query_by_role(Role::AlertDialog).is_none(),
        "the idle warning came while a screen reader was in use"
    );
    advance(&mut harness, 25.0);
    harness.get_by_role_and_label(Role::AlertDialog, "まだご覧になりますか？");
}
