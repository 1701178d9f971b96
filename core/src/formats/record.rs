//! The envelope every stored record shares, and the row it is kept as.
//!
//! Pure Rust (no browser types): the storage layer and the backup format
//! build on it, and it is tested natively.
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::formats::tracked;

/// The object stores that hold user records. The `meta` store is internal.
///
/// Never remove or rename a store: the database keeps every store it ever had
/// (see `db::STORES`), and old backups name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StoreName {
    Clients,
    Proposals,
    ProposalVersions,
    BudgetPlans,
    Career,
    Reports,
    Profile,
}

impl StoreName {
    /// Every user store, in backup order.
    pub const ALL: [StoreName; 7] = [
        StoreName::Clients,
        StoreName::Proposals,
        StoreName::ProposalVersions,
        StoreName::BudgetPlans,
        StoreName::Career,
        StoreName::Reports,
        StoreName::Profile,
    ];

    /// The IndexedDB object store name.
    pub fn as_str(self) -> &'static str {
        match self {
            StoreName::Clients => "clients",
            StoreName::Proposals => "proposals",
            StoreName::ProposalVersions => "proposal_versions",
            StoreName::BudgetPlans => "budget_plans",
            StoreName::Career => "career",
            StoreName::Reports => "reports",
            StoreName::Profile => "profile",
        }
    }

    /// The store called `name`, if there is one.
    pub fn parse(name: &str) -> Option<StoreName> {
        Self::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// A record as the app sees it: an id, timestamps, a revision counter and
/// the data of its kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record<T> {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Record version: 0 before the first save, then +1 on every save.
    /// A save only succeeds if the stored revision is the one it started from.
    pub rev: u32,
    pub data: T,
}

impl<T> Record<T> {
    /// A record that has never been saved.
    pub fn new(id: String, data: T, now: DateTime<Utc>) -> Self {
        Record {
            id,
            created_at: now,
            updated_at: now,
            rev: 0,
            data,
        }
    }
}

/// A kind of record the app stores.
pub trait RecordKind: Serialize + DeserializeOwned + Clone + PartialEq + 'static {
    /// The store it lives in.
    const STORE: StoreName;
    /// A short tag, kept beside the record so a store can hold several kinds.
    const KIND: &'static str;
    /// The tag of this record ([`RecordKind::KIND`]).
    fn kind(&self) -> &'static str {
        Self::KIND
    }
    /// The client it belongs to, for the `client_id` index.
    fn client_id(&self) -> Option<&str> {
        None
    }
}

impl RecordKind for crate::model::client::Client {
    const STORE: StoreName = StoreName::Clients;
    const KIND: &'static str = "client";
}

impl RecordKind for crate::model::profile::Profile {
    const STORE: StoreName = StoreName::Profile;
    const KIND: &'static str = "profile";
}

impl RecordKind for crate::model::budget::Plan {
    const STORE: StoreName = StoreName::BudgetPlans;
    const KIND: &'static str = "budget_plan";
}

impl RecordKind for crate::model::proposal::ProposalRecord {
    const STORE: StoreName = StoreName::Proposals;
    const KIND: &'static str = "proposal";
    fn client_id(&self) -> Option<&str> {
        Some(self.brief.client_id.as_str()).filter(|s| !s.is_empty())
    }
}

fn some_client(id: &str) -> Option<&str> {
    Some(id).filter(|s| !s.is_empty())
}

impl RecordKind for crate::model::reports::ContactReport {
    const STORE: StoreName = StoreName::Reports;
    const KIND: &'static str = "contact_report";
    fn client_id(&self) -> Option<&str> {
        some_client(&self.client_id)
    }
}

impl RecordKind for crate::model::reports::WipJob {
    const STORE: StoreName = StoreName::Reports;
    const KIND: &'static str = "wip_job";
    fn client_id(&self) -> Option<&str> {
        some_client(&self.client_id)
    }
}

impl RecordKind for crate::model::reports::CompetitorReview {
    const STORE: StoreName = StoreName::Reports;
    const KIND: &'static str = "competitor_review";
    fn client_id(&self) -> Option<&str> {
        some_client(&self.client_id)
    }
}

impl RecordKind for crate::model::kpi::KpiEntry {
    const STORE: StoreName = StoreName::Reports;
    const KIND: &'static str = "kpi_entry";
    fn client_id(&self) -> Option<&str> {
        some_client(&self.client_id)
    }
}

impl RecordKind for crate::model::career::CareerProgress {
    const STORE: StoreName = StoreName::Career;
    const KIND: &'static str = "career_progress";
}

/// How a record is kept in IndexedDB: a few top-level fields for the indexes,
/// and the whole record as a JSON string, so integers beyond 2^53 and every
/// character survive exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub id: String,
    pub kind: String,
    pub rev: u32,
    /// RFC 3339 with millisecond precision; sorts as text.
    pub updated_at: String,
    pub client_id: Option<String>,
    pub body: String,
}

impl Row {
    /// The row for `record`.
    pub fn from_record<T: RecordKind>(record: &Record<T>) -> Result<Row, serde_json::Error> {
        Ok(Row {
            id: record.id.clone(),
            kind: record.data.kind().to_string(),
            rev: record.rev,
            updated_at: timestamp(record.updated_at),
            client_id: record.data.client_id().map(str::to_string),
            body: serde_json::to_string(record)?,
        })
    }

    /// The record inside, read the way an imported file is read (JSON
    /// first, then [`tracked::read`]), so each model type has one
    /// deserialiser in the wasm instead of two.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<Record<T>, serde_json::Error> {
        let value: serde_json::Value = serde_json::from_str(&self.body)?;
        tracked::read(&value).map_err(serde::de::Error::custom)
    }
}

/// The text form of a timestamp used in rows.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::client::Client;
    use chrono::TimeZone;

    #[test]
    fn row_round_trip_keeps_everything() {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap();
        let mut rec = Record::new(
            "c1".into(),
            Client {
                name: "Cà phê Đất Việt ☕ <img src=x onerror=alert(1)>".into(),
                ..Default::default()
            },
            now,
        );
        rec.rev = 3;
        let row = Row::from_record(&rec).unwrap();
        assert_eq!(row.kind, "client");
        assert_eq!(row.updated_at, "2026-11-22T09:30:00.000Z");
        assert_eq!(row.decode::<Client>().unwrap(), rec);
    }

    #[test]
    fn store_names_round_trip() {
        for s in StoreName::ALL {
            assert_eq!(StoreName::parse(s.as_str()), Some(s));
        }
        assert_eq!(StoreName::parse("meta"), None);
    }
}
