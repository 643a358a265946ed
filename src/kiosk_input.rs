//! Input rules of a locked kiosk: which events count as a visitor's activity, and which
//! keyboard shortcuts are dropped before any widget sees them.

use egui::{Event, InputState, Key, Modifiers, RawInput};

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

fn is_blocked_key(key: Key, modifiers: Modifiers) -> bool {
    let command = modifiers.command || modifiers.ctrl || modifiers.mac_cmd;
    match key {
        Key::Escape | Key::F11 => true,
        Key::Tab => modifiers.alt || command,
        Key::F4 => modifiers.alt || command,
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
