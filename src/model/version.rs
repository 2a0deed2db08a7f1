//! What each supported PostgreSQL major has: the one place that knows.
//!
//! driftless supports the majors 13 through 18. Two stages need to know
//! what differs between them:
//!
//! - the catalog reader, whose queries name columns that only some majors
//!   have (it asks [`PgVersion`] through `source::catalog::version`, which
//!   turns these predicates into SQL fragments);
//! - the planner, which must never emit syntax the target's major does not
//!   accept (it asks the predicates below, on the *target's* version).
//!
//! Nothing else compares version numbers: a new difference is a new
//! predicate here, named after the feature, with the release that brought it.

use std::fmt;

/// A server's version, from `server_version_num` (e.g. `170004`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PgVersion(u32);

/// The oldest and newest majors driftless supports.
pub const OLDEST_MAJOR: u32 = 13;
pub const NEWEST_MAJOR: u32 = 18;

impl Default for PgVersion {
    /// The newest supported major: models built by hand (tests) get every
    /// feature.
    fn default() -> Self {
        PgVersion(NEWEST_MAJOR * 10_000)
    }
}

impl PgVersion {
    pub fn from_num(num: u32) -> Self {
        PgVersion(num)
    }

    /// A version from its major alone (`PgVersion::major_only(17)`).
    pub fn major_only(major: u32) -> Self {
        PgVersion(major * 10_000)
    }

    pub fn num(self) -> u32 {
        self.0
    }

    pub fn major(self) -> u32 {
        self.0 / 10_000
    }

    /// driftless reads and plans for this major.
    pub fn is_supported(self) -> bool {
        (OLDEST_MAJOR..=NEWEST_MAJOR).contains(&self.major())
    }

    fn at_least(self, major: u32) -> bool {
        self.major() >= major
    }

    /// Subscripting handlers of types (`pg_type.typsubscript`): 14.
    pub fn has_type_subscript(self) -> bool {
        self.at_least(14)
    }

    /// A column's own compression method (`pg_attribute.attcompression`,
    /// `SET COMPRESSION`): 14.
    pub fn has_column_compression(self) -> bool {
        self.at_least(14)
    }

    /// `UNLOGGED` sequences, which follow the persistence of the table
    /// that owns them: 15.
    pub fn has_unlogged_sequences(self) -> bool {
        self.at_least(15)
    }

    /// `ALTER TABLE ... SET ACCESS METHOD`: 15.
    pub fn can_set_access_method(self) -> bool {
        self.at_least(15)
    }

    /// Multirange types (`pg_range.rngmultitypid`): 14.
    pub fn has_multiranges(self) -> bool {
        self.at_least(14)
    }

    /// A view selecting columns of a function's composite result records
    /// a dependency on each column it uses: 14.
    pub fn records_function_result_columns(self) -> bool {
        self.at_least(14)
    }

    /// An ICU collation's locale in a column of its own
    /// (`pg_collation.colliculocale`, 15; `colllocale` from 17). Before 15 it
    /// is stored in `collcollate`.
    pub fn has_icu_locale_column(self) -> bool {
        self.at_least(15)
    }

    /// `pg_collation.colllocale` (and `pg_database.datlocale`), and the
    /// `builtin` collation provider: 17.
    pub fn has_colllocale(self) -> bool {
        self.at_least(17)
    }

    /// ICU tailoring rules (`pg_collation.collicurules`): 16.
    pub fn has_icu_rules(self) -> bool {
        self.at_least(16)
    }

    /// The `MAINTAIN` privilege on relations, held by their owner: 17.
    pub fn has_maintain_privilege(self) -> bool {
        self.at_least(17)
    }

    /// Publications of whole schemas (`TABLES IN SCHEMA`,
    /// `pg_publication_namespace`), column lists and row filters: 15.
    pub fn has_publication_schemas(self) -> bool {
        self.at_least(15)
    }

    /// `CREATE OR REPLACE TRIGGER`: 14.
    pub fn has_create_or_replace_trigger(self) -> bool {
        self.at_least(14)
    }

    /// A domain's NOT NULL as a named row of `pg_constraint`: 17.
    pub fn has_domain_not_null_constraints(self) -> bool {
        self.at_least(17)
    }

    /// NOT NULL constraints as rows of `pg_constraint` (`contype = 'n'`),
    /// with names, `NOT VALID` and `NO INHERIT`: 18.
    pub fn has_not_null_constraints(self) -> bool {
        self.at_least(18)
    }

    /// A publication's `publish_generated_columns` (`pubgencols`): 18.
    pub fn has_publication_generated_columns(self) -> bool {
        self.at_least(18)
    }

    /// A subscription's `binary` and `streaming` options: 14.
    pub fn has_subscription_streaming(self) -> bool {
        self.at_least(14)
    }

    /// A subscription's `two_phase` and `disable_on_error`: 15.
    pub fn has_subscription_two_phase(self) -> bool {
        self.at_least(15)
    }

    /// A subscription's `origin`, `password_required`, `run_as_owner`, and
    /// `streaming = parallel` (`substream` a `char`): 16.
    pub fn has_subscription_origin(self) -> bool {
        self.at_least(16)
    }

    /// A subscription's `failover`: 17.
    pub fn has_subscription_failover(self) -> bool {
        self.at_least(17)
    }
}

impl fmt::Display for PgVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // server_version_num is MMmmmm from 10 on: 150019 is 15.19.
        write!(f, "{}.{}", self.major(), self.0 % 10_000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn majors_and_display() {
        let v = PgVersion::from_num(170_004);
        assert_eq!(v.major(), 17);
        assert_eq!(v.to_string(), "17.4");
        assert!(v.is_supported());
        assert!(!PgVersion::from_num(120_020).is_supported());
        assert!(!PgVersion::from_num(190_000).is_supported());
    }

    #[test]
    fn features_follow_their_release() {
        let v13 = PgVersion::major_only(13);
        let v18 = PgVersion::major_only(18);
        assert!(!v13.has_multiranges() && PgVersion::major_only(14).has_multiranges());
        assert!(
            !PgVersion::major_only(16).has_colllocale()
                && PgVersion::major_only(17).has_colllocale()
        );
        assert!(
            !PgVersion::major_only(17).has_not_null_constraints() && v18.has_not_null_constraints()
        );
        assert!(!v13.has_create_or_replace_trigger());
    }
}
