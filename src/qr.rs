//! QR codes for the official resources: the kiosk never opens a link, a visitor scans it.

/// A square grid of modules, dark = `true`, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side, without the quiet zone.
    pub width: usize,
    /// `width * width` modules.
    pub modules: Vec<bool>,
}

/// Modules of light margin around a code that scanners need.
pub const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// Encodes `url` at error-correction level M (survives smudges and glare on a screen).
    ///
    /// # Errors
    /// Only if the URL is too long for any QR version.
    pub fn encode(url: &str) -> Result<Self, qrcode::types::QrError> {
        let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M)?;
        Ok(Self {
            width: code.width(),
            modules: code
                .into_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect(),
        })
    }

    /// Whether the module at (`x`, `y`) is dark; the quiet zone and beyond are light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width
            && y < self.width
            && self
                .modules
                .get(y * self.width + x)
                .copied()
                .unwrap_or(false)
    }

    /// Renders to greyscale pixels, `scale` pixels a module, with the quiet zone: what the
    /// screen shows, and what the tests decode.
    pub fn to_luma(&self, scale: usize) -> (usize, Vec<u8>) {
        let side = (self.width + 2 * QUIET_ZONE) * scale;
        let mut pixels = vec![255u8; side * side];
        for (i, pixel) in pixels.iter_mut().enumerate() {
            let (px, py) = (i % side, i / side);
            let (mx, my) = (px / scale, py / scale);
            if mx >= QUIET_ZONE
                && my >= QUIET_ZONE
                && self.is_dark(mx - QUIET_ZONE, my - QUIET_ZONE)
            {
                *pixel = 0;
            }
        }
        (side, pixels)
    }
}
