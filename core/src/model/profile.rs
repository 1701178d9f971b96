//! The user's own details, used on proposals and reports they write.
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The single profile record's id.
pub const PROFILE_ID: &str = "me";
/// Longest value of a profile field, in characters.
pub const FIELD_MAX: usize = 200;

/// Who is using Suitcase.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Profile {
    pub name: String,
    pub agency: String,
    pub job_title: String,
    pub email: String,
    /// The agency's logo for proposal covers: an image data URL (PNG, JPEG
    /// or SVG, at most 48 KB), or empty.
    pub logo: String,
}

/// A profile field that cannot be saved as typed.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ProfileError {
    #[error("{0} is longer than {FIELD_MAX} characters")]
    TooLong(&'static str),
    #[error("the e-mail address is not valid")]
    BadEmail,
    #[error("the logo is not a PNG, JPEG or SVG image of at most 48 KB")]
    BadLogo,
}

impl Profile {
    /// The fields and their values, for checks.
    fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("name", &self.name),
            ("agency", &self.agency),
            ("job_title", &self.job_title),
            ("email", &self.email),
        ]
    }

    /// Checks every field; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ProfileError> {
        for (field, value) in self.fields() {
            if value.chars().count() > FIELD_MAX {
                return Err(ProfileError::TooLong(field));
            }
        }
        if !self.email.is_empty() && !looks_like_email(&self.email) {
            return Err(ProfileError::BadEmail);
        }
        if !self.logo.is_empty() && !crate::model::proposal::client::logo_ok(&self.logo) {
            return Err(ProfileError::BadLogo);
        }
        Ok(())
    }
}

impl Profile {
    /// The agency as a proposal's cover names it.
    pub fn agency(&self) -> crate::model::proposal::Agency {
        crate::model::proposal::Agency {
            name: self.agency.trim().to_string(),
            logo: self.logo.clone(),
            contact: self.email.trim().to_string(),
        }
    }
}

/// A light check: one `@`, something before it, a dot after it, no spaces.
pub fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty()
                && !host.contains('@')
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_check() {
        assert!(looks_like_email("lan.nguyen@agency.vn"));
        assert!(!looks_like_email("lan.nguyen"));
        assert!(!looks_like_email("lan@agency"));
        assert!(!looks_like_email("lan nguyen@agency.vn"));
        assert!(!looks_like_email("a@b@c.vn"));
    }

    #[test]
    fn empty_profile_is_valid_and_long_fields_are_not() {
        assert_eq!(Profile::default().validate(), Ok(()));
        let p = Profile {
            agency: "x".repeat(FIELD_MAX + 1),
            ..Default::default()
        };
        assert_eq!(p.validate(), Err(ProfileError::TooLong("agency")));
    }
}
