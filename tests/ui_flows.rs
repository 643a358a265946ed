//! A visitor's flows through the real app: home, both tracks, language, text size.

mod common;

use common::{LANDSCAPE, PORTRAIT, choose_language, harness, start_visit, tap, tap_button};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use immuno_kiosk::model::{Screen, TextScale};

#[test]
fn the_kiosk_starts_on_the_attract_screen_in_japanese() {
    let mut harness = harness(LANDSCAPE);
    harness.run();
    assert_eq!(harness.state().session().screen, Screen::Attract);
    harness.get_by_label("画面にふれてください");
}

#[test]
fn home_shows_the_title_and_both_tracks_with_their_page_counts() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    assert!(harness.query_all_by_label("がん免疫療法ガイド").count() >= 1);
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "まず、知っておきたいこと");
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "もっと詳しく知りたい方へ");
    harness.get_by_label("5ページ");
    harness.get_by_label("6ページ");
    for always in ["言語 / Language", "100%", "150%", "200%"] {
        harness.get_by_label(always);
    }
}

/// Pages through a track with 「次へ」 and checks the progress label on every page.
fn page_through(
    harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>,
    track: &str,
    total: usize,
    next: &str,
) {
    tap_button(harness, track);
    for page in 1..=total {
        harness.get_by_label(&format!("{page} / {total}"));
        if page < total {
            harness.get_by_label(next).click();
            harness.run();
        } else {
            // Nothing comes after the last page: there is no next button to press.
            assert!(
                harness.query_by_label(next).is_none(),
                "no next button on the last page"
            );
        }
    }
}

#[test]
fn a_visitor_pages_through_both_tracks_to_their_ends() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    page_through(&mut harness, "まず、知っておきたいこと", 5, "次へ ▶");
    assert_eq!(
        harness.state().session().screen,
        Screen::Page { track: 0, page: 4 }
    );
    tap(&mut harness, "はじめに戻る");
    assert_eq!(harness.state().session().screen, Screen::Home);
    page_through(&mut harness, "もっと詳しく知りたい方へ", 6, "次へ ▶");
    assert_eq!(
        harness.state().session().screen,
        Screen::Page { track: 1, page: 5 }
    );
}

#[test]
fn previous_goes_back_and_is_left_out_on_the_first_page() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    assert!(harness.query_by_label("◀ 前へ").is_none());
    let next = harness.get_by_label("次へ ▶").rect();
    tap(&mut harness, "次へ ▶");
    harness.get_by_label("2 / 5");
    // The button that appears takes the room kept for it: "next" has not moved.
    assert_eq!(harness.get_by_label("次へ ▶").rect(), next);
    tap(&mut harness, "◀ 前へ");
    harness.get_by_label("1 / 5");
}

#[test]
fn switching_to_english_changes_the_home_screen_and_keeps_the_place() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    choose_language(&mut harness, "English");
    assert!(
        harness
            .query_all_by_label("Cancer Immunotherapy Guide")
            .count()
            >= 1
    );
    assert!(harness.query_by_label("がん免疫療法ガイド").is_none());
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "Five things to know first");
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "Learn more");
    harness.get_by_label("5 pages");
    tap_button(&mut harness, "Learn more");
    tap(&mut harness, "Next ▶");
    choose_language(&mut harness, "日本語");
    harness.get_by_label("2 / 6");
    harness.get_by_label("次へ ▶");
}

#[test]
fn the_text_size_control_has_three_steps() {
    let mut harness = harness(PORTRAIT);
    start_visit(&mut harness);
    for (label, scale) in [
        ("200%", TextScale::Largest),
        ("150%", TextScale::Large),
        ("100%", TextScale::Normal),
    ] {
        tap(&mut harness, label);
        assert_eq!(harness.state().session().text_scale, scale);
    }
}

#[test]
fn a_horizontal_swipe_pages_and_a_vertical_drag_does_not() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    let swipe = |harness: &mut egui_kittest::Harness<'_, immuno_kiosk::KioskApp>,
                 from: egui::Pos2,
                 to: egui::Pos2| {
        harness.drag_at(from);
        harness.run();
        harness.hover_at(egui::pos2(
            f32::midpoint(from.x, to.x),
            f32::midpoint(from.y, to.y),
        ));
        harness.run();
        harness.drop_at(to);
        harness.run();
    };
    swipe(
        &mut harness,
        egui::pos2(1400.0, 500.0),
        egui::pos2(700.0, 520.0),
    );
    harness.get_by_label("2 / 5");
    swipe(
        &mut harness,
        egui::pos2(900.0, 700.0),
        egui::pos2(960.0, 300.0),
    );
    harness.get_by_label("2 / 5");
    swipe(
        &mut harness,
        egui::pos2(600.0, 500.0),
        egui::pos2(1300.0, 480.0),
    );
    harness.get_by_label("1 / 5");
}

#[test]
fn about_this_information_goes_back_to_the_page_it_was_opened_from() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    tap(&mut harness, "次へ ▶");
    tap(&mut harness, "この情報について");
    assert_eq!(harness.state().session().screen, Screen::About);
    tap(&mut harness, "◀ 戻る");
    assert_eq!(
        harness.state().session().screen,
        Screen::Page { track: 0, page: 1 }
    );
}

#[test]
fn the_last_core_point_leads_on_to_the_detail_sections() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    assert!(
        harness
            .query_by_label("続けて「もっと詳しく知りたい方へ」を読む")
            .is_none()
    );
    for _ in 0..4 {
        tap(&mut harness, "次へ ▶");
    }
    tap(&mut harness, "続けて「もっと詳しく知りたい方へ」を読む");
    assert_eq!(
        harness.state().session().screen,
        Screen::Page { track: 1, page: 0 }
    );
}

#[test]
fn a_page_opened_again_starts_at_its_top() {
    let mut harness = harness(LANDSCAPE);
    start_visit(&mut harness);
    tap_button(&mut harness, "まず、知っておきたいこと");
    tap(&mut harness, "次へ ▶");
    let title = "免疫療法は、免疫本来の力を回復させてがんを治療する方法です";
    let top = harness.get_by_label(title).rect().top();
    common::drag_content_up(&mut harness);
    // How far the page is scrolled, as the scroll view tells a screen reader (the title's
    // box stops at the top of the view once it is scrolled out).
    let scroll_y = harness
        .get_by_role(egui::accesskit::Role::ScrollView)
        .accesskit_node()
        .data()
        .scroll_y()
        .unwrap_or_default();
    assert!(scroll_y > 100.0, "scrolled down only {scroll_y}");
    tap(&mut harness, "◀ 前へ");
    tap(&mut harness, "次へ ▶");
    assert!(
        (harness.get_by_label(title).rect().top() - top).abs() < 1.0,
        "back at the top"
    );
}
