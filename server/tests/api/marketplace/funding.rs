//! An opportunity's funding bar: ITU posts what it needs; pledges that answer it count once they
//! are published (not while under review), each once however many partners it has, and a pledge
//! withdrawn leaves the bar at once.
use app::domain::marketplace::{Funding, OpportunityList};

use super::{
    answering_pledge, approve, opportunity, organisation_id, post_opportunity, public_ref,
    published, submit, version,
};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;

const SLUG: &str = "rw-health-links";

/// The bar as the public list shows it.
async fn bar_in_list(s: &Session, slug: &str) -> Funding {
    let body = s
        .call("opportunities_list", &[])
        .await
        .unwrap_or_else(|e| panic!("opportunities_list: {e:?}"));
    let list: OpportunityList =
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
    list.items
        .into_iter()
        .find(|o| o.slug == slug)
        .unwrap_or_else(|| panic!("{slug} not listed"))
        .funding
}

/// The bar on the opportunity's page, which the list must agree with.
async fn bar(s: &Session, slug: &str) -> Funding {
    let page = opportunity(s, slug).await.summary.funding;
    assert_eq!(bar_in_list(s, slug).await, page, "list and page disagree");
    page
}

/// The public references of the pledges the opportunity's page lists as answering it.
async fn answering(s: &Session, slug: &str) -> Vec<String> {
    let mut refs: Vec<String> = opportunity(s, slug)
        .await
        .answers
        .into_iter()
        .map(|a| a.public_ref)
        .collect();
    refs.sort();
    refs
}

async fn the_funding_bar_counts_each_published_answer_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.sign_in(ADMIN).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let public = app.anonymous();

    post_opportunity(
        &admin,
        SLUG,
        "Broadband for rural health centres",
        "5,000,000",
    )
    .await;
    let posted = opportunity(&public, SLUG).await;
    assert_eq!(posted.summary.funding.needed_usd_cents, Some(500_000_000));
    assert_eq!(
        bar(&public, SLUG).await,
        Funding {
            needed_usd_cents: Some(500_000_000),
            ..Funding::default()
        }
    );

    // A pledge that names an opportunity that does not exist is refused on its field.
    let unknown = ministry
        .call(
            "save_pledge",
            &answering_pledge(
                "Clinics for an unknown call",
                "1000",
                &["no-such-opportunity"],
                false,
            ),
        )
        .await
        .unwrap_err();
    assert!(
        unknown.field_issues().iter().any(|i| i.field == "answers"),
        "{unknown:?}"
    );

    // Submitted, not yet approved: the bar does not move.
    let first = submit(
        &ministry,
        &answering_pledge("Fibre for 40 district clinics", "1,500,000", &[SLUG], false),
    )
    .await;
    assert_eq!(bar(&public, SLUG).await.pledged_usd_cents, 0);
    assert_eq!(bar(&public, SLUG).await.pledges, 0);
    assert!(answering(&public, SLUG).await.is_empty());

    // Approved: the bar holds exactly that pledge's USD.
    approve(&app, &reviewer, &first).await;
    let first_ref = public_ref(&app, &first).await;
    let first_usd = published(&public, &first_ref).await.unwrap().usd_cents;
    assert_eq!(first_usd, Some(150_000_000));
    let after_first = bar(&public, SLUG).await;
    assert_eq!(after_first.pledged_usd_cents, 150_000_000);
    assert_eq!(after_first.pledges, 1);
    assert_eq!(after_first.needed_usd_cents, Some(500_000_000));
    assert_eq!(after_first.percent(), Some(30));
    assert_eq!(answering(&public, SLUG).await, vec![first_ref.clone()]);
    // The public pledge names the opportunity it answers.
    let doc = published(&public, &first_ref).await.unwrap();
    assert_eq!(
        doc.answers
            .iter()
            .map(|a| a.slug.as_str())
            .collect::<Vec<_>>(),
        vec![SLUG]
    );

    // A second answering pledge adds its own value.
    let second = submit(
        &pacific,
        &answering_pledge(
            "Satellite links for 12 clinics",
            "2,000,000",
            &[SLUG],
            false,
        ),
    )
    .await;
    assert_eq!(bar(&public, SLUG).await.pledged_usd_cents, 150_000_000);
    approve(&app, &reviewer, &second).await;
    let second_ref = public_ref(&app, &second).await;
    let after_second = bar(&public, SLUG).await;
    assert_eq!(after_second.pledged_usd_cents, 350_000_000);
    assert_eq!(after_second.pledges, 2);
    let mut both = vec![first_ref.clone(), second_ref.clone()];
    both.sort();
    assert_eq!(answering(&public, SLUG).await, both);

    // The organisation withdraws its published pledge: it leaves the bar at once.
    ministry
        .call(
            "withdraw_pledge",
            &[
                ("id", first.as_str()),
                ("version", &version(&app, &first).await),
                ("reason", "Merged into the national health plan."),
            ],
        )
        .await
        .unwrap_or_else(|e| panic!("withdraw: {e:?}"));
    let after_withdrawal = bar(&public, SLUG).await;
    assert_eq!(after_withdrawal.pledged_usd_cents, 200_000_000);
    assert_eq!(after_withdrawal.pledges, 1);
    assert_eq!(answering(&public, SLUG).await, vec![second_ref.clone()]);

    // A joint pledge (the Ministry leads, Pacific Connect a confirmed partner) counts once.
    let draft = ministry
        .call(
            "autosave_pledge",
            &[("input[title]", "Joint clinics and backhaul pledge")],
        )
        .await
        .unwrap();
    let joint = crate::full_pledge::id_of(&draft);
    let pacific_id = organisation_id(&app, "Pacific Connect Ltd").await;
    ministry
        .call(
            "invite_partner",
            &[("pledge", joint.as_str()), ("organisation", &pacific_id)],
        )
        .await
        .unwrap_or_else(|e| panic!("invite: {e:?}"));
    pacific
        .call(
            "answer_invitation",
            &[("pledge", joint.as_str()), ("answer", "confirm")],
        )
        .await
        .unwrap_or_else(|e| panic!("confirm: {e:?}"));
    let mut form = answering_pledge(
        "Joint clinics and backhaul pledge",
        "700,000",
        &[SLUG],
        false,
    );
    form.push(("pledge", joint.as_str()));
    submit(&ministry, &form).await;
    assert_eq!(bar(&public, SLUG).await.pledged_usd_cents, 200_000_000);
    approve(&app, &reviewer, &joint).await;
    let joint_ref = public_ref(&app, &joint).await;
    let joint_doc = published(&public, &joint_ref).await.unwrap();
    assert!(
        joint_doc
            .partners
            .iter()
            .any(|p| p == "Pacific Connect Ltd"),
        "{:?}",
        joint_doc.partners
    );
    let after_joint = bar(&public, SLUG).await;
    assert_eq!(after_joint.pledged_usd_cents, 200_000_000 + 70_000_000);
    assert_eq!(after_joint.pledges, 2);
    let mut now = vec![second_ref, joint_ref];
    now.sort();
    assert_eq!(
        answering(&public, SLUG).await,
        now,
        "each pledge listed once"
    );
    // Nobody signed on: no co-signers' money, and nothing delivered yet.
    assert_eq!(after_joint.cosigned_usd_cents, 0);
    assert_eq!(after_joint.delivered_usd_cents, 0);
}

on_both_databases!(the_funding_bar_counts_each_published_answer_once);
