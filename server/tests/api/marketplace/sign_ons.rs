//! Open pledges: other organisations sign on with money and a part to play; nothing public changes
//! until an ITU reviewer approves a sign-on (a rejected one never shows), an approved co-signer's
//! money is its own line (the lead's value is never counted twice), the lead may close sign-on,
//! and a reviewer never decides a sign-on of their own organisation.
use app::domain::marketplace::{OrganisationProfile, SignOnOffer, SignOnRow};
use app::domain::{CompendiumPage, CompendiumStats};
use app::error::AppError;
use chrono::Datelike;

use super::{
    answering_pledge, approve, decide_sign_on, opportunity, organisation_id, post_opportunity,
    public_ref, published, sign_on_form, sign_on_of, submit,
};
use crate::fixtures::{STRONG, join_ministry, new_organisation};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;

const TITLE: &str = "Telemedicine for 120 health centres";
const SLUG: &str = "telemedicine-call";
const PACIFIC_ROLE: &str = "Builds the backhaul to the 120 health centres.";
const REJECTED_ROLE: &str = "Trains the nurses of the 120 health centres.";
const REJECTION: &str = "Your organisation is not verified yet.";

/// Everything the public can read about the pledge, as bytes: its page's data, the open API's
/// answer, the compendium's first page and totals (their "as at" time left out), and the funding
/// bar of the opportunity it answers.
async fn public_bytes(s: &Session, reference: &str) -> Vec<String> {
    let pledge = s
        .call("published_pledge", &[("reference", reference)])
        .await
        .unwrap_or_else(|e| panic!("published_pledge: {e:?}"));
    let (status, api) = s.get(&format!("/api/v1/pledges/{reference}")).await;
    assert_eq!(status, 200, "{api}");
    let body = s.call("compendium_totals", &[]).await.unwrap();
    let mut totals: CompendiumStats = serde_json::from_str(&body).unwrap();
    totals.as_at = None;
    let body = s.call("compendium_list", &[]).await.unwrap();
    let mut list: CompendiumPage = serde_json::from_str(&body).unwrap();
    list.as_at = chrono::DateTime::UNIX_EPOCH;
    let bar = s
        .call("opportunity_page", &[("slug", SLUG)])
        .await
        .unwrap_or_else(|e| panic!("opportunity_page: {e:?}"));
    vec![
        pledge,
        api,
        serde_json::to_string(&totals).unwrap(),
        serde_json::to_string(&list).unwrap(),
        bar,
    ]
}

async fn offer(s: &Session, reference: &str) -> SignOnOffer {
    let body = s
        .call("sign_on_offer", &[("reference", reference)])
        .await
        .unwrap_or_else(|e| panic!("sign_on_offer: {e:?}"));
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

async fn queue(reviewer: &Session, pledge_id: &str) -> Vec<SignOnRow> {
    let body = reviewer
        .call("sign_on_queue", &[])
        .await
        .unwrap_or_else(|e| panic!("sign_on_queue: {e:?}"));
    let rows: Vec<SignOnRow> =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
    rows.into_iter()
        .filter(|r| r.pledge_id.to_string() == pledge_id)
        .collect()
}

fn codes(e: &AppError) -> Vec<(String, String)> {
    e.field_issues()
        .iter()
        .map(|i| (i.field.clone(), i.code.clone()))
        .collect()
}

async fn a_sign_on_is_public_only_once_approved_and_counts_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.sign_in(ADMIN).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let (third, third_id) = new_organisation(&app, 3).await;
    let public = app.anonymous();
    let pacific_id = organisation_id(&app, "Pacific Connect Ltd").await;

    post_opportunity(
        &admin,
        SLUG,
        "Telemedicine for rural districts",
        "4,000,000",
    )
    .await;
    let id = submit(
        &ministry,
        &answering_pledge(TITLE, "1,000,000", &[SLUG], true),
    )
    .await;
    // Under review: not public, so nobody may sign on yet.
    let unpublished_ref = format!(
        "P2C-{}-{:05}",
        chrono::Utc::now().year(),
        id.parse::<i32>().unwrap()
    );
    let early = pacific
        .call(
            "sign_on",
            &sign_on_form(&unpublished_ref, "10,000", "USD", PACIFIC_ROLE),
        )
        .await
        .unwrap_err();
    assert_eq!(early.status().as_u16(), 404, "{early:?}");
    approve(&app, &reviewer, &id).await;
    let reference = public_ref(&app, &id).await;
    let doc = published(&public, &reference).await.unwrap();
    assert!(doc.open_sign_on);
    assert!(doc.cosigners.is_empty());
    assert_eq!(doc.usd_cents, Some(100_000_000));
    assert_eq!(doc.cosigner_usd_cents, None);

    // What each reader is offered.
    let seen = offer(&pacific, &reference).await;
    assert!(seen.open && seen.may_sign && !seen.may_close, "{seen:?}");
    let lead = offer(&ministry, &reference).await;
    assert!(lead.open && !lead.may_sign && lead.may_close, "{lead:?}");
    let anyone = offer(&public, &reference).await;
    assert!(anyone.open && !anyone.may_sign && !anyone.may_close);

    // The lead cannot sign its own pledge; a sign-on says its part.
    let own = ministry
        .call(
            "sign_on",
            &sign_on_form(&reference, "10,000", "USD", PACIFIC_ROLE),
        )
        .await
        .unwrap_err();
    assert_eq!(codes(&own), vec![("role".into(), "sign_on_own".into())]);
    let short = pacific
        .call(
            "sign_on",
            &sign_on_form(&reference, "10,000", "USD", "Helps"),
        )
        .await
        .unwrap_err();
    assert_eq!(codes(&short), vec![("role".into(), "sign_on_role".into())]);
    assert_eq!(app.count("SELECT COUNT(*) FROM sign_ons").await, 0);

    let before = public_bytes(&public, &reference).await;
    // Two organisations sign on: nothing public changes while they wait for review.
    third
        .call(
            "sign_on",
            &sign_on_form(&reference, "100,000", "USD", REJECTED_ROLE),
        )
        .await
        .unwrap_or_else(|e| panic!("sign_on: {e:?}"));
    let mut with_kind = sign_on_form(&reference, "250,000", "USD", PACIFIC_ROLE);
    with_kind.push(("input[in_kind][]", "connectivity"));
    pacific
        .call("sign_on", &with_kind)
        .await
        .unwrap_or_else(|e| panic!("sign_on: {e:?}"));
    let twice = pacific.call("sign_on", &with_kind).await.unwrap_err();
    assert_eq!(codes(&twice), vec![("role".into(), "sign_on_twice".into())]);
    let mine = offer(&pacific, &reference).await;
    assert!(!mine.may_sign, "{mine:?}");
    assert_eq!(
        mine.mine.as_ref().map(|m| m.state.code()),
        Some("submitted")
    );
    assert_eq!(
        public_bytes(&public, &reference).await,
        before,
        "a sign-on under review changed a public page"
    );
    let waiting = queue(&reviewer, &id).await;
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    let pacific_row = waiting
        .iter()
        .find(|r| r.organisation_name == "Pacific Connect Ltd")
        .unwrap();
    assert_eq!(pacific_row.usd_cents, Some(25_000_000));
    assert_eq!(pacific_row.role, PACIFIC_ROLE);

    // Rejected, with a reason: still nothing public changes, and the signer hears why.
    let rejected = sign_on_of(&app, &id, &third_id).await;
    let no_reason = decide_sign_on(&reviewer, (&rejected.0, &rejected.1), "reject", "")
        .await
        .unwrap_err();
    assert_eq!(
        codes(&no_reason),
        vec![("reason".into(), "decision_reason".into())]
    );
    decide_sign_on(&reviewer, (&rejected.0, &rejected.1), "reject", REJECTION)
        .await
        .unwrap_or_else(|e| panic!("reject: {e:?}"));
    assert_eq!(
        public_bytes(&public, &reference).await,
        before,
        "a rejected sign-on changed a public page"
    );
    let told = app.mail_to("admin3@org3.example", REJECTION, 1).await;
    assert!(told.text.contains(TITLE), "{}", told.text);
    // Deciding it again on the old version is a conflict.
    assert_eq!(
        decide_sign_on(&reviewer, (&rejected.0, &rejected.1), "approve", "")
            .await
            .unwrap_err()
            .status()
            .as_u16(),
        409
    );

    // Approved: the co-signer is public, its money its own line, the pledge's own value unchanged.
    let totals_before: CompendiumStats =
        serde_json::from_str(&public.call("compendium_totals", &[]).await.unwrap()).unwrap();
    let approved = sign_on_of(&app, &id, &pacific_id).await;
    decide_sign_on(&reviewer, (&approved.0, &approved.1), "approve", "")
        .await
        .unwrap_or_else(|e| panic!("approve: {e:?}"));
    let doc = published(&public, &reference).await.unwrap();
    assert_eq!(doc.cosigners.len(), 1, "{:?}", doc.cosigners);
    let cosigner = &doc.cosigners[0];
    assert_eq!(cosigner.organisation.name, "Pacific Connect Ltd");
    assert_eq!(cosigner.usd_cents, Some(25_000_000));
    assert_eq!(cosigner.amount.as_ref().map(|m| m.minor), Some(25_000_000));
    assert_eq!(cosigner.role, PACIFIC_ROLE);
    assert_eq!(
        cosigner
            .in_kind
            .iter()
            .map(|k| k.code())
            .collect::<Vec<_>>(),
        vec!["connectivity"]
    );
    assert_eq!(doc.cosigner_usd_cents, Some(25_000_000));
    assert_eq!(
        doc.usd_cents,
        Some(100_000_000),
        "the lead's value is unchanged"
    );
    let totals_after: CompendiumStats =
        serde_json::from_str(&public.call("compendium_totals", &[]).await.unwrap()).unwrap();
    assert_eq!(totals_after.pledges, totals_before.pledges);
    assert_eq!(
        totals_after.usd_cents, totals_before.usd_cents,
        "the pledge's value counted once"
    );
    let (status, api) = public.get(&format!("/api/v1/pledges/{reference}")).await;
    assert_eq!(status, 200);
    assert!(
        api.contains(PACIFIC_ROLE),
        "the open API shows the co-signer: {api}"
    );
    // The rejected one never shows.
    assert!(!api.contains(REJECTED_ROLE));
    // The opportunity's bar: the pledge once, the co-signer's money on its own line.
    let bar = opportunity(&public, SLUG).await;
    assert_eq!(bar.summary.funding.pledged_usd_cents, 100_000_000);
    assert_eq!(bar.summary.funding.cosigned_usd_cents, 25_000_000);
    assert_eq!(bar.summary.funding.pledges, 1);
    assert_eq!(bar.answers.len(), 1);
    assert_eq!(bar.answers[0].usd_cents, Some(100_000_000));
    assert_eq!(bar.answers[0].cosigner_usd_cents, Some(25_000_000));
    // The co-signer's profile counts it as co-signed, not as its own pledge.
    let body = public
        .call("organisation_profile", &[("slug", pacific_id.as_str())])
        .await
        .unwrap_or_else(|e| panic!("organisation_profile: {e:?}"));
    let profile: OrganisationProfile = serde_json::from_str(&body).unwrap();
    let part = profile
        .pledges
        .iter()
        .find(|p| p.public_ref == reference)
        .map(|p| p.part.as_str());
    assert_eq!(part, Some("cosigner"));
    assert_eq!(profile.cosigned_usd_cents, 25_000_000);
    assert!(queue(&reviewer, &id).await.is_empty());
    app.mail_to(MINISTRY, "Pacific Connect Ltd signed on", 1)
        .await;
    app.mail_to(PACIFIC, TITLE, 1).await;

    // The lead closes sign-on: a new sign-on is refused on its field; the co-signer stays.
    assert_eq!(
        pacific
            .call("close_sign_on", &[("reference", reference.as_str())])
            .await
            .unwrap_err()
            .status()
            .as_u16(),
        403,
        "only the lead closes"
    );
    ministry
        .call("close_sign_on", &[("reference", reference.as_str())])
        .await
        .unwrap_or_else(|e| panic!("close_sign_on: {e:?}"));
    let (fourth, _) = new_organisation(&app, 4).await;
    let closed = fourth
        .call(
            "sign_on",
            &sign_on_form(&reference, "5,000", "USD", REJECTED_ROLE),
        )
        .await
        .unwrap_err();
    assert_eq!(
        codes(&closed),
        vec![("role".into(), "sign_on_closed".into())]
    );
    assert!(!offer(&fourth, &reference).await.open);
    let doc = published(&public, &reference).await.unwrap();
    assert!(!doc.open_sign_on);
    assert_eq!(doc.cosigners.len(), 1);
    assert_eq!(doc.cosigner_usd_cents, Some(25_000_000));

    // The co-signer withdraws: it leaves the public page and the bar at once.
    pacific
        .call(
            "withdraw_sign_on",
            &[
                ("sign_on_id", approved.0.as_str()),
                ("reference", reference.as_str()),
            ],
        )
        .await
        .unwrap_or_else(|e| panic!("withdraw_sign_on: {e:?}"));
    let doc = published(&public, &reference).await.unwrap();
    assert!(doc.cosigners.is_empty());
    assert_eq!(doc.cosigner_usd_cents, None);
    assert_eq!(doc.usd_cents, Some(100_000_000));
    assert_eq!(
        opportunity(&public, SLUG)
            .await
            .summary
            .funding
            .cosigned_usd_cents,
        0
    );
}

/// A reviewer who belongs to an organisation cannot decide that organisation's sign-on; another
/// reviewer can.
async fn a_reviewer_never_decides_for_their_own_organisation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.sign_in(ADMIN).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    // Jean joins the Ministry, then ITU makes Jean a reviewer.
    let jean_id = join_ministry(&app, "jean@minict.example").await;
    ministry
        .call(
            "decide_join",
            &[("person_id", &jean_id), ("action", "approve")],
        )
        .await
        .unwrap();
    admin
        .call("set_role", &[("person_id", &jean_id), ("role", "reviewer")])
        .await
        .unwrap();
    let jean = app.anonymous();
    jean.call(
        "login",
        &[
            ("input[email]", "jean@minict.example"),
            ("input[password]", STRONG),
        ],
    )
    .await
    .unwrap();

    let id = submit(
        &pacific,
        &answering_pledge("Open cable pledge for the islands", "800,000", &[], true),
    )
    .await;
    approve(&app, &reviewer, &id).await;
    let reference = public_ref(&app, &id).await;
    ministry
        .call(
            "sign_on",
            &sign_on_form(&reference, "50,000", "USD", PACIFIC_ROLE),
        )
        .await
        .unwrap_or_else(|e| panic!("sign_on: {e:?}"));
    let ministry_id = organisation_id(&app, "Ministry of ICT and Innovation, Rwanda").await;
    let signed = sign_on_of(&app, &id, &ministry_id).await;
    // Jean sees the queue as any reviewer does, but may not decide the Ministry's sign-on.
    assert_eq!(queue(&jean, &id).await.len(), 1);
    let before = public_bytes_of_pledge(&app, &reference).await;
    let own = decide_sign_on(&jean, (&signed.0, &signed.1), "approve", "")
        .await
        .unwrap_err();
    assert_eq!(own.status().as_u16(), 403, "{own:?}");
    assert_eq!(sign_on_of(&app, &id, &ministry_id).await, signed);
    assert_eq!(public_bytes_of_pledge(&app, &reference).await, before);
    decide_sign_on(&reviewer, (&signed.0, &signed.1), "approve", "")
        .await
        .unwrap_or_else(|e| panic!("approve: {e:?}"));
    let doc = published(&app.anonymous(), &reference).await.unwrap();
    assert_eq!(doc.cosigner_usd_cents, Some(5_000_000));
}

async fn public_bytes_of_pledge(app: &TestApp, reference: &str) -> String {
    app.anonymous()
        .call("published_pledge", &[("reference", reference)])
        .await
        .unwrap()
}

on_both_databases!(
    a_sign_on_is_public_only_once_approved_and_counts_once,
    a_reviewer_never_decides_for_their_own_organisation,
);
