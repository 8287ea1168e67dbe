//! Which memcached item flags values are written with, and which flags read back as integers: the
//! `flags` parameter. Other clients that share the servers have conventions of their own (Python
//! clients take flag 1 for "pickled"), so the convention is a setting, with presets for them.

use crate::numbers::parse_u64;

/// The flags of an item that reads as an integer, when it holds a decimal number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntRead {
    /// Any flags with bit 0 clear (the stock Kamailio module's rule: 0, 2, 4, 16…).
    Even,
    /// Exactly these flags values.
    Exactly(Vec<u32>),
}

impl IntRead {
    fn contains(&self, flags: u32) -> bool {
        match self {
            IntRead::Even => flags & 1 == 0,
            IntRead::Exactly(list) => list.contains(&flags),
        }
    }
}

/// A convention: the flags of the strings and integers written, and of the items read as integers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagConvention {
    pub string: u32,
    pub integer: u32,
    pub int_read: IntRead,
}

/// The values Python's clients read as integers: 2 and 4 (their `FLAG_INTEGER` and `FLAG_LONG`),
/// and 0 (bytes, untyped: as the stock rule reads them).
const PYTHON_INT_READ: [u32; 3] = [0, 2, 4];

/// Every preset: its name and what it means.
pub fn presets() -> [(&'static str, FlagConvention); 5] {
    let python = |integer| FlagConvention {
        string: 16,
        integer,
        int_read: IntRead::Exactly(PYTHON_INT_READ.to_vec()),
    };
    [
        ("kamailio", FlagConvention::KAMAILIO),
        ("python-memcached", python(2)),
        ("pymemcache", python(2)),
        ("pylibmc", python(4)),
        (
            "php-memcached",
            FlagConvention {
                string: 0,
                integer: 1,
                int_read: IntRead::Exactly(vec![1]),
            },
        ),
    ]
}

impl FlagConvention {
    /// The stock Kamailio module's: strings 1 (`VAR_VAL_STR`), integers 0, bit 0 clear reads as
    /// an integer.
    pub const KAMAILIO: FlagConvention = FlagConvention {
        string: 1,
        integer: 0,
        int_read: IntRead::Even,
    };

    /// Whether an item with `flags` reads as an integer (when it holds a number).
    pub fn reads_as_integer(&self, flags: u32) -> bool {
        self.int_read.contains(flags)
    }

    /// Parses the parameter's text: a preset name, `key=value` fields over the default
    /// (`str=16 int=2 int_read=0,2,4`), or a preset followed by fields (`pylibmc int=2`).
    /// The result must read back what it writes: its integers as integers, its strings as strings.
    pub fn parse(text: &str) -> Result<FlagConvention, String> {
        if text.trim().is_empty() {
            return Err(format!("empty (expected a preset: {})", preset_names()));
        }
        let mut words = text.split_whitespace().peekable();
        let mut c = FlagConvention::KAMAILIO;
        if let Some(first) = words.peek().filter(|w| !w.contains('=')) {
            let name = first.to_ascii_lowercase();
            c = presets()
                .into_iter()
                .find(|(n, _)| *n == name)
                .map(|(_, c)| c)
                .ok_or_else(|| format!("unknown preset '{first}' (expected {})", preset_names()))?;
            words.next();
        }
        for word in words {
            let (key, value) = word.split_once('=').ok_or_else(|| {
                format!("'{word}' is not key=value (after a preset only fields may follow)")
            })?;
            match key.to_ascii_lowercase().as_str() {
                "str" => c.string = flag_value(value)?,
                "int" => c.integer = flag_value(value)?,
                "int_read" => {
                    c.int_read = match value.to_ascii_lowercase().as_str() {
                        "even" => IntRead::Even,
                        list => IntRead::Exactly(
                            list.split(',').map(flag_value).collect::<Result<_, _>>()?,
                        ),
                    }
                }
                _ => {
                    return Err(format!(
                        "unknown field '{key}' (expected str, int or int_read)"
                    ))
                }
            }
        }
        if !c.reads_as_integer(c.integer) {
            return Err(format!(
                "integers are written with flags {} but int_read does not read those as integers",
                c.integer
            ));
        }
        if c.reads_as_integer(c.string) {
            return Err(format!(
                "strings are written with flags {} but int_read reads those as integers",
                c.string
            ));
        }
        Ok(c)
    }

    /// The convention in the parameter's own syntax, for the startup line.
    pub fn describe(&self) -> String {
        let read = match &self.int_read {
            IntRead::Even => "even".to_string(),
            IntRead::Exactly(l) => l.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
        };
        format!("str={} int={} int_read={read}", self.string, self.integer)
    }
}

fn preset_names() -> String {
    presets().map(|(n, _)| n).join(", ")
}

/// A memcached flags value: 0 to 4294967295 (memcached 1.6 keeps 32 bits).
fn flag_value(text: &str) -> Result<u32, String> {
    parse_u64(text.as_bytes())
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| format!("'{text}' is not a flags value (0 to 4294967295)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_the_stock_modules_convention() {
        let c = FlagConvention::parse("kamailio").unwrap();
        assert_eq!(c, FlagConvention::KAMAILIO);
        assert_eq!((c.string, c.integer), (1, 0));
        for even in [0, 2, 4, 16, 32] {
            assert!(c.reads_as_integer(even), "{even}");
        }
        for odd in [1, 3, 17] {
            assert!(!c.reads_as_integer(odd), "{odd}");
        }
    }

    #[test]
    fn presets_write_what_their_clients_write() {
        let get = |t: &str| FlagConvention::parse(t).unwrap();
        let py = get("python-memcached");
        assert_eq!((py.string, py.integer), (16, 2));
        assert!(py.reads_as_integer(2) && py.reads_as_integer(4) && py.reads_as_integer(0));
        assert!(
            !py.reads_as_integer(16),
            "a Python str holding digits stays a string"
        );
        assert!(!py.reads_as_integer(1));
        assert_eq!(get("pymemcache"), py);
        assert_eq!(get("PyLibMC").integer, 4);
        let php = get("php-memcached");
        assert_eq!((php.string, php.integer), (0, 1));
        assert!(php.reads_as_integer(1) && !php.reads_as_integer(0));
    }

    #[test]
    fn explicit_fields_change_the_default_or_a_preset() {
        let c = FlagConvention::parse("str=16 int=2 int_read=0,2,4").unwrap();
        assert_eq!(c, presets()[1].1);
        let c = FlagConvention::parse("pylibmc int=2").unwrap();
        assert_eq!((c.string, c.integer), (16, 2));
        let c = FlagConvention::parse("str=3").unwrap();
        assert_eq!((c.string, c.integer, c.int_read), (3, 0, IntRead::Even));
        let c = FlagConvention::parse("str=4294967295 int=8 int_read=8").unwrap();
        assert_eq!(c.describe(), "str=4294967295 int=8 int_read=8");
        assert_eq!(
            FlagConvention::KAMAILIO.describe(),
            "str=1 int=0 int_read=even"
        );
    }

    #[test]
    fn bad_values_say_what_is_wrong() {
        for (text, says) in [
            ("", "empty"),
            ("   ", "empty"),
            ("python", "unknown preset 'python'"),
            ("str=x", "'x' is not a flags value"),
            ("str=-1", "'-1' is not a flags value"),
            ("str=4294967296", "'4294967296' is not a flags value"),
            ("int_read=1,,2", "'' is not a flags value"),
            ("colour=red", "unknown field 'colour'"),
            ("pylibmc php-memcached", "is not key=value"),
            ("int=1", "integers are written with flags 1 but int_read"),
            (
                "str=0",
                "strings are written with flags 0 but int_read reads",
            ),
            ("int_read=none", "'none' is not a flags value"),
            ("int_read=2", "integers are written with flags 0"),
        ] {
            let err = FlagConvention::parse(text).expect_err(text);
            assert!(err.contains(says), "{text}: {err}");
        }
    }
}
