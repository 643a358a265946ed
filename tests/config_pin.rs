//! The staff PIN: argon2id hashes with a random salt, checked safely.

use immuno_kiosk::config::parse_settings;
use immuno_kiosk::config::pin::{PinError, hash_pin, is_valid_pin, verify_pin};

#[test]
fn a_hashed_pin_verifies_and_a_wrong_one_does_not() {
    let hash = hash_pin("4711").expect("hashed");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(verify_pin(&hash, "4711"));
    assert!(!verify_pin(&hash, "4712"));
    assert!(!verify_pin(&hash, "47110"));
    assert!(!verify_pin(&hash, ""));
}

#[test]
fn each_hash_has_its_own_salt() {
    let first = hash_pin("123456").expect("hashed");
    let second = hash_pin("123456").expect("hashed");
    assert_ne!(first, second);
    assert!(verify_pin(&second, "123456"));
}

#[test]
fn only_4_to_12_ascii_digits_are_pins() {
    for valid in ["0000", "1234", "123456789012"] {
        assert!(is_valid_pin(valid), "{valid}");
    }
    for invalid in [
        "",
        "123",
        "1234567890123",
        "12a4",
        "12 34",
        "-1234",
        "１２３４",
        "１２3",
    ] {
        assert!(!is_valid_pin(invalid), "{invalid:?}");
        assert!(
            matches!(hash_pin(invalid), Err(PinError::Invalid)),
            "{invalid:?}"
        );
    }
    assert_eq!(
        PinError::Invalid.to_string(),
        "a PIN is 4 to 12 digits (0-9)"
    );
}

#[test]
fn malformed_foreign_or_costly_hashes_never_verify() {
    let hash = hash_pin("2580").expect("hashed");
    let argon2i = hash.replacen("$argon2id$", "$argon2i$", 1);
    // 4 GiB of memory per check: a typo or a hostile file must not exhaust the kiosk.
    let costly = hash.replacen("m=19456", "m=4194304", 1);
    for bad in [
        "",
        "2580",
        "$argon2id$",
        "$argon2id$v=19$m=19456,t=2,p=1$",
        argon2i.as_str(),
        costly.as_str(),
    ] {
        assert!(!verify_pin(bad, "2580"), "{bad:?}");
        let (settings, warnings) = parse_settings(&format!("(staff_pin_hash: {bad:?})"), &[]);
        assert_eq!(settings.staff_pin_hash, None, "{bad:?}");
        if !bad.is_empty() {
            let warning = warnings.first().expect("a warning");
            assert!(
                warning.message.starts_with("staff_pin_hash: "),
                "{}",
                warning.message
            );
            assert!(
                bad.len() < 12 || !warning.message.contains(bad),
                "the hash is never echoed"
            );
        }
    }
    let (settings, warnings) = parse_settings(&format!("(staff_pin_hash: Some({hash:?}))"), &[]);
    assert_eq!(
        (settings.staff_pin_hash.as_deref(), warnings),
        (Some(hash.as_str()), vec![])
    );
}
