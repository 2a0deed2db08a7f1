//! Plans and drift as text: SQL for `psql` and for review, JSON for
//! machines, a plain report for `check`. Pure functions of their input.

pub mod human;
pub mod inspect;
pub mod json;
pub mod markdown;
pub mod report;
pub mod sql;
