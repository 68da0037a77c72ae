//! Numbers as each locale writes them (CLDR's default number system, separators and grouping).
use super::Locale;

struct NumberStyle {
    group: &'static str,
    decimal: &'static str,
    /// CLDR's minimumGroupingDigits: Spanish writes 1234 but 12.345.
    min_grouping: usize,
    /// The digits zero to nine (Arabic uses Arabic-Indic digits by default).
    digits: [char; 10],
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

fn style(locale: Locale) -> NumberStyle {
    let latin = |group, decimal, min_grouping| NumberStyle {
        group,
        decimal,
        min_grouping,
        digits: LATIN,
    };
    match locale {
        Locale::En | Locale::Zh => latin(",", ".", 1),
        // Narrow no-break space, as CLDR has it for French.
        Locale::Fr => latin("\u{202F}", ",", 1),
        Locale::Ru => latin("\u{00A0}", ",", 1),
        Locale::Es => latin(".", ",", 2),
        Locale::Ar => NumberStyle {
            group: "\u{066C}",
            decimal: "\u{066B}",
            min_grouping: 1,
            digits: ARABIC_INDIC,
        },
    }
}

impl Locale {
    /// Digits of a number written without grouping (days, years, times).
    pub fn digits(self, text: &str) -> String {
        let digits = style(self).digits;
        text.chars()
            .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
            .collect()
    }

    /// A whole number with the locale's grouping separator.
    pub fn integer(self, n: i64) -> String {
        self.decimal_text(&n.to_string())
    }

    /// A plain decimal (`-1234.5`, as Rust prints it) in the locale's notation.
    pub fn decimal_text(self, plain: &str) -> String {
        let s = style(self);
        let (sign, unsigned) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain),
        };
        let (int, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let mut grouped = String::with_capacity(int.len() * 2);
        let group = int.len() > 3 && int.len() >= 3 + s.min_grouping;
        for (i, c) in int.chars().enumerate() {
            let left = int.len() - i;
            if group && i > 0 && left % 3 == 0 {
                grouped.push_str(s.group);
            }
            grouped.push(c);
        }
        let mut out = format!("{sign}{grouped}");
        if !fraction.is_empty() {
            out.push_str(s.decimal);
            out.push_str(fraction);
        }
        self.digits(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn grouping_follows_each_locale() {
        assert_eq!(Locale::En.integer(1_234_567), "1,234,567");
        assert_eq!(Locale::En.integer(999), "999");
        assert_eq!(Locale::En.integer(-1000), "-1,000");
        assert_eq!(Locale::Fr.integer(18_550), "18\u{202F}550");
        assert_eq!(Locale::Ru.integer(1_000_000), "1\u{00A0}000\u{00A0}000");
        assert_eq!(Locale::Es.integer(1234), "1234");
        assert_eq!(Locale::Es.integer(12_345), "12.345");
        assert_eq!(Locale::Zh.integer(36_780), "36,780");
        assert_eq!(Locale::Ar.integer(1234), "١٬٢٣٤");
    }

    #[test]
    fn decimals_use_the_locale_separator() {
        assert_eq!(Locale::En.decimal_text("18550.25"), "18,550.25");
        assert_eq!(Locale::Fr.decimal_text("0.5"), "0,5");
        assert_eq!(Locale::Ar.decimal_text("2.5"), "٢٫٥");
        assert_eq!(Locale::Ar.digits("2026"), "٢٠٢٦");
    }
}
