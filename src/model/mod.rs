//! Pure state with no egui: what one visitor changed, where they are, the idle timer and the
//! staff entry. Every function that depends on time takes `now` as a parameter.

pub mod idle;
pub mod navigation;
pub mod notice;
pub mod session;
pub mod staff;
pub mod staff_session;
pub mod swipe;

pub use idle::{IdlePhase, IdleTimer};
pub use navigation::Screen;
pub use notice::Notice;
pub use session::{Overlay, Session, SessionDefaults, TextScale};
pub use staff_session::{PinChangeStage, STAFF_IDLE_SECS, StaffScreen, StaffSession};
