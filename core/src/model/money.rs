//! Whole-unit amounts and how people write them.
//!
//! Amounts are `i64` whole units of a currency (VND has no minor unit; USD is
//! kept in whole dollars), never floats. Formatting follows the currency's
//! habit, not the UI language: `1.000.000 ₫` and `$1,000,000`.

/// The largest amount the app accepts: integers beyond 2^53 cannot round-trip
/// through JSON numbers in a browser.
pub const MAX_AMOUNT: i64 = 1 << 53;

/// Groups digits of a non-negative integer with `sep` every three digits.
fn group(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Formats a whole amount in the given ISO 4217 currency.
///
/// VND: `1.234.567 ₫`; USD: `$1,234,567`; EUR: `€1,234,567`; any other code:
/// `1,234,567 XYZ`. Negative amounts get a leading minus sign.
pub fn format_amount(amount: i64, currency: &str) -> String {
    let sign = if amount < 0 { "-" } else { "" };
    let abs = amount.unsigned_abs();
    match currency.to_ascii_uppercase().as_str() {
        "VND" => format!("{sign}{} ₫", group(abs, '.')),
        "USD" => format!("{sign}${}", group(abs, ',')),
        "EUR" => format!("{sign}€{}", group(abs, ',')),
        other => format!("{sign}{} {other}", group(abs, ',')),
    }
}

/// Formats a plain number with the currency's digit grouping, no symbol
/// (for inputs and tables whose header names the currency).
pub fn format_grouped(amount: i64, currency: &str) -> String {
    let sign = if amount < 0 { "-" } else { "" };
    let sep = if currency.eq_ignore_ascii_case("VND") {
        '.'
    } else {
        ','
    };
    format!("{sign}{}", group(amount.unsigned_abs(), sep))
}

/// Why a typed amount was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("empty")]
    Empty,
    #[error("not a whole number")]
    NotANumber,
    #[error("negative")]
    Negative,
    #[error("too large")]
    TooLarge,
}

/// Reads an amount typed by a person: digits with optional grouping
/// (spaces, dots, commas, underscores), an optional currency sign or code
/// around it, and an optional leading minus (refused as `Negative`).
/// Decimal fractions are refused rather than silently rounded.
pub fn parse_amount(input: &str) -> Result<i64, AmountError> {
    let mut s = input.trim();
    for sym in ["₫", "đ", "VND", "vnd", "$", "USD", "usd", "€", "EUR", "eur"] {
        s = s.trim_start_matches(sym).trim_end_matches(sym).trim();
    }
    if s.is_empty() {
        return Err(AmountError::Empty);
    }
    let negative = s.starts_with('-');
    let body = s.trim_start_matches('-').trim();
    if body.is_empty() || !body.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Err(AmountError::NotANumber);
    }
    // Grouping marks must group: "1.000.000" and "250 000" are amounts,
    // "12.5" or "1,50" are not whole amounts and are refused, not misread.
    let groups: Vec<&str> = body
        .split([' ', '.', ',', '_', '\u{a0}', '\u{202f}'])
        .collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(AmountError::NotANumber);
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(AmountError::NotANumber);
    }
    let mut value: i64 = 0;
    for c in groups.concat().bytes() {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(c - b'0')))
            .ok_or(AmountError::TooLarge)?;
    }
    if negative && value != 0 {
        return Err(AmountError::Negative);
    }
    if value > MAX_AMOUNT {
        return Err(AmountError::TooLarge);
    }
    Ok(value)
}

/// `amount × pct / 100`, rounded half away from zero to a whole unit, computed
/// exactly in integers (`pct_hundredths` is the percentage × 100, so 8.5 % is
/// 850). Used for fees and VAT.
pub fn percent_of(amount: i64, pct_hundredths: i64) -> i64 {
    let num = i128::from(amount) * i128::from(pct_hundredths);
    let den: i128 = 10_000;
    let q = num / den;
    let r = num % den;
    let rounded = if r.abs() * 2 >= den {
        q + num.signum()
    } else {
        q
    };
    rounded as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_currency() {
        assert_eq!(format_amount(1_000_000, "VND"), "1.000.000 ₫");
        assert_eq!(format_amount(0, "VND"), "0 ₫");
        assert_eq!(format_amount(999, "vnd"), "999 ₫");
        assert_eq!(format_amount(1_234_567, "USD"), "$1,234,567");
        assert_eq!(format_amount(-1500, "USD"), "-$1,500");
        assert_eq!(format_amount(12345, "JPY"), "12,345 JPY");
        assert_eq!(format_grouped(2_000_000_000, "VND"), "2.000.000.000");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_amount("1.000.000 ₫"), Ok(1_000_000));
        assert_eq!(parse_amount("$1,500"), Ok(1500));
        assert_eq!(parse_amount(" 250 000 000 "), Ok(250_000_000));
        assert_eq!(parse_amount(""), Err(AmountError::Empty));
        assert_eq!(parse_amount("abc"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("12.5e3"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("12.5"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1,500.50"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1.0000"), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("2.000.000.000"), Ok(2_000_000_000));
        assert_eq!(parse_amount("-5"), Err(AmountError::Negative));
        assert_eq!(parse_amount("9007199254740993"), Err(AmountError::TooLarge));
        assert_eq!(
            parse_amount("99999999999999999999"),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn percentages_round_half_away_from_zero() {
        assert_eq!(percent_of(1_000_000, 1000), 100_000); // 10 %
        assert_eq!(percent_of(15, 5000), 8); // 7.5 -> 8
        assert_eq!(percent_of(5, 1000), 1); // 0.5 -> 1
        assert_eq!(percent_of(4, 1000), 0); // 0.4 -> 0
        assert_eq!(percent_of(-15, 5000), -8);
        assert_eq!(percent_of(MAX_AMOUNT, 10_000), MAX_AMOUNT);
    }
}
