//! The staff PIN: stored only as an argon2id hash in PHC string form.
//!
//! A 4-digit PIN has only 10,000 values, so the hash's cost is what protects it if a
//! settings file leaks; keep such files readable by the kiosk user only.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, Salt, SaltString};
use argon2::{ARGON2ID_IDENT, Argon2, Params};

pub use crate::model::staff::{MAX_PIN_DIGITS, MIN_PIN_DIGITS, is_valid_pin};

/// The largest argon2 memory cost accepted from a file, in KiB (256 MiB). A file asking
/// for more could exhaust the kiosk's memory at the first PIN check.
const MAX_MEMORY_KIB: u32 = 256 * 1024;
/// The largest argon2 time cost accepted from a file.
const MAX_ITERATIONS: u32 = 16;
/// The largest argon2 parallelism accepted from a file.
const MAX_LANES: u32 = 16;

/// Why a PIN could not be hashed.
#[derive(Debug, thiserror::Error)]
pub enum PinError {
    /// The PIN is not 4 to 12 ASCII digits.
    #[error("a PIN is {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits (0-9)")]
    Invalid,
    /// The operating system gave no random bytes for the salt.
    #[error("no random numbers for the salt: {0}")]
    Random(String),
    /// argon2 failed (it should not with default parameters).
    #[error("hashing the PIN failed: {0}")]
    Hash(String),
}

/// Hashes a PIN with argon2id (default costs) and a fresh random salt, as a PHC string.
///
/// # Errors
/// [`PinError::Invalid`] if `pin` is not 4 to 12 digits; the others only if the system
/// cannot provide random numbers.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    if !is_valid_pin(pin) {
        return Err(PinError::Invalid);
    }
    // `SaltString::generate` would panic if the OS had no randomness; ask fallibly instead.
    let mut bytes = [0_u8; Salt::RECOMMENDED_LENGTH];
    OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| PinError::Random(e.to_string()))?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| PinError::Hash(e.to_string()))?;
    let hash = Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|e| PinError::Hash(e.to_string()))?;
    Ok(hash.to_string())
}

/// Whether `pin` matches `phc_hash`. False for a malformed hash, one that is not argon2id,
/// one with excessive costs, or an invalid PIN.
#[must_use]
pub fn verify_pin(phc_hash: &str, pin: &str) -> bool {
    if !is_valid_pin(pin) || check_phc(phc_hash).is_err() {
        return false;
    }
    let Ok(hash) = PasswordHash::new(phc_hash) else {
        return false;
    };
    Argon2::default()
        .verify_password(pin.as_bytes(), &hash)
        .is_ok()
}

/// Checks that `phc` is a usable argon2id hash; the error says why not, without the hash.
pub(crate) fn check_phc(phc: &str) -> Result<(), String> {
    let Ok(hash) = PasswordHash::new(phc) else {
        return Err("not a PHC hash string (set it with `immuno-kiosk set-pin`)".to_owned());
    };
    if hash.algorithm != ARGON2ID_IDENT {
        return Err(format!("the hash uses {}, not argon2id", hash.algorithm));
    }
    if hash.salt.is_none() || hash.hash.is_none() {
        return Err("the hash has no salt or no hash value".to_owned());
    }
    let params = Params::try_from(&hash).map_err(|e| format!("bad argon2 parameters: {e}"))?;
    if params.m_cost() > MAX_MEMORY_KIB
        || params.t_cost() > MAX_ITERATIONS
        || params.p_cost() > MAX_LANES
    {
        return Err(format!(
            "argon2 costs m={} t={} p={} exceed the limits m={MAX_MEMORY_KIB} t={MAX_ITERATIONS} \
             p={MAX_LANES}",
            params.m_cost(),
            params.t_cost(),
            params.p_cost()
        ));
    }
    Ok(())
}
