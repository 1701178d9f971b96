//! The backup file's strict reader: round trip, merge rule, and every kind
//! of bad file refused with the right reason.
use chrono::{TimeZone, Utc};
use suitcase_core::check::{Cause, Issue};
use suitcase_core::formats::backup::{
    build, merge, parse, FieldProblem, ImportError, Merge, RecordProblem, MAX_BYTES,
};
use suitcase_core::formats::record::{Record, Row, StoreName};
use suitcase_core::formats::strict::{FileError, Problem, Step};
use suitcase_core::model::budget::PlanField;
use suitcase_core::model::client::Client;
use suitcase_core::model::kpi::{KpiError, KpiField};
use suitcase_core::model::profile::Profile;
use suitcase_core::model::reports::{CompetitorField, ContactField, WipField};

fn client(id: &str, name: &str, rev: u32, minute: u32) -> Row {
    let t = Utc.with_ymd_and_hms(2026, 11, 22, 10, minute, 0).unwrap();
    let mut r = Record::new(
        id.into(),
        Client {
            name: name.into(),
            ..Default::default()
        },
        t,
    );
    r.rev = rev;
    Row::from_record(&r).unwrap()
}

fn sample() -> String {
    let profile = {
        let mut r = Record::new(
            "me".into(),
            Profile {
                name: "Nguyễn Thị Lan 🌸".into(),
                ..Default::default()
            },
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        );
        r.rev = 2;
        Row::from_record(&r).unwrap()
    };
    build(
        &[
            (
                StoreName::Clients,
                vec![
                    client("c1", "Trà sữa Mây", 1, 0),
                    client("c2", "<script>x</script>", 4, 1),
                ],
            ),
            (StoreName::Profile, vec![profile]),
        ],
        Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap(),
        "0.1.0",
    )
    .unwrap()
}

#[test]
fn round_trip_keeps_every_record_exactly() {
    let text = sample();
    let stores = parse(&text).expect("own backup parses");
    let clients = &stores
        .iter()
        .find(|(s, _)| *s == StoreName::Clients)
        .unwrap()
        .1;
    assert_eq!(clients.len(), 2);
    assert_eq!(clients[0], client("c1", "Trà sữa Mây", 1, 0));
    assert_eq!(clients[1], client("c2", "<script>x</script>", 4, 1));
}

#[test]
fn numbers_beyond_2_pow_53_are_refused_even_in_untyped_stores() {
    let text = r#"{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0",
      "stores":{"proposal_versions":[{"kind":"proposal_version","record":{"id":"p1","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":1,
      "data":{"total_budget":9007199254740993}}}]}}"#;
    // The one import rule: a number a browser cannot keep exactly is
    // refused wherever it is, with its path (it used to pass through here).
    let e = parse(text).unwrap_err();
    assert!(
        matches!(&e, ImportError::File(FileError { path, problem: Problem::UnsafeNumber })
            if path.last() == Some(&Step::Key("total_budget".into()))),
        "{e:?}"
    );
    assert!(parse(&text.replace("9007199254740993", "9007199254740992")).is_ok());
}

fn plan_backup(data: &str) -> String {
    format!(
        r#"{{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0",
      "stores":{{"budget_plans":[{{"kind":"budget_plan","record":{{"id":"p1","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":1,
      "data":{data}}}}}]}}}}"#
    )
}

#[test]
fn budget_plans_are_checked_like_plan_files() {
    let good = r#"{"name":"Tết","currency":"VND","total_budget":100000000,"agency_margin_pct":15,"items":[],
        "channels":[{"id":"meta","name":"Meta","min":0,"max":50000000,"response":{"type":"hill","max":10,"half_saturation":5000000,"shape":1.5}}]}"#;
    let stores = parse(&plan_backup(good)).expect("a valid plan is accepted");
    assert_eq!(stores[0].1[0].kind, "budget_plan");
    let negative = good.replace("100000000", "-5");
    match parse(&plan_backup(&negative)) {
        Err(ImportError::BadRecord {
            problem: RecordProblem::Plan(issue),
            ..
        }) => {
            assert_eq!(issue.field, PlanField::TotalBudget);
            assert_eq!(issue.cause, Cause::NotPositive);
        }
        other => panic!("a negative total must be refused at its field: {other:?}"),
    }
    let min_above_max = good.replace(r#""min":0"#, r#""min":60000000"#);
    assert!(parse(&plan_backup(&min_above_max)).is_err());
}

fn err(text: &str) -> ImportError {
    parse(text).expect_err("must be refused")
}

#[test]
fn not_json_and_truncated_files_are_refused() {
    assert_eq!(
        err("hello"),
        ImportError::File(FileError::new(
            vec![],
            Problem::NotJson { line: 1, column: 1 }
        ))
    );
    let text = sample();
    assert_eq!(
        err(&text[..text.len() / 2]),
        ImportError::File(FileError::new(vec![], Problem::CutShort)),
        "a truncated file is told apart from a damaged one"
    );
}

#[test]
fn other_formats_and_newer_versions_are_refused() {
    assert_eq!(
        err(r#"{"format":"suitcase/budget-plan","version":1}"#),
        ImportError::WrongFormat("suitcase/budget-plan".into())
    );
    assert_eq!(err("[1,2]"), ImportError::WrongFormat("a list".into()));
    assert_eq!(
        err(r#"{"version":1}"#),
        ImportError::WrongFormat("none".into())
    );
    let newer = sample().replacen("\"version\": 1", "\"version\": 7", 1);
    assert_eq!(err(&newer), ImportError::NewerVersion(7));
}

#[test]
fn wrong_types_name_the_field() {
    let bad = sample().replacen("\"rev\": 4", "\"rev\": \"four\"", 1);
    match err(&bad) {
        ImportError::BadField { path, .. } => assert_eq!(path, "stores.clients[1]"),
        e => panic!("unexpected {e:?}"),
    }
    let wrong_kind = sample().replacen("\"kind\": \"client\"", "\"kind\": \"profile\"", 1);
    assert!(
        matches!(err(&wrong_kind), ImportError::BadField { path, .. } if path == "stores.clients[0]")
    );
    let unknown_store = sample().replacen("\"clients\"", "\"invoices\"", 1);
    assert!(
        matches!(err(&unknown_store), ImportError::BadField { path, .. } if path == "stores.invoices")
    );
    let empty_name = sample().replacen("Trà sữa Mây", "", 1);
    assert!(matches!(err(&empty_name), ImportError::BadField { .. }));
}

#[test]
fn duplicate_ids_and_hostile_keys_are_refused() {
    let dup = sample().replacen("\"id\": \"c2\"", "\"id\": \"c1\"", 1);
    assert!(
        matches!(err(&dup), ImportError::BadField { what: FieldProblem::DuplicateId(id), .. } if id == "c1")
    );
    let proto = sample().replacen("\"notes\": \"\"", "\"__proto__\": {\"admin\": true}", 1);
    assert!(
        matches!(err(&proto), ImportError::File(FileError { path, problem: Problem::HostileKey }) if path.last() == Some(&Step::Key("__proto__".into())))
    );
}

#[test]
fn deep_nesting_and_huge_files_are_refused() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    assert_eq!(
        err(&deep),
        ImportError::File(FileError::new(vec![], Problem::TooDeep))
    );
    let huge = " ".repeat(MAX_BYTES as usize + 1);
    assert!(matches!(err(&huge), ImportError::TooLarge { .. }));
}

#[test]
fn the_newer_record_wins_and_ties_keep_ours() {
    let ours = client("c1", "A", 3, 5);
    assert_eq!(merge(None, &ours), Merge::Add);
    assert_eq!(merge(Some(&ours), &client("c1", "B", 2, 6)), Merge::Replace);
    assert_eq!(merge(Some(&ours), &client("c1", "B", 9, 4)), Merge::Keep);
    assert_eq!(merge(Some(&ours), &ours.clone()), Merge::Keep);
    assert_eq!(merge(Some(&ours), &client("c1", "B", 4, 5)), Merge::Replace);
}

fn report_backup(kind: &str, data: &str) -> String {
    format!(
        r#"{{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0",
      "stores":{{"reports":[{{"kind":"{kind}","record":{{"id":"r1","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":2,
      "data":{data}}}}}]}}}}"#
    )
}

fn refused(text: &str) -> FieldProblem {
    match err(text) {
        ImportError::BadField { path, what } => {
            assert_eq!(path, "stores.reports[0]");
            what
        }
        e => panic!("unexpected {e:?}"),
    }
}

/// The typed problem of a record its own check refuses (the app words it:
/// see `ui::messages`, whose test checks the words).
fn problem(text: &str) -> RecordProblem {
    match err(text) {
        ImportError::BadRecord { path, problem } => {
            assert_eq!(path, "stores.reports[0]");
            problem
        }
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn each_report_kind_is_read_as_its_type() {
    let cases = [
        (
            "contact_report",
            r#"{"client_id":"c1","subject":"Tết KV review","date":"2026-11-20","next_steps":[{"action":"Send KV B","owner":"Lan","due":"2026-11-27"}]}"#,
        ),
        // An unfinished draft (no date, a blank agreement) is still kept.
        (
            "contact_report",
            r#"{"client_id":"c1","agreements":[{"topic":"","wording":"","accepted_by":""}]}"#,
        ),
        (
            "wip_job",
            r#"{"client_id":"c1","title":"TVC 30s","status":"InProgress","due":"2026-11-25"}"#,
        ),
        (
            "competitor_review",
            r#"{"client_id":"c1","title":"Milk tea 2026","brands":[{"name":"","campaigns":[{"name":"Summer","estimated_spend":9007199254740992}]}]}"#,
        ),
        (
            "kpi_entry",
            r#"{"client_id":"c1","date":"2026-11-01","measure":{"NpsSurvey":{"promoters":6,"passives":3,"detractors":1}}}"#,
        ),
    ];
    for (kind, data) in cases {
        let stores = parse(&report_backup(kind, data))
            .unwrap_or_else(|e| panic!("{kind} should be accepted: {e:?}"));
        let row = &stores[0].1[0];
        assert_eq!(row.kind, kind);
        assert_eq!(row.client_id.as_deref(), Some("c1"));
        assert!(row.body.contains("\"rev\":2"));
    }
    // Integers up to the app's limit survive exactly.
    let stores = parse(&report_backup("competitor_review", cases[3].1)).unwrap();
    assert!(stores[0].1[0].body.contains("9007199254740992"));
}

#[test]
fn bad_reports_are_refused_with_the_field_at_fault() {
    // A kind the reports store does not hold.
    assert_eq!(
        refused(&report_backup("numbers", r#"{"big":1}"#)),
        FieldProblem::WrongKind("numbers".into())
    );
    // A kind with fields of another kind.
    assert_eq!(
        refused(&report_backup(
            "wip_job",
            r#"{"client_id":"c1","subject":"x"}"#
        )),
        FieldProblem::Field(FileError::new(
            vec![Step::Key("data".into()), Step::Key("subject".into())],
            Problem::UnknownField
        ))
    );
    // No client.
    assert_eq!(
        problem(&report_backup("contact_report", r#"{"subject":"x"}"#)),
        RecordProblem::Contact(Issue::error(ContactField::ClientId, Cause::Missing))
    );
    // A client id that is not an id.
    assert_eq!(
        problem(&report_backup("contact_report", r#"{"client_id":"a/b"}"#)),
        RecordProblem::Contact(Issue::error(ContactField::ClientId, Cause::InvalidId))
    );
    // Text beyond the limits.
    let long = "x".repeat(201);
    assert_eq!(
        problem(&report_backup(
            "contact_report",
            &format!(r#"{{"client_id":"c1","subject":"{long}"}}"#)
        )),
        RecordProblem::Contact(Issue::error(
            ContactField::Subject,
            Cause::TooLong { max: 200 }
        ))
    );
    // A job without a title.
    assert_eq!(
        problem(&report_backup(
            "wip_job",
            r#"{"client_id":"c1","title":" "}"#
        )),
        RecordProblem::Wip(Issue::error(WipField::Title, Cause::Missing))
    );
    // An invalid date.
    assert_eq!(
        refused(&report_backup(
            "wip_job",
            r#"{"client_id":"c1","title":"x","due":"2026-02-30"}"#
        )),
        FieldProblem::Field(FileError::new(
            vec![Step::Key("data".into()), Step::Key("due".into())],
            Problem::BadValue
        ))
    );
    // A negative spend.
    assert_eq!(
        problem(&report_backup(
            "competitor_review",
            r#"{"client_id":"c1","brands":[{"name":"B","campaigns":[{"estimated_spend":-1}]}]}"#
        )),
        RecordProblem::Competitor(Issue::error(
            CompetitorField::CampaignSpend { brand: 0, row: 0 },
            Cause::Negative
        ))
    );
    // KPI numbers their formula refuses.
    assert_eq!(
        problem(&report_backup(
            "kpi_entry",
            r#"{"client_id":"c1","date":"2026-11-01","measure":{"Retention":{"at_start":3,"lost":5,"gained":0}}}"#
        )),
        RecordProblem::Kpi(KpiError::Exceeds {
            part: KpiField::ClientsLost,
            whole: KpiField::ClientsAtStart
        })
    );
    assert_eq!(
        problem(&report_backup(
            "kpi_entry",
            r#"{"client_id":"c1","measure":{"Revenue":{"amount":5,"target":null}}}"#
        )),
        RecordProblem::Kpi(KpiError::Missing(KpiField::Date))
    );
}

fn proposal_backup(data: &str) -> String {
    format!(
        r#"{{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0",
      "stores":{{"proposals":[{{"kind":"proposal","record":{{"id":"w1","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":3,
      "data":{data}}}}}]}}}}"#
    )
}

#[test]
fn proposals_are_read_as_proposals() {
    let demo = suitcase_core::model::proposal::demo::demo(suitcase_core::model::text::Lang::Vi);
    let data = serde_json::to_string(&demo).unwrap();
    let stores = parse(&proposal_backup(&data)).expect("the demo proposal is accepted");
    let row = &stores[0].1[0];
    assert_eq!(row.kind, "proposal");
    let back: Record<suitcase_core::model::proposal::ProposalRecord> = row.decode().unwrap();
    assert_eq!(back.data, demo);
    // A status that does not exist, or a budget that is not a number, is refused.
    let bad_status = data.replacen(r#""status":"revising""#, r#""status":"maybe""#, 1);
    assert_ne!(
        bad_status, data,
        "the demo's status is where the test expects it"
    );
    assert!(matches!(
        parse(&proposal_backup(&bad_status)),
        Err(ImportError::BadField { .. })
    ));
    assert!(parse(&proposal_backup(
        r#"{"brief":{"budget":{"amount":"lots"}}}"#
    ))
    .is_err());
    // A proposal kept under another kind's tag is refused.
    let mislabelled =
        proposal_backup(&data).replace(r#""kind":"proposal""#, r#""kind":"budget_plan""#);
    assert!(parse(&mislabelled).is_err());
}

fn career_backup(kind: &str, data: &str) -> String {
    format!(
        r#"{{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0",
      "stores":{{"career":[{{"kind":"{kind}","record":{{"id":"progress","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":3,
      "data":{data}}}}}]}}}}"#
    )
}

#[test]
fn career_progress_is_checked_as_progress() {
    let good = r#"{"skills":{"states":{"negotiation":"confident","communication":"learning"}},
        "deck":{"cards":{"kam-rate-yourself":{"question_id":"kam-rate-yourself","answer":"Bảy trên mười",
          "schedule":{"ease":2500,"interval_days":1,"repetitions":1,"lapses":0,"due":"2026-11-23","last_reviewed":"2026-11-22","last_rating":"good","reviews":1}}}},
        "quiz_history":{"attempts":[{"topic":"workflow","date":"2026-11-22","correct":3,"total":5}]},
        "fit_answers":[{"question_id":"energy","option_id":"people"}]}"#;
    let stores =
        parse(&career_backup("career_progress", good)).expect("valid progress is accepted");
    assert_eq!(stores[0].0, StoreName::Career);
    assert_eq!(stores[0].1[0].kind, "career_progress");
    assert!(stores[0].1[0].body.contains("Bảy trên mười"));

    for (from, to) in [
        (r#""correct":3"#, r#""correct":9"#),
        (r#""confident""#, r#""expert""#),
        (r#""option_id":"people""#, r#""option_id":"cats""#),
        (r#""ease":2500"#, r#""ease":100"#),
        (r#""due":"2026-11-23""#, r#""due":null"#),
        (
            r#""question_id":"kam-rate-yourself""#,
            r#""question_id":"other""#,
        ),
        (r#""topic":"workflow""#, r#""topic":"cooking""#),
    ] {
        let bad = good.replace(from, to);
        assert_ne!(bad, good, "{from} must be in the sample");
        assert!(
            matches!(
                parse(&career_backup("career_progress", &bad)),
                Err(ImportError::BadField { .. })
            ),
            "{to} must be refused"
        );
    }
    let long = good.replace("Bảy trên mười", &"x".repeat(5001));
    assert!(parse(&career_backup("career_progress", &long)).is_err());
    // Other kinds in the career store keep the generic envelope check.
    assert!(parse(&career_backup("career_note", r#"{"text":"hi"}"#)).is_ok());
}
