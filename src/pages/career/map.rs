//! The career map: an SVG of the roles and the paths between them.
//!
//! Each role is an SVG link (focusable, named "Account Executive, Junior,
//! Agency ladder: leads to …") that opens the role's page; Tab moves through
//! them in ladder order and the arrow keys move to the nearest role in that
//! direction. Focusing or hovering a role highlights its paths. A path the
//! sources describe is solid; a common path in Suitcase's view is dashed,
//! and the legend says so. A text list of the same roles and paths follows
//! the map.
use crate::routes::{use_navigator, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{role_href, use_lang};
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::career::{
    map_edges, map_nodes, role, Basis, EdgeKind, Level, MapNode, Track, MAP_HEIGHT, MAP_WIDTH,
};
use suitcase_core::model::text::Lang;

const NODE_W: i32 = 144;
const NODE_H: i32 = 62;

/// The name a screen reader gives a node.
fn node_name(n: &MapNode, locale: Locale) -> String {
    let lang = crate::ui::lang::lang_of(locale);
    let Some(r) = role(n.slug) else {
        return n.label.get(lang).to_string();
    };
    let next: Vec<&str> = r
        .next_roles
        .iter()
        .filter_map(|s| role(s))
        .map(|r| r.name.get(lang))
        .collect();
    let leads = if next.is_empty() {
        td_string!(locale, career.map_top).to_string()
    } else {
        td_string!(locale, career.map_leads_to, roles = next.join(", ")).to_string()
    };
    // It starts with the node's visible text (name, then the level line),
    // so speech users can say what they see.
    format!(
        "{} {}, {}: {}",
        n.label.get(lang),
        level_line(n, lang),
        n.track.label().get(lang),
        leads
    )
}

/// The small line under a node's name: "AE, Junior" or "Entry level".
fn level_line(n: &MapNode, lang: Lang) -> String {
    let l = n.level.label().get(lang);
    match n.abbr {
        Some(a) => format!("{a}, {l}"),
        None => l.to_string(),
    }
}

/// Splits a role name over two lines at the space nearest the middle.
fn two_lines(name: &str) -> (String, Option<String>) {
    if name.chars().count() <= 16 {
        return (name.to_string(), None);
    }
    let mid = name.len() / 2;
    let split = name
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| (*i as i64 - mid as i64).abs());
    match split {
        Some(i) => (name[..i].to_string(), Some(name[i + 1..].to_string())),
        None => (name.to_string(), None),
    }
}

fn level_class(l: Level) -> &'static str {
    match l {
        Level::Entry => "lv-entry",
        Level::Junior => "lv-junior",
        Level::Mid => "lv-mid",
        Level::Senior => "lv-senior",
    }
}

type Pt = (f64, f64);

/// Where a ray from a box's centre towards `towards` leaves the box (plus a
/// small gap and `extra`).
fn clip(c: Pt, towards: Pt, extra: f64) -> Pt {
    let (dx, dy) = (towards.0 - c.0, towards.1 - c.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    let tx = if ux.abs() > 1e-9 {
        (f64::from(NODE_W) / 2.0 + 4.0) / ux.abs()
    } else {
        f64::INFINITY
    };
    let ty = if uy.abs() > 1e-9 {
        (f64::from(NODE_H) / 2.0 + 4.0) / uy.abs()
    } else {
        f64::INFINITY
    };
    let t = tx.min(ty) + extra;
    (c.0 + ux * t, c.1 + uy * t)
}

/// True when the quadratic curve a–ctrl–b passes through a node other than
/// the two it joins.
fn crosses_a_node(a: Pt, ctrl: Pt, b: Pt, from: &str, to: &str) -> bool {
    let boxes: Vec<(f64, f64)> = map_nodes()
        .into_iter()
        .filter(|n| n.slug != from && n.slug != to)
        .map(|n| (f64::from(n.x), f64::from(n.y)))
        .collect();
    (1..40).any(|i| {
        let t = f64::from(i) / 40.0;
        let u = 1.0 - t;
        let x = u * u * a.0 + 2.0 * u * t * ctrl.0 + t * t * b.0;
        let y = u * u * a.1 + 2.0 * u * t * ctrl.1 + t * t * b.1;
        boxes.iter().any(|(bx, by)| {
            (x - bx).abs() < f64::from(NODE_W) / 2.0 + 6.0
                && (y - by).abs() < f64::from(NODE_H) / 2.0 + 6.0
        })
    })
}

/// The SVG path of an edge: straight when nothing is in the way, otherwise
/// bent around the nodes between.
fn edge_path(a: Pt, b: Pt, from: &str, to: &str) -> String {
    let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (px, py) = (-dy / len, dx / len);
    let ctrl = [0.0, 70.0, -70.0, 120.0, -120.0, 170.0, -170.0]
        .into_iter()
        .map(|o| (mid.0 + px * o, mid.1 + py * o))
        .find(|c| !crosses_a_node(a, *c, b, from, to))
        .unwrap_or(mid);
    let s = clip(a, ctrl, 0.0);
    let e = clip(b, ctrl, 6.0);
    format!(
        "M {:.1} {:.1} Q {:.1} {:.1} {:.1} {:.1}",
        s.0, s.1, ctrl.0, ctrl.1, e.0, e.1
    )
}

/// The node nearest to `from` in the arrow's direction, if any.
fn neighbour(nodes: &[MapNode], from: usize, key: &str) -> Option<usize> {
    let a = &nodes[from];
    let (ax, ay) = (a.x as i64, a.y as i64);
    nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, b)| {
            let (dx, dy) = (b.x as i64 - ax, b.y as i64 - ay);
            let (along, across) = match key {
                "ArrowRight" => (dx, dy),
                "ArrowLeft" => (-dx, dy),
                "ArrowDown" => (dy, dx),
                "ArrowUp" => (-dy, dx),
                _ => return None,
            };
            (along > 0).then_some((i, along + 2 * across.abs()))
        })
        .min_by_key(|(_, d)| *d)
        .map(|(i, _)| i)
}

fn focus_node(slug: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("map-node-{slug}")))
    else {
        return;
    };
    // An SVG link is not an HtmlElement: call its focus() by name.
    if let Ok(f) = js_sys::Reflect::get(&el, &"focus".into()) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call0(&el);
        }
    }
}

/// The interactive career map. `current` marks one role (on its page).
#[component]
pub fn CareerMap(
    /// The role to mark as the one being viewed, if any.
    #[prop(optional, into)]
    current: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let nodes = StoredValue::new(map_nodes());
    let active: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let navigator = use_navigator();
    let current = StoredValue::new(current);

    let edges = map_edges()
        .into_iter()
        .filter_map(|e| {
            let (a, b) = (role(e.from)?.node, role(e.to)?.node);
            let d = edge_path(
                (f64::from(a.x), f64::from(a.y)),
                (f64::from(b.x), f64::from(b.y)),
                e.from,
                e.to,
            );
            let class = move || {
                let mut c = String::from("map-edge");
                c.push_str(match e.kind {
                    EdgeKind::Promotion => " promotion",
                    EdgeKind::Move => " move",
                });
                // Dashed: a path the sources do not describe (Suitcase's view).
                if e.basis == Basis::SuitcaseView {
                    c.push_str(" view");
                }
                if active.get().is_some_and(|s| s == e.from || s == e.to) {
                    c.push_str(" active");
                }
                c
            };
            Some(view! { <path class=class d=d marker-end="url(#map-arrow)" /> })
        })
        .collect_view();

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if !key.starts_with("Arrow") {
            return;
        }
        let Some(from) = active.get_untracked() else {
            return;
        };
        let next = nodes.with_value(|ns| {
            let i = ns.iter().position(|n| n.slug == from)?;
            neighbour(ns, i, &key).map(|j| ns[j].slug)
        });
        if let Some(slug) = next {
            ev.prevent_default();
            focus_node(slug);
        }
    };

    let node_views = nodes
        .get_value()
        .into_iter()
        .map(|n| {
            let slug = n.slug;
            let x = n.x as i32 - NODE_W / 2;
            let y = n.y as i32 - NODE_H / 2;
            let label = move || node_name(&n, i18n.get_locale());
            let lines = move || two_lines(n.label.get(lang.get()));
            let is_current = current.with_value(|c| c.as_deref() == Some(slug));
            let class = format!(
                "map-node {}{}{}",
                level_class(n.level),
                if n.track == Track::BeyondAgency {
                    " beyond"
                } else {
                    ""
                },
                if is_current { " current" } else { "" }
            );
            let open = move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                navigator.go(Route::role(slug));
            };
            let level_text = move || level_line(&n, lang.get());
            view! {
                <g>
                    <a
                        id=format!("map-node-{slug}")
                        href=role_href(slug)
                        class=class
                        aria-label=label
                        aria-current=is_current.then_some("page")
                        on:click=open
                        on:focus=move |_| active.set(Some(slug))
                        on:blur=move |_| active.set(None)
                        on:mouseenter=move |_| active.set(Some(slug))
                        on:mouseleave=move |_| active.set(None)
                    >
                        <rect x=x y=y width=NODE_W height=NODE_H rx="10" />
                        <text x=n.x y=y + 22 text-anchor="middle">
                            <tspan x=n.x class="map-name">{move || lines().0}</tspan>
                            <tspan x=n.x dy="16" class="map-name">
                                {move || lines().1.map(|l| format!(" {l}")).unwrap_or_default()}
                            </tspan>
                            <tspan x=n.x y=y + 54 class="map-level">
                                {move || format!(" {}", level_text())}
                            </tspan>
                        </text>
                    </a>
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="career-map">
            <div class="map-scroll">
            <svg
                viewBox=format!("0 0 {MAP_WIDTH} {MAP_HEIGHT}")
                role="group"
                aria-label=tr!(i18n, career.map_label)
                on:keydown=on_key
            >
                <defs>
                    <marker
                        id="map-arrow"
                        viewBox="0 0 10 10"
                        refX="5"
                        refY="5"
                        markerWidth="7"
                        markerHeight="7"
                        orient="auto-start-reverse"
                    >
                        <path d="M 0 0 L 10 5 L 0 10 z" class="map-arrow" />
                    </marker>
                </defs>
                <g aria-hidden="true">{edges}</g>
                {node_views}
            </svg>
            </div>
            <figcaption>
                <ul class="map-legend">
                    <li>
                        <svg width="40" height="10" aria-hidden="true">
                            <line class="map-edge" x1="2" y1="5" x2="38" y2="5" />
                        </svg>
                        {tr!(i18n, career.map_legend_sources)}
                    </li>
                    <li>
                        <svg width="40" height="10" aria-hidden="true">
                            <line class="map-edge view" x1="2" y1="5" x2="38" y2="5" />
                        </svg>
                        {tr!(i18n, career.map_legend_view)}
                    </li>
                </ul>
                {tr!(i18n, career.map_caption)}
            </figcaption>
        </figure>
    }
}
