//! Telling other open tabs what changed (BroadcastChannel).
//!
//! Each tab posts a small message after a write commits; other tabs reload
//! what they show. Writes carry the revision they started from, so a tab
//! that shows old data can never overwrite newer data (see `Repo::save`).
use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use super::js;

const CHANNEL: &str = "suitcase-sync";

/// A message from another tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// A record was saved (`rev` > 0) or deleted (`rev` = 0).
    Changed { store: String, id: String, rev: u32 },
    /// Everything may have changed (a backup was imported).
    Reloaded,
    /// A tab is about to open the database at this version.
    Upgrading { version: u32 },
}

type Callback = std::rc::Rc<RefCell<dyn FnMut(Message)>>;

thread_local! {
    static CHANNEL_OUT: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    /// This tab's listener: told of this tab's own writes too, so every view
    /// of the tab reloads what changed.
    static LOCAL: RefCell<Option<Callback>> = const { RefCell::new(None) };
}

fn tell_local(m: Message) {
    if let Some(cb) = LOCAL.with(|l| l.borrow().clone()) {
        // A listener that is already running (re-entrant write) skips this.
        if let Ok(mut f) = cb.try_borrow_mut() {
            f(m);
        }
    }
}

/// The tab's one channel: messages posted on it never come back to it, so a
/// tab is not told of its own writes.
fn channel() -> Option<BroadcastChannel> {
    CHANNEL_OUT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = BroadcastChannel::new(CHANNEL).ok();
        }
        c.clone()
    })
}

fn post(msg: JsValue) {
    if let Some(ch) = channel() {
        let _ = ch.post_message(&msg);
    }
}

/// Tells this tab and the others that a record changed.
pub fn announce_change(store: &str, id: &str, rev: u32) {
    tell_local(Message::Changed {
        store: store.into(),
        id: id.into(),
        rev,
    });
    post(js::object(&[
        ("type", "changed".into()),
        ("store", store.into()),
        ("id", id.into()),
        ("rev", f64::from(rev).into()),
    ]));
}

/// Tells this tab and the others to reload everything.
pub fn announce_reload() {
    tell_local(Message::Reloaded);
    post(js::object(&[("type", "reloaded".into())]));
}

/// Tells other tabs that this one opens the database at `version`.
pub fn announce_upgrade(version: u32) {
    post(js::object(&[
        ("type", "upgrading".into()),
        ("version", f64::from(version).into()),
    ]));
}

fn parse(v: &JsValue) -> Option<Message> {
    match js::get_string(v, "type")?.as_str() {
        "changed" => Some(Message::Changed {
            store: js::get_string(v, "store")?,
            id: js::get_string(v, "id")?,
            rev: js::get_number(v, "rev")? as u32,
        }),
        "reloaded" => Some(Message::Reloaded),
        "upgrading" => Some(Message::Upgrading {
            version: js::get_number(v, "version")? as u32,
        }),
        _ => None,
    }
}

/// A subscription; dropping it stops listening.
pub struct Listener {
    channel: BroadcastChannel,
    _closure: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        LOCAL.with(|l| *l.borrow_mut() = None);
    }
}

/// Calls `f` for each change made in this tab and for each message from
/// other tabs (one listener per tab). Without BroadcastChannel only this
/// tab's own changes are seen.
pub fn listen(f: impl FnMut(Message) + 'static) -> Option<Listener> {
    let cb: Callback = std::rc::Rc::new(RefCell::new(f));
    LOCAL.with(|l| *l.borrow_mut() = Some(cb.clone()));
    let channel = channel()?;
    let closure = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        if let Some(m) = parse(&e.data()) {
            if let Ok(mut f) = cb.try_borrow_mut() {
                f(m);
            }
        }
    });
    channel.set_onmessage(Some(closure.as_ref().unchecked_ref()));
    Some(Listener {
        channel,
        _closure: closure,
    })
}
