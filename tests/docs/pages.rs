//! Reading the documentation pages: README.md and docs/*.md, their fenced blocks, the shell
//! commands those show, their links and the anchors a link may name.

use std::path::{Component, Path, PathBuf};

/// The blocks whose lines are shell commands (`console`: only the lines after a `$ ` prompt; the
/// others are what the command printed).
const SHELL_BLOCKS: [&str; 4] = ["sh", "shell", "bash", "console"];

/// One page, by its path in the repository.
pub struct Page {
    pub path: String,
    pub text: String,
}

/// README.md and every page of docs/, in name order.
pub fn all(root: &str) -> Vec<Page> {
    let mut paths = vec!["README.md".to_string()];
    let mut docs: Vec<String> = std::fs::read_dir(format!("{root}/docs"))
        .expect("the docs/ folder")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    docs.sort();
    paths.extend(docs);
    paths
        .into_iter()
        .map(|path| Page {
            text: std::fs::read_to_string(format!("{root}/{path}")).unwrap(),
            path,
        })
        .collect()
}

/// A fenced block: its info string ("sh", "" …), the line its first line of content is on (from
/// 1), and its lines.
pub struct Block<'a> {
    pub info: &'a str,
    pub first_line: usize,
    pub lines: Vec<&'a str>,
}

impl Page {
    /// Every fenced block of the page.
    pub fn blocks(&self) -> Vec<Block<'_>> {
        let mut blocks = Vec::new();
        let mut open: Option<Block> = None;
        for (i, line) in self.text.lines().enumerate() {
            match (line.strip_prefix("```"), open.take()) {
                (Some(info), None) => {
                    open = Some(Block {
                        info: info.trim(),
                        first_line: i + 2,
                        lines: Vec::new(),
                    })
                }
                (Some(_), Some(block)) => blocks.push(block),
                (None, Some(mut block)) => {
                    block.lines.push(line);
                    open = Some(block);
                }
                (None, None) => {}
            }
        }
        assert!(open.is_none(), "{}: a code block is not closed", self.path);
        blocks
    }

    /// The page's text outside fenced blocks, line by line with their numbers (from 1).
    pub fn prose(&self) -> Vec<(usize, &str)> {
        let mut in_block = false;
        let mut prose = Vec::new();
        for (i, line) in self.text.lines().enumerate() {
            if line.starts_with("```") {
                in_block = !in_block;
            } else if !in_block {
                prose.push((i + 1, line));
            }
        }
        prose
    }

    /// The first block without an info string (a config) whose text contains `needle`.
    pub fn config_block_with(&self, needle: &str) -> String {
        self.blocks()
            .into_iter()
            .find(|b| b.info.is_empty() && b.lines.iter().any(|l| l.contains(needle)))
            .unwrap_or_else(|| panic!("{} shows no config with {needle}", self.path))
            .lines
            .join("\n")
    }

    /// The anchors a link into this page may name: its headings as GitHub makes them, and any
    /// `<a id="...">`.
    pub fn anchors(&self) -> Vec<String> {
        let mut anchors: Vec<String> = Vec::new();
        for (_, line) in self.prose() {
            if let Some(heading) = line.strip_prefix('#') {
                let base = slug(heading.trim_start_matches('#').trim());
                let mut anchor = base.clone();
                let mut n = 0;
                while anchors.contains(&anchor) {
                    n += 1;
                    anchor = format!("{base}-{n}");
                }
                anchors.push(anchor);
            }
            let mut rest = line;
            while let Some(at) = rest.find("<a id=\"") {
                let id = &rest[at + 7..];
                let end = id.find('"').expect("a closed id");
                anchors.push(id[..end].to_string());
                rest = &id[end..];
            }
        }
        anchors
    }

    /// The targets of the page's markdown links, with the line each is on.
    pub fn links(&self) -> Vec<(usize, &str)> {
        let mut links = Vec::new();
        for (n, line) in self.prose() {
            let mut rest = line;
            while let Some(at) = rest.find("](") {
                let target = &rest[at + 2..];
                let end = target.find(')').expect("a closed link");
                links.push((n, &target[..end]));
                rest = &target[end..];
            }
        }
        links
    }

    /// The text of every inline code span of the prose, with its line.
    pub fn code_spans(&self) -> Vec<(usize, &str)> {
        let mut spans = Vec::new();
        for (n, line) in self.prose() {
            let mut parts = line.split('`');
            parts.next();
            while let (Some(code), Some(_)) = (parts.next(), parts.next()) {
                spans.push((n, code));
            }
        }
        spans
    }
}

/// GitHub's anchor for a heading: lower case, spaces to hyphens, other punctuation dropped.
pub fn slug(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

/// The file a relative link names, from the page it is on (None when it leaves the repository).
pub fn resolve(page: &str, target: &str) -> Option<PathBuf> {
    let mut path = PathBuf::new();
    for part in Path::new(page).parent().unwrap().join(target).components() {
        match part {
            Component::Normal(p) => path.push(p),
            Component::ParentDir if path.pop() => {}
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(path)
}

/// A shell command a page shows.
#[derive(Debug, Clone)]
pub struct Shown {
    pub page: String,
    pub line: usize,
    /// As written, its continuation lines joined and a trailing comment left out.
    pub command: String,
    /// What a `console` block shows it printing (empty: nothing shown).
    pub output: Vec<String>,
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: `{}`", self.page, self.line, self.command)
    }
}

/// Every shell command the page shows, in order.
pub fn commands(page: &Page) -> Vec<Shown> {
    let mut shown = Vec::new();
    for block in page.blocks() {
        if !SHELL_BLOCKS.contains(&block.info) {
            continue;
        }
        let console = block.info == "console";
        let first = shown.len();
        let mut continued: Option<Shown> = None;
        for (i, line) in block.lines.iter().enumerate() {
            if let Some(mut cmd) = continued.take() {
                let (text, more) = continuation(line.trim_start());
                cmd.command.push(' ');
                cmd.command.push_str(text);
                match more {
                    true => continued = Some(cmd),
                    false => shown.push(cmd),
                }
                continue;
            }
            let text = match (line.strip_prefix("$ "), console) {
                (Some(text), _) => text,
                (None, false) => line,
                (None, true) => {
                    // Output: of the last command of this block.
                    if shown.len() > first {
                        let last: &mut Shown = shown.last_mut().unwrap();
                        last.output.push(line.to_string());
                    }
                    continue;
                }
            };
            let text = without_comment(text);
            if text.is_empty() {
                continue;
            }
            let (text, more) = continuation(text);
            let cmd = Shown {
                page: page.path.clone(),
                line: block.first_line + i,
                command: text.to_string(),
                output: Vec::new(),
            };
            match more {
                true => continued = Some(cmd),
                false => shown.push(cmd),
            }
        }
        assert!(
            continued.is_none(),
            "{}: a command ends in a backslash",
            page.path
        );
    }
    shown
}

/// The line without a trailing backslash, and whether it had one (the command goes on).
fn continuation(line: &str) -> (&str, bool) {
    match line.trim_end().strip_suffix('\\') {
        Some(text) => (text.trim_end(), true),
        None => (line.trim_end(), false),
    }
}

/// The line up to a `#` that starts a shell comment (at the start of a word, outside quotes).
fn without_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut word_start = true;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') if word_start => return line[..i].trim_end(),
            _ => {}
        }
        word_start = c.is_whitespace();
    }
    line.trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> Page {
        Page {
            path: "docs/x.md".into(),
            text: text.into(),
        }
    }

    #[test]
    fn commands_are_read_with_their_continuations_and_without_comments() {
        let p = page(
            "text\n```sh\n# a comment\nmake demo   # what it does\n            # more of it\n\
             a \\\n    b 'c # d'\n```\n```\nnot a command\n```\n\
             ```console\n$ echo 1\n1\n$ true\n```\n",
        );
        let shown = commands(&p);
        let texts: Vec<(&str, usize, Vec<String>)> = shown
            .iter()
            .map(|s| (s.command.as_str(), s.line, s.output.clone()))
            .collect();
        assert_eq!(
            texts,
            [
                ("make demo", 4, vec![]),
                ("a b 'c # d'", 6, vec![]),
                ("echo 1", 13, vec!["1".to_string()]),
                ("true", 15, vec![]),
            ]
        );
    }

    #[test]
    fn anchors_are_githubs() {
        let p = page("# Top\n## KEMI: `KSR.memcached.*`\n## A complete kamailio.cfg\n## Top\n```\n# not a heading\n```\n<a id=\"x-y\"></a>\n");
        assert_eq!(
            p.anchors(),
            [
                "top",
                "kemi-ksrmemcached",
                "a-complete-kamailiocfg",
                "top-1",
                "x-y"
            ]
        );
    }

    #[test]
    fn links_resolve_from_the_page_they_are_on() {
        assert_eq!(
            resolve("docs/a.md", "../README.md"),
            Some(PathBuf::from("README.md"))
        );
        assert_eq!(
            resolve("README.md", "docs/a.md"),
            Some(PathBuf::from("docs/a.md"))
        );
        assert_eq!(resolve("README.md", "../x"), None);
    }
}
