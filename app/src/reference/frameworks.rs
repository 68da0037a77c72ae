use super::code_enum::code_enum;
use crate::i18n::Key;

/// One of the 17 UN Sustainable Development Goals; only 1..=17 can be constructed.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Sdg(u8);

impl Sdg {
    pub fn new(number: u8) -> Option<Sdg> {
        (1..=17).contains(&number).then_some(Sdg(number))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    pub fn all() -> impl Iterator<Item = Sdg> {
        (1..=17).map(Sdg)
    }

    /// The goal's number and short title, as the UN writes it.
    pub fn label(self) -> Key {
        const LABELS: [Key; 17] = [
            Key::Sdg1,
            Key::Sdg2,
            Key::Sdg3,
            Key::Sdg4,
            Key::Sdg5,
            Key::Sdg6,
            Key::Sdg7,
            Key::Sdg8,
            Key::Sdg9,
            Key::Sdg10,
            Key::Sdg11,
            Key::Sdg12,
            Key::Sdg13,
            Key::Sdg14,
            Key::Sdg15,
            Key::Sdg16,
            Key::Sdg17,
        ];
        LABELS[usize::from(self.0 - 1)]
    }
}

code_enum! {
    /// The five ITU-D priorities of the Kigali Action Plan (WTDC-22).
    KapPriority {
        AffordableConnectivity => "affordable_connectivity",
        DigitalTransformation => "digital_transformation",
        EnablingEnvironment => "enabling_environment",
        ResourceMobilization => "resource_mobilization",
        InclusiveSecureIct => "inclusive_secure_ict",
    }
}

impl KapPriority {
    pub fn label(self) -> Key {
        match self {
            KapPriority::AffordableConnectivity => Key::KapAffordableConnectivity,
            KapPriority::DigitalTransformation => Key::KapDigitalTransformation,
            KapPriority::EnablingEnvironment => Key::KapEnablingEnvironment,
            KapPriority::ResourceMobilization => Key::KapResourceMobilization,
            KapPriority::InclusiveSecureIct => Key::KapInclusiveSecureIct,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdgs_are_exactly_one_to_seventeen() {
        assert_eq!(Sdg::all().count(), 17);
        assert_eq!(Sdg::new(0), None);
        assert_eq!(Sdg::new(18), None);
        let en = |n| Sdg::new(n).map(|s| crate::i18n::Locale::En.t(s.label()));
        assert_eq!(en(9), Some("9. Industry, innovation and infrastructure"));
        assert_eq!(en(17), Some("17. Partnerships for the goals"));
        let distinct: std::collections::HashSet<_> = Sdg::all().map(Sdg::label).collect();
        assert_eq!(distinct.len(), 17);
    }

    #[test]
    fn five_kigali_priorities() {
        assert_eq!(KapPriority::ALL.len(), 5);
    }
}
