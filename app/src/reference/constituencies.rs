use super::code_enum::code_enum;
use crate::i18n::Key;

code_enum! {
    /// The constituencies a Focus Area Leader speaks for at the Roundtable.
    Constituency {
        Government => "government",
        PrivateSector => "private_sector",
        InternationalOrganisation => "international_organisation",
        CivilSociety => "civil_society",
        GenerationConnect => "generation_connect",
    }
}

impl Constituency {
    pub fn label(self) -> Key {
        match self {
            Constituency::Government => Key::StGovernment,
            Constituency::PrivateSector => Key::StPrivateSector,
            Constituency::InternationalOrganisation => Key::StInternationalOrganisation,
            Constituency::CivilSociety => Key::StCivilSociety,
            Constituency::GenerationConnect => Key::ConstituencyGenerationConnect,
        }
    }
}
