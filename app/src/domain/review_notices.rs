//! How an ITU reviewer hears of pledges waiting for review (chosen on the account page).
use crate::i18n::Key;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    /// `each`: a mail for every pledge that joins the queue (the default); `digest`: one mail a
    /// day listing the pledges that joined it since the last one.
    PledgeMail {
        Each => "each",
        Digest => "digest",
    }
}

impl PledgeMail {
    pub fn label(self) -> Key {
        match self {
            PledgeMail::Each => Key::NoticesEach,
            PledgeMail::Digest => Key::NoticesDigest,
        }
    }
}
