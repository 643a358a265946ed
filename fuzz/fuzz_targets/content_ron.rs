//! The content lint and loader with the input as `content.ron`: no crash, every problem at
//! a real place, and the loader refuses the structure exactly when the lint says it cannot
//! be read, at the same line.
//!
//! The input's first byte picks the Fluent files: even, the small `clean` test fixture's
//! (quick); odd, the real content's.

#![no_main]

mod common;

use immuno_kiosk::content::{ContentSource, Library, LibraryError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((pick, rest)) = data.split_first() else {
        return;
    };
    let mut source = if pick % 2 == 0 {
        common::fixture()
    } else {
        ContentSource::embedded()
    };
    source.structure.text = String::from_utf8_lossy(rest).into_owned();
    let problems = common::lint(&source);
    common::assert_well_formed(&source, &problems);
    let unreadable = problems
        .iter()
        .find(|p| p.file == source.structure.path && p.message.contains("cannot be read"));
    match Library::load(&source) {
        Ok(_) => assert!(unreadable.is_none(), "{unreadable:?}"),
        Err(LibraryError::Structure { line, message, .. }) => {
            let problem = unreadable.expect("the lint reports what the loader refuses");
            assert_eq!(problem.line, line.max(1), "{problem}");
            assert!(!message.is_empty());
        }
    }
});
