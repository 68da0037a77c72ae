use super::code_enum::code_enum;

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
