//! Upgrading a record body of the first data layout.
use suitcase::storage::migrations::upgrade_v1_body;

#[test]
fn v1_records_gain_a_revision_and_keep_their_data() {
    let body = r#"{"id":"c1","created_at":"2025-12-01T08:00:00Z","updated_at":"2025-12-02T08:00:00Z","data":{"name":"Phở Hà Nội","industry":"F&B","notes":"","contacts":[],"archived":false}}"#;
    let row = upgrade_v1_body("client", body).unwrap();
    assert_eq!(row.rev, 1);
    assert_eq!(row.kind, "client");
    assert_eq!(row.updated_at, "2025-12-02T08:00:00.000Z");
    let rec: suitcase::storage::Record<suitcase_core::model::client::Client> =
        row.decode().unwrap();
    assert_eq!(rec.data.name, "Phở Hà Nội");
}

#[test]
fn proposals_keep_their_client_link() {
    let body = r#"{"id":"p1","created_at":"2025-12-01T08:00:00Z","updated_at":"2025-12-01T08:00:00Z","data":{"client_id":"c1","title":"Tết"}}"#;
    assert_eq!(
        upgrade_v1_body("proposal", body)
            .unwrap()
            .client_id
            .as_deref(),
        Some("c1")
    );
}

#[test]
fn unreadable_bodies_are_left_alone() {
    assert!(upgrade_v1_body("client", "not json").is_none());
    assert!(upgrade_v1_body("client", r#"{"no_id":true}"#).is_none());
}

#[test]
fn a_record_that_had_a_revision_moves_one_on() {
    let body = r#"{"id":"c2","rev":3,"created_at":"2025-12-01T08:00:00Z","updated_at":"2025-12-02T08:00:00Z","data":{"name":"Cà phê","industry":"F&B","notes":"","contacts":[],"archived":false}}"#;
    let row = upgrade_v1_body("client", body).unwrap();
    assert_eq!(row.rev, 4);
    let rec: suitcase::storage::Record<suitcase_core::model::client::Client> =
        row.decode().unwrap();
    assert_eq!(rec.rev, 4, "the body carries the same revision as the row");
    assert!(upgrade_v1_body("client", &body.replace(r#""rev":3"#, r#""rev":-1"#)).is_none());
}
