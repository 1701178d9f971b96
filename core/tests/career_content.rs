//! The career guide's content: complete in both languages, ids unique and
//! URL-safe, every reference resolves, the map is drawable.
// Tests are not in the wasm: the standard sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]
use std::collections::BTreeSet;

use suitcase_core::model::career::{
    all_texts, map_edges, map_nodes,
    questions::{QuestionSource, QUESTIONS},
    quiz::{QuizTopic, FIT_QUESTIONS, KNOWLEDGE_QUIZZES},
    role,
    roles::{path_between, previous_roles, Pay, ROLES},
    skill,
    skills::{roles_using_skill, SKILLS},
    topics::{kpi, tool, topic, ACCOUNT_VS_SALES, KPIS, TOOLS, TOPICS},
    workflow::{WORKFLOW, WORKFLOW_THROUGHOUT},
    EdgeKind, Level, MAP_HEIGHT, MAP_WIDTH,
};
use suitcase_core::model::text::Lang;

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn assert_unique_slugs<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(is_slug(id), "{what} id {id:?} is not URL-safe");
        assert!(seen.insert(id), "{what} id {id:?} is used twice");
    }
    assert!(!seen.is_empty(), "no {what}");
}

#[test]
fn every_text_has_both_languages() {
    let texts = all_texts();
    assert!(texts.len() > 700, "only {} texts collected", texts.len());
    let blank: Vec<&str> = texts
        .iter()
        .filter(|(_, t)| !t.is_complete())
        .map(|(l, _)| l.as_str())
        .collect();
    assert!(blank.is_empty(), "entries missing a language: {blank:?}");
}

#[test]
fn vietnamese_is_written_in_vietnamese() {
    // A sentence of five words or more in English must have a Vietnamese
    // counterpart with diacritics: catches English pasted into `vi`.
    let suspicious: Vec<String> = all_texts()
        .into_iter()
        .filter(|(_, t)| t.en.split_whitespace().count() >= 5)
        .filter(|(_, t)| t.vi.is_ascii() || t.vi == t.en)
        .map(|(l, t)| format!("{l}: {}", t.vi))
        .collect();
    assert!(suspicious.is_empty(), "{suspicious:#?}");
}

#[test]
fn ids_are_unique_and_url_safe() {
    assert_unique_slugs("role", ROLES.iter().map(|r| r.slug));
    assert_unique_slugs("skill", SKILLS.iter().map(|s| s.id));
    assert_unique_slugs("question", QUESTIONS.iter().map(|q| q.id));
    assert_unique_slugs("workflow step", WORKFLOW.iter().map(|s| s.id));
    assert_unique_slugs("tool", TOOLS.iter().map(|t| t.id));
    assert_unique_slugs("kpi", KPIS.iter().map(|k| k.id));
    assert_unique_slugs("topic", TOPICS.iter().map(|t| t.id));
    assert_unique_slugs("fit question", FIT_QUESTIONS.iter().map(|q| q.id));
    for q in FIT_QUESTIONS {
        assert_unique_slugs("fit option", q.options.iter().map(|o| o.id));
    }
    assert_unique_slugs(
        "quiz question",
        KNOWLEDGE_QUIZZES
            .iter()
            .flat_map(|q| q.questions.iter().map(|q| q.id)),
    );
    assert_unique_slugs("quiz topic", QuizTopic::ALL.iter().map(|t| t.id()));
}

#[test]
fn facts_roles_are_all_there() {
    for slug in [
        "account-coordinator",
        "account-executive",
        "account-manager",
        "account-director",
        "account-planner",
        "key-account-manager",
        "strategic-account-manager",
        "technical-account-manager",
        "global-account-manager",
        "sales-account-manager",
        "customer-success-manager",
        "digital-account",
    ] {
        assert!(role(slug).is_some(), "missing role {slug}");
    }
    assert_eq!(role("account-coordinator").unwrap().level, Level::Entry);
    assert_eq!(role("account-director").unwrap().level, Level::Senior);
    assert_eq!(role("key-account-manager").unwrap().abbr, Some("KAM"));
    assert!(role("nope").is_none());
}

#[test]
fn roles_are_complete_and_their_references_resolve() {
    for r in ROLES {
        assert!(r.responsibilities.len() >= 3, "{} responsibilities", r.slug);
        assert!(r.skills.len() >= 4, "{} skills", r.slug);
        assert!(!r.kpis.is_empty(), "{} KPIs", r.slug);
        let mut seen = BTreeSet::new();
        for s in r.skills {
            assert!(
                skill(s).is_some(),
                "{} references unknown skill {s}",
                r.slug
            );
            assert!(seen.insert(s), "{} lists skill {s} twice", r.slug);
        }
        for k in r.kpis {
            assert!(kpi(k).is_some(), "{} references unknown KPI {k}", r.slug);
        }
        for n in r.next_roles {
            assert!(role(n).is_some(), "{} leads to unknown role {n}", r.slug);
            assert_ne!(*n, r.slug, "{} leads to itself", r.slug);
        }
    }
}

#[test]
fn every_skill_belongs_to_a_role_and_some_are_shared() {
    for s in SKILLS {
        assert!(
            !roles_using_skill(s.id).is_empty(),
            "skill {} is unused",
            s.id
        );
    }
    assert!(roles_using_skill("negotiation").len() >= 3);
}

#[test]
fn pay_only_where_the_facts_give_it() {
    let kam = role("key-account-manager").unwrap();
    let Pay::Monthly(p) = kam.pay else {
        panic!("KAM pay missing")
    };
    assert_eq!((p.min_vnd, p.max_vnd), (10_000_000, 35_000_000));
    assert!(p.source.en.contains("Salaryexplorer"));
    assert_eq!(p.year, None);
    assert_eq!(
        kam.pay.range_label(Lang::En),
        "10.000.000 ₫ – 35.000.000 ₫ per month"
    );
    assert_eq!(
        kam.pay.year_label(Lang::Vi).as_deref(),
        Some("nguồn không nêu năm")
    );
    let am = role("account-manager").unwrap();
    let Pay::Monthly(p) = am.pay else {
        panic!("AM pay missing")
    };
    assert_eq!((p.min_vnd, p.max_vnd), (16_000_000, 23_000_000));
    assert!(p.basis.en.contains("before commission"));
    let known: Vec<&str> = ROLES
        .iter()
        .filter(|r| r.pay != Pay::NotKnown)
        .map(|r| r.slug)
        .collect();
    assert_eq!(known, ["account-manager", "key-account-manager"]);
    assert!(role("account-executive")
        .unwrap()
        .pay
        .range_label(Lang::Vi)
        .starts_with("Chưa rõ"));
}

#[test]
fn the_map_is_drawable() {
    let nodes = map_nodes();
    assert_eq!(nodes.len(), ROLES.len());
    for n in &nodes {
        assert!(n.x >= 40 && n.x <= MAP_WIDTH - 40, "{} x", n.slug);
        assert!(n.y >= 40 && n.y <= MAP_HEIGHT - 40, "{} y", n.slug);
    }
    for (i, a) in nodes.iter().enumerate() {
        for b in &nodes[i + 1..] {
            let dx = f64::from(a.x) - f64::from(b.x);
            let dy = f64::from(a.y) - f64::from(b.y);
            assert!(
                (dx * dx + dy * dy).sqrt() >= 120.0,
                "{} and {} overlap",
                a.slug,
                b.slug
            );
        }
    }
    let edges = map_edges();
    let slugs: BTreeSet<&str> = nodes.iter().map(|n| n.slug).collect();
    let total: usize = ROLES.iter().map(|r| r.next_roles.len()).sum();
    assert_eq!(edges.len(), total);
    for e in &edges {
        assert!(slugs.contains(e.from) && slugs.contains(e.to), "{e:?}");
    }
    assert!(edges.iter().any(|e| e.from == "account-coordinator"
        && e.to == "account-executive"
        && e.kind == EdgeKind::Promotion));
    assert!(edges.iter().any(|e| e.kind == EdgeKind::Move));
    // Every role can be reached from the first job.
    for r in ROLES {
        let path = path_between("account-coordinator", r.slug)
            .unwrap_or_else(|| panic!("{} unreachable", r.slug));
        assert_eq!(path.first(), Some(&"account-coordinator"));
        assert_eq!(path.last(), Some(&r.slug));
    }
    assert_eq!(
        path_between("account-coordinator", "account-director").unwrap(),
        [
            "account-coordinator",
            "account-executive",
            "account-manager",
            "account-director"
        ]
    );
    assert_eq!(
        path_between("global-account-manager", "account-coordinator"),
        None
    );
    assert!(previous_roles("account-executive")
        .iter()
        .any(|r| r.slug == "account-coordinator"));
}

#[test]
fn workflow_follows_the_facts() {
    for (i, s) in WORKFLOW.iter().enumerate() {
        assert_eq!(usize::from(s.number), i + 1, "step {} number", s.id);
        assert!(!s.roles.is_empty(), "step {} has no role", s.id);
        for r in s.roles {
            assert!(role(r).is_some(), "step {} unknown role {r}", s.id);
        }
        for t in s.tools {
            assert!(tool(t).is_some(), "step {} unknown tool {t}", s.id);
        }
    }
    assert_eq!(WORKFLOW.first().unwrap().id, "sales-handover");
    assert_eq!(WORKFLOW.last().unwrap().id, "wrap-up");
    assert!(WORKFLOW.iter().any(|s| s.id == "giai-brief"));
    assert!(WORKFLOW_THROUGHOUT.len() >= 3);
}

#[test]
fn three_tools_kpis_and_topics() {
    let ids: Vec<&str> = TOOLS.iter().map(|t| t.id).collect();
    assert_eq!(ids, ["contact-report", "wip-report", "competitor-review"]);
    for t in TOOLS {
        assert!(t.good_one.len() >= 2);
    }
    assert_eq!(KPIS.len(), 6);
    for id in [
        "what-is-account",
        "account-vs-sales",
        "why-agencies-hire-account",
        "budget-balancing",
        "missed-deadline",
    ] {
        assert!(topic(id).is_some(), "missing topic {id}");
    }
    assert_eq!(ACCOUNT_VS_SALES.len(), 5);
}

#[test]
fn interview_questions_cover_the_facts_and_thirty_more() {
    let facts = QUESTIONS
        .iter()
        .filter(|q| q.source == QuestionSource::Facts)
        .count();
    assert_eq!(facts, 9, "FACTS §9 lists nine questions");
    assert!(
        QUESTIONS.len() >= facts + 30,
        "{} questions",
        QUESTIONS.len()
    );
    for q in QUESTIONS {
        assert!(q.good_answer.len() >= 3, "{} answer guidance", q.id);
        assert!(!q.roles.is_empty() && !q.topics.is_empty(), "{}", q.id);
        for r in q.roles {
            assert!(role(r).is_some(), "question {} unknown role {r}", q.id);
        }
    }
    // Every role has something to practise.
    for r in ROLES {
        assert!(
            QUESTIONS.iter().any(|q| q.roles.contains(&r.slug)),
            "no question for {}",
            r.slug
        );
    }
}

#[test]
fn quizzes_are_well_formed() {
    assert!((6..=10).contains(&FIT_QUESTIONS.len()));
    for q in FIT_QUESTIONS {
        assert!(q.options.len() >= 3, "fit {}", q.id);
        for o in q.options {
            assert!(!o.weights.is_empty(), "fit {} {}", q.id, o.id);
            for (slug, w) in o.weights {
                assert!(
                    role(slug).is_some(),
                    "fit {} {} unknown role {slug}",
                    q.id,
                    o.id
                );
                assert!(*w > 0);
            }
        }
    }
    let topics: Vec<QuizTopic> = KNOWLEDGE_QUIZZES.iter().map(|q| q.topic).collect();
    assert_eq!(topics, QuizTopic::ALL);
    for quiz in KNOWLEDGE_QUIZZES {
        assert!(quiz.questions.len() >= 5, "{:?}", quiz.topic);
        for q in quiz.questions {
            assert!(q.choices.len() >= 3, "{}", q.id);
            assert!(q.correct < q.choices.len(), "{}", q.id);
        }
    }
}

// --- Every fact, placed right (issue 14) ---

use suitcase_core::model::career::{
    ladder_step, path_basis, Basis, DUTY_LADDER, KPIS as ALL_KPIS, SOURCED_PATHS,
};

#[test]
fn the_map_marks_which_paths_the_sources_describe() {
    let edges = map_edges();
    for (from, to) in SOURCED_PATHS {
        let e = edges
            .iter()
            .find(|e| e.from == *from && e.to == *to)
            .unwrap_or_else(|| panic!("sourced path {from} → {to} is not on the map"));
        assert_eq!(e.basis, Basis::Sources, "{from} → {to}");
    }
    let view: Vec<_> = edges
        .iter()
        .filter(|e| e.basis == Basis::SuitcaseView)
        .map(|e| (e.from, e.to))
        .collect();
    assert_eq!(view.len() + SOURCED_PATHS.len(), edges.len());
    // The reviewer's unsourced paths are all labelled Suitcase's view.
    for (from, to) in [
        ("account-manager", "sales-account-manager"),
        ("account-manager", "customer-success-manager"),
        ("customer-success-manager", "key-account-manager"),
        ("customer-success-manager", "technical-account-manager"),
        ("account-planner", "strategic-account-manager"),
        ("account-director", "global-account-manager"),
        ("account-executive", "account-planner"),
    ] {
        assert!(view.contains(&(from, to)), "{from} → {to} not marked");
        assert_eq!(path_basis(from, to), Basis::SuitcaseView);
    }
}

#[test]
fn only_the_digital_account_has_sourced_kpis_and_it_has_all_six() {
    for r in ROLES {
        let expected = if r.slug == "digital-account" {
            Basis::Sources
        } else {
            Basis::SuitcaseView
        };
        assert_eq!(r.kpi_basis, expected, "{}", r.slug);
        // Every typical day is written by Suitcase, not the sources.
        assert_eq!(r.day.basis, Basis::SuitcaseView, "{}", r.slug);
    }
    let digital = role("digital-account").expect("digital account");
    let mut named: Vec<&str> = digital.kpis.to_vec();
    named.sort_unstable();
    let mut all: Vec<&str> = ALL_KPIS.iter().map(|k| k.id).collect();
    all.sort_unstable();
    assert_eq!(named, all);
    assert!(digital.next_roles.contains(&"account-director"));
}

#[test]
fn the_duty_ladder_runs_entry_mid_senior() {
    let levels: Vec<Level> = DUTY_LADDER.iter().map(|s| s.level).collect();
    assert_eq!(levels, [Level::Entry, Level::Mid, Level::Senior]);
    for s in &DUTY_LADDER {
        assert!(s.duties.len() >= 5, "{:?}", s.level);
    }
    assert_eq!(ladder_step(Level::Junior).level, Level::Entry);
    assert_eq!(ladder_step(Level::Senior).level, Level::Senior);
    // The mid rung names working with sales and marketing on the account
    // strategy, and feeding client feedback into the product.
    let mid: Vec<&str> = DUTY_LADDER[1].duties.iter().map(|t| t.en).collect();
    assert!(
        mid.iter().any(|d| d.contains("sales and marketing")),
        "{mid:?}"
    );
    assert!(
        mid.iter().any(|d| d.contains("product or service")),
        "{mid:?}"
    );
}

#[test]
fn sourced_facts_are_in_place() {
    let am = role("account-manager").expect("AM");
    assert!(am
        .summary
        .en
        .contains("Reports to the Account Director or the agency director"));
    assert!(am
        .summary
        .vi
        .contains("Báo cáo cho Account Director hoặc giám đốc agency"));
    assert!(am
        .responsibilities
        .iter()
        .any(|t| t.en.contains("sales and marketing")));
    let row = ACCOUNT_VS_SALES
        .iter()
        .find(|c| c.aspect.en == "Role")
        .expect("role row");
    assert!(row.account.en.contains("feedback") && row.account.en.contains("product or service"));
    // Role → skill links named by the sources.
    for (slug, needed) in [
        (
            "digital-account",
            &[
                "sales-process",
                "negotiation",
                "project-management",
                "organisation",
                "presentation",
                "communication",
                "marketing-knowledge",
            ][..],
        ),
        (
            "account-manager",
            &[
                "marketing-knowledge",
                "communication",
                "situation-handling",
                "budget-control",
                "coordination",
            ][..],
        ),
        (
            "key-account-manager",
            &["communication", "situation-handling"][..],
        ),
        (
            "account-executive",
            &[
                "media-basics",
                "time-management",
                "communication",
                "negotiation",
                "teamwork",
            ][..],
        ),
    ] {
        let r = role(slug).expect(slug);
        for s in needed {
            assert!(r.skills.contains(s), "{slug} lacks {s}");
            assert!(skill(s).is_some(), "no skill {s}");
        }
    }
}
