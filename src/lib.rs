//! driftless: a declarative schema manager for PostgreSQL.
//!
//! The pipeline, one module per stage, each depending only on the stages
//! before it:
//!
//! ```text
//! source (files → temporary database → catalog; or catalog) → model
//!   → diff (changes) → plan (ordered steps with hazards) → render → apply
//! ```
//!
//! Only `source`, `apply` and the binary do I/O. Beneath the stages, a pure
//! foundation every stage may use: `model` (the schema as data), `step`
//! (the vocabulary of plans: steps, hazards, statements, DDL clauses) and
//! `migrate` (the rules of versioned migration directories: names,
//! checksums, the sum).

pub mod apply;
pub mod diff;
pub mod interrupt;
pub mod kinds;
pub mod migrate;
pub mod model;
pub mod plan;
pub mod render;
pub mod source;
pub mod step;
