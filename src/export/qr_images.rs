//! The QR codes of an export as PNG files, `qr/1.png`, `qr/2.png` …, one per distinct URL
//! in the order the pages first show them, drawn by the same encoder as the kiosk's screen.

use std::path::Path;

use super::{ExportError, WrittenFile, write_file};
use crate::qr::QrMatrix;

/// Pixels a module: a code of 40-odd modules becomes a PNG of about 400 pixels, sharp when
/// printed at 4 cm and easy for a phone to read off a screen.
pub const MODULE_PIXELS: usize = 8;

/// Where a code's image is, relative to the export's root, and its side in pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct QrImage {
    /// E.g. `qr/3.png`.
    pub(crate) path: String,
    /// Width and height in pixels, quiet zone included.
    pub(crate) side: usize,
}

/// The codes the pages use, collected while they are written.
#[derive(Debug, Default)]
pub(crate) struct QrImages {
    codes: Vec<(String, QrMatrix)>,
}

impl QrImages {
    /// The image for `url`, the same file for every page and language that shows it; `None`
    /// (the page then prints only the address) if the URL is too long for any QR code.
    pub(crate) fn image(&mut self, url: &str) -> Option<QrImage> {
        let index = match self.codes.iter().position(|(known, _)| known == url) {
            Some(index) => index,
            None => match QrMatrix::encode(url) {
                Ok(matrix) => {
                    self.codes.push((url.to_owned(), matrix));
                    self.codes.len() - 1
                }
                Err(err) => {
                    tracing::warn!("no QR code for {url}: {err}");
                    return None;
                }
            },
        };
        let (_, matrix) = self.codes.get(index)?;
        Some(QrImage {
            path: file_name(index),
            side: (matrix.width + 2 * crate::qr::QUIET_ZONE) * MODULE_PIXELS,
        })
    }

    /// Writes every collected code under `root`.
    pub(crate) fn write(
        &self,
        root: &Path,
        written: &mut Vec<WrittenFile>,
    ) -> Result<(), ExportError> {
        for (index, (_, matrix)) in self.codes.iter().enumerate() {
            let path = root.join(file_name(index));
            let png = encode_png(matrix).map_err(|reason| ExportError::Png {
                path: path.clone(),
                reason,
            })?;
            written.push(write_file(&path, &png)?);
        }
        Ok(())
    }
}

fn file_name(index: usize) -> String {
    format!("qr/{}.png", index + 1)
}

/// A greyscale PNG of the code, black on white, with the quiet zone.
fn encode_png(matrix: &QrMatrix) -> Result<Vec<u8>, image::ImageError> {
    let (side, pixels) = matrix.to_luma(MODULE_PIXELS);
    let too_large = || {
        image::ImageError::Limits(image::error::LimitError::from_kind(
            image::error::LimitErrorKind::DimensionError,
        ))
    };
    let side = u32::try_from(side).map_err(|_| too_large())?;
    let image = image::GrayImage::from_raw(side, side, pixels).ok_or_else(too_large)?;
    let mut png = Vec::new();
    image.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::{MODULE_PIXELS, QrImages, encode_png};
    use crate::qr::QrMatrix;

    #[test]
    fn the_same_url_gets_the_same_file_and_another_url_the_next() {
        let mut images = QrImages::default();
        let first = images.image("https://ganjoho.jp/").expect("encodes");
        let second = images.image("https://jrct.niph.go.jp/").expect("encodes");
        assert_eq!(first.path, "qr/1.png");
        assert_eq!(second.path, "qr/2.png");
        assert_eq!(images.image("https://ganjoho.jp/"), Some(first));
    }

    #[test]
    fn a_url_too_long_for_any_code_has_no_image() {
        let mut images = QrImages::default();
        assert_eq!(images.image(&"https://x.jp/".repeat(400)), None);
    }

    #[test]
    fn the_png_has_the_side_the_page_announces() {
        let mut images = QrImages::default();
        let url = "https://ganjoho.jp/";
        let announced = images.image(url).expect("encodes");
        let png = encode_png(&QrMatrix::encode(url).expect("encodes")).expect("png");
        let decoded = image::load_from_memory(&png).expect("decodes").into_luma8();
        assert_eq!(decoded.width() as usize, announced.side);
        assert_eq!(announced.side % MODULE_PIXELS, 0);
    }
}
