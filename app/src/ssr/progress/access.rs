//! Who may do what with a pledge's progress. The lead organisation and partners with edit rights
//! file the report; every confirmed partner reads it whole and comments; ITU staff read it whole,
//! private evidence included; everyone else reads only what is public.
use sea_orm::ConnectionTrait;

use crate::domain::SessionUser;
use crate::error::AppError;
use crate::pledge_lifecycle::{PledgeStatus, Relation};
use crate::ssr::entity::pledge;
use crate::ssr::pledges::reads::visible_to;

pub struct PledgeAccess {
    pub pledge: pledge::Model,
    pub relation: Relation,
    /// ITU staff who take no part in the pledge.
    pub itu: bool,
    role_acts: bool,
}

impl PledgeAccess {
    /// Files and drafts the report: people of the lead organisation, or of a partner the lead
    /// lets edit.
    pub fn may_file(&self) -> bool {
        self.role_acts && self.relation.edits()
    }

    /// Reads the whole report, private evidence and comments included.
    pub fn may_see_private(&self) -> bool {
        self.relation.takes_part() || self.itu
    }

    pub fn may_comment(&self) -> bool {
        self.role_acts && self.relation.takes_part()
    }
}

/// Reports are owed and taken only while the pledge has a public revision.
pub fn is_reportable(p: &pledge::Model) -> bool {
    p.published_revision_id.is_some()
        && PledgeStatus::parse(&p.status).is_some_and(PledgeStatus::keeps_public_revision)
}

/// How `actor` stands to the pledge; `NotFound` for an organisation with no part in it (as
/// elsewhere, a stranger cannot tell a pledge it may not see from one that does not exist).
pub async fn access<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<PledgeAccess, AppError> {
    let (pledge, relation, part) = visible_to(conn, actor, pledge_id).await?;
    if part == Some("invited") {
        return Err(AppError::NotFound);
    }
    Ok(PledgeAccess {
        itu: actor.role.is_itu_staff() && !relation.takes_part(),
        role_acts: actor.role.acts_for_organisation(),
        pledge,
        relation,
    })
}
