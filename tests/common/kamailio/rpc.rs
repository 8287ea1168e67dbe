//! `memcached.stats` as each of Kamailio's RPC transports shows it (kamcmd over ctl, jsonrpcs
//! over HTTP and the FIFO, xmlrpc, xhttp_rpc's page), read back into its members in order.

use std::collections::BTreeMap;
use std::process::Command;

use super::Kamailio;

/// The RPC transports the example config routes when they are loaded: xhttp_rpc's page under
/// `/rpc/`, xmlrpc on `POST /RPC2`.
pub const RPC_MODULES: &str = "loadmodule \"xhttp_rpc.so\"\nloadmodule \"xmlrpc.so\"";

/// One member of a reply, as the transport typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A number: a JSON number, an XML-RPC `<double>`, `<int>` or `<i4>`; in kamcmd's and the
    /// page's text, which show no type, any run of digits.
    Number(u64),
    /// A string (a JSON or XML-RPC string; the rest of a text line).
    Text(String),
    /// A struct: the members after it are its own (a server's).
    Struct,
}

pub type Members = Vec<(String, Value)>;

/// The reply's top-level members before the first struct, and the first struct's members: the
/// counters of the report and of its first server.
pub fn split_at_first_server(members: &Members) -> (Members, Members) {
    let at = members
        .iter()
        .position(|(_, v)| *v == Value::Struct)
        .unwrap_or(members.len());
    let server = members[at..].iter().skip(1).cloned();
    (members[..at].to_vec(), server.collect())
}

/// The numbers among `members`, by name.
pub fn numbers(members: &Members) -> BTreeMap<String, u64> {
    members
        .iter()
        .filter_map(|(name, v)| match v {
            Value::Number(n) => Some((name.clone(), *n)),
            _ => None,
        })
        .collect()
}

fn text_value(value: &str) -> Value {
    let value = value.trim();
    match value.parse() {
        Ok(n) if value.bytes().all(|b| b.is_ascii_digit()) => Value::Number(n),
        _ => Value::Text(value.to_string()),
    }
}

/// `name: value` lines, a struct as `name: {` (kamcmd) or `name:` with nothing after it
/// (xhttp_rpc's page, whose HTML separates lines with `<br/>`; or a browser's text of it).
pub fn from_text(text: &str) -> Members {
    text.replace("<br/>", "\n")
        .lines()
        .map(str::trim)
        .filter_map(|line| {
            if let Some(name) = line.strip_suffix(": {").or(line.strip_suffix(':')) {
                return Some((name.to_string(), Value::Struct));
            }
            // "servers: 127.0.0.1:1234": the first ": " ends the name.
            let (name, value) = line.split_once(": ")?;
            Some((name.to_string(), text_value(value)))
        })
        .collect()
}

/// What xhttp_rpc's page shows of a reply: its `<pre>`, lines separated by `<br/>`.
pub fn page_reply(html: &str) -> &str {
    html.split_once("<pre>")
        .and_then(|(_, rest)| rest.split_once("</pre>"))
        .map(|(pre, _)| pre)
        .unwrap_or_else(|| panic!("no <pre> on the page:\n{html}"))
}

/// The members of xhttp_rpc's reply page.
pub fn from_page(html: &str) -> Members {
    from_text(page_reply(html))
}

/// The members of a JSON-RPC reply's `result`, nested objects flattened in order.
pub fn from_json(text: &str) -> Members {
    let result = text
        .split_once("\"result\"")
        .unwrap_or_else(|| panic!("no result in {text}"))
        .1;
    // Up to the end of the result's object (what follows, "id", is the envelope's).
    let (mut depth, mut in_string, mut end) = (0, false, result.len());
    for (i, c) in result.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    end = i;
                    break;
                }
            }
            _ => {}
        }
    }
    let result = &result[..end];
    let bytes = result.as_bytes();
    let mut members = Vec::new();
    let mut at = 0;
    while let Some(open) = result[at..].find('"').map(|i| at + i) {
        let close = open + 1 + result[open + 1..].find('"').unwrap();
        let name = &result[open + 1..close];
        let mut i = close + 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] != b':' {
            at = close + 1;
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let (value, next) = match bytes.get(i) {
            Some(b'{') => (Value::Struct, i + 1),
            Some(b'"') => {
                let end = i + 1 + result[i + 1..].find('"').unwrap();
                (Value::Text(result[i + 1..end].to_string()), end + 1)
            }
            _ => {
                let end = i + result[i..]
                    .find(|c: char| !c.is_ascii_alphanumeric() && c != '.' && c != '-' && c != '+')
                    .unwrap_or(result.len() - i);
                let raw = &result[i..end];
                let value = match raw.parse() {
                    Ok(n) => Value::Number(n),
                    Err(_) => Value::Text(raw.to_string()),
                };
                (value, end)
            }
        };
        members.push((name.to_string(), value));
        at = next;
    }
    members
}

/// The members of an XML-RPC `methodResponse`, nested structs flattened in order.
pub fn from_xmlrpc(text: &str) -> Members {
    let mut members = Vec::new();
    let mut rest = text;
    while let Some((_, after)) = rest.split_once("<name>") {
        let (name, after) = after.split_once("</name>").unwrap();
        let after = after.trim_start();
        let after = after.strip_prefix("<value>").unwrap_or(after).trim_start();
        let (value, after) = if let Some(after) = after.strip_prefix("<struct>") {
            (Value::Struct, after)
        } else {
            let tag_end = after.find('>').unwrap();
            let tag = &after[1..tag_end];
            let (inner, after) = after[tag_end + 1..]
                .split_once(&format!("</{tag}>"))
                .unwrap();
            let value = match (tag, inner.parse()) {
                ("double" | "int" | "i4", Ok(n)) => Value::Number(n),
                _ => Value::Text(inner.to_string()),
            };
            (value, after)
        };
        members.push((name.to_string(), value));
        rest = after;
    }
    members
}

fn xhttp_rpc_path(method: &str) -> String {
    let module = method.split('.').next().unwrap();
    format!("/rpc/{module}/{method}?arg=")
}

impl Kamailio {
    /// curl on the HTTP port; an HTTP error status fails.
    pub fn curl(&self, args: &[&str], path: &str) -> String {
        self.curl_with(&[&["-f"], args].concat(), path)
    }

    fn curl_with(&self, args: &[&str], path: &str) -> String {
        let out = Command::new("curl")
            .args(["-s", "-m", "5"])
            .args(args)
            .arg(format!("http://127.0.0.1:{}{path}", self.http_port))
            .output()
            .expect("curl");
        assert!(
            out.status.success(),
            "curl {args:?} {path}: {out:?}\n{}",
            self.log_text()
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// jsonrpcs over HTTP: `POST /RPC`.
    pub fn jsonrpc_over_http(&self, method: &str) -> String {
        let body = format!(r#"{{"jsonrpc":"2.0","method":"{method}","id":1}}"#);
        self.curl(&["-d", &body], "/RPC")
    }

    /// xmlrpc: an XML-RPC `methodCall` posted to `/RPC2`.
    pub fn xmlrpc(&self, method: &str) -> String {
        let body = format!(
            "<?xml version=\"1.0\"?><methodCall><methodName>{method}</methodName></methodCall>"
        );
        self.curl(&["-H", "Content-Type: text/xml", "-d", &body], "/RPC2")
    }

    /// xhttp_rpc's page for `method`, as its form submits it (`GET …?arg=`).
    pub fn xhttp_rpc_page(&self, method: &str) -> String {
        self.curl(&[], &xhttp_rpc_path(method))
    }

    /// The same, with the HTTP status the page came with (500 when the reply failed).
    pub fn xhttp_rpc_page_and_status(&self, method: &str) -> (String, u16) {
        let out = self.curl_with(&["-w", "\n%{http_code}"], &xhttp_rpc_path(method));
        let (page, status) = out.rsplit_once('\n').unwrap();
        (page.to_string(), status.parse().unwrap())
    }
}
