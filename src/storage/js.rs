//! Conversions between rows and the JS objects IndexedDB stores.
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use super::error::StorageError;
use suitcase_core::formats::record::Row;

fn set(o: &Object, k: &str, v: &JsValue) {
    // Reflect::set on a plain fresh object cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

fn get_str(v: &JsValue, k: &str) -> Option<String> {
    Reflect::get(v, &JsValue::from_str(k)).ok()?.as_string()
}

/// The JS object a row is stored as.
pub fn row_to_js(row: &Row) -> JsValue {
    let o = Object::new();
    set(&o, "id", &JsValue::from_str(&row.id));
    set(&o, "kind", &JsValue::from_str(&row.kind));
    set(&o, "rev", &JsValue::from_f64(f64::from(row.rev)));
    set(&o, "updated_at", &JsValue::from_str(&row.updated_at));
    if let Some(c) = &row.client_id {
        set(&o, "client_id", &JsValue::from_str(c));
    }
    set(&o, "body", &JsValue::from_str(&row.body));
    o.into()
}

/// The row a stored JS object holds.
pub fn row_from_js(v: &JsValue) -> Result<Row, StorageError> {
    let id = get_str(v, "id").unwrap_or_default();
    let corrupt = |detail: &str| StorageError::Corrupt {
        id: id.clone(),
        detail: detail.into(),
    };
    let body = get_str(v, "body").ok_or_else(|| corrupt("no body"))?;
    let rev = Reflect::get(v, &JsValue::from_str("rev"))
        .ok()
        .and_then(|r| r.as_f64())
        .ok_or_else(|| corrupt("no revision"))?;
    Ok(Row {
        id: id.clone(),
        kind: get_str(v, "kind").unwrap_or_default(),
        rev: rev as u32,
        updated_at: get_str(v, "updated_at").unwrap_or_default(),
        client_id: get_str(v, "client_id"),
        body,
    })
}

/// A string key.
pub fn key(id: &str) -> JsValue {
    JsValue::from_str(id)
}

/// A small JS object from string/number pairs (meta records, messages).
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        set(&o, k, v);
    }
    o.into()
}

/// Reads a number field.
pub fn get_number(v: &JsValue, k: &str) -> Option<f64> {
    Reflect::get(v, &JsValue::from_str(k)).ok()?.as_f64()
}

/// Reads a string field.
pub fn get_string(v: &JsValue, k: &str) -> Option<String> {
    get_str(v, k)
}

/// A fresh record id from the browser's cryptographic random source.
pub fn fresh_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // No Web Crypto (never in a supported browser): Math.random still
        // gives ids that do not collide in one person's data.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    suitcase_core::model::ids::new_id(bytes)
}
