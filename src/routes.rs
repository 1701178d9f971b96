//! Every address of the app, typed: [`Route`] names a page, [`Link`] adds
//! the query string or fragment a page reads, and both know the base path
//! the app is served under ("" at the site root, "/suitcase" on GitHub
//! Pages, read from `<base href>`).
//!
//! One rule for links and navigation: an address is always made by
//! [`Route::href`] / [`Link::href`] (base path included). `<A href=...>`
//! takes it as it is, and [`Navigator`] hands it to the router with
//! `resolve: false`, so the router does not add the base path a second time
//! (plain `use_navigate` adds it to whatever it is given, while `<A>` leaves
//! absolute paths alone; mixing the two is how links break under /suitcase/).
//!
//! Nothing outside this file writes a route path as a string.
//!
//! # Adding a route
//! 1. Add a variant to [`Route`] (or to [`CareerPage`] for a view of the
//!    career guide) and give it its path in [`Route::path`] and its match in
//!    [`Route::parse`] (spelled with the [`seg`] constants); the compiler
//!    then lists every `match` to complete.
//! 2. Add its path segment to [`seg`] and the route to the table in
//!    `app.rs` (`<Route path=StaticSegment(seg::X) .../>`;
//!    a feature page is a lazy route, declared with `lazy_page!` in
//!    `pages/mod.rs`, so its code stays out of the main wasm module). A
//!    career view is a child of the `/career` parent route there.
//! 3. If the page is a top-level folder, add it to `ROUTES` in
//!    `tools/postbuild.mjs`, which writes the `404.html` copies that let a
//!    deep link load on GitHub Pages.
//! 4. If the page reads a query string or fragment, give it a constructor
//!    that returns a [`Link`] (see [`Route::proposal`]), so pages never
//!    spell a key or a `?`/`#` by hand.
use std::fmt::Write as _;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

thread_local! {
    static BASE: String = {
        let path = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|b| web_sys::Url::new(&b).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        path.trim_end_matches('/').to_string()
    };
}

/// The router's base path: the folder the app is served from ("" at the
/// site root, "/suitcase" on GitHub Pages), read from `<base href>`.
pub fn base_path() -> String {
    BASE.with(|b| b.clone())
}

/// The path segments of every route: the one spelling of each, shared by
/// the route table in `app.rs` (`StaticSegment(seg::WIZARD)`) and by
/// [`Route::path`] / [`Route::parse`].
pub mod seg {
    /// `/wizard`.
    pub const WIZARD: &str = "wizard";
    /// `/budget`.
    pub const BUDGET: &str = "budget";
    /// `/career`.
    pub const CAREER: &str = "career";
    /// `/toolkit`.
    pub const TOOLKIT: &str = "toolkit";
    /// `/settings`.
    pub const SETTINGS: &str = "settings";
    /// `/p`: the client page.
    pub const CLIENT: &str = "p";
    /// `/shared`: the client page's older address.
    pub const SHARED: &str = "shared";
    /// `/reply`.
    pub const REPLY: &str = "reply";
    /// `/404`: the address of [`Route::NotFound`](super::Route::NotFound).
    pub const NOT_FOUND: &str = "404";
    /// `/career/role/:slug`.
    pub const ROLE: &str = "role";
    /// The name of the role's parameter in `/career/role/:slug`.
    pub const ROLE_SLUG: &str = "slug";
    /// `/career/guide`.
    pub const GUIDE: &str = "guide";
    /// `/career/skills`.
    pub const SKILLS: &str = "skills";
    /// `/career/practice`.
    pub const PRACTICE: &str = "practice";
    /// `/career/quiz`.
    pub const QUIZ: &str = "quiz";
    /// `/career/kpi`.
    pub const KPI: &str = "kpi";
    /// `/career/search`.
    pub const SEARCH: &str = "search";
    /// `/career/glossary`.
    pub const GLOSSARY: &str = "glossary";
    /// `/career/examples`.
    pub const EXAMPLES: &str = "examples";
}

/// A role's slug as it appears in an address (`/career/role/<slug>`). It
/// comes from the address, so it may name no role: look it up with
/// `suitcase_core::model::career::role` and show the "unknown role" page
/// when that finds none.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RoleSlug(String);

impl RoleSlug {
    /// The slug of a role (`"account-manager"`).
    pub fn new(slug: impl Into<String>) -> RoleSlug {
        RoleSlug(slug.into())
    }

    /// The slug as written in the address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A view of the career guide (`/career/...`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CareerPage {
    /// `/career`: the map and the list of roles.
    Overview,
    /// `/career/role/<slug>`: one role's page.
    Role(RoleSlug),
    /// `/career/guide`: the workflow, tools and topics.
    Guide,
    /// `/career/skills`: the skill checklist.
    Skills,
    /// `/career/practice`: interview practice.
    Practice,
    /// `/career/quiz`: the quizzes.
    Quiz,
    /// `/career/kpi`: the KPI calculators.
    Kpi,
    /// `/career/search`: search results.
    Search,
    /// `/career/glossary`: the words agency people use.
    Glossary,
    /// `/career/examples`: worked examples of the three documents (see
    /// [`Route::examples`]).
    Examples,
}

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the home page.
    Home,
    /// `/wizard`: the proposals (`?p=<id>` opens one, see [`Route::proposal`]).
    Wizard,
    /// `/budget`: the budget plans (`?plan=<id>` opens one, see [`Route::plan`]).
    Budget,
    /// `/career/...`: the career guide.
    Career(CareerPage),
    /// `/toolkit`: the account's toolkit (see [`Route::toolkit`]).
    Toolkit,
    /// `/settings`.
    Settings,
    /// `/p`: the page a client opens from a proposal link (the proposal is
    /// in the fragment). No Suitcase navigation around it.
    Client,
    /// `/shared`: the client page under the address of older links.
    Shared,
    /// `/reply`: the client's reply, opened by the agency (the reply is in
    /// the fragment).
    Reply,
    /// Any other address. Its [`Route::path`] is `/404`, which no route
    /// matches either.
    NotFound,
}

impl Route {
    /// The path of the route without the base path (`"/career/guide"`).
    pub fn path(&self) -> String {
        let top = |segment: &str| format!("/{segment}");
        let career = |segment: &str| format!("/{}/{segment}", seg::CAREER);
        match self {
            Route::Home => "/".into(),
            Route::Wizard => top(seg::WIZARD),
            Route::Budget => top(seg::BUDGET),
            Route::Toolkit => top(seg::TOOLKIT),
            Route::Settings => top(seg::SETTINGS),
            Route::Client => top(seg::CLIENT),
            Route::Shared => top(seg::SHARED),
            Route::Reply => top(seg::REPLY),
            Route::NotFound => top(seg::NOT_FOUND),
            Route::Career(page) => match page {
                CareerPage::Overview => top(seg::CAREER),
                CareerPage::Role(slug) => career(&format!("{}/{}", seg::ROLE, slug.as_str())),
                CareerPage::Guide => career(seg::GUIDE),
                CareerPage::Skills => career(seg::SKILLS),
                CareerPage::Practice => career(seg::PRACTICE),
                CareerPage::Quiz => career(seg::QUIZ),
                CareerPage::Kpi => career(seg::KPI),
                CareerPage::Search => career(seg::SEARCH),
                CareerPage::Glossary => career(seg::GLOSSARY),
                CareerPage::Examples => career(seg::EXAMPLES),
            },
        }
    }

    /// The route of a path, with or without the base path in front (a
    /// query string or fragment is ignored; a trailing slash too).
    pub fn parse(path: &str) -> Route {
        Route::parse_under(&base_path(), path)
    }

    /// [`Route::parse`] with the base path given (`""` for none).
    pub fn parse_under(base: &str, path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = match path.strip_prefix(base) {
            Some(rest) if !base.is_empty() && (rest.is_empty() || rest.starts_with('/')) => rest,
            _ => path,
        };
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        match segments.as_slice() {
            [] => Route::Home,
            [seg::WIZARD] => Route::Wizard,
            [seg::BUDGET] => Route::Budget,
            [seg::TOOLKIT] => Route::Toolkit,
            [seg::SETTINGS] => Route::Settings,
            [seg::CLIENT] => Route::Client,
            [seg::SHARED] => Route::Shared,
            [seg::REPLY] => Route::Reply,
            [seg::CAREER, rest @ ..] => match rest {
                [] => Route::Career(CareerPage::Overview),
                [seg::ROLE, slug] if !slug.is_empty() => Route::role(*slug),
                [seg::GUIDE] => Route::Career(CareerPage::Guide),
                [seg::SKILLS] => Route::Career(CareerPage::Skills),
                [seg::PRACTICE] => Route::Career(CareerPage::Practice),
                [seg::QUIZ] => Route::Career(CareerPage::Quiz),
                [seg::KPI] => Route::Career(CareerPage::Kpi),
                [seg::SEARCH] => Route::Career(CareerPage::Search),
                [seg::GLOSSARY] => Route::Career(CareerPage::Glossary),
                [seg::EXAMPLES] => Route::Career(CareerPage::Examples),
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The route of the browser's current address.
    pub fn current() -> Route {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        Route::parse(&path)
    }

    /// The address of the route under the base path (`"/suitcase/wizard"`),
    /// for `<A href>`, `<a href>` and [`Navigator`].
    pub fn href(&self) -> String {
        BASE.with(|b| format!("{b}{}", self.path()))
    }

    /// The full address, with the origin (`"https://…/suitcase/p"`), for
    /// links that leave the app (a proposal link sent to a client).
    pub fn url(&self) -> String {
        Link::from(self.clone()).url()
    }

    /// The route with a fragment (`#id`): a section of the page.
    pub fn at(self, fragment: impl Into<String>) -> Link {
        Link::from(self).at(fragment)
    }

    /// A role's page.
    pub fn role(slug: impl Into<String>) -> Route {
        Route::Career(CareerPage::Role(RoleSlug::new(slug)))
    }

    /// A proposal opened in the wizard (`/wizard?p=<id>`).
    pub fn proposal(id: &str) -> Link {
        Link::from(Route::Wizard).query("p", id)
    }

    /// A budget plan opened (`/budget?plan=<id>`).
    pub fn plan(id: &str) -> Link {
        Link::from(Route::Budget).query("plan", id)
    }

    /// A section of the career guide (`/career/guide#<id>`).
    pub fn guide_section(id: &str) -> Link {
        Route::Career(CareerPage::Guide).at(id)
    }

    /// A KPI's calculator (`/career/kpi#calc-<id>`).
    pub fn kpi_calculator(kpi_id: &str) -> Link {
        Route::Career(CareerPage::Kpi).at(format!("calc-{kpi_id}"))
    }

    /// A skill on the skills page (`/career/skills#skill-<id>`).
    pub fn skill(skill_id: &str) -> Link {
        Route::Career(CareerPage::Skills).at(format!("skill-{skill_id}"))
    }

    /// Interview practice, on one question and/or for one role
    /// (`/career/practice?role=<slug>&q=<id>`).
    pub fn practice(question: Option<&str>, role: Option<&str>) -> Link {
        let mut link = Link::from(Route::Career(CareerPage::Practice));
        if let Some(r) = role {
            link = link.query("role", r);
        }
        if let Some(q) = question {
            link = link.query("q", q);
        }
        link
    }

    /// One quiz (`/career/quiz?topic=<id>`).
    pub fn quiz(topic_id: &str) -> Link {
        Link::from(Route::Career(CareerPage::Quiz)).query("topic", topic_id)
    }

    /// A term in the glossary (`/career/glossary#term-<id>`).
    pub fn glossary_term(term_id: &str) -> Link {
        Route::Career(CareerPage::Glossary).at(format!("term-{term_id}"))
    }

    /// The career search for `q` (`/career/search?q=<q>`).
    pub fn career_search(q: &str) -> Link {
        Link::from(Route::Career(CareerPage::Search)).query("q", q)
    }

    /// A worked example (`/career/examples?tool=<tool>&version=<version>`),
    /// either part left out when `None`.
    pub fn examples(tool: Option<&str>, version: Option<&str>) -> Link {
        let mut link = Link::from(Route::Career(CareerPage::Examples));
        if let Some(t) = tool {
            link = link.query("tool", t);
        }
        if let Some(v) = version {
            link = link.query("version", v);
        }
        link
    }

    /// A toolkit section (`/toolkit?tab=<tab>&client=<id>&id=<id>`), then
    /// list filters (`&key=value`, empty values left out).
    pub fn toolkit(
        tab: &str,
        client: Option<&str>,
        id: Option<&str>,
        filters: &[(&str, &str)],
    ) -> Link {
        let mut link = Link::from(Route::Toolkit).query("tab", tab);
        if let Some(c) = client {
            link = link.query("client", c);
        }
        if let Some(i) = id {
            link = link.query("id", i);
        }
        for (key, value) in filters.iter().filter(|(_, v)| !v.is_empty()) {
            link = link.query(key, value);
        }
        link
    }
}

/// A route with a query string and/or a fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    route: Route,
    query: Vec<(String, String)>,
    fragment: Option<String>,
}

impl From<Route> for Link {
    fn from(route: Route) -> Link {
        Link {
            route,
            query: Vec::new(),
            fragment: None,
        }
    }
}

impl Link {
    /// Adds `key=value` to the query string (the value percent-encoded as
    /// `encodeURIComponent` does).
    pub fn query(mut self, key: &str, value: &str) -> Link {
        self.query.push((key.to_string(), value.to_string()));
        self
    }

    /// Sets the fragment (`#…`), written as given: element ids, or an
    /// encoded payload (a share link, a reply).
    pub fn at(mut self, fragment: impl Into<String>) -> Link {
        self.fragment = Some(fragment.into());
        self
    }

    /// The address under the base path, with query and fragment.
    pub fn href(&self) -> String {
        let mut out = self.route.href();
        for (i, (key, value)) in self.query.iter().enumerate() {
            let sep = if i == 0 { '?' } else { '&' };
            let _ = write!(out, "{sep}{key}={}", encode_component(value));
        }
        if let Some(f) = &self.fragment {
            let _ = write!(out, "#{f}");
        }
        out
    }

    /// The full address, with the origin.
    pub fn url(&self) -> String {
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        format!("{origin}{}", self.href())
    }
}

impl From<Link> for String {
    fn from(link: Link) -> String {
        link.href()
    }
}

/// Percent-encodes a query value as JavaScript's `encodeURIComponent`.
fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Goes to app addresses, the one way: the address is made by
/// [`Route::href`] / [`Link::href`] (base path included) and the router is
/// told not to resolve it again. `Copy`; get it with [`use_navigator`] while
/// a component is set up.
#[derive(Clone, Copy)]
pub struct Navigator(StoredValue<NavigateFn, LocalStorage>);

/// The router's navigate function.
type NavigateFn = Box<dyn Fn(&str, NavigateOptions)>;

impl Navigator {
    /// Goes to `to` as a new history entry, scrolled to the top.
    pub fn go(self, to: impl Into<Link>) {
        self.go_with(to, false, true);
    }

    /// Goes to `to`, replacing the current history entry and keeping the
    /// scroll position (for filters kept in the address).
    pub fn replace(self, to: impl Into<Link>) {
        self.go_with(to, true, false);
    }

    /// Goes to `to` as a new history entry, keeping the scroll position (a
    /// form opened in place whose state is in the address).
    pub fn go_in_place(self, to: impl Into<Link>) {
        self.go_with(to, false, false);
    }

    fn go_with(self, to: impl Into<Link>, replace: bool, scroll: bool) {
        let href = to.into().href();
        let options = NavigateOptions {
            resolve: false,
            replace,
            scroll,
            ..Default::default()
        };
        self.0.try_with_value(|n| n(&href, options));
    }
}

/// The [`Navigator`] of the surrounding router.
pub fn use_navigator() -> Navigator {
    let navigate = use_navigate();
    Navigator(StoredValue::new_local(Box::new(navigate)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        let mut all = vec![
            Route::Home,
            Route::Wizard,
            Route::Budget,
            Route::Toolkit,
            Route::Settings,
            Route::Client,
            Route::Shared,
            Route::Reply,
            Route::role("account-manager"),
        ];
        for page in [
            CareerPage::Overview,
            CareerPage::Guide,
            CareerPage::Skills,
            CareerPage::Practice,
            CareerPage::Quiz,
            CareerPage::Kpi,
            CareerPage::Search,
            CareerPage::Glossary,
            CareerPage::Examples,
        ] {
            all.push(Route::Career(page));
        }
        all
    }

    #[test]
    fn the_glossary_and_its_terms_have_their_addresses() {
        let glossary = Route::Career(CareerPage::Glossary);
        assert_eq!(glossary.path(), "/career/glossary");
        assert_eq!(Route::parse_under("", "/career/glossary"), glossary);
        assert_eq!(
            Route::parse_under("/suitcase", "/suitcase/career/glossary/#term-kv"),
            glossary
        );
        assert_eq!(
            Route::glossary_term("kv"),
            Link::from(glossary.clone()).at("term-kv")
        );
        assert_eq!(
            Route::parse_under("", "/career/glossary/kv"),
            Route::NotFound
        );
    }

    #[test]
    fn every_route_parses_back_from_its_path_with_and_without_the_base() {
        for route in every_route() {
            let path = route.path();
            assert_eq!(Route::parse_under("", &path), route, "{path}");
            let under = format!("/suitcase{}", path.trim_end_matches('/'));
            assert_eq!(Route::parse_under("/suitcase", &under), route, "{under}");
            let with_slash = format!("{under}/?x=1#y");
            assert_eq!(
                Route::parse_under("/suitcase", &with_slash),
                route,
                "{with_slash}"
            );
        }
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        for path in ["/nope", "/career/nothing/here", "/career/role", "/wizard/x"] {
            assert_eq!(Route::parse_under("", path), Route::NotFound, "{path}");
        }
        // A base path only counts as a whole segment.
        assert_eq!(
            Route::parse_under("/suit", "/suitcase/wizard"),
            Route::NotFound
        );
    }

    #[test]
    fn examples_page_has_its_address_and_query() {
        let page = Route::Career(CareerPage::Examples);
        assert_eq!(page.path(), "/career/examples");
        assert_eq!(
            Route::parse_under(
                "/suitcase",
                "/suitcase/career/examples?tool=wip&version=flawed"
            ),
            page
        );
        assert_eq!(
            Route::parse_under("", "/career/examples/contact"),
            Route::NotFound
        );
        let link = Route::examples(Some("wip"), Some("flawed"));
        assert_eq!(link.route, page);
        assert_eq!(
            link.query,
            vec![
                ("tool".to_string(), "wip".to_string()),
                ("version".to_string(), "flawed".to_string())
            ]
        );
        assert!(Route::examples(None, None).query.is_empty());
    }

    #[test]
    fn query_values_are_encoded_as_the_browser_does() {
        assert_eq!(
            encode_component("giải brief & co"),
            "gi%E1%BA%A3i%20brief%20%26%20co"
        );
        assert_eq!(encode_component("p-1_a.b!~*'()"), "p-1_a.b!~*'()");
    }
}
