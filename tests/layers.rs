//! The pipeline's direction, enforced: a module of the library may use only
//! the stages before it (`source → model → diff → plan → render → apply`),
//! never a later one. A scan of every `crate::stage` path per file is
//! enough: the library has no other way to reach a module.

use std::path::{Path, PathBuf};

/// Each top-level module of the library and its stage: a module may use
/// modules of a lower stage (and itself) only. Stage 0 is the pure
/// foundation every stage may use, whose modules may use one another:
/// `model`, `step` (the vocabulary of plans), `kinds` (the object kinds
/// as vertical slices) and `migrate`; `interrupt`
/// sits after `source`, whose temporary databases it drops.
const STAGES: &[(&str, u32)] = &[
    ("model", 0),
    ("step", 0),
    ("kinds", 0),
    ("migrate", 0),
    ("source", 1),
    ("interrupt", 2),
    ("diff", 2),
    ("plan", 3),
    ("render", 4),
    ("apply", 5),
];

fn stage(module: &str) -> Option<u32> {
    STAGES.iter().find(|(m, _)| *m == module).map(|(_, s)| *s)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a source text names through `crate::`, with the
/// line each is named on (comments left out).
fn uses(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push((i + 1, name));
            }
        }
    }
    found
}

#[test]
fn no_module_uses_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        // The binary (main.rs, cli/) may use everything; lib.rs declares.
        let Some(own) = stage(&top) else { continue };
        checked += 1;
        let text = std::fs::read_to_string(file).unwrap();
        for (line, used) in uses(&text) {
            let Some(theirs) = stage(&used) else { continue };
            if used != top && theirs >= own && !(own == 0 && theirs == 0) {
                wrong.push(format!(
                    "src/{}:{line}: {top} (stage {own}) uses crate::{used} (stage {theirs})",
                    relative.display()
                ));
            }
        }
    }
    assert!(checked > 30, "scanned only {checked} files");
    assert!(
        wrong.is_empty(),
        "uses against the pipeline's direction:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scan_sees_a_use_against_the_direction() {
    let found = uses("use crate::plan::sql::x; // crate::apply\nlet a = crate::model::Q;");
    assert_eq!(
        found,
        vec![(1, "plan".to_string()), (2, "model".to_string())]
    );
}
