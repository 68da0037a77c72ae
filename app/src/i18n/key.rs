macro_rules! keys {
    ($($name:ident),* $(,)?) => {
        /// Every user-facing string of the product. The text lives in `app/locales/<locale>.ftl`
        /// under the message id [`Key::id`] (the name in kebab case: `CompendiumCount` is `compendium-count`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($name),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$name),*];
            const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];
        }
    };
}

keys! {
    AppName, ItuShort, Tagline, SkipToContent, Language, FooterText, MetaDescription,
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
    ErrTooManyRequests, ErrCrossSite, ErrTooLarge,
    Month1, Month2, Month3, Month4, Month5, Month6, Month7, Month8, Month9, Month10, Month11, Month12,
    DateLong, DateTime,
    // Accounts, organisations and the coalition.
    NavCoalition, NavRegister, NavOrganisation, NavCoalitionDesk, NavAccount, RoleStakeholder,
    RoleOrgAdmin, RoleReviewer, RoleAdmin, RoleOrganiser, ConstituencyGenerationConnect,
    VerificationPending, VerificationVerified, VerificationRejected, MembershipPending,
    MembershipActive, MembershipDeclined, LetterSubmitted, LetterAccepted, LetterDeclined,
    LeaderApplied, LeaderNominated, LeaderDeclined, LeaderRevoked, ErrOrganisationNotVerified,
    ErrEmailNotVerified, ErrMembershipPending, ErrLeaderSeatsFull, VName, VOrgName, VOrgDescription,
    VOneLine, VChoice, VOrgChoice, VEmailTaken, VOrgTaken, VPasswordLength, VPasswordWeak,
    VPasswordWrong, VUrl, VStatement, VCommitment, VSignatory, VDate, VConfirm, VReason, VPdf,
    VPdfTooLarge, VLinkInvalid, RegisterTitle, RegisterIntro, RegisterAboutYou, FieldName,
    FieldEmail, FieldPassword, HintPassword, FieldLanguage, RegisterOrganisation, OrgChoiceNew,
    OrgChoiceJoin, FieldOrgName, FieldStakeholderType, ChooseOption, FieldCountry, FieldWebsite,
    FieldOrgDescription, FieldJoinOrganisation, RegisterButton, RegisterApplyToLead, RegisterDoneTitle, RegisterDone,
    VerifyTitle, VerifyButton, VerifyDone, ResendTitle, ResendIntro, ResendButton,
    ResendDone, ForgotLink, RegisterLink, ForgotTitle, ForgotIntro, ForgotButton, ForgotDone,
    ResetTitle, FieldNewPassword, ResetButton, ResetDone, AccountTitle, AccountPasswordTitle,
    FieldCurrentPassword, ChangePasswordButton, ChangePasswordDone, AccountEmailTitle,
    FieldNewEmail, ChangeEmailButton, ChangeEmailDone, ConfirmEmailTitle, ConfirmEmailButton,
    ConfirmEmailDone, OrgTitle, OrgStatus, OrgReason, JoinRequestsTitle, JoinRequestsEmpty,
    ApproveButton, DeclineButton, LeaderTitle, LeaderIntro, FieldFocusArea, FieldConstituency,
    FieldCommitment, FieldLeaderWillAttend, LeaderApplyButton, LeaderAppliedDone, LetterTitle,
    LetterIntro, FieldLetterAreas, FieldStatement, FieldSignatoryName, FieldSignatoryTitle,
    FieldSignedOn, FieldPdf, HintPdf, LetterButton, LetterDone, LetterOpen, LettersTitle,
    DownloadPdf, DeskTitle, DeskOrganisations, DeskOrganisationsEmpty, VerifyOrgButton,
    RejectOrgButton, FieldReason, DeskLeaders, DeskLeadersEmpty, NominateButton, RevokeButton,
    DeskSeats, DeskNominateTitle, FieldOrganisation, DeskLetters, DeskLettersEmpty, AcceptButton,
    DeskPeople, FieldRole, SetRoleButton, Saved, ColCountry,
    ColAreas, ColPerson, CoalitionTitle, CoalitionIntro, CoalitionLeaders,
    CoalitionMembers, CoalitionNone, MailSignature, MailVerifySubject, MailVerifyBody,
    MailNewEmailSubject, MailNewEmailBody, MailResetSubject, MailResetBody, MailJoinRequestSubject,
    MailJoinRequestBody, MailJoinDecisionSubject, MailJoinApprovedBody, MailJoinDeclinedBody,
    MailOrgVerifiedSubject, MailOrgVerifiedBody, MailOrgRejectedSubject, MailOrgRejectedBody,
    MailLeaderSubject, MailLeaderBody, MailLetterReceivedSubject, MailLetterReceivedBody,
    MailLetterDecidedSubject, MailLetterAcceptedBody, MailLetterDeclinedBody,
    EditPledgeTitle, SectionAbout, FieldSummary, HintSummary, SectionScope, HintScope,
    FieldScopeGlobal, FieldScopeRegions, FieldScopeCountries, SearchCountries, ChosenCountries,
    SectionMoney, HintMoney, FieldAmount, HintAmount, FieldCurrency, ChooseCurrency,
    FieldBenefitLevel, FieldBenefitShare, HintBenefitShare, FieldBenefitStatement, FlagsHeading,
    FlagsOn, FlagLdcNotInScope, FlagLldcNotInScope, FlagSidsNotInScope, FlagSidsForLandlocked,
    SectionTargets, HintTargets, TargetNumber, FieldIndicator, FieldBaseline, FieldTargetValue,
    FieldUnit, FieldDue, AddTarget, SectionDates, FieldStartDate, FieldEndDate, SectionFrameworks,
    FieldSdgs, FieldKap, HintOptional, SectionContact, HintContact, FieldContactName,
    FieldContactEmail, FieldConsent, SaveDraft, DraftSaving, DraftSavedAt, DraftSaveFailed,
    DraftSavedNotice, PledgeNotEditable, BackToPledge, UntitledDraft, EditPledge, ContinueEditing,
    WithdrawPledge, WithdrawReason, PledgeWithdrawnNotice, RevisionOf, RevisionsHeading,
    PublicRevision, HistoryHeading, ColWhen, ColWho, ColMessage, ColPart, PartLead, PartConfirmed,
    PartInvited, PartDeclined, PartnersHeading, PartnersIntro, InvitationQuestion,
    ConfirmPartnership, DeclinePartnership, InvitePartnerLabel, ChooseOrganisation, InvitePartner,
    PartnerInvitedNotice, RemovePartner,
    PartnersMayEdit, PartnersMayNotEdit, AllowPartnerEditing, StopPartnerEditing, WithPartners,
    SharePercent, UsdLabel, UsdEquivalent, UsdNotConverted, RatesTitle, RatesIntro, FieldRateDate,
    FieldUsdPerUnit, HintUsdPerUnit, AddRate, VSummaryLength, VStatementLength, VPercent,
    VIndicator, VUnit, VQuantity, VPledgeDate, VConsent, VDateOrder, VScope, VAmountRequired,
    VCurrency, VAmount, VAmountPositive, VAmountTooLarge, VAmountDecimals, VShareWithoutBenefit,
    VBenefitStatement, VTargetRequired, VTooManyTargets, VTargetDue, VPartnerChoice,
    VPartnerAlready, VRate, VRateTaken, MailPartnerInvitedSubject, MailPartnerInvitedBody,
    MailPartnerAnsweredSubject, MailPartnerConfirmedBody, MailPartnerDeclinedBody,
    ReviewMessage, RequestChanges, Reject, LdcWhenPledged,
    StatusSecondApproval, StatusUnpublished, ActionSubmit, ActionClaim, ActionAssign, ActionRelease,
    ActionApprove, ActionReject, ActionRequestChanges, ActionResubmit, ActionRevise, ActionWithdraw,
    ActionUnpublish, ApplyFilters, ClearFilters, FilterAny, FilterRegion, FilterUsdMin,
    FilterUsdMax, FilterMinDays, FilterAssignee, FilterSort, SortOldest, SortNewest, SortValue,
    AssigneeMe, AssigneeNobody, QueueFilters, QueueStates, QueueCount, ColUsd, ColWaiting,
    ColAssignee, ColSimilarity, DaysWaiting, Pages, PageOf, PreviousPage, NextPage, BackToQueue,
    OpenReview, DeskHeading, HeldBy, HeldByYou, HeldByNobody, FirstApprovalBy, FourEyesNeeded,
    ClaimPledge, ReleasePledge, AssignTo, AssignPledge, OrganisationHeading, VerificationHeading,
    ApprovalNeedsVerified, ChangesSince, NoChanges, ConsistencyHeading, DuplicatesHeading, NoDuplicates,
    SimilarityScore, DecisionHeading, ChecklistHeading, CheckEntityVerified,
    CheckFocusAreaAlignment, CheckTypeCorrect, CheckRealisticMeasurable, CheckGroupClaimConsistent,
    CheckValuePlausible, CheckNotDuplicate, CheckPass, CheckFail, CheckNotApplicable, CheckNote,
    ReviewMessageHint, DecisionRecorded, UnpublishPledge, UnpublishReason, ReviewerSays,
    ConversationHeading, ConversationEmpty, WriteToItu, WriteToOrganisation, InternalNoteOnly,
    InternalNote, FromItu, SendMessage, DiffScope, DiffTargets, DiffDates, DiffContact, AuditTitle,
    AuditIntro, AuditFilters, AuditWho, AuditFrom, AuditUntil, AuditAction, AuditPledge,
    AuditFromTo, AuditRevision, AuditCount, DownloadCsv, ErrClaimedByColleague,
    ErrSameReviewerTwice, VCheckFailNote, VCheckNoteLength, VCheckMissing, VCheckFailed,
    VMessageLength, MailPledgeDecidedSubject, MailPledgeApprovedBody, MailPledgeChangesBody,
    MailPledgeRejectedBody, MailPledgeUnpublishedBody, MailPledgeOtherBody,
    MailPledgeMessageSubject, MailPledgeMessageBody,
    NavDashboard, CompendiumSearch, CompendiumSearchHint, CompendiumFilters, FilterCountry, FilterGroup, FilterYear, FilterOrganisation, Downloads, ExportCsv, ExportXlsx, ExportJson, ExportDocx, FirstPage, OpenDashboard, CounterHeading, StatPledges, StatUsd, StatOrganisations, StatGovernments, StatCountries, StatLdcShare, StatWithoutUsd, Percent, PublicRef, PublishedLabel, PermalinkHint, BackToCompendium, DashboardTitle, DashboardIntro, ChartByFocusArea, ChartByType, ChartByStakeholder, ChartByRegion, ChartByGroup, ChartAlt, ColCategory,
    AsAt, ContentsHeading, SheetSummary, SheetAllPledges, ColApproved, ColPartners, ColLeadOrganisation,
    ColAsAt,
    // Issue 22: uploads
    VPdfDamaged, VPdfTooDeep, VPdfUnpacksTooLarge, VPdfZip,
    // Issue 22: downloads and cache
    VSearchTooLong, VSearchTooManyTerms, VSearchTermShort, VSearchTermLong, ErrBusy,
    // Issue 22: accounts
    MailRegisterAgainSubject, MailRegisterAgainBody, VerifyPasswordIntro,
    VRegistrationPassword, VOrgTakenMeanwhile,
    // Issue 22: partners and holes
    FieldNamedPartners, FieldNamedPartnersHint, VNamedPartner, VNamedPartnersTooMany, VDraftsCapped,
    NamedByLead, NamedPartnersInForm,
    // Issue 22: notices and audit
    NoticesTitle, NoticesIntro, NoticesEach, NoticesDigest, NoticesSave, NoticesSaved,
    MailNoticeReceivedSubject, MailNoticeReceivedBody, MailNoticeWithdrawnSubject,
    MailNoticeWithdrawnBody, MailNoticeWaitingSubject, MailNoticeWaitingBody,
    MailNoticeAssignedSubject, MailNoticeAssignedBody, MailNoticeSecondSubject,
    MailNoticeSecondBody, MailNoticeDigestSubject, MailNoticeDigestBody, MailNoticeDigestLine,
    AuditAbout, AuditAboutPledge, AuditAboutOrganisation, AuditAboutLeader, AuditAboutLetter,
    AuditAboutAccount, AuditAboutPartners, AuditDoVerify, AuditDoApply, AuditDoNominate,
    AuditDoAccept, AuditDoDecline, AuditDoRevoke, AuditDoSetRole, AuditDoChangePassword,
    AuditDoChangeEmail, AuditDoInvite, AuditDoConfirm, AuditDoNamePartner, AuditDoRemovePartner,
    AuditDoPartnerRights,
    // Progress after WTDC.
    ProgressNotStarted, ProgressOnTrack, ProgressDelayed, ProgressCompleted, ProgressCancelled,
    ReportFiled, ReportAccepted, ReportMoreRequested, ReportTakenDown, LightOnTrack, LightAtRisk,
    LightOffTrack, LightInactive, LightNone, VProgressStatus, VProgressPercent, VProgressReason,
    VNarrativeLength, VPastDate, VLinksTooMany, VEvidenceTooLarge, VEvidenceKind, VEvidenceDamaged,
    VEvidenceUnsafe, VEvidenceZip, VEvidenceTooMany, VProgressUnpublished, VCycleOverlap,
    VRecipientsRequired, NavProgressReview, ReportProgress, ProgressTitle, ProgressIntro,
    ProgressOwed, ProgressInterim, ProgressReadOnly, FieldProgressStatus, FieldStatusReason,
    HintStatusReason, FieldPercent, HintPercent, ProgressTargets, ProgressTargetLine,
    FieldValueReached, FieldReachedOn, ProgressMoney, HintDisbursed, FieldDisbursedAmount,
    FieldDisbursedCurrency, FieldDisbursedOn, FieldDeliveredCountries, HintDeliveredCountries,
    FieldBeneficiaries, FieldBeneficiariesUnit, HintBeneficiariesUnit, FieldNarrative,
    HintNarrative, FieldLinks, HintLinks, FieldFiles, HintFiles, FieldFilesPublic, DraftFiles,
    RemoveFile, SaveReportDraft, FileReport, ReportDraftSaved, ReportFiledNotice, ProgressTimeline,
    ProgressNoReports, ReportHeading, ReportCycle, ReportInterim, ReportBy, ProgressPercentLabel,
    ProgressDisbursedLabel, ProgressUsdUnknown, ProgressCountriesLabel, ProgressBeneficiariesLabel,
    ProgressEvidenceLabel, ProgressPrivateFile, ProgressLightLabel, ProgressComments, FieldComment,
    CommentButton, ReviewProgressTitle, ReviewProgressIntro, ReviewProgressEmpty, AcceptReport,
    AskForMore, TakeDownReport, RestoreReport, FieldReviewMessage, ProgressDutiesTitle,
    ProgressDutiesIntro, DutyDue, DutyOverdue, DutyUpToDate, DutyClosed, DutyLastFiled, DutyDraft,
    CyclesTitle, CyclesIntro, FieldCycleLabel, FieldPeriodStart, FieldPeriodEnd, FieldDueOn,
    AddCycle, SetDue, RecipientsTitle, RecipientsIntro, SaveRecipients, RecipientsSaved,
    AuditAboutProgress, AuditAboutCycle, AuditDoFile, AuditDoRequestMore, AuditDoTakeDown,
    AuditDoRestore, AuditDoAdd, AuditDoSetDue, AuditDoSetProgressRecipients, MailProgressDueSubject,
    MailProgressDueBody, MailProgressOverdueSubject, MailProgressOverdueBody,
    MailProgressFiledSubject, MailProgressFiledBody, MailProgressReviewedSubject,
    MailProgressAcceptedBody, MailProgressTakenDownBody, MailProgressCommentSubject,
    MailProgressCommentBody, ColDelivered, ColDeliveredShare, StatDelivered, StatReporting,
    ColLastReport, SheetProgress,
    // Roundtables and events.
    NavEvents, NavMyEvents, NavOrganiserEvents, EventsTitle, EventsIntro, EventsEmpty, EventPlanned,
    EventOpen, EventHeld, EventArchived, EventTimeZone, AnnouncedPledges, AnnouncedNone, LdcShare,
    EventInCompendium, EventExport, ProgrammeTitle, ProgrammeEmpty, VideoStatements, WatchOn,
    Transcript, AnnouncedAt, AnnouncedAtLabel, SessionHighLevel, SessionPanel,
    SessionGroupDiscussion, SessionPlenary, SessionSigning, SessionOther, AnnouncementRequested,
    AnnouncementAccepted, AnnouncementScheduled, AnnouncementDeclined, AnnouncementWithdrawn,
    AnnouncementDropped, OrganiserEventsTitle, CreateEvent, SaveEvent, EditEvent, EventSaved,
    FieldEventName, FieldEventSlug, HintEventSlug, FieldEventPlace, FieldTimeZone, HintTimeZone,
    FieldStartsOn, FieldEndsOn, FieldEventStatus, PublicEventPage, BackToDesk, AddSession,
    SessionSaved, RemoveSession, FieldSessionKind, FieldSessionTitle, FieldSessionStarts,
    FieldSessionEnds, HintEventLocalTime, FieldRoom, FieldModerator, FieldSessionFocusArea,
    NoFocusArea, FieldSpeakers, HintSpeakers, SpeakerLabel, AnnouncementsTitle, AnnouncementsEmpty,
    AnnouncementDecided, AcceptAnnouncement, DeclineAnnouncement, ScheduleAnnouncement,
    UnscheduleAnnouncement, FieldPlenary, FieldPosition, FieldMinutes, VideoLoopTitle, VideosEmpty,
    VideoLabel, AddLeaderVideo, AddVideo, FieldLeader, FieldVideoUrl, HintVideoUrl,
    FieldVideoLength, HintVideoLength, FieldTranscript, VideoStatementOptional, SigningCeremony,
    OpenSignatories, SignatoriesCount, CeremonySheet, SignatoriesEmpty, ColCapacity, ColSignatory,
    ColSignature, CoalitionLeader, CoalitionMember, SignatoryUnconfirmed, SignatoryConfirmed,
    RunOfShowTitle, RunChangesSince, HintRunSince, ShowChanges, RunChanged, RunRemoved,
    DownloadDocx, DownloadXlsx, ColStarts, ColEnds, ColPosition, ColSlot, MyEventsTitle,
    AskToAnnounce, AskToAnnounceIntro, AnnouncementAsked, NothingToAnnounce, FieldEvent,
    FieldPledge, FieldSpeakerName, FieldSpeakerTitle, HintSpeaker, OurAnnouncements,
    WithdrawAnnouncement, SignaturesEmpty,
    ConfirmSignatory, VideoHostsTitle, VideoHostsIntro, FieldHost, HintHost, AddHost, RemoveHost,
    AuditAboutEvent, AuditAboutAnnouncement, AuditAboutSession, AuditDoRequest, AuditDoSchedule,
    AuditDoUnschedule, AuditDoDrop, AuditDoEdit, AuditDoRemove, AuditDoOpenSignatories,
    AuditDoAddVideo, VEventName, VEventSlug, VEventSlugTaken, VEventPlace, VTimeZone, VSessionTitle,
    VLocalTime, VSessionTimes, VRoom, VSpeakers, VRoomTaken, VSessionOutsideEvent,
    VSessionHasAnnouncements, VEventClosed, VAnnounceStatus, VAnnounceTwice, VSpeakerTitle,
    VVideoUrl, VVideoLength, VTranscript, VVideoHost, VVideoHostName, VSlotMinutes,
    VSessionNotPlenary, VSlotsOverflow, VNotALeader, MailEventAcceptedSubject,
    MailEventAcceptedBody, MailEventScheduledSubject, MailEventScheduledBody, MailEventWeekSubject,
    MailEventDaySubject, MailEventSlotBody, MailEventLeftSubject, MailEventWithdrawnBody,
    MailEventUnpublishedBody,
    OppKindProject, OppKindRegional, OppKindFlagship, OppKindCampaign, OppStatusOpen, OppStatusFunded, OppStatusClosed, InKindEquipment, InKindExpertise, InKindTraining, InKindConnectivity, SignOnSubmitted, SignOnApproved, SignOnRejected, SignOnWithdrawn, ReportInaccurate, ReportDuplicate, ReportNotHappening, ReportInappropriate, ReportOther, ReportStateOpen, ReportStateDismissed, ReportStateAsked, ReportStateUnpublished, ReportDismiss, ReportAsk, ReportUnpublish, VOpportunityNeeds, VSignOnRole, VReportReason, VReportMessage, VOpportunitySlugTaken, VSignOnClosed, VSignOnTwice, VSignOnOwn, VAnswers, VDecisionReason,
    MailMarketSignOnSubject, MailMarketSignOnApprovedBody, MailMarketSignOnRejectedBody, MailMarketCoSignedSubject, MailMarketCoSignedBody, MailMarketReportSubject, MailMarketReportAskedBody, MailMarketReportUnpublishedBody,
    NavOpportunities, OpportunitiesTitle, OpportunitiesIntro, OpportunitiesForYou, AllOpportunities, OpportunitiesEmpty, OpportunityFilters, OpportunitySearch, FieldOpportunityKind, FieldOpportunityStatus, PostOpportunity, EditOpportunity, SaveOpportunity, FieldOpportunitySlug, FieldTargetCountries, FieldGroups, MoneyNeeded, InKindNeeded, FieldInKindNote, OpportunityContact, OpportunityPlaces, OpportunityEverywhere, OpportunityTimeline, FundingTitle, FundingOf, FundingCommitted, FundingBarLabel, DeliveredBarLabel, FundingLines, PledgeToOpportunity, AnsweringPledges, AnsweringNone, CoSignersAdd, ReasonSimilarSize, ReasonFunder, SuggestionReason, ReportProblem, ReportThanks, FieldReportReason, FieldReportMessage, FieldReportEmail, HintReportEmail, SendReport, CoSignersTitle, SignOnTitle, SignOnOpen, YourSignOn, WithdrawSignOn, CloseSignOn, FieldSignOnAmount, FieldSignOnInKind, FieldSignOnRole, SignOnButton, SignOnQueueTitle, SignOnQueueIntro, SignOnQueueEmpty, ApproveSignOn, RejectReason, RejectSignOn, ReportQueueTitle, ReportQueueIntro, ReportQueueEmpty, ReportCount, ReportDecisionNote, CoalitionRole, NoCoalitionRole, RoleLeaderOf, RoleMemberOf, ProfilePledges, ProfileTotals, PartPartner, PartCoSigner, ProfileOpportunities, ProfileEvents, PostersTitle, PostersIntro, PosterYes, PosterNo, PosterGrant, PosterRevoke, AnswersOpportunities, SectionMarket, FieldAnswers, FieldOpenSignOn, OpenSignOnYes, HintOpenSignOn, OpportunitySuggestions,
    StatCosigned,
    SignInToSignOn,
    AuditAboutOpportunity, AuditAboutSignOn, AuditAboutReport, AuditDoPost, AuditDoSignOn, AuditDoCloseSignOn, AuditDoDismiss, AuditDoAsk, AuditDoGrantOpportunities, AuditDoRevokeOpportunities,
    UnpublishAdminsOnly,
}

impl Key {
    pub const MONTHS: [Key; 12] = [
        Key::Month1,
        Key::Month2,
        Key::Month3,
        Key::Month4,
        Key::Month5,
        Key::Month6,
        Key::Month7,
        Key::Month8,
        Key::Month9,
        Key::Month10,
        Key::Month11,
        Key::Month12,
    ];

    /// Position in [`Key::ALL`]: the variants are declared in that order without explicit values.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The Fluent message id: the variant name in kebab case, a dash before each capital and each
    /// number (`VTitleLength` is `v-title-length`, `Sdg17` is `sdg-17`).
    pub fn id(self) -> String {
        let name = Key::NAMES[self.index()];
        let mut id = String::with_capacity(name.len() + 4);
        let mut previous: Option<char> = None;
        for c in name.chars() {
            let starts_word = c.is_ascii_uppercase()
                || (c.is_ascii_digit() && previous.is_some_and(|p| !p.is_ascii_digit()));
            if starts_word && previous.is_some() {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
            previous = Some(c);
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::Key;

    #[test]
    fn ids_are_kebab_case_and_indexes_follow_all() {
        assert_eq!(Key::CompendiumCount.id(), "compendium-count");
        assert_eq!(Key::VTitleLength.id(), "v-title-length");
        assert_eq!(Key::Sdg17.id(), "sdg-17");
        assert_eq!(Key::Month12.id(), "month-12");
        for (i, key) in Key::ALL.iter().enumerate() {
            assert_eq!(key.index(), i);
        }
    }
}
