//! Every parameter of the table (`engine::params::PARAMS`: name, default, doc line) is documented
//! with that default: in the C header's `sipmc_param_set`, and in the documentation's parameter
//! reference. A parameter added, renamed or given a new default fails here until both say so.

use std::fs;
use std::path::Path;

use sip_memcached::engine::params::{ParamDef, ParamKind, PARAMS};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn name(param: &ParamDef) -> &'static str {
    param.name.to_str().expect("parameter names are ASCII")
}

/// The default as the header writes it: a string quoted, a number bare.
fn written_default(param: &ParamDef) -> String {
    match param.kind {
        ParamKind::Str => format!("\"{}\"", param.default),
        ParamKind::Int => param.default.to_string(),
    }
}

/// The header's entry for a parameter: `` `name` (default D): doc ``.
fn header_entry(param: &ParamDef) -> String {
    format!(
        "`{}` (default {}): {}",
        name(param),
        written_default(param),
        param.doc
    )
}

/// The doc comment of `sipmc_param_set` in the committed header, its lines joined by spaces.
fn param_set_doc() -> String {
    let header = fs::read_to_string(Path::new(ROOT).join("include/sip_memcached.h"))
        .expect("include/sip_memcached.h");
    let lines: Vec<&str> = header.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("int sipmc_param_set("))
        .expect("the header declares sipmc_param_set");
    let start = lines[..at]
        .iter()
        .rposition(|l| !l.starts_with("//"))
        .map_or(0, |i| i + 1);
    lines[start..at]
        .iter()
        .map(|l| l.trim_start_matches("//").trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_header_gives_every_parameter_with_its_default_and_doc_line() {
    let doc = param_set_doc();
    let missing: Vec<&ParamDef> = PARAMS
        .iter()
        .filter(|p| !doc.contains(&header_entry(p)))
        .collect();
    assert!(
        missing.is_empty(),
        "the doc comment of sipmc_param_set (src/ffi/mod.rs, then `make header`) lacks the \
         entries of {:?}, as the table in src/engine/params.rs gives them:\n{}",
        missing.iter().map(|p| name(p)).collect::<Vec<_>>(),
        PARAMS
            .iter()
            .map(|p| format!("/// - {}", header_entry(p)))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Whether `text` (a default line or cell of the documentation) shows `param`'s default: as
/// `` `D` `` or `` `"D"` ``, or starting with D; an empty default as `""`, "none" or "empty".
fn shows_default(text: &str, param: &ParamDef) -> bool {
    let default = param.default;
    if default.is_empty() {
        let lower = text.to_ascii_lowercase();
        return text.contains("\"\"") || lower.contains("none") || lower.contains("empty");
    }
    let bare = text.trim().trim_matches(['`', '"']);
    text.contains(&format!("`{default}`"))
        || text.contains(&format!("`\"{default}\"`"))
        || bare.strip_prefix(default).is_some_and(|rest| {
            !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == ':')
        })
}

/// The names and the default line of each parameter section (`### a, b (type); c (type)`, then a
/// `Default:` line) of README.md's "## Admin guide: parameters".
fn readme_defaults() -> Vec<(String, String)> {
    let readme = fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README.md");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Admin guide: parameters"))
        .expect("README.md has a section \"## Admin guide: parameters\"");
    let mut found = Vec::new();
    for sub in section.split("\n### ").skip(1) {
        let heading = sub.lines().next().unwrap_or_default();
        let default = sub
            .lines()
            .find(|l| l.starts_with("Default:"))
            .unwrap_or_default();
        for part in heading.split(';') {
            let names = part.split('(').next().unwrap_or_default();
            for name in names.split(',') {
                found.push((name.trim().to_string(), default.to_string()));
            }
        }
    }
    found
}

/// The names (the first cell's `` `name` ``s) and the default (the second cell) of each row of
/// the tables of docs/parameters.md.
fn docs_defaults(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in text.lines().filter(|l| l.trim_start().starts_with('|')) {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        let [first, default, ..] = cells[..] else {
            continue;
        };
        for name in first.split('`').skip(1).step_by(2) {
            found.push((name.to_string(), default.trim().to_string()));
        }
    }
    found
}

#[test]
fn the_documentation_gives_every_parameter_with_its_default() {
    let docs = Path::new(ROOT).join("docs/parameters.md");
    let (source, found) = match fs::read_to_string(&docs) {
        Ok(text) => ("docs/parameters.md", docs_defaults(&text)),
        Err(_) => (
            "README.md's \"## Admin guide: parameters\"",
            readme_defaults(),
        ),
    };
    let mut wrong = Vec::new();
    for param in &PARAMS {
        match found.iter().find(|(n, _)| n == name(param)) {
            None => wrong.push(format!("`{}`: not there", name(param))),
            Some((_, shown)) if !shows_default(shown, param) => wrong.push(format!(
                "`{}`: its default is {}, but the documentation says {shown:?}",
                name(param),
                written_default(param)
            )),
            Some(_) => {}
        }
    }
    assert!(
        wrong.is_empty(),
        "{source} does not document every parameter with its default (src/engine/params.rs):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn a_default_shows_as_code_or_at_the_start_of_its_cell() {
    let expire = PARAMS.iter().find(|p| name(p) == "expire").unwrap();
    assert!(shows_default("Default: `10800` (3 hours)", expire));
    assert!(shows_default("10800 (3 hours)", expire));
    assert!(shows_default("`10800`", expire));
    assert!(!shows_default("Default: `108000`", expire));
    assert!(!shows_default("108000", expire));
    assert!(!shows_default("3 hours", expire));
    let servers = PARAMS.iter().find(|p| name(p) == "servers").unwrap();
    assert!(shows_default("Default: `\"localhost:11211\"`", servers));
    assert!(shows_default("`\"localhost:11211\"`", servers));
    assert!(!shows_default("`localhost`", servers));
    let username = PARAMS.iter().find(|p| name(p) == "username").unwrap();
    assert!(shows_default("Default: none", username));
    assert!(shows_default("`\"\"`", username));
    assert!(!shows_default("`kamailio`", username));
}

#[test]
fn a_docs_table_row_names_its_parameters_in_the_first_cell() {
    let rows = docs_defaults(
        "| name | default | meaning |\n|---|---|---|\n| `expire` | `10800` | seconds |\n\
         | `tls_cert_file`, `tls_key_file` | `\"\"` | a client certificate |\n",
    );
    assert_eq!(
        rows,
        [
            ("expire".to_string(), "`10800`".to_string()),
            ("tls_cert_file".to_string(), "`\"\"`".to_string()),
            ("tls_key_file".to_string(), "`\"\"`".to_string()),
        ]
    );
}
