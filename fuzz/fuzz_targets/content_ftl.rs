//! The content lint and loader with one Fluent file replaced by the input: no crash, every
//! problem at a real place, and the content still loads, since its structure is untouched.
//!
//! The input's first byte picks the file: 0 and 1 the two files of the small `clean` test
//! fixture (quick, so most runs go there), 2 to 9 the real content's eight files.

#![no_main]

mod common;

use immuno_kiosk::content::Library;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((pick, rest)) = data.split_first() else {
        return;
    };
    let pick = usize::from(*pick) % 10;
    let (mut source, index) = match pick {
        0 | 1 => (common::fixture(), pick),
        _ => (immuno_kiosk::content::ContentSource::embedded(), pick - 2),
    };
    if let Some(file) = source
        .locales
        .iter_mut()
        .flat_map(|l| l.files.iter_mut())
        .nth(index)
    {
        file.text = String::from_utf8_lossy(rest).into_owned();
    }
    let problems = common::lint(&source);
    common::assert_well_formed(&source, &problems);
    let (library, _log) = Library::load(&source).expect("the structure is untouched");
    for track in library.tracks() {
        for page in &track.pages {
            for id in immuno_kiosk::lint::page_budget_ids(page) {
                let _ = library.i18n.text("en", &id, &[]);
            }
        }
    }
});
