//! Input rules of a locked kiosk: which events count as a visitor's activity, which
//! keyboard shortcuts are dropped before any widget sees them, and how a touch screen's
//! fingers become the one pointer egui's widgets follow.

use egui::{
    Event, InputState, Key, Modifiers, PointerButton, Pos2, RawInput, TouchDeviceId, TouchId,
    TouchPhase,
};

/// Whether this frame had input from a person: a touch, a press, a drag, a key, a wheel.
/// A mouse merely resting does not count.
pub fn has_activity(input: &InputState) -> bool {
    input.pointer.any_down()
        || input.raw.events.iter().any(|event| {
            matches!(
                event,
                Event::PointerButton { .. }
                    | Event::Touch { .. }
                    | Event::Key { .. }
                    | Event::MouseWheel { .. }
                    | Event::Text(_)
                    // A screen reader's press or scroll is a visitor's touch too.
                    | Event::AccessKitActionRequest(_)
            )
        })
}

/// Removes, in locked mode, every event a visitor could use to leave, zoom, select or copy:
/// Esc, F11, Alt+F4, Alt+Tab, Ctrl+Tab, Ctrl/Cmd+W/Q/+/-/0/A/C/X/V, and the clipboard and
/// zoom events egui-winit derives from them. Tab, Shift+Tab, Enter and Space pass: visitors
/// who use a keyboard or a switch device move through the controls with them.
pub fn filter_locked(raw: &mut RawInput) {
    raw.events.retain(|event| match event {
        Event::Key { key, modifiers, .. } => !is_blocked_key(*key, *modifiers),
        Event::Copy | Event::Cut | Event::Paste(_) | Event::Zoom(_) => false,
        Event::MouseWheel { modifiers, .. } => !modifiers.command && !modifiers.ctrl,
        _ => true,
    });
}

/// Seconds after which a finger that has sent nothing more is taken to be resting, or lost
/// (lifted where the window did not see it): a new finger then starts a gesture of its own.
pub const STILL_FINGER_SECS: f64 = 3.0;

/// Where the pointer is moved, just before its release, when a touch gesture is called off:
/// so far from where it was pressed that egui counts the release as no click.
const CALLED_OFF: Pos2 = Pos2::new(-1.0e6, -1.0e6);

/// A finger: the touch device and the touch on it.
type FingerId = (TouchDeviceId, TouchId);

#[derive(Clone, Copy, Debug)]
struct Finger {
    id: FingerId,
    pos: Pos2,
    /// When it last sent an event (the frame's time).
    seen: Option<f64>,
}

/// The pointer a touch screen drives, rebuilt from the touches with a kiosk's rules.
///
/// egui-winit follows the first finger on the screen with egui's pointer, whatever the other
/// fingers do. That is wrong for a kiosk in three ways: under a palm or a pinch the first
/// finger still taps the button beneath it, or pages with a swipe; a finger whose end the
/// window never saw (lifted outside it, or as the window lost focus) leaves egui's pointer
/// pressed, a button held down; and egui-winit then waits for that finger for ever, so no
/// later touch moves the pointer at all.
///
/// So the app drops egui-winit's pointer events for touches and makes its own: a gesture of
/// one finger is a pointer pressed where it lands, moved with it and released where it
/// lifts, exactly as egui-winit does. A second finger calls the gesture off: the pointer is
/// released with no click, and comes back only when every finger has lifted; egui sees only
/// the first finger's touch events, so it measures no pinch. A finger seen again as new, a
/// new finger after [`STILL_FINGER_SECS`] of stillness, a focus loss or the pointer leaving
/// the window end the fingers the window has lost, with no click. Mouse events pass as they
/// are.
#[derive(Clone, Debug, Default)]
pub struct TouchPointer {
    /// Every finger on the screen, as far as the window knows.
    fingers: Vec<Finger>,
    /// The first finger of the gesture: the only one whose touch events egui sees.
    first: Option<FingerId>,
    /// Where the first finger pressed egui's pointer, while it still holds it: the gesture
    /// has had one finger so far.
    pressed_at: Option<Pos2>,
}

impl TouchPointer {
    /// Rewrites one frame's input: egui-winit's pointer events for touches are replaced by
    /// this pointer's. `raw.time` is the frame's time, which eframe sets before the app's
    /// input hook.
    pub fn filter(&mut self, raw: &mut RawInput) {
        let now = raw.time;
        let mut out = Vec::with_capacity(raw.events.len() + 2);
        // egui-winit follows each touch event with the pointer events it makes of it.
        let mut after_touch = false;
        for event in std::mem::take(&mut raw.events) {
            match event {
                Event::Touch { .. } => {
                    after_touch = true;
                    self.on_touch(event, now, &mut out);
                }
                Event::PointerMoved(_) | Event::PointerButton { .. } | Event::PointerGone
                    if after_touch => {}
                Event::PointerGone | Event::WindowFocused(false) => {
                    after_touch = false;
                    // The pointer left the window, or the window lost the focus: a finger
                    // still down will not be seen to lift.
                    self.lose_all(&mut out);
                    out.push(event);
                }
                _ => {
                    after_touch = false;
                    out.push(event);
                }
            }
        }
        raw.events = out;
    }

    /// Whether a finger is on the screen, as far as the window knows.
    pub fn any_finger_down(&self) -> bool {
        !self.fingers.is_empty()
    }

    fn on_touch(&mut self, event: Event, now: Option<f64>, out: &mut Vec<Event>) {
        let Event::Touch {
            device_id,
            id,
            phase,
            pos,
            ..
        } = event
        else {
            return;
        };
        let finger = (device_id, id);
        let known = self.fingers.iter().position(|f| f.id == finger);
        match phase {
            TouchPhase::Start => {
                if known.is_some() {
                    // The same finger again (the id of a touch that ended, reused): the end
                    // of the old touch was lost.
                    self.lose(finger, out);
                }
                self.lose_still(now, out);
                if self.fingers.is_empty() {
                    self.first = Some(finger);
                    self.pressed_at = Some(pos);
                    out.extend([event, Event::PointerMoved(pos), button(pos, true)]);
                } else if let Some(origin) = self.pressed_at.take() {
                    call_off(origin, out);
                }
                self.fingers.push(Finger {
                    id: finger,
                    pos,
                    seen: now,
                });
            }
            TouchPhase::Move => {
                let Some(index) = known else { return };
                self.fingers[index].pos = pos;
                self.fingers[index].seen = now;
                if self.first == Some(finger) {
                    out.push(event);
                    if self.pressed_at.is_some() {
                        out.push(Event::PointerMoved(pos));
                    }
                }
            }
            TouchPhase::End | TouchPhase::Cancel => {
                let Some(index) = known else { return };
                self.fingers.remove(index);
                if self.first != Some(finger) {
                    return;
                }
                self.first = None;
                out.push(event);
                match (self.pressed_at.take(), phase) {
                    (Some(_), TouchPhase::End) => {
                        out.extend([button(pos, false), Event::PointerGone]);
                    }
                    (Some(origin), _) => call_off(origin, out),
                    (None, _) => {}
                }
            }
        }
    }

    /// Ends a finger whose end the window will not see: with no click, and a cancelled touch
    /// for egui if it was the one egui follows.
    fn lose(&mut self, finger: FingerId, out: &mut Vec<Event>) {
        let Some(index) = self.fingers.iter().position(|f| f.id == finger) else {
            return;
        };
        let lost = self.fingers.remove(index);
        if self.first != Some(finger) {
            return;
        }
        self.first = None;
        out.push(Event::Touch {
            device_id: finger.0,
            id: finger.1,
            phase: TouchPhase::Cancel,
            pos: lost.pos,
            force: None,
        });
        if let Some(origin) = self.pressed_at.take() {
            call_off(origin, out);
        }
    }

    fn lose_all(&mut self, out: &mut Vec<Event>) {
        while let Some(finger) = self.fingers.first() {
            let id = finger.id;
            self.lose(id, out);
        }
    }

    /// Ends the fingers that have sent nothing for [`STILL_FINGER_SECS`].
    fn lose_still(&mut self, now: Option<f64>, out: &mut Vec<Event>) {
        let Some(now) = now else { return };
        let still: Vec<FingerId> = self
            .fingers
            .iter()
            .filter(|f| f.seen.is_some_and(|seen| now - seen >= STILL_FINGER_SECS))
            .map(|f| f.id)
            .collect();
        for finger in still {
            self.lose(finger, out);
        }
    }
}

fn button(pos: Pos2, pressed: bool) -> Event {
    Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    }
}

/// Releases the pointer pressed at `origin` with no click: it is first moved far beyond any
/// click distance, then released where it was pressed (so that no swipe is measured), and
/// then gone (so that nothing moves by the jump, and nothing is hovered).
fn call_off(origin: Pos2, out: &mut Vec<Event>) {
    out.extend([
        Event::PointerMoved(CALLED_OFF),
        button(origin, false),
        Event::PointerGone,
    ]);
}

fn is_blocked_key(key: Key, modifiers: Modifiers) -> bool {
    let command = modifiers.command || modifiers.ctrl || modifiers.mac_cmd;
    match key {
        Key::Escape | Key::F11 => true,
        Key::Tab | Key::F4 => modifiers.alt || command,
        Key::W
        | Key::Q
        | Key::Plus
        | Key::Minus
        | Key::Equals
        | Key::Num0
        | Key::A
        | Key::C
        | Key::X
        | Key::V => command,
        _ => modifiers.alt,
    }
}

#[cfg(test)]
mod tests {
    use egui::{Event, Key, Modifiers, RawInput};

    use super::filter_locked;

    mod touch {
        use egui::{
            Event, PointerButton, Pos2, RawInput, TouchDeviceId, TouchId, TouchPhase, pos2,
        };

        use crate::kiosk_input::{CALLED_OFF, STILL_FINGER_SECS, TouchPointer};

        fn touch(id: u64, phase: TouchPhase, pos: Pos2) -> Event {
            Event::Touch {
                device_id: TouchDeviceId(7),
                id: TouchId(id),
                phase,
                pos,
                force: None,
            }
        }

        fn button(pos: Pos2, pressed: bool) -> Event {
            Event::PointerButton {
                pos,
                button: PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            }
        }

        /// One frame at `time` through the filter.
        fn frame(filter: &mut TouchPointer, time: f64, events: Vec<Event>) -> Vec<Event> {
            let mut raw = RawInput {
                time: Some(time),
                events,
                ..RawInput::default()
            };
            filter.filter(&mut raw);
            raw.events
        }

        fn released(events: &[Event]) -> Option<Pos2> {
            events.iter().find_map(|e| match e {
                Event::PointerButton {
                    pos,
                    pressed: false,
                    ..
                } => Some(*pos),
                _ => None,
            })
        }

        fn pressed(events: &[Event]) -> bool {
            events
                .iter()
                .any(|e| matches!(e, Event::PointerButton { pressed: true, .. }))
        }

        /// The release of a called-off gesture: moved out of click distance first.
        fn called_off(events: &[Event], origin: Pos2) -> bool {
            let far = events
                .iter()
                .position(|e| *e == Event::PointerMoved(CALLED_OFF));
            let release = events.iter().position(|e| *e == button(origin, false));
            matches!((far, release), (Some(far), Some(release)) if far < release)
                && events.last() == Some(&Event::PointerGone)
        }

        #[test]
        fn one_finger_is_the_pointer_and_egui_winits_own_pointer_events_go() {
            let mut filter = TouchPointer::default();
            let a = pos2(100.0, 100.0);
            let b = pos2(110.0, 104.0);
            // What egui-winit sends: each touch event, then the pointer events it makes.
            let out = frame(
                &mut filter,
                0.0,
                vec![
                    touch(1, TouchPhase::Start, a),
                    Event::PointerMoved(a),
                    button(a, true),
                ],
            );
            assert_eq!(
                out,
                vec![
                    touch(1, TouchPhase::Start, a),
                    Event::PointerMoved(a),
                    button(a, true)
                ]
            );
            let out = frame(
                &mut filter,
                0.1,
                vec![touch(1, TouchPhase::Move, b), Event::PointerMoved(b)],
            );
            assert_eq!(
                out,
                vec![touch(1, TouchPhase::Move, b), Event::PointerMoved(b)]
            );
            let out = frame(
                &mut filter,
                0.2,
                vec![
                    touch(1, TouchPhase::End, b),
                    button(b, false),
                    Event::PointerGone,
                ],
            );
            assert_eq!(
                out,
                vec![
                    touch(1, TouchPhase::End, b),
                    button(b, false),
                    Event::PointerGone
                ]
            );
            assert!(!filter.any_finger_down());
        }

        #[test]
        fn a_second_finger_calls_the_gesture_off_until_every_finger_has_lifted() {
            let mut filter = TouchPointer::default();
            let a = pos2(100.0, 100.0);
            let b = pos2(300.0, 100.0);
            frame(&mut filter, 0.0, vec![touch(1, TouchPhase::Start, a)]);
            let out = frame(&mut filter, 0.1, vec![touch(2, TouchPhase::Start, b)]);
            assert!(called_off(&out, a), "{out:?}");
            // egui sees neither the second finger nor, now, any pointer movement.
            let out = frame(
                &mut filter,
                0.2,
                vec![
                    touch(1, TouchPhase::Move, a - egui::vec2(200.0, 0.0)),
                    touch(2, TouchPhase::Move, b + egui::vec2(200.0, 0.0)),
                ],
            );
            assert_eq!(
                out,
                vec![touch(1, TouchPhase::Move, a - egui::vec2(200.0, 0.0))]
            );
            let out = frame(&mut filter, 0.3, vec![touch(1, TouchPhase::End, a)]);
            assert_eq!(out, vec![touch(1, TouchPhase::End, a)]);
            // A finger landing while the second is still down is no new gesture.
            let out = frame(&mut filter, 0.4, vec![touch(3, TouchPhase::Start, a)]);
            assert!(out.is_empty(), "{out:?}");
            frame(
                &mut filter,
                0.5,
                vec![touch(2, TouchPhase::End, b), touch(3, TouchPhase::End, a)],
            );
            let out = frame(&mut filter, 0.6, vec![touch(4, TouchPhase::Start, a)]);
            assert!(pressed(&out), "all lifted: a new gesture {out:?}");
        }

        #[test]
        fn a_palm_in_one_frame_presses_and_releases_with_no_click() {
            let mut filter = TouchPointer::default();
            let events = (0..5_u16)
                .map(|i| {
                    let x = 100.0 + 40.0 * f32::from(i);
                    touch(i.into(), TouchPhase::Start, pos2(x, 500.0))
                })
                .collect();
            let out = frame(&mut filter, 0.0, events);
            assert!(called_off(&out, pos2(100.0, 500.0)), "{out:?}");
            assert_eq!(
                out.iter()
                    .filter(|e| matches!(e, Event::Touch { .. }))
                    .count(),
                1,
                "egui sees one finger only"
            );
        }

        #[test]
        fn a_lost_finger_is_released_with_no_click() {
            let a = pos2(100.0, 100.0);
            for ending in [Event::WindowFocused(false), Event::PointerGone] {
                let mut filter = TouchPointer::default();
                frame(&mut filter, 0.0, vec![touch(1, TouchPhase::Start, a)]);
                let out = frame(&mut filter, 0.5, vec![ending.clone()]);
                assert_eq!(out[0], touch(1, TouchPhase::Cancel, a), "{ending:?}");
                assert!(
                    released(&out) == Some(a) && out.contains(&Event::PointerMoved(CALLED_OFF))
                );
                assert_eq!(out.last(), Some(&ending));
                assert!(!filter.any_finger_down());
                // Its end, if it comes after all, changes nothing.
                let out = frame(&mut filter, 0.6, vec![touch(1, TouchPhase::End, a)]);
                assert!(out.is_empty(), "{out:?}");
            }
        }

        #[test]
        fn a_finger_seen_new_again_ends_the_old_touch_and_taps() {
            let mut filter = TouchPointer::default();
            let a = pos2(100.0, 100.0);
            let b = pos2(500.0, 300.0);
            frame(&mut filter, 0.0, vec![touch(0, TouchPhase::Start, a)]);
            let out = frame(&mut filter, 0.5, vec![touch(0, TouchPhase::Start, b)]);
            assert!(out.contains(&touch(0, TouchPhase::Cancel, a)), "{out:?}");
            assert_eq!(released(&out), Some(a));
            assert_eq!(out.last(), Some(&button(b, true)));
        }

        #[test]
        fn a_new_finger_after_a_still_one_is_a_gesture_of_its_own() {
            let a = pos2(100.0, 100.0);
            let b = pos2(500.0, 300.0);
            let mut filter = TouchPointer::default();
            frame(&mut filter, 0.0, vec![touch(1, TouchPhase::Start, a)]);
            let out = frame(
                &mut filter,
                STILL_FINGER_SECS - 0.1,
                vec![touch(2, TouchPhase::Start, b)],
            );
            assert!(called_off(&out, a) && !pressed(&out), "{out:?}");

            let mut filter = TouchPointer::default();
            frame(&mut filter, 0.0, vec![touch(1, TouchPhase::Start, a)]);
            let out = frame(
                &mut filter,
                STILL_FINGER_SECS,
                vec![touch(2, TouchPhase::Start, b)],
            );
            assert_eq!(released(&out), Some(a));
            assert_eq!(out.last(), Some(&button(b, true)));
        }

        #[test]
        fn mouse_events_pass() {
            let mut filter = TouchPointer::default();
            let a = pos2(10.0, 10.0);
            let events = vec![Event::PointerMoved(a), button(a, true), button(a, false)];
            assert_eq!(frame(&mut filter, 0.0, events.clone()), events);
        }
    }

    fn key(key: Key, modifiers: Modifiers) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn survives(event: Event) -> bool {
        let mut raw = RawInput {
            events: vec![event],
            ..RawInput::default()
        };
        filter_locked(&mut raw);
        !raw.events.is_empty()
    }

    #[test]
    fn escape_hatches_are_dropped() {
        let ctrl = Modifiers::CTRL;
        for event in [
            key(Key::Escape, Modifiers::NONE),
            key(Key::F11, Modifiers::NONE),
            key(Key::F4, Modifiers::ALT),
            key(Key::Tab, Modifiers::ALT),
            key(Key::Tab, ctrl),
            key(Key::W, ctrl),
            key(Key::Q, ctrl),
            key(Key::Plus, ctrl),
            key(Key::Minus, ctrl),
            key(Key::Equals, ctrl),
            key(Key::Num0, ctrl),
            key(Key::A, ctrl),
            key(Key::C, ctrl),
            Event::Copy,
            Event::Cut,
            Event::Paste("x".to_owned()),
            Event::Zoom(1.5),
        ] {
            assert!(!survives(event.clone()), "{event:?} should be dropped");
        }
    }

    #[test]
    fn ordinary_input_passes() {
        assert!(survives(key(Key::Num5, Modifiers::NONE)));
        assert!(survives(key(Key::ArrowDown, Modifiers::NONE)));
        // Keyboard and switch users move focus and press with these.
        assert!(survives(key(Key::Tab, Modifiers::NONE)));
        assert!(survives(key(Key::Tab, Modifiers::SHIFT)));
        assert!(survives(key(Key::Enter, Modifiers::NONE)));
        assert!(survives(key(Key::Space, Modifiers::NONE)));
        assert!(survives(Event::PointerMoved(egui::pos2(10.0, 10.0))));
        assert!(survives(Event::Text("a".to_owned())));
    }
}
