use serde::{Deserialize, Serialize};

use crate::i18n::Key;

/// One problem with one form field, by the stable code that names the rule it broke.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldIssue {
    pub field: String,
    pub code: String,
}

impl FieldIssue {
    pub fn new(field: &str, code: &str) -> FieldIssue {
        FieldIssue {
            field: field.to_owned(),
            code: code.to_owned(),
        }
    }

    /// The message shown next to the field; every rule code maps to one i18n key here.
    pub fn message_key(&self) -> Key {
        match self.code.as_str() {
            "title_length" => Key::VTitleLength,
            "description_length" => Key::VDescriptionLength,
            "pledge_type" => Key::VTypeRequired,
            "focus_areas" => Key::VFocusAreaRequired,
            "benefit" => Key::VBenefitRequired,
            "email" => Key::VEmail,
            "password_required" => Key::VPasswordRequired,
            "name" => Key::VName,
            "org_name" => Key::VOrgName,
            "org_description" => Key::VOrgDescription,
            "one_line" => Key::VOneLine,
            "choice" => Key::VChoice,
            "org_choice" => Key::VOrgChoice,
            "email_taken" => Key::VEmailTaken,
            "org_taken" => Key::VOrgTaken,
            "password_length" => Key::VPasswordLength,
            "password_weak" => Key::VPasswordWeak,
            "password_wrong" => Key::VPasswordWrong,
            "registration_password" => Key::VRegistrationPassword,
            "org_taken_meanwhile" => Key::VOrgTakenMeanwhile,
            "url" => Key::VUrl,
            "statement" => Key::VStatement,
            "commitment" => Key::VCommitment,
            "signatory" => Key::VSignatory,
            "date" => Key::VDate,
            "confirm" => Key::VConfirm,
            "reason" => Key::VReason,
            "pdf" => Key::VPdf,
            "pdf_too_large" => Key::VPdfTooLarge,
            "pdf_damaged" => Key::VPdfDamaged,
            "pdf_too_deep" => Key::VPdfTooDeep,
            "pdf_unpacks_too_large" => Key::VPdfUnpacksTooLarge,
            "pdf_zip" => Key::VPdfZip,
            "link_invalid" => Key::VLinkInvalid,
            "summary_length" => Key::VSummaryLength,
            "statement_length" => Key::VStatementLength,
            "percent" => Key::VPercent,
            "indicator" => Key::VIndicator,
            "unit" => Key::VUnit,
            "quantity" => Key::VQuantity,
            "pledge_date" => Key::VPledgeDate,
            "consent" => Key::VConsent,
            "date_order" => Key::VDateOrder,
            "scope" => Key::VScope,
            "amount_required" => Key::VAmountRequired,
            "currency" => Key::VCurrency,
            "amount" => Key::VAmount,
            "amount_positive" => Key::VAmountPositive,
            "amount_too_large" => Key::VAmountTooLarge,
            "amount_decimals" => Key::VAmountDecimals,
            "share_without_benefit" => Key::VShareWithoutBenefit,
            "benefit_statement" => Key::VBenefitStatement,
            "target_required" => Key::VTargetRequired,
            "too_many_targets" => Key::VTooManyTargets,
            "target_due" => Key::VTargetDue,
            "partner_choice" => Key::VPartnerChoice,
            "partner_already" => Key::VPartnerAlready,
            "rate" => Key::VRate,
            "rate_taken" => Key::VRateTaken,
            "check_fail_note" => Key::VCheckFailNote,
            "check_note_length" => Key::VCheckNoteLength,
            "check_missing" => Key::VCheckMissing,
            "check_failed" => Key::VCheckFailed,
            "message_length" => Key::VMessageLength,
            "search_too_long" => Key::VSearchTooLong,
            "search_too_many_terms" => Key::VSearchTooManyTerms,
            "search_term_short" => Key::VSearchTermShort,
            "search_term_long" => Key::VSearchTermLong,
            "named_partner" => Key::VNamedPartner,
            "named_partners_too_many" => Key::VNamedPartnersTooMany,
            "drafts_capped" => Key::VDraftsCapped,
            "progress_status" => Key::VProgressStatus,
            "progress_percent" => Key::VProgressPercent,
            "progress_reason" => Key::VProgressReason,
            "narrative_length" => Key::VNarrativeLength,
            "past_date" => Key::VPastDate,
            "links_too_many" => Key::VLinksTooMany,
            "evidence_too_large" => Key::VEvidenceTooLarge,
            "evidence_kind" => Key::VEvidenceKind,
            "evidence_damaged" => Key::VEvidenceDamaged,
            "evidence_unsafe" => Key::VEvidenceUnsafe,
            "evidence_zip" => Key::VEvidenceZip,
            "evidence_too_many" => Key::VEvidenceTooMany,
            "progress_unpublished" => Key::VProgressUnpublished,
            "cycle_overlap" => Key::VCycleOverlap,
            "recipients_required" => Key::VRecipientsRequired,
            "event_name" => Key::VEventName,
            "event_slug" => Key::VEventSlug,
            "event_slug_taken" => Key::VEventSlugTaken,
            "event_place" => Key::VEventPlace,
            "time_zone" => Key::VTimeZone,
            "session_title" => Key::VSessionTitle,
            "local_time" => Key::VLocalTime,
            "session_times" => Key::VSessionTimes,
            "room" => Key::VRoom,
            "speakers" => Key::VSpeakers,
            "room_taken" => Key::VRoomTaken,
            "session_outside_event" => Key::VSessionOutsideEvent,
            "session_has_announcements" => Key::VSessionHasAnnouncements,
            "event_closed" => Key::VEventClosed,
            "announce_status" => Key::VAnnounceStatus,
            "announce_twice" => Key::VAnnounceTwice,
            "speaker_title" => Key::VSpeakerTitle,
            "video_url" => Key::VVideoUrl,
            "video_length" => Key::VVideoLength,
            "transcript" => Key::VTranscript,
            "video_host" => Key::VVideoHost,
            "video_host_name" => Key::VVideoHostName,
            "slot_minutes" => Key::VSlotMinutes,
            "session_not_plenary" => Key::VSessionNotPlenary,
            "slots_overflow" => Key::VSlotsOverflow,
            "not_a_leader" => Key::VNotALeader,
            "opportunity_needs" => Key::VOpportunityNeeds,
            "sign_on_role" => Key::VSignOnRole,
            "report_reason" => Key::VReportReason,
            "report_message" => Key::VReportMessage,
            "opportunity_slug_taken" => Key::VOpportunitySlugTaken,
            "sign_on_closed" => Key::VSignOnClosed,
            "sign_on_twice" => Key::VSignOnTwice,
            "sign_on_own" => Key::VSignOnOwn,
            "answers" => Key::VAnswers,
            "decision_reason" => Key::VDecisionReason,
            _ => Key::ErrValidation,
        }
    }
}

/// Flattens `validator`'s errors into field issues, in field order and first issue per field.
pub fn issues_from(errors: &validator::ValidationErrors) -> Vec<FieldIssue> {
    let mut issues: Vec<FieldIssue> = errors
        .field_errors()
        .iter()
        .filter_map(|(field, errs)| {
            errs.first().map(|e| FieldIssue {
                field: field.to_string(),
                code: e.code.to_string(),
            })
        })
        .collect();
    issues.sort_by(|a, b| a.field.cmp(&b.field));
    issues
}
