//! The revision rules of the storage layer, without a browser: which stored
//! version a save may replace, and the revision an import writes.
use chrono::{Duration, TimeZone, Utc};
use suitcase::storage::backup::{next_rev, with_rev};
use suitcase::storage::repo::check_base;
use suitcase::storage::{Record, StorageError};
use suitcase_core::formats::record::Row;
use suitcase_core::model::client::Client;

fn saved(rev: u32, minute: u32) -> Record<Client> {
    let at = Utc.with_ymd_and_hms(2026, 12, 1, 9, minute, 0).unwrap();
    Record {
        rev,
        ..Record::new(
            "c1".into(),
            Client {
                name: "Mây".into(),
                ..Default::default()
            },
            at,
        )
    }
}

#[test]
fn a_save_lands_only_over_the_version_it_was_read_from() {
    let base = saved(2, 0);
    let row = Row::from_record(&base).unwrap();
    assert_eq!(check_base(Some(&row), &base), Ok(()));
    // A new record, nothing stored: fine; something stored: a conflict.
    assert_eq!(check_base(None, &saved(0, 0)), Ok(()));
    assert_eq!(
        check_base(Some(&row), &saved(0, 0)),
        Err(StorageError::Conflict { stored: 2 })
    );
    // Deleted since it was read.
    assert_eq!(check_base(None, &base), Err(StorageError::Deleted));
    // Another revision, or the same revision written at another time (a
    // record deleted and imported again): a conflict.
    let newer = Row::from_record(&saved(3, 0)).unwrap();
    assert_eq!(
        check_base(Some(&newer), &base),
        Err(StorageError::Conflict { stored: 3 })
    );
    let same_rev_other_time = Row::from_record(&saved(2, 5)).unwrap();
    assert_eq!(
        check_base(Some(&same_rev_other_time), &base),
        Err(StorageError::Conflict { stored: 2 })
    );
    // Sub-millisecond differences are not differences (rows keep ms).
    let mut close = base.clone();
    close.updated_at += Duration::microseconds(200);
    assert_eq!(check_base(Some(&row), &close), Ok(()));
}

#[test]
fn an_import_writes_one_past_the_stored_and_the_file_revision() {
    assert_eq!(next_rev(0, 1), Ok(2));
    assert_eq!(next_rev(5, 2), Ok(6));
    assert_eq!(next_rev(2, 9), Ok(10));
    assert!(next_rev(u32::MAX, 1).is_err());
    let row = Row::from_record(&saved(2, 0)).unwrap();
    let bumped = with_rev(&row, 7).unwrap();
    assert_eq!(bumped.rev, 7);
    let rec: Record<Client> = bumped.decode().unwrap();
    assert_eq!(rec.rev, 7, "the body says the same revision");
    assert_eq!(rec.data.name, "Mây");
    assert_eq!((bumped.id, bumped.updated_at), (row.id, row.updated_at));
}
