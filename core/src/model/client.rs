//! A client of the agency: the record every brief, proposal and report hangs from.
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Longest name we accept, in characters.
pub const NAME_MAX: usize = 200;
/// Longest free text we accept, in characters.
pub const TEXT_MAX: usize = 20_000;

/// A person on the client's side.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

/// A client company or brand owner.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Client {
    pub name: String,
    pub industry: String,
    pub notes: String,
    pub contacts: Vec<Contact>,
    pub archived: bool,
}

/// What is wrong with a client record, field by field.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ClientError {
    #[error("the client needs a name")]
    NameMissing,
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
}

impl Client {
    /// Checks the record before it is saved.
    pub fn validate(&self) -> Result<(), ClientError> {
        if self.name.trim().is_empty() {
            return Err(ClientError::NameMissing);
        }
        let long = |s: &str, max| s.chars().count() > max;
        if long(&self.name, NAME_MAX) {
            return Err(ClientError::TooLong {
                field: "name",
                max: NAME_MAX,
            });
        }
        if long(&self.industry, NAME_MAX) {
            return Err(ClientError::TooLong {
                field: "industry",
                max: NAME_MAX,
            });
        }
        if long(&self.notes, TEXT_MAX) {
            return Err(ClientError::TooLong {
                field: "notes",
                max: TEXT_MAX,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_is_required() {
        let c = Client {
            name: "  ".into(),
            ..Default::default()
        };
        assert_eq!(c.validate(), Err(ClientError::NameMissing));
    }

    #[test]
    fn vietnamese_and_emoji_names_count_characters_not_bytes() {
        let c = Client {
            name: "Trà sữa Mây 🧋".repeat(14),
            ..Default::default()
        };
        assert!(c.name.len() > NAME_MAX && c.name.chars().count() <= NAME_MAX);
        assert_eq!(c.validate(), Ok(()));
    }
}
