//! SHA-256 and HMAC-SHA-256 through the browser's Web Crypto, and random
//! secrets. The client's reply carries the digest of the document the
//! client saw and is sealed under a secret that only the share link held.
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()
}

fn hex(buffer: JsValue) -> Result<String, JsValue> {
    let buffer: ArrayBuffer = buffer.dyn_into()?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The hex SHA-256 of `data`.
pub async fn sha256_hex(data: &[u8]) -> Result<String, JsValue> {
    let promise = crypto()?
        .subtle()
        .digest_with_str_and_u8_array("SHA-256", data)?;
    hex(JsFuture::from(promise).await?)
}

/// The hex HMAC-SHA-256 of `data` under `key` (base64url, as made by
/// [`random_key`]).
pub async fn hmac_sha256_hex(key: &str, data: &[u8]) -> Result<String, JsValue> {
    let raw = URL_SAFE_NO_PAD
        .decode(key.trim())
        .map_err(|_| JsValue::from_str("bad key"))?;
    if raw.is_empty() {
        return Err(JsValue::from_str("empty key"));
    }
    let subtle = crypto()?.subtle();
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"HMAC".into())?;
    Reflect::set(&algorithm, &"hash".into(), &"SHA-256".into())?;
    let key_data: Object = Uint8Array::from(raw.as_slice()).into();
    let usages = Array::of1(&"sign".into());
    let key: CryptoKey = JsFuture::from(
        subtle.import_key_with_object("raw", &key_data, &algorithm, false, &usages)?,
    )
    .await?
    .dyn_into()?;
    let signed = JsFuture::from(subtle.sign_with_str_and_u8_array("HMAC", &key, data)?).await?;
    hex(signed)
}

/// A fresh 128-bit secret, base64url.
pub fn random_key() -> Option<String> {
    let mut bytes = [0u8; 16];
    crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    Some(URL_SAFE_NO_PAD.encode(bytes))
}
