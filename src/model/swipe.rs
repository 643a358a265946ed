//! Horizontal swipes that page, told apart from vertical drags that scroll and from taps.

/// Minimum horizontal travel, in points, for a swipe.
pub const MIN_SWIPE_DISTANCE: f32 = 140.0;
/// A swipe must be at least this many times wider than it is tall.
pub const MIN_SWIPE_RATIO: f32 = 2.0;

/// What a finished drag meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swipe {
    /// Finger moved right to left: go to the next page.
    Next,
    /// Finger moved left to right: go to the previous page.
    Previous,
}

/// Classifies a press-to-release movement `(dx, dy)` in points.
pub fn classify(dx: f32, dy: f32) -> Option<Swipe> {
    if dx.abs() < MIN_SWIPE_DISTANCE || dx.abs() < MIN_SWIPE_RATIO * dy.abs() {
        return None;
    }
    Some(if dx < 0.0 {
        Swipe::Next
    } else {
        Swipe::Previous
    })
}

#[cfg(test)]
mod tests {
    use super::{Swipe, classify};

    #[test]
    fn a_long_leftward_drag_goes_forward() {
        assert_eq!(classify(-300.0, 20.0), Some(Swipe::Next));
        assert_eq!(classify(300.0, -20.0), Some(Swipe::Previous));
    }

    #[test]
    fn a_vertical_drag_scrolls_and_does_not_page() {
        assert_eq!(classify(-150.0, 400.0), None);
    }

    #[test]
    fn a_drifting_tap_is_not_a_swipe() {
        assert_eq!(classify(30.0, 5.0), None);
    }
}
