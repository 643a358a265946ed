//! Pure state with no egui: what one visitor changed, where they are, the idle timer and the
//! staff entry. Every function that depends on time takes `now` as a parameter.

pub mod idle;
pub mod navigation;
pub mod session;
pub mod staff;
pub mod swipe;

pub use idle::{IdlePhase, IdleTimer};
pub use navigation::Screen;
pub use session::{Overlay, PinChangeStage, Session, SessionDefaults, TextScale};
