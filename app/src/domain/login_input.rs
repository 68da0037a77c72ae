use serde::{Deserialize, Serialize};
use validator::Validate;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Validate)]
pub struct LoginInput {
    #[validate(custom(function = "super::text_rules::email"))]
    pub email: String,
    #[validate(length(min = 1, code = "password_required"))]
    pub password: String,
}
