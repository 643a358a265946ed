//! TEMPORARY until the layered config lands: settings and PIN hashing only.

mod settings;

pub use settings::{ConsultationDesk, Settings};

/// Writes a file atomically.
///
/// # Errors
/// Any I/O error.
pub fn write_atomically(path: &std::path::Path, contents: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, contents)?;
    std::fs::rename(tmp, path)
}

/// PIN hashing.
pub mod pin {
    use argon2::{Argon2, PasswordHash, PasswordVerifier};

    /// Whether `pin` matches the argon2id `phc_hash`.
    pub fn verify_pin(phc_hash: &str, pin: &str) -> bool {
        PasswordHash::new(phc_hash).is_ok_and(|hash| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
    }
}
