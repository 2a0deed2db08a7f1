//! The keys of a table's parts, as its steps name them.

use crate::model::{Column, ObjKey, QualName};

pub(super) fn table_key(t: &QualName) -> ObjKey {
    ObjKey::Table { name: t.clone() }
}

pub use crate::step::sql::column_key;

pub(super) fn default_key(t: &QualName, c: &str) -> ObjKey {
    ObjKey::Default {
        table: t.clone(),
        column: c.to_string(),
    }
}

pub(super) fn has_default(c: &Column) -> bool {
    c.default.is_some() || c.generated.is_some()
}

pub(super) fn constraint_key(t: &QualName, c: &str) -> ObjKey {
    ObjKey::Constraint {
        table: t.clone(),
        name: c.to_string(),
    }
}
