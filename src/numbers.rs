//! The number parsers, one family: every number the crate reads from text (a parameter, a
//! script's value or expiry, a memcached reply, a server list, a host's version) goes through one
//! of these. Each states its syntax exactly; all are ASCII decimal, none allocates.
//!
//! Two syntaxes on purpose: [`parse_u64`] and [`parse_i64`] take nothing but the number (a
//! reply, an address, a host's own canonical text), while [`parse_int`] also takes white space
//! around it, as a person writes a parameter or a script builds a value.

use crate::error::{Error, Result};

/// Unsigned decimal: one or more ASCII digits `0`-`9` and nothing else: no sign, no white space,
/// no `_`. Leading zeros are fine, any number of them. `None` when empty, on any other byte, or
/// over `u64::MAX`. (Rust's `u64::from_str` without its `+`.)
pub fn parse_u64(text: &[u8]) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    text.iter().try_fold(0u64, |n, &d| {
        if !d.is_ascii_digit() {
            return None;
        }
        n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
    })
}

/// A number in a memcached reply (a length, flags, a CAS value, a counter): [`parse_u64`] in at
/// most 20 characters, the most a `u64` takes. memcached writes no leading zeros, so a longer
/// number is a malformed reply even when its value would fit.
pub fn parse_reply_u64(digits: &[u8]) -> Option<u64> {
    if digits.len() > 20 {
        return None;
    }
    parse_u64(digits)
}

/// Signed decimal: an optional `+` or `-`, then [`parse_u64`]'s digits; nothing else, no white
/// space. `None` outside `i64` (-9223372036854775808 is in). Rust's `i64::from_str`.
pub fn parse_i64(text: &[u8]) -> Option<i64> {
    match text {
        [b'-', digits @ ..] => 0i64.checked_sub_unsigned(parse_u64(digits)?),
        [b'+', digits @ ..] => i64::try_from(parse_u64(digits)?).ok(),
        digits => i64::try_from(parse_u64(digits)?).ok(),
    }
}

/// A whole number as a person writes a parameter or a script builds a value: [`parse_i64`] with
/// white space allowed around it (`str::trim`: any Unicode white space, at either end; none
/// between the sign and the digits).
pub fn parse_int(text: &str) -> Option<i64> {
    parse_i64(text.trim().as_bytes())
}

/// An expiry in seconds as memcached takes it: 0 (never) to 2^31 - 1 (memcached reads a signed
/// 32-bit int; more than 30 days is a Unix time). Anything else is [`Error::BadExpiry`].
pub fn expiry_seconds(n: i64) -> Result<u32> {
    u32::try_from(n)
        .ok()
        .filter(|&n| n <= i32::MAX as u32)
        .ok_or_else(|| Error::BadExpiry(n.to_string()))
}

/// An expiry written as text: [`parse_int`], then [`expiry_seconds`]. The error quotes the text.
pub fn parse_expiry(text: &str) -> Result<u32> {
    parse_int(text)
        .and_then(|n| expiry_seconds(n).ok())
        .ok_or_else(|| Error::BadExpiry(crate::logging::quoted(text.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsigned_number_is_digits_and_nothing_else() {
        assert_eq!(parse_u64(b"0"), Some(0));
        assert_eq!(parse_u64(b"11211"), Some(11211));
        assert_eq!(parse_u64(b"18446744073709551615"), Some(u64::MAX));
        for bad in [
            &b""[..],
            b"+1",
            b"-1",
            b" 1",
            b"1 ",
            b"1_000",
            b"0x10",
            b"1.0",
            b"\xd9\xa1", // ARABIC-INDIC DIGIT ONE: a digit, but not an ASCII one
        ] {
            assert_eq!(parse_u64(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn an_unsigned_number_past_u64_is_none_and_leading_zeros_are_any_length() {
        assert_eq!(parse_u64(b"18446744073709551616"), None);
        assert_eq!(parse_u64(b"99999999999999999999999"), None);
        assert_eq!(parse_u64(b"0000000000000000000000011211"), Some(11211));
    }

    #[test]
    fn an_unsigned_number_is_what_rust_reads_less_the_plus_sign() {
        for text in [
            "0",
            "7",
            "00",
            "4294967296",
            "18446744073709551616",
            "",
            "-0",
            "a",
        ] {
            assert_eq!(
                parse_u64(text.as_bytes()),
                text.parse::<u64>().ok(),
                "{text:?}"
            );
        }
        assert_eq!("+7".parse::<u64>().ok(), Some(7));
        assert_eq!(parse_u64(b"+7"), None);
    }

    #[test]
    fn a_reply_number_has_at_most_twenty_characters() {
        assert_eq!(parse_reply_u64(b"18446744073709551615"), Some(u64::MAX));
        assert_eq!(
            parse_reply_u64(b"00000000000000000001"),
            Some(1),
            "20 characters"
        );
        assert_eq!(parse_reply_u64(b"000000000000000000001"), None, "21");
        assert_eq!(parse_reply_u64(b"12a"), None);
        assert_eq!(parse_reply_u64(b""), None);
    }

    #[test]
    fn a_signed_number_takes_one_sign_and_no_white_space() {
        assert_eq!(parse_i64(b"42"), Some(42));
        assert_eq!(parse_i64(b"+42"), Some(42));
        assert_eq!(parse_i64(b"-42"), Some(-42));
        assert_eq!(parse_i64(b"-0"), Some(0));
        for bad in [&b""[..], b"+", b"-", b"+-1", b"--1", b" 1", b"1 ", b"- 1"] {
            assert_eq!(parse_i64(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn a_signed_number_covers_i64_and_no_more() {
        assert_eq!(parse_i64(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_i64(b"-9223372036854775808"), Some(i64::MIN));
        assert_eq!(parse_i64(b"9223372036854775808"), None);
        assert_eq!(parse_i64(b"-9223372036854775809"), None);
        assert_eq!(parse_i64(b"-18446744073709551616"), None);
    }

    #[test]
    fn a_signed_number_is_what_rust_reads() {
        for text in [
            "0",
            "+0",
            "-0",
            "+5",
            "-5",
            "007",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "",
            "+",
            "-",
            " 5",
            "5 ",
            "+-5",
            "5-",
            "1e3",
        ] {
            assert_eq!(
                parse_i64(text.as_bytes()),
                text.parse::<i64>().ok(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_whole_number_may_have_white_space_around_it() {
        assert_eq!(parse_int("42"), Some(42));
        assert_eq!(parse_int(" -7 "), Some(-7));
        assert_eq!(parse_int("\t+3\n"), Some(3));
        assert_eq!(
            parse_int("\u{a0}5\u{3000}"),
            Some(5),
            "Unicode white space too"
        );
        assert_eq!(parse_int("- 7"), None, "none inside");
        assert_eq!(parse_int("1 000"), None);
        assert_eq!(parse_int("3.0"), None);
        assert_eq!(parse_int("-"), None);
        assert_eq!(parse_int("   "), None);
        assert_eq!(parse_int("99999999999999999999"), None);
    }

    #[test]
    fn an_expiry_is_zero_to_two_to_the_thirty_one_minus_one() {
        assert_eq!(expiry_seconds(0).unwrap(), 0);
        assert_eq!(expiry_seconds(2_147_483_647).unwrap(), 2_147_483_647);
        for bad in [-1, 2_147_483_648, i64::MAX, i64::MIN] {
            assert!(
                matches!(expiry_seconds(bad), Err(Error::BadExpiry(ref t)) if *t == bad.to_string()),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_expiry_written_as_text_is_a_whole_number_in_range() {
        assert_eq!(parse_expiry(" 300 ").unwrap(), 300);
        assert_eq!(parse_expiry("+0").unwrap(), 0);
        for bad in ["-1", "2147483648", "ten", "", "1.5"] {
            assert!(
                matches!(parse_expiry(bad), Err(Error::BadExpiry(_))),
                "{bad:?}"
            );
        }
    }
}
