//! Whether PostgreSQL can convert one type into another, asked of the
//! target before a plan that converts columns is shown or applied.
//!
//! A column whose type changes is converted with `USING column::new_type`
//! (through `text` for enums). Where PostgreSQL has no cast between the two
//! (`bigint` to `timestamp`), the step would fail at apply time, after
//! everything before it ran in the same transaction; asking the server
//! first turns that into a refusal at plan time naming the column. The
//! question is `SELECT NULL::from::to`: parsing it resolves the casts and
//! touches no data.

use postgres::Client;
use postgres::error::SqlState;

use super::CatalogError;

/// A conversion to judge: the types as `format_type` spells them, and the
/// type the value goes through first, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion<'a> {
    pub from: &'a str,
    pub via: Option<&'a str>,
    pub to: &'a str,
}

impl Conversion<'_> {
    fn expression(&self) -> String {
        match self.via {
            Some(via) => format!("NULL::{}::{via}::{}", self.from, self.to),
            None => format!("NULL::{}::{}", self.from, self.to),
        }
    }
}

/// The indexes of the conversions PostgreSQL has no cast for. One query
/// when every conversion resolves; one per conversion otherwise. A
/// conversion that fails for another reason (a type the plan creates, not
/// there yet) is not judged here.
pub fn missing(
    client: &mut Client,
    conversions: &[Conversion],
) -> Result<Vec<usize>, CatalogError> {
    if conversions.is_empty() {
        return Ok(Vec::new());
    }
    let all = conversions
        .iter()
        .map(Conversion::expression)
        .collect::<Vec<_>>()
        .join(", ");
    if client.simple_query(&format!("SELECT {all}")).is_ok() {
        return Ok(Vec::new());
    }
    let mut missing = Vec::new();
    for (i, c) in conversions.iter().enumerate() {
        match client.simple_query(&format!("SELECT {}", c.expression())) {
            Ok(_) => {}
            Err(e) if e.code() == Some(&SqlState::CANNOT_COERCE) => missing.push(i),
            Err(e) if e.as_db_error().is_some() => {}
            Err(e) => {
                return Err(CatalogError::Query {
                    query: "casts",
                    cause: crate::source::connect::describe(&e),
                });
            }
        }
    }
    Ok(missing)
}
