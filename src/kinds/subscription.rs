//! Subscriptions (`CREATE SUBSCRIPTION`): objects of the whole database,
//! in no schema, and the one kind that reaches another server (the
//! publisher): creating one with `connect` (the default) makes a
//! replication slot there and copies the published rows; enabling one
//! starts replicating; dropping one that has a slot drops the slot there.
//!
//! Why it needs more than the other kinds:
//! - **Loading the files must not reach the publisher.** The temporary
//!   database runs each `CREATE SUBSCRIPTION` with `connect = false`
//!   (which PostgreSQL accepts in a transaction and which never connects),
//!   skips `ALTER SUBSCRIPTION ... ENABLE` and `REFRESH PUBLICATION`, and
//!   changes publications with `refresh = false` ([`Loading`], decided
//!   from sqlparser's tokens). What the files asked for (enabled, and the
//!   creation's `connect`, `create_slot`, `copy_data`) is put back into
//!   the model afterwards ([`apply_intents`]).
//! - **What a creation does is not state.** `connect`, `create_slot` and
//!   `copy_data` are actions of `CREATE SUBSCRIPTION`, not columns of
//!   `pg_subscription`: they are carried as [`Creation`], which never
//!   makes two subscriptions differ. A subscription read from a catalog
//!   (for `inspect`, or a database as the desired side) is created with
//!   `connect = false` and enabled after, as `pg_dump` writes it.
//! - **Reaching the publisher is a hazard** (`replication`): `apply`
//!   refuses such a step unless allowed, and a rehearsal leaves
//!   subscriptions out ([`strip`]).
//!
//! The connection string is compared and printed as the catalog holds it,
//! passwords included; `pg_subscription.subconninfo` is readable only by
//! superusers, and a reader that cannot read it reports each
//! subscription as not managed rather than comparing half of it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

use super::{Kind, Name};
use crate::model::delta::Delta;
use crate::model::{Database, ObjKey, PgVersion, quote_ident, quote_literal};
use crate::step::sql::comment;
use crate::step::{HazardCode, Models, Step};

/// One subscription of the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub name: String,
    /// The connection string to the publisher (`subconninfo`).
    pub connection: String,
    /// The publications subscribed to, sorted (their order means nothing).
    pub publications: Vec<String>,
    pub enabled: bool,
    /// The replication slot on the publisher; `None` for `slot_name = NONE`.
    pub slot_name: Option<String>,
    /// The `WITH` options this major keeps, each as `CREATE SUBSCRIPTION`
    /// spells its value (`binary` → `false`, `synchronous_commit` →
    /// `'off'`): every one is written out, so a default that changed
    /// between majors (`streaming`, 18) never matters.
    pub options: BTreeMap<String, String>,
    pub comment: Option<String>,
    /// The owning role, as SQL; `None` when owners are not managed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// What creating it does (see [`Creation`]).
    #[serde(default, skip_serializing_if = "Creation::is_quiet")]
    pub creation: Creation,
}

/// The actions of `CREATE SUBSCRIPTION` (`connect`, `create_slot`,
/// `copy_data`), as the schema files ask for them. Not state: equal
/// whatever they hold, so they never make a difference; only a creation
/// reads them. The default (a catalog's subscription) connects to nothing.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct Creation {
    pub connect: bool,
    pub create_slot: bool,
    pub copy_data: bool,
}

impl Creation {
    fn is_quiet(&self) -> bool {
        !self.connect
    }
}

impl PartialEq for Creation {
    fn eq(&self, _: &Creation) -> bool {
        true
    }
}

impl Eq for Creation {}

/// One subscription as the catalog reader's `subscriptions` document
/// spells it; `connection` is null when the reader may not see it.
#[derive(Deserialize)]
pub struct Row {
    name: String,
    connection: Option<String>,
    publications: Vec<String>,
    enabled: bool,
    slot_name: Option<String>,
    options: BTreeMap<String, String>,
    comment: Option<String>,
    owner: Option<String>,
}

impl Row {
    /// The subscription, or its name (and why) when its connection string
    /// could not be read: it is then not managed.
    pub fn decode(self) -> Result<Subscription, String> {
        let Some(connection) = self.connection else {
            return Err(format!(
                "{} (its connection string is readable only by superusers)",
                quote_ident(&self.name)
            ));
        };
        Ok(Subscription {
            name: self.name,
            connection,
            publications: self.publications,
            enabled: self.enabled,
            slot_name: self.slot_name,
            options: self.options,
            comment: self.comment,
            owner: self.owner,
            creation: Creation::default(),
        })
    }
}

/// The kind.
pub struct Subscriptions;

impl Kind for Subscriptions {
    type Object = Subscription;
    type Id = Name;
    type Change = Delta<Subscription>;
    const NAME: &'static str = "subscription";
    const FILE: &'static str = "subscriptions";

    fn id(s: &Subscription) -> Name {
        Name(s.name.clone())
    }

    fn key(id: &Name) -> ObjKey {
        ObjKey::Subscription { name: id.0.clone() }
    }

    fn id_of(key: &ObjKey) -> Option<Name> {
        match key {
            ObjKey::Subscription { name } => Some(Name(name.clone())),
            _ => None,
        }
    }

    fn schema(_: &Subscription) -> Option<&str> {
        None
    }

    fn container(_: &Database, _: &Subscription) -> Option<ObjKey> {
        None
    }

    fn owner(s: &Subscription) -> Option<(String, &str)> {
        Some((
            format!("SUBSCRIPTION {}", quote_ident(&s.name)),
            s.owner.as_deref()?,
        ))
    }

    fn forget_owner(s: &mut Subscription) {
        s.owner = None;
    }

    fn steps(models: &Models, delta: &Delta<Subscription>, out: &mut Vec<Step>) {
        let v = models.desired.version;
        match delta {
            Delta::Create { to } => out.push(create_step(to, v)),
            Delta::Drop { from } => out.push(drop_step(from)),
            Delta::Alter { from, to } | Delta::Rename { from, to } => alter_steps(from, to, v, out),
        }
    }

    fn recreate(models: &Models, id: &Name, _: &ObjKey) -> Option<Vec<Step>> {
        Some(vec![
            drop_step(models.current.kinds.subscriptions.get(id)?),
            create_step(
                models.desired.kinds.subscriptions.get(id)?,
                models.desired.version,
            ),
        ])
    }
}

fn key(s: &Subscription) -> ObjKey {
    ObjKey::Subscription {
        name: s.name.clone(),
    }
}

const REACHES: &str = "connects to the publisher";

/// The value `CREATE SUBSCRIPTION` gives an option it is not given, on a
/// server of version `v`; a creation writes only the others.
fn default_of(option: &str, v: PgVersion) -> Option<&'static str> {
    Some(match option {
        "synchronous_commit" => "'off'",
        "streaming" if v.major() >= 18 => "parallel",
        "streaming" => "off",
        "binary" | "two_phase" | "disable_on_error" | "run_as_owner" | "failover" => "false",
        "password_required" => "true",
        "origin" => "'any'",
        _ => return None,
    })
}

/// `CREATE SUBSCRIPTION`: with `connect = false` unless the files asked
/// to connect (then outside a transaction when it makes a slot, as
/// PostgreSQL requires), enabled after when it connected to nothing.
fn create_step(s: &Subscription, v: PgVersion) -> Step {
    let name = quote_ident(&s.name);
    let mut with: Vec<String> = Vec::new();
    let c = s.creation;
    if c.connect {
        with.push(format!("enabled = {}", s.enabled));
        with.push(format!("create_slot = {}", c.create_slot));
        with.push(format!("copy_data = {}", c.copy_data));
    } else {
        with.push("connect = false".into());
    }
    if s.slot_name.as_deref() != Some(&s.name) {
        with.push(format!(
            "slot_name = {}",
            s.slot_name.as_deref().map_or("NONE".into(), quote_literal)
        ));
    }
    with.extend(
        s.options
            .iter()
            .filter(|(k, value)| default_of(k, v) != Some(value.as_str()))
            .map(|(k, value)| format!("{k} = {value}")),
    );
    let mut step = Step::new(format!("create subscription {name}"))
        .sql(format!(
            "CREATE SUBSCRIPTION {name} CONNECTION {} PUBLICATION {} WITH ({})",
            quote_literal(&s.connection),
            publications(s),
            with.join(", ")
        ))
        .creates(key(s));
    if c.connect {
        let mut what = vec![REACHES.to_string()];
        if c.create_slot {
            what.push("creates a replication slot there".into());
        }
        if c.copy_data {
            what.push("copies the published tables' rows".into());
        }
        if s.enabled {
            what.push("starts replicating".into());
        }
        step = step.hazard(HazardCode::Replication, what.join(", "));
        // PostgreSQL refuses to make a slot inside a transaction block.
        step.transactional = !c.create_slot;
    } else if s.enabled {
        step = step.sql(enable_sql(s, true)).hazard(
            HazardCode::Replication,
            "starts replicating from the publisher (its replication slot must exist there)",
        );
    }
    if s.comment.is_some() {
        step = step.sql(comment("SUBSCRIPTION", &name, s.comment.as_deref()));
    }
    step
}

/// `DROP SUBSCRIPTION`: one with a slot connects to the publisher to drop
/// it, which PostgreSQL does only outside a transaction block.
fn drop_step(s: &Subscription) -> Step {
    let name = quote_ident(&s.name);
    let mut step = Step::new(format!("drop subscription {name}"))
        .sql(format!("DROP SUBSCRIPTION IF EXISTS {name}"))
        .drops(key(s))
        .destructive("replication from the publisher stops and its progress is lost");
    if let Some(slot) = &s.slot_name {
        step = step.hazard(
            HazardCode::Replication,
            format!(
                "{REACHES} to drop its replication slot {}; when the publisher is gone, first run ALTER SUBSCRIPTION {name} DISABLE and ALTER SUBSCRIPTION {name} SET (slot_name = NONE)",
                quote_literal(slot)
            ),
        );
        step.transactional = false;
    }
    step
}

fn enable_sql(s: &Subscription, enabled: bool) -> String {
    let word = if enabled { "ENABLE" } else { "DISABLE" };
    format!("ALTER SUBSCRIPTION {} {word}", quote_ident(&s.name))
}

fn publications(s: &Subscription) -> String {
    s.publications
        .iter()
        .map(|p| quote_ident(p))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Options PostgreSQL sets only at creation (`two_phase`) make a
/// subscription dropped and created again; the rest change in place:
/// disabled first when it ends disabled or an option needs it (`failover`,
/// `slot_name = NONE`), enabled last when it ends enabled.
fn alter_steps(from: &Subscription, to: &Subscription, v: PgVersion, out: &mut Vec<Step>) {
    if from.options.get("two_phase") != to.options.get("two_phase") {
        out.push(drop_step(from));
        out.push(create_step(to, v));
        return;
    }
    let name = quote_ident(&to.name);
    let mut step = Step::new(format!("alter subscription {name}")).creates(key(to));
    let mut set: Vec<String> = Vec::new();
    if from.slot_name != to.slot_name {
        set.push(format!(
            "slot_name = {}",
            to.slot_name.as_deref().map_or("NONE".into(), quote_literal)
        ));
    }
    for (k, v) in &to.options {
        if from.options.get(k) != Some(v) {
            set.push(format!("{k} = {v}"));
        }
    }
    let needs_disabled = (from.slot_name != to.slot_name && to.slot_name.is_none())
        || from.options.get("failover") != to.options.get("failover");
    let paused = from.enabled && (needs_disabled || !to.enabled);
    if paused {
        step = step.sql(enable_sql(to, false));
    }
    if from.connection != to.connection {
        step = step.sql(format!(
            "ALTER SUBSCRIPTION {name} CONNECTION {}",
            quote_literal(&to.connection)
        ));
    }
    if from.publications != to.publications {
        // Refreshing (the default) connects, and PostgreSQL refuses it on
        // a disabled subscription: the tables are subscribed once it is
        // enabled and refreshed.
        step = step.sql(format!(
            "ALTER SUBSCRIPTION {name} SET PUBLICATION {} WITH (refresh = false)",
            publications(to)
        ));
        if to.enabled {
            step = step.hazard(
                HazardCode::Replication,
                format!(
                    "the new publications' tables are replicated only after ALTER SUBSCRIPTION {name} REFRESH PUBLICATION, which {REACHES}"
                ),
            );
        }
    }
    if !set.is_empty() {
        step = step.sql(format!(
            "ALTER SUBSCRIPTION {name} SET ({})",
            set.join(", ")
        ));
    }
    if to.enabled && (paused || !from.enabled) {
        step = step.sql(enable_sql(to, true));
        if !from.enabled {
            step = step.hazard(
                HazardCode::Replication,
                "starts replicating from the publisher (its replication slot must exist there)",
            );
        }
    }
    if from.comment != to.comment {
        step = step.sql(comment("SUBSCRIPTION", &name, to.comment.as_deref()));
    }
    if !step.sql.is_empty() {
        out.push(step);
    }
}

/// What the temporary database runs for a statement on a subscription,
/// and what the files asked for that it does not run (see the module
/// docs). `None` for any other statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loading {
    /// The text to run instead; `None` to run nothing.
    pub run: Option<String>,
    pub intent: Intent,
    /// PostgreSQL refuses the statement as written inside a transaction
    /// block: a creation that makes a slot, a drop (which drops one), a
    /// refresh of the publications. A migration file runs it on its own.
    pub outside_transaction: bool,
}

/// What a statement on a subscription asks for, beyond what the
/// temporary database keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Create {
        name: String,
        enabled: bool,
        creation: Creation,
    },
    Enable {
        name: String,
        enabled: bool,
    },
    Rename {
        from: String,
        to: String,
    },
    /// Nothing beyond what the temporary database keeps.
    None,
}

/// How the temporary database loads `text` when it is a statement on a
/// subscription (`CREATE`, `ALTER`, `DROP SUBSCRIPTION`), read from
/// sqlparser's tokens; `None` for any other statement. A `CREATE` whose
/// options cannot be read is run as written: PostgreSQL reads options
/// before it connects, and refuses them the same way.
pub fn loading(text: &str) -> Option<Loading> {
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, text)
        .tokenize()
        .ok()?;
    let sig: Vec<&Token> = tokens
        .iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let word = |i: usize| match sig.get(i) {
        Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_ascii_uppercase(),
        _ => String::new(),
    };
    let name_at = |i: usize| match sig.get(i) {
        Some(Token::Word(w)) if w.quote_style.is_some() => Some(w.value.clone()),
        Some(Token::Word(w)) => Some(w.value.to_lowercase()),
        _ => None,
    };
    if word(1) != "SUBSCRIPTION" {
        return None;
    }
    let verb = word(0);
    match verb.as_str() {
        "CREATE" => {
            let name = name_at(2)?;
            Some(create_loading(text, &tokens, name))
        }
        "ALTER" => {
            let name = name_at(2)?;
            let same = |intent| Loading {
                run: Some(text.to_string()),
                intent,
                outside_transaction: false,
            };
            Some(match (word(3).as_str(), word(4).as_str()) {
                ("ENABLE", _) => Loading {
                    run: None,
                    intent: Intent::Enable {
                        name,
                        enabled: true,
                    },
                    outside_transaction: false,
                },
                ("DISABLE", _) => same(Intent::Enable {
                    name,
                    enabled: false,
                }),
                ("REFRESH", _) => Loading {
                    run: None,
                    intent: Intent::None,
                    outside_transaction: true,
                },
                ("SET" | "ADD" | "DROP", "PUBLICATION") => Loading {
                    run: Some(without_refresh(text, &tokens)),
                    intent: Intent::None,
                    outside_transaction: refreshes(&tokens),
                },
                ("RENAME", "TO") => same(Intent::Rename {
                    from: name,
                    to: name_at(5)?,
                }),
                _ => same(Intent::None),
            })
        }
        "DROP" => {
            // Its slot was never made here: let go of it first, or the
            // drop connects to the publisher to drop it.
            let run = match name_at(2).filter(|_| word(2) != "IF") {
                Some(name) => format!(
                    "ALTER SUBSCRIPTION {} SET (slot_name = NONE); {text}",
                    quote_ident(&name)
                ),
                None => text.to_string(),
            };
            Some(Loading {
                run: Some(run),
                intent: Intent::None,
                outside_transaction: true,
            })
        }
        _ => None,
    }
}

/// One `name [= value]` of a `WITH (...)` list: the name lower-cased and
/// the value's tokens.
struct OptionItem {
    name: String,
    value: Vec<Token>,
}

/// The `WITH (...)` list of a statement: where it is (the index of `WITH`
/// and of its `)` in `tokens`) and its items. `None` when there is none.
fn with_list(tokens: &[Token]) -> Option<(usize, Vec<OptionItem>)> {
    let at = tokens.iter().position(
        |t| matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("with")),
    )?;
    let mut rest = tokens[at + 1..]
        .iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)));
    if rest.next() != Some(&Token::LParen) {
        return None;
    }
    let mut items = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut depth = 0usize;
    for t in rest {
        match t {
            Token::LParen => depth += 1,
            Token::RParen if depth == 0 => {
                if !current.is_empty() {
                    items.push(option_item(std::mem::take(&mut current))?);
                }
                return Some((at, items));
            }
            Token::RParen => depth -= 1,
            Token::Comma if depth == 0 => {
                items.push(option_item(std::mem::take(&mut current))?);
                continue;
            }
            _ => {}
        }
        current.push(t.clone());
    }
    None
}

/// The text of `tokens` before index `at`, as written.
fn text_before(tokens: &[Token], at: usize) -> String {
    let text: String = tokens[..at].iter().map(|t| t.to_string()).collect();
    text.trim_end().to_string()
}

fn option_item(tokens: Vec<Token>) -> Option<OptionItem> {
    let mut it = tokens.into_iter();
    let name = match it.next()? {
        Token::Word(w) if w.quote_style.is_some() => w.value,
        Token::Word(w) => w.value.to_lowercase(),
        _ => return None,
    };
    let value: Vec<Token> = match it.next() {
        None => Vec::new(),
        Some(Token::Eq) => it.collect(),
        Some(_) => return None,
    };
    Some(OptionItem { name, value })
}

fn item_text(item: &OptionItem) -> String {
    if item.value.is_empty() {
        return item.name.clone();
    }
    let value: Vec<String> = item.value.iter().map(|t| t.to_string()).collect();
    format!("{} = {}", quote_ident(&item.name), value.join(" "))
}

/// A boolean option's value as PostgreSQL reads it (`defGetBoolean`): no
/// value is true; `0`, `1`, `true`, `false`, `on`, `off`, in any case and
/// quoted or not. `None` for anything else (PostgreSQL refuses it).
fn boolean(value: &[Token]) -> Option<bool> {
    let text = match value {
        [] => return Some(true),
        [Token::Number(n, _)] => n.clone(),
        [Token::SingleQuotedString(s)] => s.clone(),
        [Token::Word(w)] => w.value.clone(),
        _ => return None,
    };
    match text.to_ascii_lowercase().as_str() {
        "1" | "true" | "on" => Some(true),
        "0" | "false" | "off" => Some(false),
        _ => None,
    }
}

fn is_none_value(value: &[Token]) -> bool {
    matches!(value, [Token::Word(w)] if w.value.eq_ignore_ascii_case("none"))
        || matches!(value, [Token::SingleQuotedString(s)] if s.eq_ignore_ascii_case("none"))
}

/// `CREATE SUBSCRIPTION`: run with `connect = false` in place of the
/// options that would connect, when the files' options are ones
/// PostgreSQL accepts; as written otherwise (PostgreSQL then refuses it
/// before connecting).
fn create_loading(text: &str, tokens: &[Token], name: String) -> Loading {
    let as_written = |name: String| Loading {
        run: Some(text.to_string()),
        intent: Intent::Create {
            name,
            enabled: false,
            creation: Creation::default(),
        },
        outside_transaction: false,
    };
    let (items, head) = match with_list(tokens) {
        Some((at, items)) => (items, text_before(tokens, at)),
        None => (Vec::new(), text.trim_end().to_string()),
    };
    let mut flags: BTreeMap<&str, bool> = BTreeMap::new();
    let mut slot_none = false;
    let mut kept = Vec::new();
    for item in &items {
        match item.name.as_str() {
            n @ ("connect" | "enabled" | "create_slot" | "copy_data") => {
                let Some(value) = boolean(&item.value) else {
                    return as_written(name);
                };
                if flags.insert(n, value).is_some() {
                    return as_written(name);
                }
            }
            other => {
                if other == "slot_name" && is_none_value(&item.value) {
                    slot_none = true;
                }
                kept.push(item_text(item));
            }
        }
    }
    let connect = flags.get("connect").copied().unwrap_or(true);
    if !connect {
        // Nothing connects: run as written, PostgreSQL checks the rest.
        return as_written(name);
    }
    let flag = |n: &str| flags.get(n).copied().unwrap_or(true);
    let (enabled, create_slot, copy_data) =
        (flag("enabled"), flag("create_slot"), flag("copy_data"));
    if slot_none && (enabled || create_slot) {
        // PostgreSQL refuses this combination before connecting.
        return as_written(name);
    }
    let mut with = vec!["connect = false".to_string()];
    with.extend(kept);
    Loading {
        run: Some(format!("{head} WITH ({})", with.join(", "))),
        intent: Intent::Create {
            name,
            enabled,
            creation: Creation {
                connect: true,
                create_slot,
                copy_data,
            },
        },
        outside_transaction: create_slot,
    }
}

/// Whether a publication change refreshes (the default): PostgreSQL then
/// runs it only outside a transaction block.
fn refreshes(tokens: &[Token]) -> bool {
    with_list(tokens).is_none_or(|(_, items)| {
        items
            .iter()
            .find(|i| i.name == "refresh")
            .is_none_or(|i| boolean(&i.value) != Some(false))
    })
}

/// A publication change with `refresh = false` (refreshing connects, and
/// a subscription of the temporary database is never enabled).
fn without_refresh(text: &str, tokens: &[Token]) -> String {
    let Some((at, items)) = with_list(tokens) else {
        return format!("{text} WITH (refresh = false)");
    };
    let head = text_before(tokens, at);
    let mut with: Vec<String> = items
        .iter()
        .filter(|i| i.name != "refresh")
        .map(item_text)
        .collect();
    with.push("refresh = false".into());
    format!("{head} WITH ({})", with.join(", "))
}

/// Puts what the files asked for and the temporary database did not do
/// (see [`Loading`]) into the model it was read into, in file order.
pub fn apply_intents<'a>(db: &mut Database, intents: impl IntoIterator<Item = &'a Intent>) {
    let mut wanted: BTreeMap<String, (bool, Creation)> = BTreeMap::new();
    for intent in intents {
        match intent {
            Intent::Create {
                name,
                enabled,
                creation,
            } => {
                wanted.insert(name.clone(), (*enabled, *creation));
            }
            Intent::Enable { name, enabled } => {
                if let Some(w) = wanted.get_mut(name) {
                    w.0 = *enabled;
                } else {
                    wanted.insert(name.clone(), (*enabled, Creation::default()));
                }
            }
            Intent::Rename { from, to } => {
                if let Some(w) = wanted.remove(from) {
                    wanted.insert(to.clone(), w);
                }
            }
            Intent::None => {}
        }
    }
    for (name, (enabled, creation)) in wanted {
        if let Some(s) = db.kinds.subscriptions.get_mut(&Name(name)) {
            s.enabled = enabled;
            s.creation = creation;
        }
    }
}

/// Whether a step creates, alters or drops a subscription: a rehearsal
/// does not run it (it would reach the publisher), see [`strip`].
pub fn touches(step: &Step) -> bool {
    step.creates
        .iter()
        .chain(&step.drops)
        .any(|k| matches!(k, ObjKey::Subscription { .. }))
}

/// The model without its subscriptions, for a rehearsal: a copy of the
/// target never holds them, so nothing in it reaches a publisher.
pub fn strip(db: &mut Database) {
    db.kinds.subscriptions.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Loading {
        loading(text).expect("a statement on a subscription")
    }

    #[test]
    fn a_creation_that_would_connect_is_loaded_without_connecting() {
        let l = run("CREATE SUBSCRIPTION feed CONNECTION 'host=p dbname=app' PUBLICATION app_pub");
        assert_eq!(
            l.run.as_deref(),
            Some(
                "CREATE SUBSCRIPTION feed CONNECTION 'host=p dbname=app' PUBLICATION app_pub WITH (connect = false)"
            )
        );
        assert_eq!(
            l.intent,
            Intent::Create {
                name: "feed".into(),
                enabled: true,
                creation: Creation {
                    connect: true,
                    create_slot: true,
                    copy_data: true
                }
            }
        );
        let Intent::Create { creation, .. } = l.intent else {
            unreachable!()
        };
        assert!(creation.connect && creation.create_slot && creation.copy_data);
        assert!(l.outside_transaction);
    }

    #[test]
    fn the_actions_are_taken_out_and_the_other_options_kept() {
        let l = run(
            "create subscription \"Feed\" connection 'x' publication a, b with (copy_data = off, Enabled = 'false', binary, streaming = parallel)",
        );
        assert_eq!(
            l.run.as_deref(),
            Some(
                "create subscription \"Feed\" connection 'x' publication a, b WITH (connect = false, binary, streaming = parallel)"
            )
        );
        let Intent::Create {
            name,
            enabled,
            creation,
        } = l.intent
        else {
            panic!("{l:?}")
        };
        assert_eq!(name, "Feed");
        assert!(!enabled);
        assert!(creation.connect && creation.create_slot && !creation.copy_data);
    }

    #[test]
    fn a_creation_that_connects_to_nothing_or_that_postgresql_refuses_runs_as_written() {
        for text in [
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = false)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = maybe)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (enabled = true, enabled = false)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (slot_name = NONE)",
        ] {
            let l = run(text);
            assert_eq!(l.run.as_deref(), Some(text));
            assert!(
                matches!(l.intent, Intent::Create { enabled: false, creation, .. } if !creation.connect),
                "{text}"
            );
        }
    }

    #[test]
    fn enabling_is_remembered_not_run_and_publications_change_without_refreshing() {
        assert_eq!(
            run("ALTER SUBSCRIPTION s ENABLE"),
            Loading {
                run: None,
                intent: Intent::Enable {
                    name: "s".into(),
                    enabled: true
                },
                outside_transaction: false,
            }
        );
        assert_eq!(run("ALTER SUBSCRIPTION s REFRESH PUBLICATION").run, None);
        assert_eq!(
            run("ALTER SUBSCRIPTION s SET PUBLICATION a").run.as_deref(),
            Some("ALTER SUBSCRIPTION s SET PUBLICATION a WITH (refresh = false)")
        );
        assert_eq!(
            run("ALTER SUBSCRIPTION s ADD PUBLICATION a WITH (refresh = true, copy_data = false)")
                .run
                .as_deref(),
            Some(
                "ALTER SUBSCRIPTION s ADD PUBLICATION a WITH (copy_data = false, refresh = false)"
            )
        );
        assert_eq!(
            run("DROP SUBSCRIPTION s").run.as_deref(),
            Some("ALTER SUBSCRIPTION s SET (slot_name = NONE); DROP SUBSCRIPTION s")
        );
        assert!(run("DROP SUBSCRIPTION s").outside_transaction);
        assert!(run("ALTER SUBSCRIPTION s SET PUBLICATION a").outside_transaction);
        assert!(
            !run("ALTER SUBSCRIPTION s SET PUBLICATION a WITH (refresh = off)").outside_transaction
        );
        assert_eq!(loading("CREATE TABLE subscription (a int)"), None);
        assert_eq!(loading("SELECT 1"), None);
    }

    #[test]
    fn intents_follow_file_order_and_renames() {
        let mut db = Database::default();
        let s = Subscription {
            name: "b".into(),
            connection: "x".into(),
            publications: vec!["p".into()],
            enabled: false,
            slot_name: Some("a".into()),
            options: BTreeMap::new(),
            comment: None,
            owner: None,
            creation: Creation::default(),
        };
        db.kinds.subscriptions.insert(Name("b".into()), s);
        let connect = Creation {
            connect: true,
            create_slot: true,
            copy_data: false,
        };
        apply_intents(
            &mut db,
            &[
                Intent::Create {
                    name: "a".into(),
                    enabled: false,
                    creation: connect,
                },
                Intent::Enable {
                    name: "a".into(),
                    enabled: true,
                },
                Intent::Rename {
                    from: "a".into(),
                    to: "b".into(),
                },
            ],
        );
        let b = &db.kinds.subscriptions[&Name("b".into())];
        assert!(b.enabled);
        assert!(b.creation.connect && !b.creation.copy_data);
    }

    fn sub(enabled: bool, connect: bool) -> Subscription {
        Subscription {
            name: "feed".into(),
            connection: "host=p".into(),
            publications: vec!["a".into(), "b".into()],
            enabled,
            slot_name: Some("feed".into()),
            options: BTreeMap::from([("binary".into(), "false".into())]),
            comment: None,
            owner: None,
            creation: Creation {
                connect,
                create_slot: connect,
                copy_data: connect,
            },
        }
    }

    #[test]
    fn a_creation_reaches_the_publisher_only_as_the_files_ask() {
        let v = PgVersion::major_only(15);
        let quiet = create_step(&sub(false, false), v);
        assert!(quiet.transactional);
        assert!(quiet.hazards.is_empty());
        assert_eq!(
            quiet.sql[0].as_str(),
            "CREATE SUBSCRIPTION feed CONNECTION 'host=p' PUBLICATION a, b WITH (connect = false)"
        );
        let loud = create_step(&sub(true, true), v);
        assert!(!loud.transactional);
        assert_eq!(loud.hazards[0].code, HazardCode::Replication);
        assert_eq!(
            loud.sql[0].as_str(),
            "CREATE SUBSCRIPTION feed CONNECTION 'host=p' PUBLICATION a, b WITH (enabled = true, create_slot = true, copy_data = true)"
        );
        let enabled_after = create_step(&sub(true, false), v);
        assert!(enabled_after.transactional);
        assert_eq!(
            enabled_after.sql[1].as_str(),
            "ALTER SUBSCRIPTION feed ENABLE"
        );
        assert_eq!(enabled_after.hazards[0].code, HazardCode::Replication);
    }

    #[test]
    fn creations_differ_in_nothing() {
        assert_eq!(sub(true, true), sub(true, false));
        assert_ne!(sub(true, true), sub(false, true));
    }
}
