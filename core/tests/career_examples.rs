//! The worked examples of the three documents: each good version passes the
//! toolkit's own checks without a single finding, each flawed version trips
//! exactly the findings its notes claim, and the notes sit under headings
//! the rendered documents really have, in both languages.
use std::collections::HashSet;
use std::fmt::Debug;
use std::hash::Hash;

use suitcase_core::check::{Cause, Issue};
use suitcase_core::docs::{Block, Doc};
use suitcase_core::model::career::examples::{
    contact, contact_notes, review, review_notes, wip, wip_issues, wip_notes, Kind, Note, Quality,
    CLIENT_ID,
};
use suitcase_core::model::career::TOOLS;
use suitcase_core::model::text::Lang;

const LANGS: [Lang; 2] = [Lang::En, Lang::Vi];

/// The findings as a set of (field, cause), failing on duplicates.
fn found<F: Copy + Eq + Hash + Debug>(issues: &[Issue<F>]) -> HashSet<(F, Cause)> {
    let set: HashSet<(F, Cause)> = issues.iter().map(|i| (i.field, i.cause)).collect();
    assert_eq!(set.len(), issues.len(), "a finding repeated: {issues:?}");
    set
}

/// What the notes claim the check finds.
fn claimed<F: Copy + Eq + Hash + Debug>(notes: &[Note<F>]) -> HashSet<(F, Cause)> {
    let all: Vec<(F, Cause)> = notes.iter().flat_map(|n| n.flagged.clone()).collect();
    let set: HashSet<(F, Cause)> = all.iter().copied().collect();
    assert_eq!(set.len(), all.len(), "two notes claim the same finding");
    set
}

#[test]
fn good_contact_report_passes_the_toolkit_check_untouched() {
    for lang in LANGS {
        let r = contact(lang, Quality::Good);
        let issues = r.check(Kind::Contact.read_on());
        assert!(issues.is_empty(), "{lang:?}: {issues:?}");
        assert!(r.is_send_ready(Kind::Contact.read_on()));
        assert!(r.storage_errors().is_empty());
    }
    assert!(contact_notes(Quality::Good)
        .iter()
        .all(|n| !n.is_flagged() && n.fix.is_none()));
}

#[test]
fn flawed_contact_report_trips_exactly_the_flaws_it_claims() {
    let notes = contact_notes(Quality::Flawed);
    for lang in LANGS {
        let r = contact(lang, Quality::Flawed);
        let issues = r.check(Kind::Contact.read_on());
        assert_eq!(found(&issues), claimed(&notes), "{lang:?}");
        // A vague agreement and incomplete next steps block sending…
        assert!(!r.is_send_ready(Kind::Contact.read_on()));
        // …but the draft can still be stored (and so copied into the toolkit).
        assert!(r.storage_errors().is_empty(), "{lang:?}");
    }
    // Some flaws are for a reader to catch: the check cannot see them.
    assert!(notes.iter().any(|n| !n.is_flagged()));
    assert!(notes.iter().all(|n| n.fix.is_some()));
}

#[test]
fn good_wip_report_passes_every_jobs_check() {
    for lang in LANGS {
        let jobs = wip(lang, Quality::Good);
        let issues = wip_issues(&jobs, Kind::Wip.read_on());
        assert!(issues.is_empty(), "{lang:?}: {issues:?}");
        for j in &jobs {
            assert!(j.storage_errors().is_empty());
            // The status is the last entry of its history.
            assert_eq!(
                j.history.last().map(|c| c.to),
                Some(j.status),
                "{}",
                j.title
            );
        }
    }
}

#[test]
fn flawed_wip_report_trips_exactly_the_flaws_it_claims() {
    let notes = wip_notes(Quality::Flawed);
    for lang in LANGS {
        let jobs = wip(lang, Quality::Flawed);
        let issues = wip_issues(&jobs, Kind::Wip.read_on());
        assert_eq!(found(&issues), claimed(&notes), "{lang:?}");
        assert!(
            issues.iter().all(|i| !i.is_error()),
            "warnings only: {issues:?}"
        );
        // The job the flawed report forgot.
        let good = wip(lang, Quality::Good);
        assert_eq!(good.len(), jobs.len() + 1);
    }
    assert!(notes.iter().any(|n| !n.is_flagged()));
}

#[test]
fn good_competitor_review_passes_the_check_and_reviews_the_client_too() {
    for lang in LANGS {
        let r = review(lang, Quality::Good);
        let issues = r.check();
        assert!(issues.is_empty(), "{lang:?}: {issues:?}");
        assert!(r.brands.iter().any(|b| b.is_client));
        assert_eq!(r.as_of, Some(Kind::Review.read_on()));
    }
}

#[test]
fn flawed_competitor_review_trips_exactly_the_flaws_it_claims() {
    let notes = review_notes(Quality::Flawed);
    for lang in LANGS {
        let r = review(lang, Quality::Flawed);
        let issues = r.check();
        assert_eq!(found(&issues), claimed(&notes), "{lang:?}");
        assert!(r.storage_errors().is_empty());
        // The flaw the check cannot see: the client's own brand is missing.
        assert!(r.brands.iter().all(|b| !b.is_client));
    }
}

/// The text of every heading below the title, in order.
fn headings(doc: &Doc) -> Vec<String> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } if *level >= 2 => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_note_sits_under_a_heading_of_its_document_in_both_languages() {
    for kind in Kind::ALL {
        for quality in [Quality::Good, Quality::Flawed] {
            for lang in LANGS {
                let doc = kind.doc(lang, quality);
                let heads = headings(&doc);
                let notes = kind.notes(quality);
                assert!(notes.len() >= 4, "{kind:?} {quality:?}: too few notes");
                for n in &notes {
                    if let Some(sec) = n.section {
                        let s = sec.get(lang);
                        assert!(
                            heads.iter().any(|h| h.starts_with(s)),
                            "{kind:?} {quality:?} {lang:?}: no heading {s:?} in {heads:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn documents_are_written_in_one_language_and_name_the_demo_client() {
    for kind in Kind::ALL {
        for quality in [Quality::Good, Quality::Flawed] {
            let en = kind.doc(Lang::En, quality);
            let vi = kind.doc(Lang::Vi, quality);
            assert_ne!(en, vi, "{kind:?} {quality:?}");
            assert_eq!(en.blocks.len(), vi.blocks.len(), "{kind:?} {quality:?}");
        }
    }
    let en = Kind::Contact.doc(Lang::En, Quality::Good);
    assert!(en
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Field { value, .. } if value == "Mây Việt Co., Ltd.")));
    let vi = Kind::Contact.doc(Lang::Vi, Quality::Good);
    assert!(vi
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Field { value, .. } if value == "Công ty TNHH Mây Việt")));
    // The Vietnamese record carries Vietnamese content, the English one English.
    let r = contact(Lang::Vi, Quality::Good);
    assert!(r.discussion.contains("ý tưởng"));
    assert!(
        contact(Lang::En, Quality::Good)
            .discussion
            .contains("campaign idea")
            || contact(Lang::En, Quality::Good)
                .discussion
                .contains("ideas")
    );
}

#[test]
fn examples_belong_to_the_example_client_and_match_the_guides_tools() {
    for lang in LANGS {
        for q in [Quality::Good, Quality::Flawed] {
            assert_eq!(contact(lang, q).client_id, CLIENT_ID);
            assert_eq!(review(lang, q).client_id, CLIENT_ID);
            assert!(wip(lang, q).iter().all(|j| j.client_id == CLIENT_ID));
        }
    }
    for kind in Kind::ALL {
        assert!(TOOLS.iter().any(|t| t.id == kind.tool_id()), "{kind:?}");
        assert_eq!(Kind::from_slug(kind.slug()), Some(kind));
    }
    assert_eq!(Quality::from_slug("flawed"), Some(Quality::Flawed));
    assert_eq!(Quality::from_slug("bad"), None);
}
