use super::Key;

/// English: the base locale.
pub(super) fn text(key: Key) -> &'static str {
    match key {
        Key::AppName => "Partner2Connect pledges",
        Key::ItuShort => "ITU",
        Key::Tagline => {
            "Partner2Connect Digital Coalition: commitments to connect the hardest to connect"
        }
        Key::SkipToContent => "Skip to content",
        Key::Language => "Language",
        Key::FooterText => {
            "The Partner2Connect Digital Coalition is led by the International Telecommunication Union (ITU)."
        }
        Key::NavCompendium => "Pledge compendium",
        Key::NavNewPledge => "New pledge",
        Key::NavMyPledges => "Our pledges",
        Key::NavReview => "Review queue",
        Key::SignIn => "Sign in",
        Key::SignOut => "Sign out",
        Key::SignedInAs => "Signed in as {name} ({organisation})",
        Key::CompendiumTitle => "Pledge compendium",
        Key::CompendiumIntro => {
            "Commitments to close the digital divide, published after ITU's due diligence."
        }
        Key::CompendiumCount => "{count} published pledges",
        Key::CompendiumEmpty => "No pledges have been published yet.",
        Key::Loading => "Loading…",
        Key::By => "by {organisation}",
        Key::PublishedOn => "Published {date}",
        Key::Benefits => "Benefits",
        Key::FieldTitle => "Title",
        Key::FieldDescription => "Description",
        Key::FieldType => "Pledge type",
        Key::FieldFocusAreas => "Focus areas",
        Key::FieldBenefits => "Benefit to LDCs, LLDCs and SIDS",
        Key::HintTitle => {
            "One line that says what you commit to, e.g. \"Connect 500 rural schools in Rwanda by 2027\"."
        }
        Key::HintDescription => {
            "What, where, for whom, by when, and with whom. Give numbers and dates so progress can be measured."
        }
        Key::HintFocusAreas => "Choose at least one.",
        Key::HintBenefits => "Say for each group whether, and how far, the pledge benefits it.",
        Key::ChooseType => "Choose a type",
        Key::NewPledgeTitle => "Submit a pledge",
        Key::NewPledgeIntro => {
            "ITU reviewers check every pledge before it is published in the compendium."
        }
        Key::SubmitPledge => "Submit for review",
        Key::Submitting => "Submitting…",
        Key::TypeFinancial => "Financial",
        Key::TypeProject => "Project",
        Key::TypePolicy => "Policy",
        Key::TypeAdvocacy => "Advocacy",
        Key::FaAccess => "Access",
        Key::FaAccessMeaning => "Connecting people everywhere",
        Key::FaAdoption => "Adoption",
        Key::FaAdoptionMeaning => "Empowering communities",
        Key::FaValueCreation => "Value creation",
        Key::FaValueCreationMeaning => "Building digital ecosystems",
        Key::FaAccelerate => "Accelerate",
        Key::FaAccelerateMeaning => "Incentivizing investments",
        Key::GroupLdc => "Least Developed Countries (LDCs)",
        Key::GroupLldc => "Landlocked Developing Countries (LLDCs)",
        Key::GroupSids => "Small Island Developing States (SIDS)",
        Key::GroupLdcShort => "LDC",
        Key::GroupLldcShort => "LLDC",
        Key::GroupSidsShort => "SIDS",
        Key::BenefitNone => "Not targeted",
        Key::BenefitPartly => "Partly",
        Key::BenefitMainly => "Mainly",
        Key::StatusDraft => "Draft",
        Key::StatusSubmitted => "Submitted",
        Key::StatusInReview => "In review",
        Key::StatusChangesRequested => "Changes requested",
        Key::StatusPublished => "Published",
        Key::StatusRejected => "Rejected",
        Key::StatusWithdrawn => "Withdrawn",
        Key::MyPledgesTitle => "Our organisation's pledges",
        Key::MyPledgesEmpty => "Your organisation has not submitted a pledge yet.",
        Key::ColTitle => "Title",
        Key::ColType => "Type",
        Key::ColStatus => "Status",
        Key::ColOrganisation => "Organisation",
        Key::ColSubmitted => "Submitted",
        Key::ColActions => "Actions",
        Key::PledgeSubmittedNotice => {
            "Your pledge was submitted. ITU reviewers will check it before it is published."
        }
        Key::ReviewTitle => "Review queue",
        Key::ReviewIntro => "Pledges waiting for due diligence, oldest first.",
        Key::ReviewEmpty => "No pledges are waiting for review.",
        Key::Approve => "Approve and publish",
        Key::Approving => "Publishing…",
        Key::ApprovedNotice => "The pledge was approved and is now in the public compendium.",
        Key::LoginTitle => "Sign in",
        Key::LoginIntro => "Sign in with the e-mail address your organisation registered.",
        Key::Email => "E-mail address",
        Key::Password => "Password",
        Key::LoginButton => "Sign in",
        Key::ErrInvalidCredentials => "The e-mail address or password is not correct.",
        Key::ErrNotSignedIn => "Please sign in to continue.",
        Key::ErrForbidden => "Your account does not have permission to do this.",
        Key::ErrNotFound => "We could not find what you asked for.",
        Key::ErrConflict => {
            "Someone else changed this pledge a moment ago. The list now shows its current state."
        }
        Key::ErrInvalidTransition => "This is not possible in the pledge's current state.",
        Key::ErrOwnOrganisation => "You cannot review a pledge of your own organisation.",
        Key::ErrInternal => {
            "Something went wrong on our side. Nothing you entered was lost; please try again."
        }
        Key::ErrValidation => "Please correct the fields marked below.",
        Key::ErrUnavailable => {
            "The server could not be reached. Check your connection and try again."
        }
        Key::VTitleLength => "The title must be between 5 and 200 characters.",
        Key::VDescriptionLength => "The description must be between 20 and 5,000 characters.",
        Key::VTypeRequired => "Choose the type of pledge.",
        Key::VFocusAreaRequired => "Choose at least one focus area.",
        Key::VBenefitRequired => "Say for each group whether the pledge benefits it.",
        Key::VEmail => "Enter a valid e-mail address, such as name@example.org.",
        Key::VPasswordRequired => "Enter your password.",
        Key::NotFoundTitle => "Page not found",
        Key::NotFoundBody => "The page you asked for does not exist or has moved.",
        Key::BackHome => "Go to the pledge compendium",
        Key::StGovernment => "Government",
        Key::StPrivateSector => "Private sector",
        Key::StInternationalOrganisation => "International organisation",
        Key::StUnEntity => "UN entity",
        Key::StFinancialInstitution => "International financial institution",
        Key::StCivilSociety => "Civil society / NGO",
        Key::StAcademia => "Academia",
        Key::StPhilanthropy => "Philanthropy / foundation",
        Key::StYouth => "Youth organisation (Generation Connect)",
        Key::RegionAfrica => "Africa",
        Key::RegionAmericas => "Americas",
        Key::RegionArabStates => "Arab States",
        Key::RegionAsiaPacific => "Asia-Pacific",
        Key::RegionCis => "CIS",
        Key::RegionEurope => "Europe",
        Key::KapAffordableConnectivity => "Affordable connectivity",
        Key::KapDigitalTransformation => "Digital transformation",
        Key::KapEnablingEnvironment => "Enabling policy and regulatory environment",
        Key::KapResourceMobilization => "Resource mobilization and international cooperation",
        Key::KapInclusiveSecureIct => {
            "Inclusive and secure telecommunications/ICTs for sustainable development"
        }
        Key::Sdg1 => "1. No poverty",
        Key::Sdg2 => "2. Zero hunger",
        Key::Sdg3 => "3. Good health and well-being",
        Key::Sdg4 => "4. Quality education",
        Key::Sdg5 => "5. Gender equality",
        Key::Sdg6 => "6. Clean water and sanitation",
        Key::Sdg7 => "7. Affordable and clean energy",
        Key::Sdg8 => "8. Decent work and economic growth",
        Key::Sdg9 => "9. Industry, innovation and infrastructure",
        Key::Sdg10 => "10. Reduced inequalities",
        Key::Sdg11 => "11. Sustainable cities and communities",
        Key::Sdg12 => "12. Responsible consumption and production",
        Key::Sdg13 => "13. Climate action",
        Key::Sdg14 => "14. Life below water",
        Key::Sdg15 => "15. Life on land",
        Key::Sdg16 => "16. Peace, justice and strong institutions",
        Key::Sdg17 => "17. Partnerships for the goals",
    }
}
