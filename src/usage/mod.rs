//! Anonymous usage counts: what is counted (per local date, never per visitor), the `SQLite`
//! store in the state directory, the thread that writes it and the `node_exporter` textfile,
//! and the reports for staff and IT. No egui: the app feeds it events and draws its summary.
//!
//! Nothing here records a time finer than the day, the order of a visitor's steps, or
//! anything typed.

pub mod counter;
pub mod counts;
pub mod day;
pub mod report;
pub mod store;
pub mod textfile;
pub mod writer;

pub use counter::Counter;
pub use counts::{Event, Kind, Tally};
pub use report::Summary;
pub use store::{DB_FILE, Store, StoreError};
pub use writer::{Health, StoreStatus, Writer, WriterConfig};
