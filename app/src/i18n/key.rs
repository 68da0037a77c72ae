macro_rules! keys {
    ($($name:ident),* $(,)?) => {
        /// Every user-facing string of the product.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($name),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$name),*];
        }
    };
}

keys! {
    AppName, ItuShort, Tagline, SkipToContent, Language, FooterText,
    NavCompendium, NavNewPledge, NavMyPledges, NavReview, SignIn, SignOut, SignedInAs,
    CompendiumTitle, CompendiumIntro, CompendiumCount, CompendiumEmpty, Loading,
    By, PublishedOn, Benefits,
    FieldTitle, FieldDescription, FieldType, FieldFocusAreas, FieldBenefits,
    HintTitle, HintDescription, HintFocusAreas, HintBenefits, ChooseType,
    NewPledgeTitle, NewPledgeIntro, SubmitPledge, Submitting,
    TypeFinancial, TypeProject, TypePolicy, TypeAdvocacy,
    FaAccess, FaAccessMeaning, FaAdoption, FaAdoptionMeaning, FaValueCreation, FaValueCreationMeaning,
    FaAccelerate, FaAccelerateMeaning,
    GroupLdc, GroupLldc, GroupSids, GroupLdcShort, GroupLldcShort, GroupSidsShort,
    BenefitNone, BenefitPartly, BenefitMainly,
    StatusDraft, StatusSubmitted, StatusInReview, StatusChangesRequested, StatusPublished, StatusRejected,
    StatusWithdrawn,
    MyPledgesTitle, MyPledgesEmpty, ColTitle, ColType, ColStatus, ColOrganisation, ColSubmitted, ColActions,
    PledgeSubmittedNotice,
    ReviewTitle, ReviewIntro, ReviewEmpty, Approve, Approving, ApprovedNotice,
    LoginTitle, LoginIntro, Email, Password, LoginButton,
    ErrInvalidCredentials, ErrNotSignedIn, ErrForbidden, ErrNotFound, ErrConflict, ErrInvalidTransition,
    ErrOwnOrganisation, ErrInternal, ErrValidation, ErrUnavailable,
    VTitleLength, VDescriptionLength, VTypeRequired, VFocusAreaRequired, VBenefitRequired, VEmail,
    VPasswordRequired,
    NotFoundTitle, NotFoundBody, BackHome,
    StGovernment, StPrivateSector, StInternationalOrganisation, StUnEntity, StFinancialInstitution,
    StCivilSociety, StAcademia, StPhilanthropy, StYouth,
    RegionAfrica, RegionAmericas, RegionArabStates, RegionAsiaPacific, RegionCis, RegionEurope,
    KapAffordableConnectivity, KapDigitalTransformation, KapEnablingEnvironment, KapResourceMobilization,
    KapInclusiveSecureIct,
    Sdg1, Sdg2, Sdg3, Sdg4, Sdg5, Sdg6, Sdg7, Sdg8, Sdg9, Sdg10, Sdg11, Sdg12, Sdg13, Sdg14, Sdg15, Sdg16, Sdg17,
}
