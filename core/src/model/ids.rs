//! Record identifiers.

/// A new random identifier: 128 bits as 32 lowercase hex digits.
///
/// `random` supplies 16 random bytes (the browser's `crypto.getRandomValues`
/// in the app, a seeded source in tests), keeping this module pure.
pub fn new_id(random: [u8; 16]) -> String {
    let mut s = String::with_capacity(32);
    for b in random {
        s.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
        s.push(char::from_digit(u32::from(b & 0x0f), 16).unwrap_or('0'));
    }
    s
}

/// Whether `id` is acceptable as a record key: 1 to 64 characters of
/// ASCII letters, digits, `-` and `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_hex_and_valid() {
        let id = new_id([0xab; 16]);
        assert_eq!(id.len(), 32);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
        assert!(is_valid_id(&id));
    }

    #[test]
    fn rejects_odd_ids() {
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("__proto__ "));
        assert!(!is_valid_id("a/b"));
        assert!(!is_valid_id(&"x".repeat(65)));
        assert!(is_valid_id("tvc_30s-2"));
    }
}
