//! Columns converted from one type to another, as the steps that rebuild
//! a type (an enum, a domain, a composite, a base type) do: which columns
//! keep a type on both sides, and the `ALTER COLUMN ... TYPE ... USING`
//! that converts one.

use crate::model::{QualName, quote_ident};
use crate::step::sql::column_key;
use crate::step::{HazardCode, Models, Step};

/// The columns of type `type_name` (`public.t`, as `format_type` writes
/// it), or of an array of it, on both sides: `(table, column, is array)`.
pub fn columns_keeping_type(ctx: &Models, type_name: &str) -> Vec<(QualName, String, bool)> {
    let array_name = format!("{type_name}[]");
    let mut found = Vec::new();
    for (tname, table) in &ctx.desired.tables {
        let Some(current) = ctx.current.tables.get(tname) else {
            continue;
        };
        for col in table.columns.iter().filter(|c| !c.inherited) {
            let Some(old) = current.column(&col.name) else {
                continue;
            };
            if old.data_type == col.data_type
                && (col.data_type == type_name || col.data_type == array_name)
            {
                found.push((tname.clone(), col.name.clone(), col.data_type == array_name));
            }
        }
    }
    found
}

/// `ALTER TABLE table ALTER COLUMN column TYPE target USING using` added
/// to `s`: what uses the column is dropped around the step (it is
/// invalidated), and the rewrite is a hazard, saying `why`.
pub fn convert_column(
    s: Step,
    table: &QualName,
    column: &str,
    target: &str,
    using: &str,
    why: String,
) -> Step {
    let key = column_key(table, column);
    let mut s = s.sql(format!(
        "ALTER TABLE {table} ALTER COLUMN {} TYPE {target} USING {using}",
        quote_ident(column)
    ));
    s.invalidates.push(key.clone());
    s.creates(key).hazard(HazardCode::TableRewrite, why)
}
