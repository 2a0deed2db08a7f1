//! Subscriptions (`CREATE SUBSCRIPTION`): objects of the whole database,
//! in no schema, and the one kind that reaches another server (the
//! publisher): creating one with `connect` (the default) makes a
//! replication slot there and copies the published rows; enabling one
//! starts replicating; dropping one that has a slot drops the slot there.
//!
//! Why it needs more than the other kinds:
//! - **Loading the files must not reach the publisher.** The temporary
//!   database runs each `CREATE SUBSCRIPTION` with `connect = false` and
//!   `slot_name = NONE` (so that nothing run on it later, a drop or a
//!   change of `failover`, has a slot to reach), skips `ALTER SUBSCRIPTION
//!   ... ENABLE` and `REFRESH PUBLICATION`, keeps a slot name, `failover`
//!   and `two_phase` set by `ALTER ... SET` aside, and changes publications
//!   with `refresh = false` ([`Loading`], decided from sqlparser's
//!   tokens). A flag whose value it cannot read as PostgreSQL would stops
//!   the load. What the files asked for (enabled, the slot, and the
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
        // Defaults are the target's, where the statements run.
        let v = models.current.version;
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
                models.current.version,
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

/// What enabling a subscription does.
const STARTS: &str =
    "starts replicating from the publisher (its replication slot must exist there)";

/// A slot name as `WITH` and `SET` take it.
fn slot_sql(slot: Option<&str>) -> String {
    slot.map_or("NONE".into(), quote_literal)
}

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
        with.push(format!("slot_name = {}", slot_sql(s.slot_name.as_deref())));
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
        step = step
            .sql(enable_sql(s, true))
            .hazard(HazardCode::Replication, STARTS);
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

/// What needs the slot on the publisher (`failover`, 17, and `two_phase`,
/// in place from 18) changes in a step of its own, outside a transaction
/// block as PostgreSQL requires, with the subscription disabled around it.
/// Before 18, a new `two_phase` drops the subscription (and its slot) and
/// creates it again. The rest changes in place: disabled first when it
/// ends disabled or `slot_name = NONE` needs it, enabled last when it ends
/// enabled.
fn alter_steps(from: &Subscription, to: &Subscription, v: PgVersion, out: &mut Vec<Step>) {
    let name = quote_ident(&to.name);
    let two_phase = from.options.get("two_phase") != to.options.get("two_phase");
    // Without a slot on either side, PostgreSQL changes `failover`, or
    // turns `two_phase` off, only on a new subscription.
    let slotless = from.slot_name.is_none()
        && to.slot_name.is_none()
        && (from.options.get("failover") != to.options.get("failover")
            || (two_phase && to.options.get("two_phase").map(String::as_str) == Some("false")));
    if (two_phase && v.major() < 18) || slotless {
        out.push(drop_step(from));
        let mut create = create_step(to, v);
        if from.slot_name.is_some() {
            create = create.hazard(
                HazardCode::Replication,
                format!(
                    "two_phase is set only when a subscription is created before PostgreSQL 18: {name} was dropped with its slot on the publisher and is created again (without connecting, a new slot must be made there before it replicates)"
                ),
            );
        }
        out.push(create);
        return;
    }
    let mut step = Step::new(format!("alter subscription {name}")).creates(key(to));
    let on_slot = |k: &str| k == "failover" || k == "two_phase";
    let slotted: Vec<String> = to
        .options
        .iter()
        .filter(|(k, value)| on_slot(k) && from.options.get(*k) != Some(*value))
        .map(|(k, value)| format!("{k} = {value}"))
        .collect();
    // What needs the slot changes while it has one: letting go of it
    // (`slot_name = NONE`) comes after.
    let lets_go = from.slot_name.is_some() && to.slot_name.is_none() && !slotted.is_empty();
    let mut set: Vec<String> = Vec::new();
    if from.slot_name != to.slot_name && !lets_go {
        set.push(format!("slot_name = {}", slot_sql(to.slot_name.as_deref())));
    }
    for (k, value) in &to.options {
        if from.options.get(k) != Some(value) && !on_slot(k) {
            set.push(format!("{k} = {value}"));
        }
    }
    let needs_disabled = from.slot_name != to.slot_name && to.slot_name.is_none();
    let paused = from.enabled && (needs_disabled || !to.enabled || !slotted.is_empty());
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
    let resumes = to.enabled && (paused || !from.enabled);
    let enable = |step: Step| {
        step.sql(enable_sql(to, true))
            .hazard(HazardCode::Replication, STARTS)
    };
    if resumes && slotted.is_empty() {
        step = enable(step);
    }
    if from.comment != to.comment {
        step = step.sql(comment("SUBSCRIPTION", &name, to.comment.as_deref()));
    }
    if !step.sql.is_empty() {
        out.push(step);
    }
    if !slotted.is_empty() {
        // After the step above (which disabled it, when it was enabled).
        let what: Vec<&str> = slotted.iter().filter_map(|o| o.split(' ').next()).collect();
        let mut slot = Step::new(format!("set {} of subscription {name}", what.join(", ")))
            .sql(format!(
                "ALTER SUBSCRIPTION {name} SET ({})",
                slotted.join(", ")
            ))
            .creates(key(to));
        if let Some(slot_name) = &from.slot_name {
            slot = slot.hazard(
                HazardCode::Replication,
                format!(
                    "{REACHES} to change its replication slot {} (PostgreSQL runs this only outside a transaction block)",
                    quote_literal(slot_name)
                ),
            );
        }
        if lets_go {
            slot = slot.sql(format!("ALTER SUBSCRIPTION {name} SET (slot_name = NONE)"));
        }
        if resumes {
            slot = enable(slot);
        }
        slot.transactional = false;
        out.push(slot);
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
    /// refresh of the publications, a change of `failover` or
    /// `two_phase`. A migration file runs it on its own.
    pub outside_transaction: bool,
    /// Why the files cannot be loaded without the risk of reaching the
    /// publisher (a flag whose value driftless cannot read): the load
    /// stops there, naming the statement.
    pub refusal: Option<String>,
}

/// What a statement on a subscription asks for, beyond what the
/// temporary database keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Create {
        name: String,
        enabled: bool,
        creation: Creation,
        /// The slot it names (`None`: `slot_name = NONE`); by default the
        /// subscription's own name.
        slot_name: Option<String>,
    },
    Enable {
        name: String,
        enabled: bool,
    },
    /// `ALTER SUBSCRIPTION ... SET (...)` of what the temporary database
    /// does not run: a slot name, `failover`, `two_phase`.
    Set {
        name: String,
        slot_name: Option<Option<String>>,
        options: Vec<(String, String)>,
    },
    Rename {
        from: String,
        to: String,
    },
    /// Nothing beyond what the temporary database keeps.
    None,
}

impl Loading {
    fn runs(text: impl Into<String>, intent: Intent) -> Loading {
        Loading {
            run: Some(text.into()),
            intent,
            outside_transaction: false,
            refusal: None,
        }
    }

    fn skips(intent: Intent) -> Loading {
        Loading {
            run: None,
            intent,
            outside_transaction: false,
            refusal: None,
        }
    }

    fn refused(why: String) -> Loading {
        Loading {
            run: None,
            intent: Intent::None,
            outside_transaction: false,
            refusal: Some(why),
        }
    }

    fn outside(mut self, outside: bool) -> Loading {
        self.outside_transaction = outside;
        self
    }
}

/// How the temporary database loads `text` when it is a statement on a
/// subscription (`CREATE`, `ALTER`, `DROP SUBSCRIPTION`), read from
/// sqlparser's tokens; `None` for any other statement. There every
/// subscription is created with `connect = false` and `slot_name = NONE`,
/// so that nothing it runs (a drop, a change of `failover`) connects to a
/// publisher; the slot name and what needs a slot are intents.
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
    match word(0).as_str() {
        "CREATE" => Some(create_loading(text, &tokens, name_at(2)?)),
        "ALTER" => {
            let name = name_at(2)?;
            Some(match (word(3).as_str(), word(4).as_str()) {
                ("ENABLE", _) => Loading::skips(Intent::Enable {
                    name,
                    enabled: true,
                }),
                ("DISABLE", _) => Loading::runs(
                    text,
                    Intent::Enable {
                        name,
                        enabled: false,
                    },
                ),
                ("REFRESH", _) => Loading::skips(Intent::None).outside(true),
                ("SET" | "ADD" | "DROP", "PUBLICATION") => {
                    Loading::runs(without_refresh(text, &tokens), Intent::None)
                        .outside(refreshes(&tokens))
                }
                ("SET", _) => set_loading(&tokens, name),
                ("RENAME", "TO") => Loading::runs(
                    text,
                    Intent::Rename {
                        from: name,
                        to: name_at(5)?,
                    },
                ),
                _ => Loading::runs(text, Intent::None),
            })
        }
        // Without a slot here, a drop connects to nothing; on a target it
        // may drop one, outside a transaction block.
        "DROP" => Some(Loading::runs(text, Intent::None).outside(true)),
        _ => None,
    }
}

/// One `name [= value]` of a `WITH (...)` or `SET (...)` list: the name
/// lower-cased and the value's tokens.
struct OptionItem {
    name: String,
    value: Vec<Token>,
}

/// The parenthesized option list after the first unquoted `keyword` at
/// the top level of `tokens`: where the keyword is (its index) and the
/// items. `None` when there is none, or it cannot be read.
fn option_list(tokens: &[Token], keyword: &str) -> Option<(usize, Vec<OptionItem>)> {
    let mut depth = 0usize;
    let mut at = None;
    for (i, t) in tokens.iter().enumerate() {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => depth = depth.saturating_sub(1),
            Token::Word(w)
                if depth == 0
                    && w.quote_style.is_none()
                    && w.value.eq_ignore_ascii_case(keyword) =>
            {
                at = Some(i);
                break;
            }
            _ => {}
        }
    }
    let at = at?;
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

/// An option as written back: a plain lower-case name as it is (option
/// names such as `binary` are keywords that `quote_ident` would quote).
fn item_text(item: &OptionItem) -> String {
    let plain = item
        .name
        .starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && item
            .name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    let name = if plain {
        item.name.clone()
    } else {
        quote_ident(&item.name)
    };
    if item.value.is_empty() {
        return name;
    }
    let value: Vec<String> = item.value.iter().map(|t| t.to_string()).collect();
    format!("{name} = {}", value.join(" "))
}

/// A boolean option's value as PostgreSQL reads it (`defGetBoolean`): no
/// value is true; an integer 0 or 1 (signed, or in hexadecimal, octal or
/// binary); `true`, `false`, `on` or `off`, in any case, quoted or not.
/// `None` for anything else.
fn boolean(value: &[Token]) -> Option<bool> {
    let integer = |sign: i64, n: &str| -> Option<bool> {
        let n = n.replace('_', "");
        let lower = n.to_ascii_lowercase();
        let parsed = if let Some(h) = lower.strip_prefix("0x") {
            i64::from_str_radix(h, 16).ok()
        } else if let Some(o) = lower.strip_prefix("0o") {
            i64::from_str_radix(o, 8).ok()
        } else if let Some(b) = lower.strip_prefix("0b") {
            i64::from_str_radix(b, 2).ok()
        } else {
            lower.parse::<i64>().ok()
        };
        match parsed.map(|v| v * sign) {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        }
    };
    let word = |text: &str| match text.to_ascii_lowercase().as_str() {
        "true" | "on" => Some(true),
        "false" | "off" => Some(false),
        _ => None,
    };
    match value {
        [] => Some(true),
        [Token::Number(n, _)] => integer(1, n),
        [Token::Plus, Token::Number(n, _)] => integer(1, n),
        [Token::Minus, Token::Number(n, _)] => integer(-1, n),
        [Token::HexStringLiteral(h)] => integer(1, &format!("0x{h}")),
        [Token::SingleQuotedString(s)] => word(s),
        [Token::Word(w)] if w.quote_style.is_none() || w.quote_style == Some('"') => word(&w.value),
        _ => None,
    }
}

/// A `slot_name` value: `None` for `NONE`.
fn slot_value(value: &[Token]) -> Option<Option<String>> {
    match value {
        [Token::Word(w)] if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("none") => {
            Some(None)
        }
        [Token::Word(w)] if w.quote_style.is_none() => Some(Some(w.value.to_lowercase())),
        [Token::Word(w)] => Some(Some(w.value.clone())),
        [Token::SingleQuotedString(s)] if s.eq_ignore_ascii_case("none") => Some(None),
        [Token::SingleQuotedString(s)] => Some(Some(s.clone())),
        _ => None,
    }
}

fn unreadable(item: &OptionItem) -> String {
    format!(
        "driftless cannot read {} as true or false; write true or false (loading it could reach the publisher)",
        item_text(item)
    )
}

/// `CREATE SUBSCRIPTION`, run with `connect = false` and `slot_name =
/// NONE` in place of the options that would connect or name a slot.
fn create_loading(text: &str, tokens: &[Token], name: String) -> Loading {
    let (items, head) = match option_list(tokens, "with") {
        Some((at, items)) => (items, text_before(tokens, at)),
        None if tokens
            .iter()
            .any(|t| matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("with"))) =>
        {
            return Loading::refused(
                "driftless cannot read the WITH options of this CREATE SUBSCRIPTION (loading it could reach the publisher)".into(),
            );
        }
        None => (Vec::new(), text.trim_end().to_string()),
    };
    let mut flags: BTreeMap<&str, bool> = BTreeMap::new();
    let mut slot_name = Some(name.clone());
    let mut kept = Vec::new();
    for item in &items {
        match item.name.as_str() {
            n @ ("connect" | "enabled" | "create_slot" | "copy_data") => {
                let Some(value) = boolean(&item.value) else {
                    return Loading::refused(unreadable(item));
                };
                flags.insert(n, value);
            }
            "slot_name" => match slot_value(&item.value) {
                Some(slot) => slot_name = slot,
                None => kept.push(item_text(item)),
            },
            _ => kept.push(item_text(item)),
        }
    }
    let connect = flags.get("connect").copied().unwrap_or(true);
    let flag = |n: &str| flags.get(n).copied().unwrap_or(connect);
    let (enabled, create_slot, copy_data) =
        (flag("enabled"), flag("create_slot"), flag("copy_data"));
    // What PostgreSQL refuses before it connects, refused alike.
    let clash = if !connect {
        ["enabled", "create_slot", "copy_data"]
            .into_iter()
            .find(|n| flags.get(n) == Some(&true))
            .map(|n| format!("connect = false and {n} = true are mutually exclusive options"))
    } else if slot_name.is_none() && (enabled || create_slot) {
        Some("slot_name = NONE needs enabled = false and create_slot = false".into())
    } else {
        None
    };
    if let Some(why) = clash {
        return Loading::refused(why);
    }
    let mut with = vec![
        "connect = false".to_string(),
        "slot_name = NONE".to_string(),
    ];
    with.extend(kept);
    Loading::runs(
        format!("{head} WITH ({})", with.join(", ")),
        Intent::Create {
            name,
            enabled: connect && enabled,
            creation: Creation {
                connect,
                create_slot: connect && create_slot,
                copy_data: connect && copy_data,
            },
            slot_name,
        },
    )
    .outside(connect && create_slot)
}

/// `ALTER SUBSCRIPTION ... SET (...)`: what needs a slot (its name,
/// `failover`, `two_phase`) is an intent; the rest runs.
fn set_loading(tokens: &[Token], name: String) -> Loading {
    let Some((at, items)) = option_list(tokens, "set") else {
        return Loading::refused(
            "driftless cannot read the options of this ALTER SUBSCRIPTION ... SET".into(),
        );
    };
    let mut slot_name = None;
    let mut options = Vec::new();
    let mut kept = Vec::new();
    for item in &items {
        match item.name.as_str() {
            "slot_name" => match slot_value(&item.value) {
                Some(slot) => slot_name = Some(slot),
                None => kept.push(item_text(item)),
            },
            n @ ("failover" | "two_phase") => match boolean(&item.value) {
                Some(v) => options.push((n.to_string(), v.to_string())),
                None => return Loading::refused(unreadable(item)),
            },
            _ => kept.push(item_text(item)),
        }
    }
    let outside = !options.is_empty();
    let intent = Intent::Set {
        name,
        slot_name,
        options,
    };
    if kept.is_empty() {
        return Loading::skips(intent).outside(outside);
    }
    Loading::runs(
        format!("{} ({})", text_before(tokens, at + 1), kept.join(", ")),
        intent,
    )
    .outside(outside)
}

/// Whether a publication change refreshes (the default): PostgreSQL then
/// runs it only outside a transaction block.
fn refreshes(tokens: &[Token]) -> bool {
    option_list(tokens, "with").is_none_or(|(_, items)| {
        items
            .iter()
            .find(|i| i.name == "refresh")
            .is_none_or(|i| boolean(&i.value) != Some(false))
    })
}

/// A publication change with `refresh = false` (refreshing connects, and
/// a subscription of the temporary database is never enabled).
fn without_refresh(text: &str, tokens: &[Token]) -> String {
    let Some((at, items)) = option_list(tokens, "with") else {
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

/// What the files asked of one subscription, statement after statement.
#[derive(Default)]
struct Wanted {
    enabled: Option<bool>,
    creation: Option<Creation>,
    slot_name: Option<Option<String>>,
    options: BTreeMap<String, String>,
}

/// Puts what the files asked for and the temporary database did not do
/// (see [`Loading`]) into the model it was read into, in file order.
pub fn apply_intents<'a>(db: &mut Database, intents: impl IntoIterator<Item = &'a Intent>) {
    let mut wanted: BTreeMap<String, Wanted> = BTreeMap::new();
    for intent in intents {
        match intent {
            Intent::Create {
                name,
                enabled,
                creation,
                slot_name,
            } => {
                wanted.insert(
                    name.clone(),
                    Wanted {
                        enabled: Some(*enabled),
                        creation: Some(*creation),
                        slot_name: Some(slot_name.clone()),
                        options: BTreeMap::new(),
                    },
                );
            }
            Intent::Enable { name, enabled } => {
                wanted.entry(name.clone()).or_default().enabled = Some(*enabled);
            }
            Intent::Set {
                name,
                slot_name,
                options,
            } => {
                let w = wanted.entry(name.clone()).or_default();
                if let Some(slot) = slot_name {
                    w.slot_name = Some(slot.clone());
                }
                w.options.extend(options.iter().cloned());
            }
            Intent::Rename { from, to } => {
                if let Some(w) = wanted.remove(from) {
                    wanted.insert(to.clone(), w);
                }
            }
            Intent::None => {}
        }
    }
    for (name, w) in wanted {
        let Some(s) = db.kinds.subscriptions.get_mut(&Name(name)) else {
            continue;
        };
        if let Some(enabled) = w.enabled {
            s.enabled = enabled;
        }
        if let Some(creation) = w.creation {
            s.creation = creation;
        }
        if let Some(slot) = w.slot_name {
            s.slot_name = slot;
        }
        // Only what this major has.
        for (k, v) in w.options {
            if let Some(o) = s.options.get_mut(&k) {
                *o = v;
            }
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
                "CREATE SUBSCRIPTION feed CONNECTION 'host=p dbname=app' PUBLICATION app_pub WITH (connect = false, slot_name = NONE)"
            )
        );
        let Intent::Create {
            enabled,
            creation,
            slot_name,
            ..
        } = l.intent
        else {
            panic!("{l:?}")
        };
        assert!(enabled && creation.connect && creation.create_slot && creation.copy_data);
        assert_eq!(slot_name.as_deref(), Some("feed"));
        assert!(l.outside_transaction);
        assert_eq!(l.refusal, None);
    }

    #[test]
    fn the_actions_and_the_slot_are_taken_out_and_the_other_options_kept() {
        let l = run(
            "create subscription \"Feed\" connection 'x' publication a, b with (copy_data = off, Enabled = 'false', binary, slot_name = 'Slot', streaming = parallel)",
        );
        assert_eq!(
            l.run.as_deref(),
            Some(
                "create subscription \"Feed\" connection 'x' publication a, b WITH (connect = false, slot_name = NONE, binary, streaming = parallel)"
            )
        );
        let Intent::Create {
            name,
            enabled,
            creation,
            slot_name,
        } = l.intent
        else {
            panic!("{l:?}")
        };
        assert_eq!(name, "Feed");
        assert_eq!(slot_name.as_deref(), Some("Slot"));
        assert!(!enabled);
        assert!(creation.connect && creation.create_slot && !creation.copy_data);
    }

    #[test]
    fn a_flag_is_read_as_postgresql_reads_it_or_the_load_is_refused() {
        for (value, connect) in [
            ("false", false),
            ("OFF", false),
            ("0", false),
            ("00", false),
            ("-0", false),
            ("+1", true),
            ("'on'", true),
        ] {
            let l = run(&format!(
                "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = {value}, create_slot = false)"
            ));
            assert_eq!(l.refusal, None, "{value}");
            assert!(
                matches!(l.intent, Intent::Create { creation, .. } if creation.connect == connect),
                "{value}: {l:?}"
            );
            assert!(
                l.run
                    .unwrap()
                    .ends_with("WITH (connect = false, slot_name = NONE)")
            );
        }
        for text in [
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = maybe)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (copy_data = '1')",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (enabled = 2)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = false, enabled = true)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (slot_name = NONE)",
            "ALTER SUBSCRIPTION s SET (failover = sometimes)",
        ] {
            let l = run(text);
            assert!(l.refusal.is_some(), "{text}");
            assert_eq!(l.run, None, "{text}");
        }
    }

    #[test]
    fn what_needs_a_slot_is_remembered_not_run() {
        assert_eq!(
            run("ALTER SUBSCRIPTION s ENABLE"),
            Loading::skips(Intent::Enable {
                name: "s".into(),
                enabled: true
            })
        );
        let l = run("ALTER SUBSCRIPTION s SET (failover = true, binary = true, slot_name = NONE)");
        assert_eq!(
            l.run.as_deref(),
            Some("ALTER SUBSCRIPTION s SET (binary = true)")
        );
        assert_eq!(
            l.intent,
            Intent::Set {
                name: "s".into(),
                slot_name: Some(None),
                options: vec![("failover".into(), "true".into())]
            }
        );
        assert!(l.outside_transaction);
        assert_eq!(run("ALTER SUBSCRIPTION s SET (two_phase = on)").run, None);
    }

    #[test]
    fn publications_change_without_refreshing_and_a_drop_runs_as_written() {
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
        for text in ["DROP SUBSCRIPTION s", "DROP SUBSCRIPTION IF EXISTS s"] {
            let l = run(text);
            assert_eq!(l.run.as_deref(), Some(text));
            assert!(l.outside_transaction);
        }
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
            slot_name: None,
            options: BTreeMap::from([("failover".into(), "false".into())]),
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
                    slot_name: Some("a".into()),
                },
                Intent::Enable {
                    name: "a".into(),
                    enabled: true,
                },
                Intent::Set {
                    name: "a".into(),
                    slot_name: None,
                    options: vec![
                        ("failover".into(), "true".into()),
                        ("two_phase".into(), "true".into()),
                    ],
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
        assert_eq!(b.slot_name.as_deref(), Some("a"));
        // Only the options this major has.
        assert_eq!(
            b.options,
            BTreeMap::from([("failover".into(), "true".into())])
        );
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

    /// Each step's statements.
    fn statements(steps: &[Step]) -> Vec<Vec<&str>> {
        steps
            .iter()
            .map(|s| s.sql.iter().map(|q| q.as_str()).collect())
            .collect()
    }

    #[test]
    fn what_needs_the_slot_changes_outside_a_transaction_with_the_subscription_paused() {
        let mut from = sub(true, false);
        from.options.insert("failover".into(), "false".into());
        from.options.insert("two_phase".into(), "false".into());
        let mut to = from.clone();
        to.options.insert("failover".into(), "true".into());
        to.options.insert("binary".into(), "true".into());
        let mut out = Vec::new();
        alter_steps(&from, &to, PgVersion::major_only(17), &mut out);
        assert_eq!(
            statements(&out),
            [
                vec![
                    "ALTER SUBSCRIPTION feed DISABLE",
                    "ALTER SUBSCRIPTION feed SET (binary = true)"
                ],
                vec![
                    "ALTER SUBSCRIPTION feed SET (failover = true)",
                    "ALTER SUBSCRIPTION feed ENABLE"
                ],
            ]
        );
        assert!(out[0].transactional && !out[1].transactional);
        assert_eq!(out[1].hazards[0].code, HazardCode::Replication);

        // Letting go of the slot comes after what needs it.
        let mut to = from.clone();
        to.options.insert("failover".into(), "true".into());
        to.slot_name = None;
        to.enabled = false;
        let mut out = Vec::new();
        alter_steps(&from, &to, PgVersion::major_only(17), &mut out);
        assert_eq!(
            statements(&out),
            [
                vec!["ALTER SUBSCRIPTION feed DISABLE"],
                vec![
                    "ALTER SUBSCRIPTION feed SET (failover = true)",
                    "ALTER SUBSCRIPTION feed SET (slot_name = NONE)"
                ],
            ]
        );

        // two_phase: in place from 18, a new subscription before.
        let mut to = from.clone();
        to.options.insert("two_phase".into(), "true".into());
        let mut out = Vec::new();
        alter_steps(&from, &to, PgVersion::major_only(18), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[1].sql[0].as_str(),
            "ALTER SUBSCRIPTION feed SET (two_phase = true)"
        );
        let mut out = Vec::new();
        alter_steps(&from, &to, PgVersion::major_only(17), &mut out);
        assert_eq!(out[0].summary, "drop subscription feed");
        assert!(
            !out[0].transactional,
            "its slot is dropped on the publisher"
        );
        assert_eq!(out[1].summary, "create subscription feed");
        assert!(
            out[1]
                .hazards
                .iter()
                .any(|h| h.code == HazardCode::Replication)
        );
    }

    #[test]
    fn creations_differ_in_nothing() {
        assert_eq!(sub(true, true), sub(true, false));
        assert_ne!(sub(true, true), sub(false, true));
    }
}
