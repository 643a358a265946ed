//! QR codes as textures, made once when the content or the consultation desk changes.

use std::collections::HashMap;

use egui::{ColorImage, TextureHandle, TextureOptions};

use super::theme::Palette;
use crate::qr::QrMatrix;

/// Pixels per module in the texture; the image is drawn scaled with nearest-neighbour
/// filtering, so it stays sharp at any size.
const PIXELS_PER_MODULE: usize = 4;

/// Textures by URL.
#[derive(Default)]
pub struct QrTextures {
    by_url: HashMap<String, TextureHandle>,
}

impl QrTextures {
    /// Encodes every URL; one that cannot be encoded is logged and shown without a code.
    pub fn new<'u>(
        ctx: &egui::Context,
        palette: &Palette,
        urls: impl IntoIterator<Item = &'u str>,
    ) -> Self {
        let mut by_url = HashMap::new();
        for url in urls {
            if by_url.contains_key(url) {
                continue;
            }
            match QrMatrix::encode(url) {
                Ok(matrix) => {
                    let (side, luma) = matrix.to_luma(PIXELS_PER_MODULE);
                    let pixels = luma
                        .iter()
                        .map(|&v| {
                            if v == 0 {
                                palette.qr_dark
                            } else {
                                palette.qr_light
                            }
                        })
                        .collect();
                    let image = ColorImage::new([side, side], pixels);
                    let texture =
                        ctx.load_texture(format!("qr {url}"), image, TextureOptions::NEAREST);
                    by_url.insert(url.to_owned(), texture);
                }
                Err(err) => tracing::warn!("cannot make a QR code for {url}: {err}"),
            }
        }
        Self { by_url }
    }

    /// The texture for `url`, if it could be made.
    pub fn get(&self, url: &str) -> Option<&TextureHandle> {
        self.by_url.get(url)
    }
}
