//! Pure state with no egui: what one visitor changed, where they are, the idle timer, the
//! staff entry (gesture, PIN shape, lock-out) and an unlocked staff session with its notices.
//! Every function that depends on time takes `now` as a parameter; whatever needs a hash or
//! a file (the PIN check, saving) is passed in as an answer, so the steps stay testable.

pub mod idle;
pub mod navigation;
pub mod notice;
pub mod reading;
pub mod session;
pub mod staff;
pub mod staff_session;
pub mod swipe;

pub use idle::{IdlePhase, IdleTimer};
pub use navigation::Screen;
pub use notice::Notice;
pub use reading::Reading;
pub use session::{Furigana, Overlay, Session, SessionDefaults, TextScale};
pub use staff_session::{PinChangeStage, STAFF_IDLE_SECS, StaffScreen, StaffSession};
