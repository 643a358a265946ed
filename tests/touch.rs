//! Touch through the real input path: winit touch events, made into egui input by
//! egui-winit as eframe does for the real window, through the app's raw-input hook, into the
//! real kiosk (see `common/touch.rs`). The gestures a visitor uses work; those a visitor must
//! not be able to use — a pinch, a palm, a long press, a finger the window never saw lift —
//! do nothing, and leave nothing pressed.
//!
//! Each test runs on a private Xvfb screen of its own (package `xvfb`), which it starts.

mod common;
#[path = "common/touch.rs"]
mod touchscreen;

use egui::accesskit::Role;
use egui::{Pos2, Rect, Vec2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use immuno_kiosk::KioskApp;
use immuno_kiosk::kiosk_input::STILL_FINGER_SECS;
use immuno_kiosk::model::staff::HOLD_SECS;
use immuno_kiosk::model::{Overlay, Screen};
use immuno_kiosk::ui::theme::STAFF_CORNER;
use touchscreen::{Touchscreen, on_own_display};
use winit::event::TouchPhase;

const SCREEN: Vec2 = common::LANDSCAPE;
/// One frame at 60 frames a second.
const FRAME: f64 = 1.0 / 60.0;
/// How often the app wakes while a finger is down (it asks for a frame every 0.25 s).
const HELD_FRAME: f64 = 0.25;
/// At most this many frames for what a change set moving.
const SETTLE_FRAMES: usize = 8;

const TRACK: &str = "まず、知っておきたいこと";
const NEXT: &str = "次へ ▶";
const PREVIOUS: &str = "◀ 前へ";
/// The title of the second page of the first track, a page longer than the screen.
const LONG_PAGE_TITLE: &str = "免疫療法は、免疫本来の力を回復させてがんを治療する方法です";

/// The locked kiosk on a touch screen, on a clock of its own.
struct Kiosk {
    harness: Harness<'static, KioskApp>,
    screen: Touchscreen,
    clock: f64,
    /// The next finger's id: X11 numbers touches anew each time.
    next_finger: u64,
}

impl Kiosk {
    fn new() -> Self {
        let mut harness = common::harness(SCREEN);
        harness.run();
        let screen = Touchscreen::open(&harness.ctx, SCREEN);
        let clock = common::now(&harness);
        Self {
            harness,
            screen,
            clock,
            next_finger: 1,
        }
    }

    fn finger(&mut self) -> u64 {
        self.next_finger += 1;
        self.next_finger
    }

    /// One frame `secs` after the last, with what the touch screen sent since.
    fn frame_after(&mut self, secs: f64) {
        self.clock += secs;
        self.screen.frame(&mut self.harness, self.clock, Vec::new());
        self.check_no_zoom();
    }

    fn frame(&mut self) {
        self.frame_after(FRAME);
    }

    /// The frames the app asks for at once (a new screen is laid out unseen first).
    fn settle(&mut self) {
        for _ in 0..SETTLE_FRAMES {
            let at_once = self
                .harness
                .output()
                .viewport_output
                .get(&egui::ViewportId::ROOT)
                .is_some_and(|v| v.repaint_delay.is_zero());
            if !at_once {
                break;
            }
            self.frame();
        }
    }

    /// Frames while fingers rest, as the app asks for them, for `secs`.
    fn rest(&mut self, secs: f64) {
        let mut rested = 0.0;
        while rested < secs {
            self.frame_after(HELD_FRAME);
            rested += HELD_FRAME;
        }
    }

    fn down(&mut self, finger: u64, at: Pos2) {
        self.screen.touch(finger, TouchPhase::Started, at);
    }

    fn moved(&mut self, finger: u64, at: Pos2) {
        self.screen.touch(finger, TouchPhase::Moved, at);
    }

    fn up(&mut self, finger: u64, at: Pos2) {
        self.screen.touch(finger, TouchPhase::Ended, at);
    }

    /// A finger down at `from`, rested `rest` seconds, moved along `path` a frame a step,
    /// and lifted where it ends.
    fn touch(&mut self, from: Pos2, rest: f64, path: &[Pos2]) {
        let finger = self.finger();
        self.down(finger, from);
        self.frame();
        self.rest(rest);
        let mut at = from;
        for &pos in path {
            self.moved(finger, pos);
            self.frame();
            at = pos;
        }
        self.up(finger, at);
        self.frame();
        self.settle();
    }

    fn tap(&mut self, at: Pos2) {
        self.touch(at, 0.0, &[]);
    }

    /// A finger moved by `delta` in `steps` even steps.
    fn drag(&mut self, from: Pos2, delta: Vec2, steps: u16) {
        let path: Vec<Pos2> = (1..=steps)
            .map(|i| from + delta * f32::from(i) / f32::from(steps))
            .collect();
        self.touch(from, 0.0, &path);
    }

    /// Several fingers that land together in one frame, move together by `each`'s deltas in
    /// `steps` frames, and lift together.
    fn fingers(&mut self, at: &[Pos2], moves: &[Vec2], steps: u16, rest: f64) {
        let fingers: Vec<u64> = at.iter().map(|_| self.finger()).collect();
        for (&finger, &pos) in fingers.iter().zip(at) {
            self.down(finger, pos);
        }
        self.frame();
        self.rest(rest);
        let mut now: Vec<Pos2> = at.to_vec();
        for step in 1..=steps {
            for (i, &finger) in fingers.iter().enumerate() {
                let delta = moves.get(i).copied().unwrap_or_default();
                now[i] = at[i] + delta * f32::from(step) / f32::from(steps);
                self.moved(finger, now[i]);
            }
            self.frame();
        }
        for (&finger, &pos) in fingers.iter().zip(&now) {
            self.up(finger, pos);
        }
        self.frame();
        self.settle();
        self.check_nothing_pressed();
    }

    fn button(&self, label: &str) -> Rect {
        self.harness
            .get_by_role_and_label(Role::Button, label)
            .rect()
    }

    fn tap_button(&mut self, label: &str) {
        let at = self.button(label).center();
        self.tap(at);
    }

    fn screen(&self) -> Screen {
        self.harness.state().session().screen
    }

    fn overlay(&self) -> Option<Overlay> {
        self.harness.state().session().overlay.clone()
    }

    /// Touches the attract screen and opens the first track, by touch.
    fn open_track(&mut self) {
        self.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0));
        assert_eq!(self.screen(), Screen::Home);
        self.tap_button(TRACK);
        assert_eq!(self.screen(), Screen::Page { track: 0, page: 0 });
    }

    fn long_page_title_top(&self) -> f32 {
        // As laid out: the tree's box of a title scrolled out stops at the scroll view's edge,
        // and the tree plugin keeps the whole one.
        let node = self.harness.get_by_label(LONG_PAGE_TITLE);
        let (id, _) = node.accesskit_node().locate();
        #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
        self.harness
            .ctx
            .with_plugin::<immuno_kiosk::a11y::ScreenReaderTree, _>(|tree| tree.laid_out_bounds(id))
            .flatten()
            .map_or_else(|| node.rect().top(), |bounds| bounds.y0 as f32)
    }

    /// Whether egui holds the pointer: pressed, or a widget being pressed or dragged.
    fn pointer_held(&self) -> bool {
        let ctx = &self.harness.ctx;
        ctx.input(|i| i.pointer.any_down())
            || ctx.egui_is_using_pointer()
            || ctx.dragged_id().is_some()
    }

    fn check_nothing_pressed(&self) {
        assert!(!self.pointer_held(), "the pointer is still held");
    }

    /// Nothing is zoomed or scaled, and egui measures no pinch.
    fn check_no_zoom(&self) {
        let ctx = &self.harness.ctx;
        assert!((ctx.zoom_factor() - 1.0).abs() < f32::EPSILON, "zoomed");
        assert!(
            (ctx.pixels_per_point() - 1.0).abs() < f32::EPSILON,
            "scaled"
        );
        ctx.input(|i| {
            assert!((i.zoom_delta() - 1.0).abs() < f32::EPSILON, "a zoom");
            assert!(i.multi_touch().is_none(), "egui sees a pinch");
        });
    }

    /// Nothing opened: no staff overlay, no popup or menu.
    fn check_nothing_opened(&self) {
        assert_eq!(self.overlay(), None, "an overlay opened");
        assert!(!self.harness.ctx.any_popup_open(), "a popup opened");
    }
}

#[test]
fn a_tap_presses_a_button() {
    on_own_display("a_tap_presses_a_button", SCREEN, || {
        let mut kiosk = Kiosk::new();
        kiosk.open_track();
        kiosk.tap_button(NEXT);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
        kiosk.tap_button(PREVIOUS);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
        kiosk.check_nothing_pressed();
    });
}

#[test]
fn a_finger_that_rests_or_drifts_a_little_still_taps() {
    on_own_display(
        "a_finger_that_rests_or_drifts_a_little_still_taps",
        SCREEN,
        || {
            let mut kiosk = Kiosk::new();
            kiosk.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0));
            // Rests two seconds on a track card, in a scroll view.
            let card = kiosk.button(TRACK).center();
            kiosk.touch(card, 2.0, &[]);
            assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
            // Drifts 15 points over half a second.
            let next = kiosk.button(NEXT).center();
            let drift: Vec<Pos2> = (1..=6u8)
                .map(|i| next + vec2(2.0, 1.5) * f32::from(i))
                .collect();
            kiosk.touch(next, 0.5, &drift);
            assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
            // Both: rests, drifts, rests.
            let previous = kiosk.button(PREVIOUS).center();
            kiosk.touch(
                previous,
                1.0,
                &[previous + vec2(-8.0, 6.0), previous + vec2(-14.0, 9.0)],
            );
            assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
        },
    );
}

#[test]
fn a_swipe_turns_the_page() {
    on_own_display("a_swipe_turns_the_page", SCREEN, || {
        let mut kiosk = Kiosk::new();
        kiosk.open_track();
        kiosk.drag(pos2(1400.0, 500.0), vec2(-700.0, 20.0), 8);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
        kiosk.drag(pos2(600.0, 500.0), vec2(700.0, -20.0), 8);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
        kiosk.check_nothing_pressed();
    });
}

#[test]
fn a_drag_scrolls_a_long_page_and_does_not_turn_it() {
    on_own_display(
        "a_drag_scrolls_a_long_page_and_does_not_turn_it",
        SCREEN,
        || {
            let mut kiosk = Kiosk::new();
            kiosk.open_track();
            kiosk.tap_button(NEXT);
            let top = kiosk.long_page_title_top();
            // Up by 500 points, drifting sideways as a finger does.
            kiosk.drag(pos2(900.0, 800.0), vec2(40.0, -500.0), 10);
            let scrolled = kiosk.long_page_title_top();
            assert!(scrolled < top - 100.0, "scrolled down: {top} -> {scrolled}");
            assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
            kiosk.drag(pos2(900.0, 300.0), vec2(-40.0, 500.0), 10);
            assert!(
                kiosk.long_page_title_top() > scrolled + 100.0,
                "scrolled back up"
            );
            assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
        },
    );
}

#[test]
fn the_staff_corners_held_open_the_staff_entry() {
    on_own_display(
        "the_staff_corners_held_open_the_staff_entry",
        SCREEN,
        || {
            let mut kiosk = Kiosk::new();
            kiosk.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0));
            let inset = STAFF_CORNER / 4.0;
            kiosk.touch(pos2(inset, inset), HOLD_SECS + 0.5, &[]);
            kiosk.check_nothing_opened();
            kiosk.touch(pos2(SCREEN.x - inset, inset), HOLD_SECS + 0.5, &[]);
            // No PIN is set in the default settings.
            assert_eq!(kiosk.overlay(), Some(Overlay::StaffNotSetUp));
        },
    );
}

#[test]
fn a_pinch_zooms_and_scales_nothing() {
    on_own_display("a_pinch_zooms_and_scales_nothing", SCREEN, || {
        let mut kiosk = Kiosk::new();
        kiosk.open_track();
        kiosk.tap_button(NEXT);
        let page = kiosk.screen();
        let top = kiosk.long_page_title_top();
        let centre = pos2(960.0, 540.0);
        // Apart, together, apart upright: two fingers landing in the same frame. Every frame
        // is checked for a zoom (see `frame_after`).
        let spread = [vec2(-300.0, 0.0), vec2(300.0, 0.0)];
        kiosk.fingers(
            &[centre - vec2(60.0, 0.0), centre + vec2(60.0, 0.0)],
            &spread,
            12,
            0.0,
        );
        let pinch = [vec2(250.0, 0.0), vec2(-250.0, 0.0)];
        kiosk.fingers(
            &[centre - vec2(300.0, 0.0), centre + vec2(300.0, 0.0)],
            &pinch,
            12,
            0.0,
        );
        let upright = [vec2(0.0, -250.0), vec2(0.0, 250.0)];
        kiosk.fingers(
            &[centre - vec2(0.0, 40.0), centre + vec2(0.0, 40.0)],
            &upright,
            12,
            0.0,
        );
        assert_eq!(kiosk.screen(), page, "a pinch turned the page");
        assert!(
            (kiosk.long_page_title_top() - top).abs() < 0.5,
            "a pinch scrolled the page"
        );

        // The second finger a few frames after the first, then both apart: the first alone
        // would be a swipe to the next page.
        let (first, second) = (kiosk.finger(), kiosk.finger());
        let (a, b) = (centre, centre + vec2(80.0, 20.0));
        kiosk.down(first, a);
        kiosk.frame();
        kiosk.frame();
        kiosk.down(second, b);
        kiosk.frame();
        for step in 1..=10u8 {
            let d = vec2(30.0, 0.0) * f32::from(step);
            kiosk.moved(first, a - d);
            kiosk.moved(second, b + d);
            kiosk.frame();
        }
        kiosk.up(first, a - vec2(300.0, 0.0));
        kiosk.frame();
        kiosk.up(second, b + vec2(300.0, 0.0));
        kiosk.frame();
        kiosk.settle();
        assert_eq!(
            kiosk.screen(),
            page,
            "a late second finger let the first swipe"
        );
        kiosk.check_nothing_pressed();

        // A touchpad's pinch gesture becomes egui's zoom event, which the kiosk drops.
        for delta in [0.5, -0.5] {
            kiosk.screen.send(&winit::event::WindowEvent::PinchGesture {
                device_id: winit::event::DeviceId::dummy(),
                delta,
                phase: TouchPhase::Moved,
            });
            kiosk.frame();
        }
        kiosk.check_nothing_opened();
        // And a tap still taps.
        kiosk.tap_button(NEXT);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 2 });
    });
}

/// Five fingers around `at`, the first on it.
fn palm(at: Pos2) -> Vec<Pos2> {
    [
        (0.0, 0.0),
        (-70.0, -90.0),
        (-20.0, -120.0),
        (40.0, -110.0),
        (90.0, -60.0),
    ]
    .into_iter()
    .map(|(x, y)| at + vec2(x, y))
    .collect()
}

#[test]
fn a_palm_triggers_nothing() {
    on_own_display("a_palm_triggers_nothing", SCREEN, || {
        let mut kiosk = Kiosk::new();
        kiosk.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0));
        // On a track card, resting a moment.
        let card = kiosk.button(TRACK).center();
        kiosk.fingers(&palm(card), &[], 0, 0.5);
        assert_eq!(kiosk.screen(), Screen::Home, "a palm opened a track");

        kiosk.tap_button(TRACK);
        // On 「次へ」.
        let next = kiosk.button(NEXT).center();
        kiosk.fingers(&palm(next), &[], 0, 0.3);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
        // Sliding across the page as a swipe would.
        let slide = [vec2(-600.0, 10.0); 5];
        kiosk.fingers(&palm(pos2(1500.0, 600.0)), &slide, 8, 0.0);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
        // Landing a finger a frame, on 「次へ」 first.
        let fingers: Vec<u64> = (0..5).map(|_| kiosk.finger()).collect();
        for (&finger, &pos) in fingers.iter().zip(&palm(next)) {
            kiosk.down(finger, pos);
            kiosk.frame();
        }
        for (&finger, &pos) in fingers.iter().zip(&palm(next)) {
            kiosk.up(finger, pos);
        }
        kiosk.frame();
        kiosk.settle();
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 0 });
        kiosk.check_nothing_pressed();
        kiosk.check_nothing_opened();
        // A finger after the palm taps again.
        kiosk.tap_button(NEXT);
        assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
    });
}

#[test]
fn a_long_press_opens_nothing() {
    on_own_display("a_long_press_opens_nothing", SCREEN, || {
        let mut kiosk = Kiosk::new();
        kiosk.tap(pos2(SCREEN.x / 2.0, SCREEN.y / 2.0));
        // On a button: past the longest tap, it is no tap (and no context menu).
        let card = kiosk.button(TRACK).center();
        kiosk.touch(card, 4.0, &[]);
        assert_eq!(
            kiosk.screen(),
            Screen::Home,
            "a long press pressed a button"
        );
        kiosk.check_nothing_opened();

        kiosk.tap_button(TRACK);
        let page = kiosk.screen();
        // On the page's text, on the top bar outside the corners, on 「次へ」, and on one
        // staff corner alone, each longer than a corner's hold.
        let next = kiosk.button(NEXT).center();
        for at in [
            pos2(900.0, 500.0),
            pos2(SCREEN.x / 2.0, STAFF_CORNER / 3.0),
            pos2(STAFF_CORNER + 20.0, STAFF_CORNER / 3.0),
            next,
            pos2(STAFF_CORNER / 3.0, STAFF_CORNER / 3.0),
        ] {
            kiosk.touch(at, HOLD_SECS + 1.0, &[]);
            assert_eq!(kiosk.screen(), page, "a long press at {at:?}");
            kiosk.check_nothing_opened();
            kiosk.check_nothing_pressed();
        }
    });
}

/// How the window learns, or does not, that a finger it saw land has gone.
#[derive(Clone, Copy, Debug)]
enum Lost {
    /// The window loses the focus (and gets it back).
    FocusLoss,
    /// The pointer leaves the window.
    CursorLeft,
    /// The same finger id lands again (Wayland numbers touches by slot).
    SameIdAgain,
    /// Nothing: a new finger lands later.
    NewFinger,
}

/// A finger lands on 「次へ」 and lifts where the window does not see it.
fn lost_touch(lost: Lost) {
    let mut kiosk = Kiosk::new();
    kiosk.open_track();
    let next = kiosk.button(NEXT).center();
    let finger = kiosk.finger();
    kiosk.down(finger, next);
    kiosk.frame();
    kiosk.rest(0.5);
    assert!(kiosk.pointer_held(), "the finger holds 「次へ」");
    match lost {
        Lost::FocusLoss => {
            kiosk.screen.focus(false);
            kiosk.frame();
            kiosk.check_nothing_pressed();
            kiosk.screen.focus(true);
            kiosk.frame();
        }
        Lost::CursorLeft => {
            kiosk.screen.cursor_left();
            kiosk.frame();
        }
        Lost::SameIdAgain => {
            kiosk.down(finger, next);
            kiosk.frame();
            kiosk.up(finger, next);
            kiosk.frame();
            kiosk.settle();
            // The new touch is a tap of its own.
            assert_eq!(kiosk.screen(), Screen::Page { track: 0, page: 1 });
            kiosk.check_nothing_pressed();
            kiosk.tap_button(PREVIOUS);
        }
        Lost::NewFinger => {
            // Soon after: two fingers, as far as the window knows, so no tap.
            kiosk.tap(pos2(900.0, 500.0));
            kiosk.check_nothing_pressed();
            // Once the lost finger has been still long enough, a finger taps again.
            kiosk.rest(STILL_FINGER_SECS);
        }
    }
    kiosk.settle();
    kiosk.check_nothing_pressed();
    assert_eq!(
        kiosk.screen(),
        Screen::Page { track: 0, page: 0 },
        "{lost:?}: the lost finger pressed 「次へ」"
    );
    kiosk.tap_button(NEXT);
    assert_eq!(
        kiosk.screen(),
        Screen::Page { track: 0, page: 1 },
        "{lost:?}: a tap after the lost finger"
    );
    kiosk.check_nothing_pressed();
    kiosk.check_nothing_opened();
}

#[test]
fn a_finger_lost_to_a_focus_loss_leaves_nothing_pressed() {
    on_own_display(
        "a_finger_lost_to_a_focus_loss_leaves_nothing_pressed",
        SCREEN,
        || lost_touch(Lost::FocusLoss),
    );
}

#[test]
fn a_finger_lost_as_the_pointer_leaves_leaves_nothing_pressed() {
    on_own_display(
        "a_finger_lost_as_the_pointer_leaves_leaves_nothing_pressed",
        SCREEN,
        || lost_touch(Lost::CursorLeft),
    );
}

#[test]
fn a_finger_id_seen_again_leaves_nothing_pressed() {
    on_own_display(
        "a_finger_id_seen_again_leaves_nothing_pressed",
        SCREEN,
        || {
            lost_touch(Lost::SameIdAgain);
        },
    );
}

#[test]
fn a_finger_lost_before_a_new_one_leaves_nothing_pressed() {
    on_own_display(
        "a_finger_lost_before_a_new_one_leaves_nothing_pressed",
        SCREEN,
        || lost_touch(Lost::NewFinger),
    );
}
