use super::code_enum::code_enum;

/// One of the 17 UN Sustainable Development Goals; only 1..=17 can be constructed.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
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

    /// The goal's short English title, as the UN writes it.
    pub fn title(self) -> &'static str {
        const TITLES: [&str; 17] = [
            "No poverty",
            "Zero hunger",
            "Good health and well-being",
            "Quality education",
            "Gender equality",
            "Clean water and sanitation",
            "Affordable and clean energy",
            "Decent work and economic growth",
            "Industry, innovation and infrastructure",
            "Reduced inequalities",
            "Sustainable cities and communities",
            "Responsible consumption and production",
            "Climate action",
            "Life below water",
            "Life on land",
            "Peace, justice and strong institutions",
            "Partnerships for the goals",
        ];
        TITLES[usize::from(self.0 - 1)]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdgs_are_exactly_one_to_seventeen() {
        assert_eq!(Sdg::all().count(), 17);
        assert_eq!(Sdg::new(0), None);
        assert_eq!(Sdg::new(18), None);
        assert_eq!(
            Sdg::new(9).map(Sdg::title),
            Some("Industry, innovation and infrastructure")
        );
        assert_eq!(
            Sdg::new(17).map(Sdg::title),
            Some("Partnerships for the goals")
        );
    }

    #[test]
    fn five_kigali_priorities() {
        assert_eq!(KapPriority::ALL.len(), 5);
    }
}
