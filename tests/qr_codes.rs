//! Every QR code the kiosk shows decodes back to its URL, as a phone camera would read it.

#![allow(
    clippy::expect_used,
    reason = "test helpers: a failed expect is a failed test (allow-expect-in-tests covers only #[test] functions)"
)]

use immuno_kiosk::content::{ContentSource, Library};
use immuno_kiosk::qr::QrMatrix;

/// Decodes the image the kiosk draws for `url` (4 px a module, with the quiet zone).
fn decode(url: &str) -> String {
    let matrix = QrMatrix::encode(url).expect("encodes");
    let (side, pixels) = matrix.to_luma(4);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        pixels.get(y * side + x).copied().unwrap_or(255)
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found for {url}");
    let (_, content) = grids[0].decode().expect("decodes");
    content
}

#[test]
fn every_link_in_the_content_decodes_to_its_url() {
    let (library, _) = Library::load(&ContentSource::embedded()).expect("content parses");
    assert!(
        library.spec.links.len() >= 5,
        "the official resources are linked"
    );
    for link in &library.spec.links {
        assert!(link.url.starts_with("https://"), "{} is https", link.url);
        assert_eq!(decode(&link.url), link.url);
    }
}

#[test]
fn a_hospital_desk_url_decodes_too() {
    let url = "https://hospital.example.jp/gan/soudan/index.html?lang=ja#desk";
    assert_eq!(decode(url), url);
}

#[test]
fn the_quiet_zone_is_light_and_the_finder_corner_is_dark() {
    let matrix = QrMatrix::encode("https://ganjoho.jp/").expect("encodes");
    let (side, pixels) = matrix.to_luma(1);
    assert_eq!(side, matrix.width + 2 * immuno_kiosk::qr::QUIET_ZONE);
    assert_eq!(pixels[0], 255, "quiet zone");
    let corner = immuno_kiosk::qr::QUIET_ZONE * side + immuno_kiosk::qr::QUIET_ZONE;
    assert_eq!(pixels[corner], 0, "finder pattern");
}
