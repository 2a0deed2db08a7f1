//! The drift report of `check`: each differing object on one line with a
//! sign (`+` missing from the database, `-` not in the files, `~` differs),
//! then the attributes that differ, with a line diff for long definitions.

use serde_json::Value;
use similar::TextDiff;

use crate::diff::Change;
use crate::diff::unmanaged::NotCompared;
use crate::model::rename::Rename;

fn show(v: &Value) -> String {
    match v {
        Value::Null => "(none)".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A value as text for a line diff: a list one element per line, and a
/// final newline so the diff does not remark on its absence.
fn as_lines(v: &Value) -> String {
    let mut text = match v {
        Value::Array(items) => items.iter().map(show).collect::<Vec<_>>().join("\n"),
        other => show(other),
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Lines saying how `from` and `to` differ, attribute by attribute.
fn attribute_diff(from: &Value, to: &Value) -> Vec<String> {
    let (Value::Object(a), Value::Object(b)) = (from, to) else {
        return vec![format!("{} -> {}", show(from), show(to))];
    };
    let mut out = Vec::new();
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        let (x, y) = (
            a.get(k).unwrap_or(&Value::Null),
            b.get(k).unwrap_or(&Value::Null),
        );
        if x == y {
            continue;
        }
        // A map within (a subscription's options): key by key.
        if let (Value::Object(_), Value::Object(_)) = (x, y) {
            out.extend(
                attribute_diff(x, y)
                    .into_iter()
                    .map(|line| match line.starts_with(' ') {
                        true => line,
                        false => format!("{k}.{line}"),
                    }),
            );
            continue;
        }
        let (sx, sy) = (show(x), show(y));
        if sx.len() + sy.len() > 100 || sx.contains('\n') || sy.contains('\n') {
            out.push(format!("{k}:"));
            let (lx, ly) = (as_lines(x), as_lines(y));
            let diff = TextDiff::from_lines(&lx, &ly);
            for line in diff.unified_diff().context_radius(2).to_string().lines() {
                out.push(format!("  {line}"));
            }
        } else {
            out.push(format!("{k}: {sx} -> {sy}"));
        }
    }
    out
}

/// The attribute lines of a change that alters an object in place (sign
/// `~`), empty for creates, drops and renames.
pub fn altered_attributes(change: &Change) -> Vec<String> {
    match Change::values(change) {
        ('~', Some(f), Some(t)) => attribute_diff(&f, &t),
        _ => Vec::new(),
    }
}

/// The drift report: each pending `@renamed` rename (`>`), each differing
/// object (as after the renames), then each object driftless does not
/// manage yet (`?`), which is never reported as no drift.
pub fn render(renames: &[Rename], changes: &[Change], not_compared: &[NotCompared]) -> String {
    if renames.is_empty() && changes.is_empty() && not_compared.is_empty() {
        return "no drift: the database matches the schema files\n".into();
    }
    let mut out = String::new();
    if !renames.is_empty() {
        out.push_str(&format!(
            "drift: {} rename{} the schema files declare {} pending\n",
            renames.len(),
            if renames.len() == 1 { "" } else { "s" },
            if renames.len() == 1 { "is" } else { "are" }
        ));
    }
    if !changes.is_empty() {
        out.push_str(&format!(
            "drift: {} object{} differ{} from the schema files\n",
            changes.len(),
            if changes.len() == 1 { "" } else { "s" },
            if changes.len() == 1 { "s" } else { "" }
        ));
    }
    if !not_compared.is_empty() {
        let n = not_compared.len();
        out.push_str(&format!(
            "not verified: {n} object{} of kinds driftless does not manage yet {} not compared\n",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" }
        ));
    }
    for r in renames {
        out.push_str(&format!("> {} (pending @renamed)\n", r.summary()));
    }
    for c in changes {
        let (sign, from, to) = Change::values(c);
        let what = match sign {
            '+' => "missing from the database",
            '-' => "not in the schema files",
            '>' => "renamed",
            _ => "differs",
        };
        out.push_str(&format!("{sign} {} ({what})\n", c.subject()));
        if let (Some(f), Some(t)) = (&from, &to) {
            for line in attribute_diff(f, t) {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    for n in not_compared {
        out.push_str(&format!("? {}\n", n.describe()));
    }
    out
}

/// The drift report for a pull-request comment: a heading naming the
/// target and the report as a `diff` block.
pub fn markdown(
    renames: &[Rename],
    changes: &[Change],
    not_compared: &[NotCompared],
    target: &str,
) -> String {
    format!(
        "### driftless check of {target}\n\n```diff\n{}```\n",
        render(renames, changes, not_compared)
    )
}

/// The differing objects as JSON: each change with both states, and the
/// objects not compared with where they are.
pub fn json(renames: &[Rename], changes: &[Change], not_compared: &[NotCompared]) -> String {
    let doc = serde_json::json!({
        "renames": renames,
        "changes": changes,
        "not_compared": not_compared,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("changes serialize");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::attribute_diff;
    use serde_json::json;

    #[test]
    fn attributes_differ_key_by_key_also_inside_a_map() {
        let from = json!({"enabled": false, "options": {"binary": "false", "origin": "'any'"}});
        let to = json!({"enabled": true, "options": {"binary": "true", "origin": "'any'"}});
        assert_eq!(
            attribute_diff(&from, &to),
            ["enabled: false -> true", "options.binary: false -> true"]
        );
    }
}
