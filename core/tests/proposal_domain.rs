//! The brief-to-proposal wizard's rules, as a user of the wizard meets them.
use chrono::NaiveDate;
use suitcase_core::model::brief::WizardField;
use suitcase_core::model::brief::{
    smart_gaps, Brief, BriefPart, Cause, Decode, Issue, QuestionStatus, SmartGap, TEXT_MAX,
};
use suitcase_core::model::budget::{solve, Item, Plan, Priority};
use suitcase_core::model::money::MAX_AMOUNT;
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::ideas::all_tags;
use suitcase_core::model::proposal::timeline::validate_phases;
use suitcase_core::model::proposal::{
    capture, compare, derive_phases, Idea, ItemKind, LineChange, PhaseKind, Pricing, PricingError,
    ProposalRecord, RecordError, Review, SectionId, SendError, Status, Step, TimelineError,
};
use suitcase_core::model::text::Lang;
use WizardField as F;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn has(issues: &[Issue], field: WizardField, cause: Cause) -> bool {
    issues.iter().any(|i| i.field == field && i.cause == cause)
}

fn full_brief() -> Brief {
    let mut b = Brief {
        client: "Lumi Foods".into(),
        brand: "Lumi Tea".into(),
        industry: "Beverages".into(),
        background: "Lumi Tea sells bottled tea in 3,000 convenience stores.".into(),
        target_audience: "Office workers aged 22-30 in Ho Chi Minh City".into(),
        key_message: "Lumi keeps the afternoon light.".into(),
        campaign_start: Some(d(2026, 3, 1)),
        campaign_end: Some(d(2026, 4, 30)),
        deadline: Some(d(2026, 2, 1)),
        competitors: vec!["Brand X".into()],
        ..Default::default()
    };
    b.budget.amount = 900_000_000;
    b.add_objective("Sell 500,000 bottles in convenience stores by 30 April 2026");
    b.add_mandatory("Logo in the first 3 seconds");
    b.add_kpi("Bottles sold", "500,000");
    b.contacts.push(suitcase_core::model::client::Contact {
        name: "Hà".into(),
        ..Default::default()
    });
    b
}

// ---------- brief: validation, SMART, completeness ----------

#[test]
fn a_full_brief_validates_and_scores_100() {
    let b = full_brief();
    assert_eq!(b.validate(), vec![]);
    assert!(b.smart_hints().is_empty(), "{:?}", b.smart_hints());
    let c = b.completeness();
    assert_eq!(c.score, 100, "{:?}", c.missing);
    assert!(c.missing.is_empty());
}

#[test]
fn an_empty_brief_scores_0_and_points_at_everything() {
    let c = Brief::default().completeness();
    assert_eq!(c.score, 0);
    let parts: Vec<BriefPart> = c.missing.iter().map(|m| m.part).collect();
    for p in [
        BriefPart::Client,
        BriefPart::Objectives,
        BriefPart::Budget,
        BriefPart::CampaignDates,
        BriefPart::Kpis,
    ] {
        assert!(parts.contains(&p), "{p:?} missing from {parts:?}");
    }
    // Biggest gap first.
    assert_eq!(c.missing[0].part, BriefPart::Objectives);
    let issues = Brief::default().validate();
    for field in [
        F::Client,
        F::Brand,
        F::Objectives,
        F::TargetAudience,
        F::BudgetAmount,
    ] {
        assert!(has(&issues, field, Cause::Missing), "{field}");
    }
}

#[test]
fn completeness_drops_for_vague_objectives_and_kpis_without_target() {
    let mut b = full_brief();
    b.objectives[0].text = "Make the brand more loved".into();
    b.kpis[0].target.clear();
    let c = b.completeness();
    assert!(c.score < 100);
    let parts: Vec<BriefPart> = c.missing.iter().map(|m| m.part).collect();
    assert!(parts.contains(&BriefPart::VagueObjectives));
    assert!(parts.contains(&BriefPart::KpiTargets));
    assert!(!parts.contains(&BriefPart::Objectives));
    assert_eq!(c.score, 100 - 6 - 4);
}

#[test]
fn smart_hints_say_what_is_vague_in_english() {
    let ctx = ["Lumi Tea", "beverages", "office workers"];
    let gaps = smart_gaps("Improve the brand image", &ctx);
    assert!(gaps.contains(&SmartGap::Specific));
    assert!(gaps.contains(&SmartGap::Measurable));
    assert!(gaps.contains(&SmartGap::TimeBound));
    assert!(gaps.contains(&SmartGap::Relevant));
    assert!(smart_gaps("Sell 500,000 Lumi bottles by June 2026", &ctx).is_empty());
    // A number and a metric, but no time.
    assert_eq!(
        smart_gaps("Sell 500,000 Lumi bottles", &ctx),
        vec![SmartGap::TimeBound]
    );
    // Out of reach.
    assert!(smart_gaps("Grow Lumi sales by 400% in Q2", &ctx).contains(&SmartGap::Achievable));
}

#[test]
fn smart_hints_work_in_vietnamese() {
    let ctx = ["Trà sữa Mây", "chuỗi trà sữa", "Gen Z tại Hà Nội"];
    let vague = smart_gaps("Nâng cao hình ảnh thương hiệu", &ctx);
    assert!(vague.contains(&SmartGap::Specific));
    assert!(vague.contains(&SmartGap::Measurable));
    assert!(vague.contains(&SmartGap::TimeBound));
    assert!(smart_gaps("Bán 1.200.000 ly trà sữa trước 22/02/2026", &ctx).is_empty());
    // "1.200.000" is a number, not a date.
    assert_eq!(
        smart_gaps("Bán 1.200.000 ly trà sữa", &ctx),
        vec![SmartGap::TimeBound]
    );
    assert!(smart_gaps("Tăng nhận biết của Gen Z lên 25% trong tháng 2", &ctx).is_empty());
}

#[test]
fn dates_budgets_and_long_fields_are_refused_without_losing_input() {
    let mut b = full_brief();
    b.campaign_end = Some(d(2026, 2, 1)); // before the start
    b.deadline = Some(d(2026, 3, 15)); // after the start
    b.budget.amount = -5;
    b.background = "x".repeat(100_000);
    b.brand = "🧋".repeat(201);
    b.budget.currency = "dong".into();
    let before = b.clone();
    let issues = b.validate();
    assert!(has(&issues, F::CampaignEnd, Cause::EndBeforeStart));
    assert!(has(&issues, F::Deadline, Cause::DeadlineAfterStart));
    assert!(has(&issues, F::BudgetAmount, Cause::Negative));
    assert!(has(
        &issues,
        F::Background,
        Cause::TooLong { max: TEXT_MAX }
    ));
    assert!(has(&issues, F::Brand, Cause::TooLong { max: 200 }));
    assert!(has(&issues, F::BudgetCurrency, Cause::BadCurrency));
    assert_eq!(b, before, "validation never changes the brief");
    assert_eq!(b.background.chars().count(), 100_000);

    b.budget.amount = MAX_AMOUNT + 1;
    assert!(has(
        &b.validate(),
        F::BudgetAmount,
        Cause::TooLarge { max: MAX_AMOUNT }
    ));
    b.budget.amount = MAX_AMOUNT;
    assert!(!b.validate().iter().any(|i| i.field == F::BudgetAmount));
}

#[test]
fn questions_have_a_status_and_answers_are_required_once_answered() {
    let mut dc = Decode {
        problem: "Bought for oneself, not for the family".into(),
        insights: vec!["Tet is a family purchase".into()],
        ..Default::default()
    };
    let q = dc.add_question("Is the budget before VAT?");
    assert_eq!(dc.validate(), vec![]);
    assert_eq!(dc.unanswered().count(), 1);
    dc.questions[0].status = QuestionStatus::Answered;
    assert!(has(&dc.validate(), F::QuestionAnswer(0), Cause::Missing));
    dc.questions[0].answer = "After VAT".into();
    assert_eq!(dc.validate(), vec![]);
    assert_eq!(dc.unanswered().count(), 0);
    assert_eq!(q, "q1");
}

#[test]
fn older_saves_with_missing_fields_still_load() {
    let b: Brief = serde_json::from_str(r#"{"client":"Lumi"}"#).unwrap();
    assert_eq!(b.client, "Lumi");
    assert_eq!(b.budget.currency, "VND");
    let r: ProposalRecord = serde_json::from_str(r#"{"brief":{"brand":"Mây"}}"#).unwrap();
    assert_eq!(r.brief.brand, "Mây");
    assert_eq!(r.review.criteria.len(), 5);
    assert_eq!(r.proposal.pricing.vat_pct, 1_000);
}

// ---------- ideas and review ----------

fn ideas(n: usize) -> Vec<Idea> {
    let mut v = Vec::new();
    for i in 0..n {
        capture(&mut v, &format!("Idea {i} #tet #Family #tet"));
    }
    v
}

#[test]
fn quick_capture_reads_tags() {
    let v = ideas(2);
    assert_eq!(v[0].title, "Idea 0");
    assert_eq!(v[0].tags, vec!["tet", "family"]);
    assert_eq!(v[1].id, "i2");
    assert_eq!(all_tags(&v), vec!["tet", "family"]);
    let i = Idea::quick("x", "Ly may mắn 🧋 #TếtSum");
    assert_eq!(i.title, "Ly may mắn 🧋");
    assert_eq!(i.tags, vec!["tếtsum"]);
}

#[test]
fn ranking_is_weighted_with_a_deterministic_tie_break() {
    let v = ideas(4);
    let mut r = Review::default();
    for c in [
        "on_brief",
        "creativity",
        "feasibility",
        "budget_fit",
        "impact",
    ] {
        r.set_score("An", "i2", c, 3);
        r.set_score("An", "i1", c, 3);
    }
    // i1: 5 on creativity (weight 20); i2: 5 on on_brief (weight 30).
    for (idea, crit) in [("i1", "creativity"), ("i2", "on_brief")] {
        r.set_score("An", idea, crit, 5);
    }
    // i3 and i4 tie exactly: both all 4s; i4 has two reviewers.
    for c in [
        "on_brief",
        "creativity",
        "feasibility",
        "budget_fit",
        "impact",
    ] {
        r.set_score("An", "i3", c, 4);
        r.set_score("An", "i4", c, 4);
        r.set_score("Bình", "i4", c, 4);
    }
    let rank = r.ranking(&v);
    let order: Vec<&str> = rank.iter().map(|x| x.idea_id.as_str()).collect();
    assert_eq!(order, vec!["i4", "i3", "i2", "i1"]);
    assert_eq!(rank[0].score_milli, Some(4000));
    assert_eq!(rank[2].score_milli, Some(3600)); // 0.3·5 + 0.7·3
    assert_eq!(rank[3].score_milli, Some(3400)); // 0.2·5 + 0.8·3
    assert_eq!(rank[0].reviewers, 2);
    assert_eq!(
        rank.iter().map(|x| x.rank).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
    // Same input, same answer, every time.
    assert_eq!(r.ranking(&v), rank);
    // Averages across reviewers: 5 and 2 → 3.5.
    let mut r2 = Review::default();
    r2.set_score("A", "i1", "impact", 5);
    r2.set_score("B", "i1", "impact", 2);
    assert_eq!(r2.score_of("i1"), Some(3500));
    // Re-scoring replaces, not adds.
    r2.set_score("B", "i1", "impact", 5);
    assert_eq!(r2.scores.len(), 2);
    assert_eq!(r2.score_of("i1"), Some(5000));
}

#[test]
fn shortlist_takes_three_and_says_when_fewer() {
    let v = ideas(5);
    let mut r = Review::default();
    for (i, idea) in v.iter().enumerate() {
        r.set_score("An", &idea.id, "on_brief", (i % 5 + 1) as u8);
    }
    let s = r.shortlist(&v);
    assert_eq!(s.idea_ids, vec!["i5", "i4", "i3"]);
    assert!(!s.fewer_than_three);

    let two = ideas(2);
    let mut r = Review::default();
    r.set_score("An", "i1", "impact", 4);
    r.set_score("An", "i2", "impact", 3);
    let s = r.shortlist(&two);
    assert_eq!(s.idea_ids.len(), 2);
    assert!(s.fewer_than_three);

    let rec = ProposalRecord {
        ideas: two,
        review: r,
        ..Default::default()
    };
    assert!(has(
        &rec.missing(Step::Brainstorm),
        F::Ideas,
        Cause::FewerThanThreeIdeas
    ));
    assert!(has(
        &rec.missing(Step::Review),
        F::Shortlist,
        Cause::FewerThanThreeIdeas
    ));
}

#[test]
fn review_validation_catches_bad_scores() {
    let v = ideas(1);
    let mut r = Review::default();
    r.set_score("An", "i1", "impact", 7);
    r.set_score("An", "nope", "impact", 3);
    r.set_score("", "i1", "made_up", 3);
    let issues = r.validate(&v);
    assert!(has(&issues, F::ScoreValue(0), Cause::ScoreOutOfRange));
    assert!(has(&issues, F::ScoreIdea(1), Cause::UnknownReference));
    assert!(has(&issues, F::ScoreReviewer(2), Cause::Missing));
    assert!(has(&issues, F::ScoreCriterion(2), Cause::UnknownReference));
    // An out-of-range score never counts.
    assert_eq!(r.score_of("i1"), None);
}

// ---------- pricing ----------

#[test]
fn pricing_with_fee_vat_and_vnd_rounding() {
    let mut p = Pricing::default();
    p.add_line("TVC", 1, 650_000_000);
    p.add_line("Lucky lids", 1_200_000, 120);
    p.add_line("Sticker", 3, 333);
    p.agency_fee_pct = 950; // 9.5 %
    p.vat_pct = 800; // 8 %
    let t = p.totals().unwrap();
    assert_eq!(t.lines, vec![650_000_000, 144_000_000, 999]);
    assert_eq!(t.subtotal, 794_000_999);
    // 9.5 % of 794,000,999 = 75,430,094.905 → 75,430,095
    assert_eq!(t.agency_fee, 75_430_095);
    assert_eq!(t.before_vat, 869_431_094);
    // 8 % of 869,431,094 = 69,554,487.52 → 69,554,488
    assert_eq!(t.vat, 69_554_488);
    assert_eq!(t.total, 938_985_582);
    assert_eq!(p.validate(), vec![]);
}

#[test]
fn pricing_rounds_half_away_from_zero() {
    let mut p = Pricing::default();
    p.add_line("a", 1, 5);
    p.agency_fee_pct = 1_000; // 0.5 → 1
    p.vat_pct = 0;
    assert_eq!(p.totals().unwrap().agency_fee, 1);
    p.lines[0].unit_price = 4; // 0.4 → 0
    assert_eq!(p.totals().unwrap().agency_fee, 0);
}

#[test]
fn pricing_is_overflow_safe_near_max_amount() {
    let mut p = Pricing {
        vat_pct: 0,
        ..Default::default()
    };
    p.add_line("all of it", 1, MAX_AMOUNT);
    assert_eq!(p.totals().unwrap().total, MAX_AMOUNT);
    p.vat_pct = 1; // 0.01 % more breaks 2^53
    assert_eq!(p.totals(), Err(PricingError::TotalTooLarge));
    p.vat_pct = 0;
    p.add_line("one more", 1, 1);
    assert_eq!(p.totals(), Err(PricingError::TotalTooLarge));
    assert!(has(&p.validate(), F::Lines, Cause::PricingOverflow));

    let mut p = Pricing::default();
    p.add_line("huge", 1_000_000_000, i64::MAX);
    assert_eq!(p.totals(), Err(PricingError::LineTooLarge { index: 0 }));
    assert!(has(
        &p.validate(),
        F::LineUnitPrice(0),
        Cause::TooLarge { max: MAX_AMOUNT }
    ));
    p.lines[0].unit_price = MAX_AMOUNT;
    assert_eq!(p.totals(), Err(PricingError::LineTooLarge { index: 0 }));

    let mut p = Pricing::default();
    p.add_line("neg", -1, 100);
    assert_eq!(p.totals(), Err(PricingError::Negative { index: 0 }));
    assert!(has(&p.validate(), F::LineQty(0), Cause::Negative));
    p.lines[0].qty = 1;
    p.vat_pct = 10_001;
    assert_eq!(p.totals(), Err(PricingError::PercentOutOfRange));
    assert!(has(&p.validate(), F::Vat, Cause::PercentOutOfRange));
    p.vat_pct = -1;
    assert!(has(&p.validate(), F::Vat, Cause::PercentOutOfRange));
}

#[test]
fn pricing_from_a_budget_plan_takes_its_lines_and_its_margin_as_the_fee() {
    let plan = Plan {
        name: "Tet".into(),
        currency: "VND".into(),
        total_budget: 1_000_000_000,
        agency_margin_pct: 15.0,
        unit: Default::default(),
        items: vec![
            Item {
                id: "tvc".into(),
                name: "TVC".into(),
                cost: 500_000_000,
                priority: Priority::Must,
                value: 0.0,
            },
            Item {
                id: "popup".into(),
                name: "Pop-up".into(),
                cost: 400_000_000,
                priority: Priority::Could,
                value: 5.0,
            },
        ],
        channels: vec![],
    };
    let sol = solve(&plan, 1_000_000);
    let p = Pricing::from_budget(&plan, &sol, 1_000, Lang::Vi).unwrap();
    let t = p.totals().unwrap();
    // The fee is the plan's margin (15 %), not 0 % beside a margin line.
    assert_eq!(p.agency_fee_pct, 1_500);
    assert_eq!(t.subtotal, 500_000_000);
    assert_eq!(t.agency_fee, 75_000_000);
    assert_eq!(t.vat, 57_500_000);
    assert!(p.lines.iter().any(|l| l.id == "item-tvc"));
    assert!(!p.lines.iter().any(|l| l.id == "item-popup"), "not chosen");
    assert!(!p.lines.iter().any(|l| l.description == "Phí agency"));
    let mut bad = sol.clone();
    bad.selected.pop();
    assert_eq!(
        Pricing::from_budget(&plan, &bad, 1_000, Lang::En),
        Err(PricingError::PlanMismatch)
    );
}

// ---------- timeline ----------

#[test]
fn timeline_from_campaign_dates() {
    let phases = derive_phases(d(2025, 12, 15), d(2026, 1, 12), d(2026, 2, 22)).unwrap();
    let kinds: Vec<PhaseKind> = phases.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, PhaseKind::ALL.to_vec());
    // 28 days of preparation: 11 + 11 + 6, back to back.
    assert_eq!(phases[0].start, Some(d(2025, 12, 15)));
    assert_eq!(phases[0].end, Some(d(2025, 12, 25)));
    assert_eq!(phases[1].start, Some(d(2025, 12, 26)));
    assert_eq!(phases[2].end, Some(d(2026, 1, 11)));
    assert_eq!(phases[3].start, Some(d(2026, 1, 12)));
    assert_eq!(phases[3].end, Some(d(2026, 2, 22)));
    assert_eq!(phases[4].start, Some(d(2026, 2, 23)));
    assert_eq!(phases[4].end, Some(d(2026, 3, 8)));
    assert_eq!(
        validate_phases(&phases, (phases[3].start, phases[3].end)),
        vec![]
    );
    // One-day campaign, three days of prep: a day each.
    let p = derive_phases(d(2026, 1, 1), d(2026, 1, 4), d(2026, 1, 4)).unwrap();
    assert_eq!(p[2].start, Some(d(2026, 1, 3)));
    assert_eq!(p[2].end, Some(d(2026, 1, 3)));
}

#[test]
fn timeline_refuses_impossible_dates() {
    assert_eq!(
        derive_phases(d(2026, 1, 1), d(2026, 2, 1), d(2026, 1, 31)),
        Err(TimelineError::EndBeforeStart)
    );
    assert_eq!(
        derive_phases(d(2026, 1, 30), d(2026, 2, 1), d(2026, 2, 10)),
        Err(TimelineError::TooLittlePrep { days: 2 })
    );
    assert_eq!(
        derive_phases(d(2026, 3, 1), d(2026, 2, 1), d(2026, 2, 10)),
        Err(TimelineError::TooLittlePrep { days: -28 })
    );
    let max = NaiveDate::MAX;
    assert_eq!(
        derive_phases(d(2026, 1, 1), d(2026, 2, 1), max),
        Err(TimelineError::OutOfRange)
    );
    let mut phases = derive_phases(d(2025, 12, 15), d(2026, 1, 12), d(2026, 2, 22)).unwrap();
    phases[1].end = Some(d(2025, 12, 1));
    phases[2].start = Some(d(2025, 12, 1));
    phases[3].end = Some(d(2026, 3, 1));
    phases[4].start = None;
    let issues = validate_phases(&phases, (Some(d(2026, 1, 12)), Some(d(2026, 2, 22))));
    assert!(has(&issues, F::PhaseEnd(1), Cause::EndBeforeStart));
    assert!(has(&issues, F::PhaseStart(2), Cause::OutOfOrder));
    assert!(has(&issues, F::PhaseStart(3), Cause::OutsideCampaign));
    assert!(has(&issues, F::PhaseStart(4), Cause::Missing));
}

// ---------- coverage, steps, send, versions ----------

#[test]
fn coverage_lists_what_nothing_answers() {
    let mut r = demo(Lang::En);
    assert!(r.uncovered().is_empty());
    let kpi = r.brief.kpis[1].id.clone();
    r.proposal
        .coverage
        .unlink(ItemKind::Kpi, &kpi, SectionId::Kpis);
    let oid = r
        .brief
        .add_objective("Sell 10,000 gift boxes by 10 Feb 2026");
    let u = r.uncovered();
    assert_eq!(u.len(), 2);
    assert_eq!(
        (u[0].kind, u[0].item_id.as_str()),
        (ItemKind::Objective, oid.as_str())
    );
    assert_eq!(u[1].kind, ItemKind::Kpi);
    let check = r.pre_send_check();
    assert!(has(&check, F::Objective(3), Cause::Uncovered));
    assert!(has(&check, F::Kpi(1), Cause::Uncovered));
    // Links to deleted items are pruned.
    r.brief.objectives.pop();
    r.proposal
        .coverage
        .link(ItemKind::Objective, &oid, SectionId::Ideas);
    r.proposal.coverage.prune(&r.brief);
    assert!(r
        .proposal
        .coverage
        .sections_of(ItemKind::Objective, &oid)
        .is_empty());
}

#[test]
fn steps_move_freely_and_report_what_is_missing() {
    let mut r = ProposalRecord::default();
    r.brief.brand = "Mây".into();
    let left = r.go_to(Step::Creative);
    assert!(has(&left, F::Client, Cause::Missing));
    assert_eq!(r.step, Step::Creative);
    assert_eq!(r.brief.brand, "Mây", "moving on never loses input");
    let left = r.go_to(Step::Brief);
    assert!(has(&left, F::Proposition, Cause::Missing));
    assert!(has(&left, F::CreativeDeliverables, Cause::Missing));
    assert!(has(&r.missing(Step::Decode), F::Problem, Cause::Missing));
    assert!(has(&r.missing(Step::Proposal), F::Title, Cause::Missing));
    assert!(has(&r.missing(Step::Proposal), F::Lines, Cause::Missing));
    assert_eq!(r.step_badges().len(), 6);
    assert_eq!(Step::Brief.next(), Some(Step::Decode));
    assert_eq!(Step::Proposal.next(), None);
    assert_eq!(Step::Brief.prev(), None);
}

#[test]
fn sending_freezes_a_version_and_versions_compare() {
    let mut r = demo(Lang::En);
    assert_eq!(r.versions.len(), 1);
    assert_eq!(r.status, Status::Revising);
    // The demo's revision: micro KOLs 20 → 25, paid social down.
    let diff = r.compare_with_next(1).unwrap();
    assert_eq!(diff.sections, vec![SectionId::Pricing]);
    assert_eq!(diff.lines.len(), 2);
    assert!(
        matches!(&diff.lines[0], LineChange::Changed { old, new } if old.qty == 20 && new.qty == 25)
    );
    assert_eq!(diff.total_old, diff.total_new);

    r.proposal
        .next_steps
        .push("Call the client on Monday".into());
    r.proposal.pricing.add_line("Photo shoot", 1, 50_000_000);
    r.proposal.pricing.lines.remove(0);
    let v = r.send(d(2025, 12, 9), false).unwrap();
    assert_eq!(v, 2);
    assert_eq!(r.status, Status::Sent);
    let diff = compare(&r.versions[0], &r.versions[1]);
    assert!(diff.sections.contains(&SectionId::NextSteps));
    assert!(diff.sections.contains(&SectionId::Pricing));
    assert!(!diff.sections.contains(&SectionId::Strategy));
    assert!(diff
        .lines
        .iter()
        .any(|l| matches!(l, LineChange::Removed { line } if line.id == "l1")));
    assert!(diff
        .lines
        .iter()
        .any(|l| matches!(l, LineChange::Added { line } if line.description == "Photo shoot")));
    assert_ne!(diff.total_old, diff.total_new);
    // The frozen version does not follow later edits.
    r.proposal.strategy = "changed".into();
    assert_ne!(r.versions[1].proposal.strategy, "changed");
    assert!(compare(&r.versions[1], &r.versions[1]).is_empty());
    // Sent twice: v3 compares with the draft.
    assert!(r
        .compare_with_next(2)
        .unwrap()
        .sections
        .contains(&SectionId::Strategy));
    assert!(r.compare_with_next(9).is_none());
}

#[test]
fn sending_is_blocked_by_problems_and_closed_statuses() {
    let mut r = demo(Lang::Vi);
    let oid = r.brief.add_objective("Bán 10.000 hộp quà trước 10/02/2026");
    match r.send(d(2025, 12, 9), false) {
        Err(SendError::Blocked(issues)) => {
            assert_eq!(
                issues,
                vec![Issue::error(F::Objective(3), Cause::Uncovered)]
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(r.versions.len(), 1, "a refused send freezes nothing");
    // Sending anyway is the user's call.
    assert_eq!(r.send(d(2025, 12, 9), true), Ok(2));
    r.proposal
        .coverage
        .link(ItemKind::Objective, &oid, SectionId::Pricing);
    r.proposal.pricing.lines[0].qty = -1;
    r.revise();
    assert!(matches!(
        r.send(d(2025, 12, 10), true),
        Err(SendError::Blocked(_))
    ));
    r.proposal.pricing.lines[0].qty = 1;
    r.status = Status::Accepted;
    assert_eq!(
        r.send(d(2025, 12, 10), true),
        Err(SendError::Closed(Status::Accepted))
    );
}

#[test]
fn compose_fills_blanks_and_keeps_what_was_typed() {
    let mut r = demo(Lang::En);
    let kept = r.proposal.clone();
    r.compose(Some(d(2025, 12, 15)), Lang::En);
    assert_eq!(r.proposal, kept);
    let mut fresh = r.clone();
    fresh.proposal = Default::default();
    fresh.compose(Some(d(2025, 12, 15)), Lang::En);
    let p = &fresh.proposal;
    assert_eq!(p.title, "Mây Milk Tea — Proposal");
    assert_eq!(p.idea_ids.len(), 3);
    assert_eq!(p.recommended_idea, p.idea_ids[0]);
    assert_eq!(p.phases.len(), 5);
    assert_eq!(p.kpis, r.brief.kpis);
    assert_eq!(p.deliverables, r.creative.deliverables);
    assert!(p.understanding.contains(&r.decode.problem));
}

// ---------- demo ----------

#[test]
fn demo_is_complete_in_both_languages() {
    for lang in [Lang::En, Lang::Vi] {
        let r = demo(lang);
        for step in Step::ALL {
            assert_eq!(r.missing(step), vec![], "{lang:?} {step:?}");
        }
        assert!(r.uncovered().is_empty(), "{lang:?}");
        assert_eq!(r.pre_send_check(), vec![], "{lang:?}");
        assert_eq!(
            r.brief.completeness().score,
            100,
            "{lang:?} {:?}",
            r.brief.completeness()
        );
        assert!(
            r.brief.smart_hints().is_empty(),
            "{lang:?} {:?}",
            r.brief.smart_hints()
        );
        assert_eq!(r.review.shortlist(&r.ideas).idea_ids.len(), 3);
        assert!(!r.review.shortlist(&r.ideas).fewer_than_three);
        let t = r.proposal.pricing.totals().unwrap();
        assert!(
            t.total <= r.brief.budget.amount,
            "within the client's budget"
        );
        assert!(r.proposal.phases.len() == 5);
        assert_eq!(r.decode.questions[2].status, QuestionStatus::Asked);
    }
    let (en, vi) = (demo(Lang::En), demo(Lang::Vi));
    assert_ne!(en.brief.background, vi.brief.background);
    assert!(vi.brief.brand.contains("Trà sữa Mây"));
    // The same structure in both languages.
    assert_eq!(en.proposal.pricing.totals(), vi.proposal.pricing.totals());
    assert_eq!(en.proposal.idea_ids, vi.proposal.idea_ids);
}

#[test]
fn proposal_json_round_trips_and_refuses_other_files() {
    let r = demo(Lang::Vi);
    let json = r.to_json();
    assert!(json.contains("\"format\": \"suitcase/proposal\""));
    assert_eq!(ProposalRecord::from_json(&json).unwrap(), r);
    assert!(matches!(
        ProposalRecord::from_json("nope"),
        Err(RecordError::File(_))
    ));
    assert!(matches!(
        ProposalRecord::from_json(r#"{"format":"suitcase/budget-plan","version":1}"#),
        Err(RecordError::WrongFormat(_))
    ));
    assert_eq!(
        ProposalRecord::from_json(r#"{"format":"suitcase/proposal","version":7}"#),
        Err(RecordError::NewerVersion(7))
    );
    assert!(matches!(
        ProposalRecord::from_json(
            r#"{"format":"suitcase/proposal","version":1,"brief":{"budget":{"amount":"lots"}}}"#
        ),
        Err(RecordError::File(_))
    ));
}
