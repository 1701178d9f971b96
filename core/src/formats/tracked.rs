//! The typed reading of a parsed JSON value that remembers where it failed.
//!
//! [`read`] runs a type's `Deserialize` over a [`Value`] through
//! [`At`], a deserializer that adds the field name or list position of each
//! level to an error on its way out. The path is kept by the deserializer,
//! not by wrapping every visitor, so a model type's reading is compiled once,
//! the same size as a plain `serde_json::from_value` (the visitor-wrapping
//! `serde_path_to_error` used before roughly doubled it).
//!
//! It reads what `serde_json::from_value` reads: `null` as a missing
//! `Option` or a unit, an enum as its variant's name or as a one-key object,
//! a struct as an object (or a list, as serde_json allows).
use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, Unexpected, Visitor};
use serde_json::{Map, Number, Value};

use super::strict::Step;

/// A failed typed reading: serde's message and where it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackedError {
    message: String,
    /// From the innermost step out (reversed by [`TrackedError::path`]).
    rev_path: Vec<Step>,
}

impl TrackedError {
    /// serde's own words (what went wrong, not where).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where it went wrong, from the top of the value.
    pub fn path(&self) -> Vec<Step> {
        self.rev_path.iter().rev().cloned().collect()
    }

    fn at(mut self, step: Step) -> Self {
        self.rev_path.push(step);
        self
    }
}

impl fmt::Display for TrackedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TrackedError {}

impl de::Error for TrackedError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TrackedError {
            message: msg.to_string(),
            rev_path: Vec::new(),
        }
    }
}

/// Reads a `T` from `value`; a failure says where. The one typed reading of
/// JSON in the app: imported files (`strict::decode`) and stored records
/// (`record::Row::decode`) both go through it, so each model type's
/// deserialising code is in the wasm once.
pub fn read<T: de::DeserializeOwned>(value: &Value) -> Result<T, TrackedError> {
    T::deserialize(At(value))
}

/// A deserializer over one value of the tree.
#[derive(Clone, Copy)]
struct At<'a>(&'a Value);

fn visit_number<'de, V: Visitor<'de>>(n: &Number, visitor: V) -> Result<V::Value, TrackedError> {
    if let Some(u) = n.as_u64() {
        visitor.visit_u64(u)
    } else if let Some(i) = n.as_i64() {
        visitor.visit_i64(i)
    } else {
        visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
    }
}

fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

impl<'de> Deserializer<'de> for At<'de> {
    type Error = TrackedError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TrackedError> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => visit_number(n, visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items {
                items: items.iter(),
                index: 0,
            }),
            Value::Object(map) => visitor.visit_map(Fields {
                fields: map.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TrackedError> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, TrackedError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TrackedError> {
        match self.0 {
            Value::String(s) => visitor.visit_enum(Variant {
                name: s,
                value: None,
            }),
            Value::Object(map) => visitor.visit_enum(Variant::of_map(map)?),
            other => Err(de::Error::invalid_type(unexpected(other), &"string or map")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, TrackedError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier
    }
}

/// A list's items, each error told with its position.
struct Items<'a> {
    items: std::slice::Iter<'a, Value>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'de> {
    type Error = TrackedError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, TrackedError> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(At(item))
            .map(Some)
            .map_err(|e| e.at(Step::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// An object's fields, each error told with its name.
struct Fields<'a> {
    fields: serde_json::map::Iter<'a>,
    value: Option<(&'a String, &'a Value)>,
}

impl<'de> de::MapAccess<'de> for Fields<'de> {
    type Error = TrackedError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, TrackedError> {
        let Some((key, value)) = self.fields.next() else {
            return Ok(None);
        };
        self.value = Some((key, value));
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, TrackedError> {
        let (key, value) = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("a value asked for before its key"))?;
        seed.deserialize(At(value))
            .map_err(|e| e.at(Step::Key(key.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len())
    }
}

/// An enum's variant: its name, and its content when it has one.
struct Variant<'a> {
    name: &'a str,
    value: Option<&'a Value>,
}

impl<'a> Variant<'a> {
    /// `{"Name": content}`: exactly one key.
    fn of_map(map: &'a Map<String, Value>) -> Result<Variant<'a>, TrackedError> {
        let mut fields = map.iter();
        match (fields.next(), fields.next()) {
            (Some((name, value)), None) => Ok(Variant {
                name,
                value: Some(value),
            }),
            _ => Err(de::Error::invalid_value(
                Unexpected::Map,
                &"map with a single key",
            )),
        }
    }

    fn content(&self, expected: &str) -> Result<&'a Value, TrackedError> {
        self.value
            .ok_or_else(|| de::Error::invalid_type(Unexpected::UnitVariant, &expected))
    }

    fn inside(&self, e: TrackedError) -> TrackedError {
        e.at(Step::Key(self.name.to_string()))
    }
}

impl<'de> de::EnumAccess<'de> for Variant<'de> {
    type Error = TrackedError;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self), TrackedError> {
        let name = BorrowedStrDeserializer::<TrackedError>::new(self.name);
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'de> {
    type Error = TrackedError;

    fn unit_variant(self) -> Result<(), TrackedError> {
        match self.value {
            None | Some(Value::Null) => Ok(()),
            Some(other) => Err(de::Error::invalid_type(unexpected(other), &"unit variant")),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, TrackedError> {
        let content = self.content("newtype variant")?;
        seed.deserialize(At(content)).map_err(|e| self.inside(e))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, TrackedError> {
        let content = self.content("tuple variant")?;
        match content {
            Value::Array(_) => At(content)
                .deserialize_any(visitor)
                .map_err(|e| self.inside(e)),
            other => Err(de::Error::invalid_type(unexpected(other), &"tuple variant")),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TrackedError> {
        let content = self.content("struct variant")?;
        match content {
            Value::Object(_) => At(content)
                .deserialize_any(visitor)
                .map_err(|e| self.inside(e)),
            other => Err(de::Error::invalid_type(
                unexpected(other),
                &"struct variant",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Item {
        name: String,
        #[serde(default)]
        count: u32,
        note: Option<String>,
        kind: Kind,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
        Sized(u8),
        Pair(i32, i32),
        Shaped { width: f64 },
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Doc {
        title: String,
        items: Vec<Item>,
        tags: BTreeMap<String, bool>,
        #[serde(default)]
        id: Id,
    }

    #[derive(Debug, Default, Deserialize, PartialEq)]
    struct Id(String);

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Tagged {
        Note { text: String },
        Count { n: u16 },
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        label: String,
        #[serde(flatten)]
        rest: BTreeMap<String, Value>,
    }

    fn path_of<T: de::DeserializeOwned + fmt::Debug>(v: Value) -> (String, String) {
        let e = read::<T>(&v).unwrap_err();
        (
            super::super::strict::path_text(&e.path()),
            e.message().to_string(),
        )
    }

    #[test]
    fn reads_what_from_value_reads() {
        let v = json!({
            "title": "Tết",
            "items": [
                {"name": "a", "count": 3, "note": null, "kind": "plain"},
                {"name": "b", "note": "x", "kind": {"sized": 7}},
                {"name": "c", "kind": {"pair": [-1, 2]}},
                {"name": "d", "kind": {"shaped": {"width": 1.5}}}
            ],
            "tags": {"hot": true},
            "id": "p-1"
        });
        let ours: Doc = read(&v).unwrap();
        let theirs: Doc = serde_json::from_value(v).unwrap();
        assert_eq!(ours, theirs);
        assert_eq!(ours.items[1].kind, Kind::Sized(7));
        assert_eq!(ours.items[0].count, 3);
        assert_eq!(ours.items[1].count, 0);
        assert_eq!(ours.id, Id("p-1".into()));
        let tagged: Vec<Tagged> =
            read(&json!([{"type": "note", "text": "hi"}, {"type": "count", "n": 4}])).unwrap();
        assert_eq!(
            tagged,
            vec![Tagged::Note { text: "hi".into() }, Tagged::Count { n: 4 }]
        );
        let outer: Outer = read(&json!({"label": "x", "more": 1})).unwrap();
        assert_eq!(outer.rest.get("more"), Some(&json!(1)));
    }

    #[test]
    fn a_failure_says_where() {
        let item = |kind: Value| json!({"name": "a", "kind": kind});
        let doc = |items: Vec<Value>| json!({"title": "t", "items": items, "tags": {}});
        // A wrong type deep inside: the list position and the field.
        let (path, msg) = path_of::<Doc>(doc(vec![
            item(json!("plain")),
            json!({"name": 5, "kind": "plain"}),
        ]));
        assert_eq!(path, "items[1].name");
        assert!(
            msg.starts_with("invalid type: integer `5`, expected a string"),
            "{msg}"
        );
        // A missing field: the path of the object that lacks it.
        let (path, msg) = path_of::<Doc>(doc(vec![json!({"name": "a"})]));
        assert_eq!(path, "items[0]");
        assert_eq!(msg, "missing field `kind`");
        // An unknown field, an unknown variant, a count out of range.
        let (path, msg) =
            path_of::<Doc>(doc(vec![json!({"name": "a", "kind": "plain", "extra": 1})]));
        assert_eq!(
            (path.as_str(), msg.starts_with("unknown field `extra`")),
            ("items[0]", true)
        );
        let (path, msg) = path_of::<Doc>(doc(vec![item(json!("round"))]));
        assert_eq!(path, "items[0].kind");
        assert!(msg.starts_with("unknown variant `round`"), "{msg}");
        let (path, msg) = path_of::<Doc>(doc(vec![item(json!({"sized": 300}))]));
        assert_eq!(path, "items[0].kind.sized");
        assert!(msg.contains("expected u8"), "{msg}");
        // Inside a struct variant, a map's value, a negative count.
        let (path, _) = path_of::<Doc>(doc(vec![item(json!({"shaped": {"width": "wide"}}))]));
        assert_eq!(path, "items[0].kind.shaped.width");
        let (path, _) = path_of::<Doc>(json!({"title": "t", "items": [], "tags": {"hot": "yes"}}));
        assert_eq!(path, "tags.hot");
        let (path, msg) = path_of::<Doc>(doc(vec![
            json!({"name": "a", "count": -1, "kind": "plain"}),
        ]));
        assert_eq!(path, "items[0].count");
        assert!(msg.contains("expected u32"), "{msg}");
        // An enum given as neither a word nor a one-key object.
        let (path, msg) = path_of::<Doc>(doc(vec![item(json!({"sized": 1, "plain": null}))]));
        assert_eq!(path, "items[0].kind");
        assert!(msg.contains("map with a single key"), "{msg}");
        let (path, _) = path_of::<Doc>(doc(vec![item(json!(3))]));
        assert_eq!(path, "items[0].kind");
        // A content-less use of a variant that has content, and the other way round.
        let (_, msg) = path_of::<Doc>(doc(vec![item(json!("sized"))]));
        assert!(msg.contains("newtype variant"), "{msg}");
        let (_, msg) = path_of::<Doc>(doc(vec![item(json!({"plain": 1}))]));
        assert!(msg.contains("unit variant"), "{msg}");
        // The top level itself.
        let (path, msg) = path_of::<Doc>(json!([]));
        assert_eq!(path, "");
        assert!(msg.contains("invalid length 0"), "{msg}");
    }
}
