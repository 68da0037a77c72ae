//! Numbers as people type them in six languages: "2 500 000,50", "2,500,000.50", "٢٥٠٠", "1'000".
//! Amounts and targets are kept as exact decimal text, never as floating point.

/// The most digits a number may have (an `i64` of minor units holds 18).
const MAX_DIGITS: usize = 18;

/// A non-negative decimal number, normalised: digits, then optionally `.` and more digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecimalText {
    pub whole: String,
    pub fraction: String,
}

impl DecimalText {
    /// Reads what was typed. Spaces (also no-break and thin), apostrophes and underscores group
    /// digits; Arabic-Indic digits and separators are read as Western ones. Of `.` and `,`, the one
    /// that comes last is the decimal separator when both occur; a lone `,` is decimal unless exactly
    /// three digits follow it ("1,000" is a thousand, "1,5" one and a half); a lone `.` is decimal.
    pub fn parse(text: &str) -> Option<DecimalText> {
        let mut plain = String::with_capacity(text.len());
        for c in text.trim().chars() {
            match c {
                '0'..='9' | '.' | ',' => plain.push(c),
                '\u{660}'..='\u{669}' => plain.push(shift(c, '\u{660}')),
                '\u{6F0}'..='\u{6F9}' => plain.push(shift(c, '\u{6F0}')),
                '\u{66B}' => plain.push('.'),
                '\u{66C}' | ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\'' | '’' | '_' => {}
                _ => return None,
            }
        }
        let last_dot = plain.rfind('.');
        let last_comma = plain.rfind(',');
        let decimal = match (last_dot, last_comma) {
            (Some(d), Some(c)) => Some(d.max(c)),
            (Some(d), None) => (plain.matches('.').count() == 1).then_some(d),
            (None, Some(c)) => {
                let after = plain.len() - c - 1;
                (plain.matches(',').count() == 1 && after != 3).then_some(c)
            }
            (None, None) => None,
        };
        let (whole, fraction) = match decimal {
            Some(at) => (&plain[..at], &plain[at + 1..]),
            None => (plain.as_str(), ""),
        };
        if fraction.contains(['.', ',']) || !well_grouped(whole) {
            return None;
        }
        let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
        let whole = whole.trim_start_matches('0').to_owned();
        let fraction = fraction.trim_end_matches('0').to_owned();
        if plain.chars().all(|c| !c.is_ascii_digit()) || whole.len() + fraction.len() > MAX_DIGITS {
            return None;
        }
        Some(DecimalText { whole, fraction })
    }

    pub fn is_zero(&self) -> bool {
        self.whole.is_empty() && self.fraction.is_empty()
    }

    /// The value in units of 10^-`exponent`, if it has no more decimals than that and fits.
    pub fn in_minor_units(&self, exponent: u8) -> Option<i64> {
        let exponent = usize::from(exponent);
        if self.fraction.len() > exponent {
            return None;
        }
        let digits = format!("{}{:0<exponent$}", self.whole, self.fraction);
        if digits.is_empty() {
            return Some(0);
        }
        digits.parse().ok()
    }

    /// The canonical text: "2500000.5", "0.25", "0".
    pub fn canonical(&self) -> String {
        let whole = if self.whole.is_empty() {
            "0"
        } else {
            &self.whole
        };
        if self.fraction.is_empty() {
            whole.to_owned()
        } else {
            format!("{whole}.{}", self.fraction)
        }
    }
}

/// Grouping marks of one kind between digits: a first group of one to three digits, then groups of
/// three (or two, as in India's "25,00,000"), the last of three. "1.2.3" is a typo, not a thousand.
fn well_grouped(whole: &str) -> bool {
    let has_dot = whole.contains('.');
    let has_comma = whole.contains(',');
    if !has_dot && !has_comma {
        return true;
    }
    if has_dot && has_comma {
        return false;
    }
    let groups: Vec<&str> = whole.split(['.', ',']).collect();
    let last = groups.len() - 1;
    groups.iter().enumerate().all(|(i, g)| match i {
        0 => (1..=3).contains(&g.len()),
        i if i == last => g.len() == 3,
        _ => (2..=3).contains(&g.len()),
    })
}

fn shift(c: char, zero: char) -> char {
    char::from(b'0' + (u32::from(c) - u32::from(zero)) as u8)
}

/// Minor units written back with the currency's decimals: 250000050 with exponent 2 → "2500000.50".
pub fn minor_units_text(minor: i64, exponent: u8) -> String {
    let exponent = u32::from(exponent);
    if exponent == 0 {
        return minor.to_string();
    }
    let scale = 10_i64.pow(exponent);
    format!(
        "{}.{:0width$}",
        minor / scale,
        (minor % scale).abs(),
        width = exponent as usize
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(text: &str) -> Option<String> {
        DecimalText::parse(text).map(|d| d.canonical())
    }

    #[test]
    fn numbers_as_people_type_them() {
        for (typed, read) in [
            ("2500000", "2500000"),
            ("2,500,000.50", "2500000.5"),
            ("2 500 000,50", "2500000.5"),
            ("2\u{202F}500\u{202F}000,50", "2500000.5"),
            ("2.500.000,50", "2500000.5"),
            ("1'000'000", "1000000"),
            ("1,000", "1000"),
            ("1,5", "1.5"),
            ("1.000", "1"),
            ("0.25", "0.25"),
            ("٢٥٠٠٫٥", "2500.5"),
            ("۱۲۳", "123"),
            ("007", "7"),
            ("25,00,000", "2500000"),
            ("0", "0"),
        ] {
            assert_eq!(canon(typed).as_deref(), Some(read), "{typed:?}");
        }
        for bad in [
            "",
            " ",
            "-5",
            "1e6",
            "12abc",
            "1.2.3,4,5",
            ".",
            ",",
            "1..2",
            "USD 5",
            "1,2,3.4.5",
            "1234567890123456789",
        ] {
            assert_eq!(canon(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn minor_units_follow_the_exponent() {
        let d = |t: &str| DecimalText::parse(t).unwrap_or_else(|| panic!("{t}"));
        assert_eq!(d("2500000.50").in_minor_units(2), Some(250_000_050));
        assert_eq!(d("1000").in_minor_units(0), Some(1000));
        assert_eq!(d("1000.5").in_minor_units(0), None);
        assert_eq!(d("1.234").in_minor_units(3), Some(1234));
        assert_eq!(d("0.001").in_minor_units(2), None);
        assert_eq!(d("999999999999999999").in_minor_units(2), None);
        assert_eq!(minor_units_text(250_000_050, 2), "2500000.50");
        assert_eq!(minor_units_text(7, 3), "0.007");
        assert_eq!(minor_units_text(1000, 0), "1000");
    }
}
