//! Due diligence end to end through the server functions: the queue and its filters, holding a
//! pledge, the checklist, four eyes, conflicts of interest, concurrent decisions, the audit log
//! and its append-only guarantee, duplicates, the conversation, unpublishing and decision mail.
use app::domain::{QueuePage, ReviewPage};
use app::error::AppError;
use app::pledge_lifecycle::TransitionError;

use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp, pledge_form};

async fn submit(s: &Session, form: &[(&str, &str)]) -> String {
    s.call("save_pledge", form)
        .await
        .unwrap_or_else(|e| panic!("submit: {e:?}"))
}

async fn submit_titled(s: &Session, title: &str, areas: &[&str]) -> String {
    submit(s, &pledge_form(title, areas)).await
}

pub(crate) async fn version(app: &TestApp, id: &str) -> String {
    app.one_string(&format!(
        "SELECT CAST(version AS TEXT) FROM pledges WHERE id = {id}"
    ))
    .await
}

async fn status(app: &TestApp, id: &str) -> String {
    app.one_string(&format!("SELECT status FROM pledges WHERE id = {id}"))
        .await
}

async fn events(app: &TestApp, id: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM pledge_events WHERE pledge_id = {id}"
    ))
    .await
}

async fn review(s: &Session, id: &str) -> ReviewPage {
    let body = s
        .call("review_pledge", &[("id", id)])
        .await
        .unwrap_or_else(|e| panic!("review page: {e:?}"));
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

async fn queue(s: &Session, filter: &[(&str, &str)]) -> QueuePage {
    let form: Vec<(String, &str)> = filter
        .iter()
        .map(|(k, v)| (format!("filter[{k}]"), *v))
        .collect();
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let body = s
        .call("review_queue", &refs)
        .await
        .unwrap_or_else(|e| panic!("queue: {e:?}"));
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

fn ids(page: &QueuePage) -> Vec<String> {
    page.rows.iter().map(|r| r.id.to_string()).collect()
}

/// A financial pledge of `amount` US dollars.
pub(crate) fn financial<'a>(title: &'a str, amount: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut form: Vec<(&str, &str)> = pledge_form(title, &["accelerate"])
        .into_iter()
        .filter(|(k, _)| *k != "input[pledge_type]")
        .collect();
    form.extend([
        ("input[pledge_type]", "financial"),
        ("input[amount]", amount),
        ("input[currency]", "USD"),
    ]);
    form
}

async fn every_transition_writes_one_audit_entry_and_the_log_cannot_be_changed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let id = submit_titled(&ministry, "Fibre to 300 district hospitals", &["access"]).await;
    let admin_id = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM users WHERE email = '{ADMIN}'"
        ))
        .await;
    assert_eq!(events(&app, &id).await, 1, "the submission");

    // Each step: exactly one more entry, naming the action; a refused step adds none.
    type Step<'a> = (&'a str, &'a Session, Vec<(String, String)>, &'a str);
    let steps: Vec<Step> = vec![
        (
            "claim",
            &reviewer,
            vec![("action".into(), "claim".into())],
            "in_review",
        ),
        (
            "release",
            &reviewer,
            vec![("action".into(), "release".into())],
            "submitted",
        ),
        (
            "assign",
            &reviewer,
            vec![
                ("action".into(), "assign".into()),
                ("assignee".into(), admin_id.clone()),
            ],
            "in_review",
        ),
    ];
    for (action, who, extra, to) in steps {
        let v = version(&app, &id).await;
        let before = events(&app, &id).await;
        let mut form = vec![("id".to_owned(), id.clone()), ("version".to_owned(), v)];
        form.extend(extra);
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        who.call("hold_pledge", &refs)
            .await
            .unwrap_or_else(|e| panic!("{action}: {e:?}"));
        assert_eq!(events(&app, &id).await, before + 1, "{action}");
        assert_eq!(status(&app, &id).await, to, "{action}");
        let last = app.audit_log(&id).await.pop().unwrap_or_default();
        assert_eq!(last.0, action);
    }
    // The reviewer no longer holds it: deciding is refused and writes nothing.
    let before = events(&app, &id).await;
    assert_eq!(
        reviewer.approve(&id, &version(&app, &id).await).await,
        Err(AppError::Transition(TransitionError::ClaimedByColleague))
    );
    assert_eq!(events(&app, &id).await, before);
    admin
        .decide(
            &id,
            &version(&app, &id).await,
            "request_changes",
            "Name the hospitals.",
            None,
        )
        .await
        .unwrap();
    assert_eq!(events(&app, &id).await, before + 1);
    assert_eq!(status(&app, &id).await, "changes_requested");
    submit(&ministry, &{
        let mut f = pledge_form("Fibre to 300 district hospitals", &["access"]);
        f.push(("pledge", id.as_str()));
        f
    })
    .await;
    assert_eq!(events(&app, &id).await, before + 2);
    reviewer
        .approve(&id, &version(&app, &id).await)
        .await
        .unwrap();
    // Claimed on the way, then approved: two entries, the approval carrying its checklist.
    assert_eq!(events(&app, &id).await, before + 4);
    assert_eq!(status(&app, &id).await, "published");
    let checklist = app
        .one_string(&format!(
            "SELECT checklist FROM pledge_events WHERE pledge_id = {id} AND action = 'approve'"
        ))
        .await;
    assert!(
        checklist.contains("not_duplicate") && checklist.contains("pass"),
        "{checklist}"
    );
    admin
        .call(
            "unpublish_pledge",
            &[
                ("id", &id),
                ("version", &version(&app, &id).await),
                ("reason", "The ministry asked for it to be withdrawn."),
            ],
        )
        .await
        .unwrap();
    assert_eq!(events(&app, &id).await, before + 5);

    // The database refuses to rewrite history, whoever asks (adding is what it is for).
    app.execute(
        "INSERT INTO coalition_events (subject, subject_id, actor_user_id, action, from_state, to_state, at) \
         VALUES ('organisation', 1, NULL, 'verify', 'pending', 'verified', CURRENT_TIMESTAMP)",
    )
    .await;
    admin
        .call(
            "post_pledge_message",
            &[
                ("id", &id),
                ("body", "Kept for the record."),
                ("internal", "yes"),
            ],
        )
        .await
        .unwrap();
    let total = app.count("SELECT COUNT(*) FROM pledge_events").await;
    for sql in [
        format!("UPDATE pledge_events SET reason = 'edited' WHERE pledge_id = {id}"),
        format!("DELETE FROM pledge_events WHERE pledge_id = {id}"),
        "UPDATE coalition_events SET reason = 'edited'".to_owned(),
        "DELETE FROM coalition_events".to_owned(),
        "DELETE FROM pledge_messages".to_owned(),
    ] {
        let refused = app.try_execute(&sql).await;
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM pledge_events").await, total);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pledge_events WHERE reason = 'edited'")
            .await,
        0
    );
}

/// The field issues of a refused form; anything else fails the test.
fn refused(result: Result<String, AppError>) -> Vec<app::domain::FieldIssue> {
    match result {
        Err(e) if !e.field_issues().is_empty() => e.field_issues().to_vec(),
        other => panic!("expected a refused form, got {other:?}"),
    }
}

async fn approval_needs_the_checklist_complete_and_passed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let id = submit_titled(&ministry, "Spectrum policy for rural 4G", &["access"]).await;
    let v = version(&app, &id).await;
    let issues = refused(reviewer.decide(&id, &v, "approve", "", None).await);
    assert_eq!(issues.len(), 7, "{issues:?}");
    assert!(issues.iter().all(|i| i.code == "check_missing"));
    // A failed item needs a note, and blocks approval even with one.
    let issues = refused(reviewer.decide(&id, &v, "approve", "", Some("fail")).await);
    assert!(
        issues.iter().all(|i| i.code == "check_fail_note"),
        "{issues:?}"
    );
    // Requesting changes needs a message; the checklist may be partial.
    let issues = refused(reviewer.decide(&id, &v, "request_changes", " ", None).await);
    assert_eq!(issues[0].field, "message");
    assert_eq!(status(&app, &id).await, "submitted");
    assert_eq!(events(&app, &id).await, 1, "refusals wrote nothing");
    reviewer.approve(&id, &v).await.unwrap();
    assert_eq!(status(&app, &id).await, "published");
}

async fn large_financial_pledges_need_two_different_reviewers(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_FOUR_EYES_USD", "1000000")]).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let small = submit(&ministry, &financial("School tablets fund", "999999.99")).await;
    reviewer
        .approve(&small, &version(&app, &small).await)
        .await
        .unwrap();
    assert_eq!(
        status(&app, &small).await,
        "published",
        "below the threshold"
    );

    let large = submit(&ministry, &financial("National backbone fund", "1000000")).await;
    reviewer
        .approve(&large, &version(&app, &large).await)
        .await
        .unwrap();
    assert_eq!(status(&app, &large).await, "second_approval");
    let waiting = queue(&reviewer, &[("status", "second_approval")]).await;
    assert_eq!(ids(&waiting), vec![large.clone()]);
    assert!(
        waiting
            .counts
            .iter()
            .any(|(s, n)| s.code() == "second_approval" && *n == 1)
    );
    // The first approver cannot give the second, nor claim it again; nothing is written.
    let before = events(&app, &large).await;
    assert_eq!(
        reviewer.approve(&large, &version(&app, &large).await).await,
        Err(AppError::Transition(TransitionError::SameReviewerTwice))
    );
    assert_eq!(
        reviewer
            .call(
                "hold_pledge",
                &[
                    ("id", &large),
                    ("version", &version(&app, &large).await),
                    ("action", "claim")
                ],
            )
            .await,
        Err(AppError::Transition(TransitionError::SameReviewerTwice))
    );
    assert_eq!(events(&app, &large).await, before);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'pledge_decided' AND body_text LIKE '%National backbone fund%'"
        )
        .await,
        0,
        "the organisation hears nothing of the first approval"
    );
    admin
        .approve(&large, &version(&app, &large).await)
        .await
        .unwrap();
    assert_eq!(status(&app, &large).await, "published");
    let approvers = app
        .count(&format!(
            "SELECT COUNT(DISTINCT actor_user_id) FROM pledge_events WHERE pledge_id = {large} AND action = 'approve'"
        ))
        .await;
    assert_eq!(approvers, 2);
}

async fn reviewers_never_decide_on_their_own_or_a_partner_organisations_pledge(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let id = submit_titled(&ministry, "Joint pledge with ITU as partner", &["adoption"]).await;
    // ITU's own organisation joins the pledge as a confirmed partner.
    app.execute(&format!(
        "INSERT INTO pledge_participants (pledge_id, organisation_id, role, status, created_at) \
         SELECT {id}, organisation_id, 'partner', 'confirmed', CURRENT_TIMESTAMP FROM users WHERE email = '{REVIEWER}'"
    ))
    .await;
    let v = version(&app, &id).await;
    for who in [&reviewer, &admin] {
        assert_eq!(
            who.approve(&id, &v).await,
            Err(AppError::Transition(TransitionError::OwnOrganisation))
        );
        assert_eq!(
            who.call(
                "hold_pledge",
                &[("id", &id), ("version", &v), ("action", "claim")]
            )
            .await,
            Err(AppError::Transition(TransitionError::OwnOrganisation))
        );
    }
    assert_eq!(events(&app, &id).await, 1);
    // A reviewer from a partner organisation: the Ministry partners in a Pacific pledge, and one
    // of its people works as an ITU reviewer. They may neither claim it nor be handed it.
    let pacific = app.sign_in(PACIFIC).await;
    let pledge = submit_titled(&pacific, "Pacific pledge with the Ministry", &["access"]).await;
    app.execute(&format!(
        "INSERT INTO pledge_participants (pledge_id, organisation_id, role, status, created_at) \
         SELECT {pledge}, organisation_id, 'partner', 'confirmed', CURRENT_TIMESTAMP FROM users WHERE email = '{MINISTRY}'"
    ))
    .await;
    app.execute(&format!(
        "UPDATE users SET role = 'reviewer' WHERE email = '{MINISTRY}'"
    ))
    .await;
    let partner_reviewer = app.sign_in(MINISTRY).await;
    let v = version(&app, &pledge).await;
    assert_eq!(
        partner_reviewer
            .call(
                "hold_pledge",
                &[("id", &pledge), ("version", &v), ("action", "claim")]
            )
            .await,
        Err(AppError::Transition(TransitionError::OwnOrganisation))
    );
    assert_eq!(
        partner_reviewer.approve(&pledge, &v).await,
        Err(AppError::Transition(TransitionError::OwnOrganisation))
    );
    let partner_id = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM users WHERE email = '{MINISTRY}'"
        ))
        .await;
    assert_eq!(
        reviewer
            .call(
                "hold_pledge",
                &[
                    ("id", &pledge),
                    ("version", &v),
                    ("action", "assign"),
                    ("assignee", &partner_id)
                ],
            )
            .await,
        Err(AppError::Transition(TransitionError::OwnOrganisation))
    );
    assert_eq!(events(&app, &pledge).await, 1, "refusals wrote nothing");
    // The same colleague may be handed a pledge they have no part in.
    let other = submit_titled(&pacific, "Pacific pledge without the Ministry", &["access"]).await;
    reviewer
        .call(
            "hold_pledge",
            &[
                ("id", &other),
                ("version", &version(&app, &other).await),
                ("action", "assign"),
                ("assignee", &partner_id),
            ],
        )
        .await
        .unwrap();
    assert_eq!(status(&app, &other).await, "in_review");
}

async fn two_reviewers_deciding_at_once_record_exactly_one_decision(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    for round in 0..3 {
        let title = format!("Concurrent decision {round}");
        let id = submit_titled(&ministry, &title, &["access"]).await;
        let v = version(&app, &id).await;
        let (a, b) = tokio::join!(
            reviewer.approve(&id, &v),
            admin.decide(&id, &v, "request_changes", "Add the budget lines.", None)
        );
        let outcomes = [&a, &b];
        assert_eq!(
            outcomes.iter().filter(|r| r.is_ok()).count(),
            1,
            "{a:?} / {b:?}"
        );
        let loser = outcomes
            .iter()
            .find_map(|r| r.as_ref().err())
            .unwrap_or_else(|| panic!("no loser"));
        assert_eq!(loser, &AppError::Conflict, "{a:?} / {b:?}");
        let decisions = app
            .count(&format!(
                "SELECT COUNT(*) FROM pledge_events WHERE pledge_id = {id} AND action IN ('approve', 'request_changes')"
            ))
            .await;
        assert_eq!(decisions, 1);
        let expected = if a.is_ok() {
            "published"
        } else {
            "changes_requested"
        };
        assert_eq!(status(&app, &id).await, expected);
    }
}

async fn the_queue_filters_counts_and_pages_on_the_server(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let access = submit_titled(&ministry, "Queue: access pledge", &["access"]).await;
    let adoption = submit_titled(&pacific, "Queue: adoption pledge", &["adoption"]).await;
    let money = submit(&pacific, &financial("Queue: financial pledge", "2500000")).await;
    // An old submission, as if it had waited 20 days.
    let older = if app.database_url.starts_with("postgres") {
        "submitted_at - INTERVAL '20 days'"
    } else {
        "datetime(submitted_at, '-20 days')"
    };
    app.execute(&format!(
        "UPDATE pledges SET submitted_at = {older} WHERE id = {access}"
    ))
    .await;
    let all = queue(&reviewer, &[]).await;
    for id in [&access, &adoption, &money] {
        assert!(ids(&all).contains(id), "{id} missing");
    }
    assert_eq!(ids(&all)[0], access, "oldest first");
    assert_eq!(
        ids(&queue(&reviewer, &[("focus_area", "adoption")]).await),
        vec![adoption.clone()]
    );
    assert_eq!(
        ids(&queue(&reviewer, &[("pledge_type", "financial")]).await),
        vec![money.clone()]
    );
    assert_eq!(
        ids(&queue(&reviewer, &[("usd_min", "2,000,000")]).await),
        vec![money.clone()]
    );
    assert_eq!(
        ids(&queue(&reviewer, &[("min_days", "10")]).await),
        vec![access.clone()]
    );
    let civil = queue(&reviewer, &[("stakeholder_type", "government")]).await;
    assert_eq!(ids(&civil), vec![access.clone()]);
    let africa = queue(&reviewer, &[("region", "africa")]).await;
    assert!(ids(&africa).contains(&access), "Rwanda is in Africa");
    reviewer
        .call(
            "hold_pledge",
            &[
                ("id", &money),
                ("version", &version(&app, &money).await),
                ("action", "claim"),
            ],
        )
        .await
        .unwrap();
    let mine = queue(&reviewer, &[("assignee", "me")]).await;
    assert_eq!(ids(&mine), vec![money.clone()]);
    assert_eq!(mine.rows[0].assignee_name.as_deref(), Some("Kwame Mensah"));
    assert!(!ids(&queue(&reviewer, &[("assignee", "none")]).await).contains(&money));
    let in_review = all
        .counts
        .iter()
        .find(|(s, _)| s.code() == "in_review")
        .map(|c| c.1);
    assert_eq!(in_review, Some(0));
    let counts = queue(&reviewer, &[]).await.counts;
    assert_eq!(
        counts
            .iter()
            .find(|(s, _)| s.code() == "in_review")
            .map(|c| c.1),
        Some(1)
    );
    // Pages of 25: 30 more pledges make two pages; page 2 holds the rest, nothing twice.
    for n in 0..30 {
        submit_titled(
            &pacific,
            &format!("Queue paging {n:02}"),
            &["value_creation"],
        )
        .await;
    }
    let first = queue(&reviewer, &[("focus_area", "value_creation")]).await;
    let second = queue(
        &reviewer,
        &[("focus_area", "value_creation"), ("page", "2")],
    )
    .await;
    // The demo data holds one more pledge in this focus area.
    assert!(first.total >= 30 && first.total <= 50, "{}", first.total);
    let rest = usize::try_from(first.total).unwrap_or_default() - 25;
    assert_eq!(
        (first.pages, first.rows.len(), second.rows.len()),
        (2, 25, rest)
    );
    assert!(ids(&first).iter().all(|id| !ids(&second).contains(id)));
    // The queue page itself keeps the filter in its links.
    let html = reviewer
        .page("/review?focus_area=value_creation&page=2")
        .await;
    assert!(html.contains("Queue paging"), "{html}");
    assert!(
        html.contains("focus_area=value_creation&amp;page=1"),
        "previous-page link"
    );
}

async fn a_resubmission_with_a_reworded_title_is_flagged_as_a_duplicate(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let with_text = |title: &'static str, summary: &'static str, description: &'static str| {
        let mut f: Vec<(&str, &str)> = pledge_form(title, &["access"])
            .into_iter()
            .filter(|(k, _)| *k != "input[summary]" && *k != "input[description]")
            .collect();
        f.push(("input[summary]", summary));
        f.push(("input[description]", description));
        f
    };
    let original = submit(
        &ministry,
        &with_text(
            "Connect 5,000 schools in East Africa by 2027",
            "Fibre and satellite links for 5,000 primary schools in Rwanda, Uganda and Kenya.",
            "The ministry and its operators will connect 5,000 primary schools in East Africa by 2027, with teacher training and solar power for each school.",
        ),
    )
    .await;
    reviewer
        .approve(&original, &version(&app, &original).await)
        .await
        .unwrap();
    let unrelated = submit(
        &pacific,
        &with_text(
            "Cybersecurity policy for Pacific regulators",
            "A model cybersecurity law and incident response team for three island regulators.",
            "Regulators in Fiji, Samoa and Tonga adopt a shared cybersecurity framework and train 60 incident responders by 2026.",
        ),
    )
    .await;
    let resubmitted = submit(
        &pacific,
        &with_text(
            "Connecting five thousand East African schools before 2027",
            "Fibre and satellite links for 5,000 primary schools in Rwanda, Uganda and Kenya.",
            "Operators will connect 5,000 primary schools in East Africa before 2027, with solar power and teacher training for every school.",
        ),
    )
    .await;
    let page = review(&reviewer, &resubmitted).await;
    let found: Vec<String> = page.duplicates.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(found.first(), Some(&original), "{:?}", page.duplicates);
    assert!(!found.contains(&unrelated), "{:?}", page.duplicates);
    assert!(!found.contains(&resubmitted));
    assert!(page.duplicates[0].score >= app::domain::similarity::DUPLICATE_THRESHOLD);
    let other = review(&reviewer, &unrelated).await;
    assert!(
        other.duplicates.is_empty(),
        "no false hint: {:?}",
        other.duplicates
    );
}

async fn the_conversation_keeps_internal_notes_from_the_organisation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let id = submit_titled(&ministry, "Community networks in 12 districts", &["access"]).await;
    reviewer
        .call(
            "hold_pledge",
            &[
                ("id", &id),
                ("version", &version(&app, &id).await),
                ("action", "claim"),
            ],
        )
        .await
        .unwrap();
    reviewer
        .call(
            "post_pledge_message",
            &[("id", &id), ("body", "Which districts come first?")],
        )
        .await
        .unwrap();
    reviewer
        .call(
            "post_pledge_message",
            &[
                ("id", &id),
                ("body", "Budget looks thin to me."),
                ("internal", "yes"),
            ],
        )
        .await
        .unwrap();
    ministry
        .call(
            "post_pledge_message",
            &[("id", &id), ("body", "Gasabo and Nyagatare first.")],
        )
        .await
        .unwrap();
    let seen: Vec<app::domain::MessageView> = serde_json::from_str(
        &ministry
            .call("pledge_thread", &[("id", &id)])
            .await
            .unwrap(),
    )
    .unwrap();
    let bodies: Vec<&str> = seen.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(
        bodies,
        ["Which districts come first?", "Gasabo and Nyagatare first."]
    );
    assert!(
        !ministry
            .page(&format!("/my/pledges/{id}"))
            .await
            .contains("Budget looks thin")
    );
    let staff = review(&reviewer, &id).await;
    assert_eq!(staff.messages.len(), 3);
    assert!(staff.messages[1].internal);
    // The organisation may not write internal notes.
    assert_eq!(
        ministry
            .call(
                "post_pledge_message",
                &[("id", &id), ("body", "x"), ("internal", "yes")]
            )
            .await,
        Err(AppError::Forbidden)
    );
    // Mail: the organisation hears of the reviewer's message, the reviewer of the answer; nobody
    // hears of the internal note.
    let to_org = app
        .count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'pledge_message' AND recipient = '{MINISTRY}' AND body_text LIKE '%Which districts come first?%'"
        ))
        .await;
    assert_eq!(to_org, 1);
    let to_reviewer = app
        .count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'pledge_message' AND recipient = '{REVIEWER}' AND body_text LIKE '%Gasabo%'"
        ))
        .await;
    assert_eq!(to_reviewer, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%Budget looks thin%'")
            .await,
        0
    );
}

async fn decisions_are_mailed_in_the_readers_language_and_unpublishing_is_immediate(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    app.execute(&format!(
        "UPDATE users SET preferred_language = 'fr' WHERE email = '{MINISTRY}'"
    ))
    .await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let title = "Broadband vouchers for 40,000 households";
    let id = submit_titled(&ministry, title, &["adoption"]).await;
    reviewer
        .decide(
            &id,
            &version(&app, &id).await,
            "request_changes",
            "Précisez le budget.",
            None,
        )
        .await
        .unwrap();
    let (language, subject, body) = {
        let row = |col: &str| {
            format!(
                "SELECT {col} FROM outbox WHERE kind = 'pledge_decided' AND recipient = '{MINISTRY}' ORDER BY id DESC"
            )
        };
        (
            app.one_string(&row("language")).await,
            app.one_string(&row("subject")).await,
            app.one_string(&row("body_text")).await,
        )
    };
    assert_eq!(language, "fr");
    assert!(subject.contains(title), "{subject}");
    assert!(
        !subject.starts_with("ITU's decision"),
        "French subject: {subject}"
    );
    assert!(body.contains("Précisez le budget."), "{body}");
    assert!(body.contains(&format!("/my/pledges/{id}")), "{body}");

    submit(&ministry, &{
        let mut f = pledge_form(title, &["adoption"]);
        f.push(("pledge", id.as_str()));
        f
    })
    .await;
    reviewer
        .approve(&id, &version(&app, &id).await)
        .await
        .unwrap();
    assert!(app.anonymous().page("/").await.contains(title));
    let decided = app
        .count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'pledge_decided' AND recipient = '{MINISTRY}'"
        ))
        .await;
    assert_eq!(decided, 2);
    // Only an ITU admin unpublishes, with a reason; the pledge leaves the public pages at once.
    assert_eq!(
        reviewer
            .call(
                "unpublish_pledge",
                &[
                    ("id", &id),
                    ("version", &version(&app, &id).await),
                    ("reason", "Duplicate.")
                ],
            )
            .await,
        Err(AppError::Transition(TransitionError::NotPermitted {
            action: app::pledge_lifecycle::PledgeAction::Unpublish
        }))
    );
    admin
        .call(
            "unpublish_pledge",
            &[
                ("id", &id),
                ("version", &version(&app, &id).await),
                ("reason", "=HYPERLINK(\"x\") duplicate"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(status(&app, &id).await, "unpublished");
    assert!(!app.anonymous().page("/").await.contains(title));
    let public = app.anonymous().call("compendium_list", &[]).await.unwrap();
    assert!(!public.contains(title));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'pledge_decided' AND recipient = '{MINISTRY}'"
        ))
        .await,
        3
    );

    // The audit log as CSV: for ITU admins only, Excel-ready, formulas neutralised.
    let (status_code, _) = reviewer.get("/admin/audit.csv").await;
    assert_eq!(status_code, 403);
    let (status_code, csv) = admin.get(&format!("/admin/audit.csv?pledge={id}")).await;
    assert_eq!(status_code, 200);
    assert!(csv.starts_with('\u{feff}'), "byte-order mark");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len() as i64, events(&app, &id).await);
    let unpublished = rows
        .iter()
        .find(|r| &r[6] == "unpublish")
        .unwrap_or_else(|| panic!("no unpublish row"));
    assert_eq!(&unpublished[9], "'=HYPERLINK(\"x\") duplicate");
    let filtered = admin
        .call(
            "audit_log",
            &[("filter[who]", "admin"), ("filter[action]", "unpublish")],
        )
        .await
        .unwrap();
    let filtered: app::domain::AuditPage = serde_json::from_str(&filtered).unwrap();
    assert_eq!(filtered.total, 1);
}

crate::on_both_databases!(
    every_transition_writes_one_audit_entry_and_the_log_cannot_be_changed,
    approval_needs_the_checklist_complete_and_passed,
    large_financial_pledges_need_two_different_reviewers,
    reviewers_never_decide_on_their_own_or_a_partner_organisations_pledge,
    two_reviewers_deciding_at_once_record_exactly_one_decision,
    the_queue_filters_counts_and_pages_on_the_server,
    a_resubmission_with_a_reworded_title_is_flagged_as_a_duplicate,
    the_conversation_keeps_internal_notes_from_the_organisation,
    decisions_are_mailed_in_the_readers_language_and_unpublishing_is_immediate,
);
