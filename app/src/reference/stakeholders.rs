use super::code_enum::code_enum;
use crate::i18n::Key;

code_enum! {
    /// The constituencies that take part in the coalition.
    StakeholderType {
        Government => "government",
        PrivateSector => "private_sector",
        InternationalOrganisation => "international_organisation",
        UnEntity => "un_entity",
        FinancialInstitution => "financial_institution",
        CivilSociety => "civil_society",
        Academia => "academia",
        Philanthropy => "philanthropy",
        Youth => "youth",
    }
}

code_enum! {
    /// ITU-D's six regions.
    ItuRegion {
        Africa => "africa",
        Americas => "americas",
        ArabStates => "arab_states",
        AsiaPacific => "asia_pacific",
        Cis => "cis",
        Europe => "europe",
    }
}

impl StakeholderType {
    pub fn label(self) -> Key {
        match self {
            StakeholderType::Government => Key::StGovernment,
            StakeholderType::PrivateSector => Key::StPrivateSector,
            StakeholderType::InternationalOrganisation => Key::StInternationalOrganisation,
            StakeholderType::UnEntity => Key::StUnEntity,
            StakeholderType::FinancialInstitution => Key::StFinancialInstitution,
            StakeholderType::CivilSociety => Key::StCivilSociety,
            StakeholderType::Academia => Key::StAcademia,
            StakeholderType::Philanthropy => Key::StPhilanthropy,
            StakeholderType::Youth => Key::StYouth,
        }
    }
}

impl ItuRegion {
    pub fn label(self) -> Key {
        match self {
            ItuRegion::Africa => Key::RegionAfrica,
            ItuRegion::Americas => Key::RegionAmericas,
            ItuRegion::ArabStates => Key::RegionArabStates,
            ItuRegion::AsiaPacific => Key::RegionAsiaPacific,
            ItuRegion::Cis => Key::RegionCis,
            ItuRegion::Europe => Key::RegionEurope,
        }
    }
}
