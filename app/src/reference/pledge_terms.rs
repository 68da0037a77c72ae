use super::code_enum::code_enum;
use crate::i18n::Key;

code_enum! {
    /// The four focus areas of Partner2Connect; every pledge supports at least one.
    FocusArea {
        Access => "access",
        Adoption => "adoption",
        ValueCreation => "value_creation",
        Accelerate => "accelerate",
    }
}

impl FocusArea {
    pub fn label(self) -> Key {
        match self {
            FocusArea::Access => Key::FaAccess,
            FocusArea::Adoption => Key::FaAdoption,
            FocusArea::ValueCreation => Key::FaValueCreation,
            FocusArea::Accelerate => Key::FaAccelerate,
        }
    }

    pub fn meaning(self) -> Key {
        match self {
            FocusArea::Access => Key::FaAccessMeaning,
            FocusArea::Adoption => Key::FaAdoptionMeaning,
            FocusArea::ValueCreation => Key::FaValueCreationMeaning,
            FocusArea::Accelerate => Key::FaAccelerateMeaning,
        }
    }
}

code_enum! {
    PledgeType {
        Financial => "financial",
        Project => "project",
        Policy => "policy",
        Advocacy => "advocacy",
    }
}

impl PledgeType {
    pub fn label(self) -> Key {
        match self {
            PledgeType::Financial => Key::TypeFinancial,
            PledgeType::Project => Key::TypeProject,
            PledgeType::Policy => Key::TypePolicy,
            PledgeType::Advocacy => Key::TypeAdvocacy,
        }
    }
}

code_enum! {
    /// The three UN country groups a pledge must say it benefits, or not.
    CountryGroup {
        Ldc => "ldc",
        Lldc => "lldc",
        Sids => "sids",
    }
}

impl CountryGroup {
    pub fn label(self) -> Key {
        match self {
            CountryGroup::Ldc => Key::GroupLdc,
            CountryGroup::Lldc => Key::GroupLldc,
            CountryGroup::Sids => Key::GroupSids,
        }
    }

    pub fn short_label(self) -> Key {
        match self {
            CountryGroup::Ldc => Key::GroupLdcShort,
            CountryGroup::Lldc => Key::GroupLldcShort,
            CountryGroup::Sids => Key::GroupSidsShort,
        }
    }
}

code_enum! {
    /// How far a pledge benefits one country group ("whether and to what extent"): the group is
    /// its primary beneficiary, one of several, or not a beneficiary.
    BenefitLevel {
        None => "none",
        Partial => "partial",
        Primary => "primary",
    }
}

impl BenefitLevel {
    pub fn label(self) -> Key {
        match self {
            BenefitLevel::None => Key::BenefitNone,
            BenefitLevel::Partial => Key::BenefitPartly,
            BenefitLevel::Primary => Key::BenefitMainly,
        }
    }
}
