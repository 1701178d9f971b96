//! Starting points: channel presets and example plans.
//!
//! The preset curves are assumptions for a first draft, not market data:
//! the page says so and the user adjusts them. Their saturation points are
//! shares of the plan's total budget, so they fit a 300 million VND plan and
//! a 50,000 USD plan alike.
use super::plan::{Channel, Item, Plan, Priority, Response};
use crate::model::text::{tx, Lang, Text};

/// A channel preset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// Stable key, also the channel id it suggests.
    pub key: &'static str,
    pub name: Text,
    /// Why the curve has this shape, in a sentence.
    pub note: Text,
    /// Hill shape: ≤ 1 concave, > 1 S-shaped.
    pub shape: f64,
    /// Half-saturation spend as a share of the total budget.
    pub half_share: f64,
    /// Value points at saturation.
    pub max_points: f64,
    /// Largest sensible spend as a share of the total budget.
    pub cap_share: f64,
}

/// The presets, in the order the page lists them.
pub const PRESETS: [Preset; 7] = [
    Preset {
        key: "meta",
        name: tx("Meta (Facebook, Instagram)", "Meta (Facebook, Instagram)"),
        note: tx(
            "Answers from the first đồng and saturates as frequency climbs.",
            "Có phản hồi ngay từ những đồng đầu tiên, rồi bão hòa khi tần suất tăng.",
        ),
        shape: 1.1,
        half_share: 0.10,
        max_points: 100.0,
        cap_share: 0.5,
    },
    Preset {
        key: "google_search",
        name: tx("Google Search", "Google Search"),
        note: tx(
            "Catches demand that already exists; there is only so much of it.",
            "Đón nhu cầu có sẵn; lượng tìm kiếm có hạn nên sớm chạm trần.",
        ),
        shape: 0.8,
        half_share: 0.05,
        max_points: 60.0,
        cap_share: 0.3,
    },
    Preset {
        key: "youtube",
        name: tx("YouTube", "YouTube"),
        note: tx(
            "Video needs reach and repetition before it moves people: S-shaped.",
            "Video cần đủ độ phủ và tần suất mới tác động: đường cong hình chữ S.",
        ),
        shape: 1.6,
        half_share: 0.15,
        max_points: 110.0,
        cap_share: 0.5,
    },
    Preset {
        key: "tiktok",
        name: tx("TikTok", "TikTok"),
        note: tx(
            "Strong with young audiences once content gets enough views.",
            "Mạnh với khán giả trẻ khi nội dung đạt đủ lượt xem.",
        ),
        shape: 1.4,
        half_share: 0.10,
        max_points: 90.0,
        cap_share: 0.4,
    },
    Preset {
        key: "ooh",
        name: tx("Out of home (billboards, LCD)", "Quảng cáo ngoài trời (billboard, LCD)"),
        note: tx(
            "Little effect below a minimum number of sites, then it builds fame.",
            "Gần như không tác dụng dưới một số lượng vị trí tối thiểu, sau đó tạo độ nhận biết lớn.",
        ),
        shape: 2.2,
        half_share: 0.20,
        max_points: 80.0,
        cap_share: 0.4,
    },
    Preset {
        key: "pr",
        name: tx("PR and earned media", "PR và truyền thông lan tỏa"),
        note: tx(
            "A few good stories go far; more money adds less and less.",
            "Vài câu chuyện tốt đi rất xa; thêm tiền thì hiệu quả tăng chậm dần.",
        ),
        shape: 1.3,
        half_share: 0.05,
        max_points: 40.0,
        cap_share: 0.2,
    },
    Preset {
        key: "kols",
        name: tx("KOLs and creators", "KOL và nhà sáng tạo nội dung"),
        note: tx(
            "One creator rarely moves sales; a group of them does: S-shaped.",
            "Một KOL hiếm khi tạo khác biệt; một nhóm KOL thì có: đường cong hình chữ S.",
        ),
        shape: 1.8,
        half_share: 0.08,
        max_points: 70.0,
        cap_share: 0.3,
    },
];

/// The preset with `key`.
pub fn preset(key: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.key == key)
}

/// Rounds `v` to a round amount for a budget of `total` (a thousandth of it,
/// on a 1-2-5 scale), so presets give numbers people would type.
fn round_for(v: f64, total: i64) -> i64 {
    let mut unit = 1i64;
    while unit * 1000 < total {
        unit *= 10;
    }
    ((v / unit as f64).round() as i64).max(1) * unit
}

impl Preset {
    /// A channel from this preset for a plan of `total_budget`, with `id`.
    pub fn channel(&self, id: String, total_budget: i64, lang: Lang) -> Channel {
        let total = total_budget.max(1);
        Channel {
            id,
            name: self.name.get(lang).to_string(),
            min: 0,
            max: round_for(self.cap_share * total as f64, total),
            response: Response::Hill {
                max: self.max_points,
                half_saturation: round_for(self.half_share * total as f64, total) as f64,
                shape: self.shape,
            },
        }
    }
}

/// A plan id made from `name` (ASCII letters and digits, `_` between words),
/// unique among `taken`.
pub fn id_from_name(name: &str, taken: &[&str]) -> String {
    let folded = crate::model::text::fold(name);
    let mut base = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            base.push(c.to_ascii_lowercase());
        } else if !base.ends_with('_') && !base.is_empty() {
            base.push('_');
        }
        if base.len() >= 40 {
            break;
        }
    }
    let base = base.trim_end_matches('_');
    let base = if base.is_empty() { "line" } else { base };
    if !taken.contains(&base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or_default()
}

/// A worked example a new user can open in one click: a Tet launch for a
/// milk-tea brand, with an S-shaped video channel that a gradient method
/// would starve.
pub fn example_plan(lang: Lang) -> Plan {
    let t = |en: &'static str, vi: &'static str| tx(en, vi).get(lang).to_string();
    let total = 800_000_000;
    let channels = ["meta", "youtube", "tiktok", "kols", "ooh"]
        .iter()
        .filter_map(|k| preset(k))
        .map(|p| p.channel(p.key.to_string(), total, lang))
        .collect();
    Plan {
        name: t("Tet launch (example)", "Ra mắt dịp Tết (ví dụ)"),
        currency: "VND".into(),
        total_budget: total,
        agency_margin_pct: 15.0,
        unit: Default::default(),
        items: vec![
            Item {
                id: "tvc".into(),
                name: t("30-second TVC production", "Sản xuất TVC 30 giây"),
                cost: 250_000_000,
                priority: Priority::Must,
                value: 0.0,
            },
            Item {
                id: "kol_pack".into(),
                name: t("Three KOL posts", "Ba bài đăng KOL"),
                cost: 90_000_000,
                priority: Priority::Should,
                value: 40.0,
            },
            Item {
                id: "event".into(),
                name: t("Launch event", "Sự kiện ra mắt"),
                cost: 150_000_000,
                priority: Priority::Could,
                value: 25.0,
            },
            Item {
                id: "sampling".into(),
                name: t("In-store sampling", "Dùng thử tại cửa hàng"),
                cost: 60_000_000,
                priority: Priority::Could,
                value: 18.0,
            },
        ],
        channels,
    }
}

/// A fresh plan: a total, a margin and two channels to start from.
pub fn starter_plan(lang: Lang, name: String) -> Plan {
    let total = 500_000_000;
    Plan {
        name,
        currency: "VND".into(),
        total_budget: total,
        agency_margin_pct: 15.0,
        unit: Default::default(),
        items: vec![Item {
            id: "production".into(),
            name: tx("Content production", "Sản xuất nội dung")
                .get(lang)
                .to_string(),
            cost: 100_000_000,
            priority: Priority::Must,
            value: 0.0,
        }],
        channels: ["meta", "google_search"]
            .iter()
            .filter_map(|k| preset(k))
            .map(|p| p.channel(p.key.to_string(), total, lang))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget::check_plan;

    #[test]
    fn presets_are_complete_and_valid() {
        for p in PRESETS {
            assert!(p.name.is_complete() && p.note.is_complete(), "{}", p.key);
            for total in [1_000, 50_000, 800_000_000, 2_000_000_000_000] {
                let c = p.channel(p.key.into(), total, Lang::Vi);
                assert!(c.max > 0 && c.max <= total, "{} {total}", p.key);
            }
        }
        assert!(check_plan(&example_plan(Lang::En)).is_empty());
        assert!(check_plan(&example_plan(Lang::Vi)).is_empty());
        assert!(check_plan(&starter_plan(Lang::Vi, "Kế hoạch".into())).is_empty());
    }

    #[test]
    fn ids_from_names() {
        assert_eq!(id_from_name("Quảng cáo Đà Nẵng", &[]), "quang_cao_da_nang");
        assert_eq!(id_from_name("TVC 30s", &["tvc_30s"]), "tvc_30s_2");
        assert_eq!(id_from_name("!!!", &[]), "line");
        assert_eq!(id_from_name("🎉", &["line", "line_2"]), "line_3");
    }
}
