/// Declares a closed vocabulary whose variants have stable string codes (stored in the database,
/// sent in forms). Parsing an unknown code gives `None`; nothing else turns a string into the type.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use code_enum;

#[cfg(test)]
mod tests {
    use crate::reference::*;

    #[test]
    fn codes_round_trip_for_every_vocabulary() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            for v in all {
                assert_eq!(parse(code(*v)), Some(*v));
            }
            assert_eq!(parse("no-such-code"), None);
        }
        check(FocusArea::ALL, FocusArea::code, FocusArea::parse);
        check(PledgeType::ALL, PledgeType::code, PledgeType::parse);
        check(BenefitLevel::ALL, BenefitLevel::code, BenefitLevel::parse);
        check(
            StakeholderType::ALL,
            StakeholderType::code,
            StakeholderType::parse,
        );
        check(ItuRegion::ALL, ItuRegion::code, ItuRegion::parse);
        check(KapPriority::ALL, KapPriority::code, KapPriority::parse);
    }
}
