//! The memcached text protocol: request encoding into a reused buffer here, reply parsing in
//! [`reply`]. Pure: bytes in, values out, no I/O, so that both can be fuzzed.

pub mod key;
pub mod reply;

use crate::protocol::key::WireKey;

/// The storage commands this module sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreCommand {
    Set,
    Add,
}

/// The arithmetic commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithCommand {
    Incr,
    Decr,
}

/// Appends the decimal digits of `n` without going through `fmt`.
fn push_decimal(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

/// Formats a signed number into `out`, returning the digits.
pub fn format_i64(n: i64, out: &mut [u8; 20]) -> &[u8] {
    let mut i = out.len();
    let mut rest = n.unsigned_abs();
    loop {
        i -= 1;
        out[i] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        out[i] = b'-';
    }
    &out[i..]
}

fn start(buf: &mut Vec<u8>, command: &[u8], key: &WireKey) {
    buf.clear();
    buf.extend_from_slice(command);
    buf.push(b' ');
    buf.extend_from_slice(key.as_bytes());
}

/// `get <key>\r\n`
pub fn encode_get(buf: &mut Vec<u8>, key: &WireKey) {
    start(buf, b"get", key);
    buf.extend_from_slice(b"\r\n");
}

/// `mg <key> v f t\r\n`: the value, its flags and its time left; only what the read needs.
///
/// Not `k` (the key in the reply): a reply is matched to its request by the connection, which
/// is dropped after any failure that leaves it out of step (a timeout, half a reply), so the
/// replies read are the ones to the requests just written, in the order they were written
/// (memcached answers the requests of one connection in order; [`append_meta_get`] pipelines
/// some). `k` matters to a client that sends quiet (`q`) gets, whose misses answer nothing; this
/// one does not. And Dragonfly refuses a meta flag it does not know, `k` among them (its
/// `src/facade/memcache_parser.cc`), which would make it a server without the meta protocol.
pub fn encode_meta_get(buf: &mut Vec<u8>, key: &WireKey) {
    buf.clear();
    append_meta_get(buf, key);
}

/// [`encode_meta_get`] after what `buf` holds: one more request of a pipeline.
pub fn append_meta_get(buf: &mut Vec<u8>, key: &WireKey) {
    buf.extend_from_slice(b"mg ");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b" v f t\r\n");
}

/// `set|add <key> <flags> <exptime> <bytes>\r\n<data>\r\n`
pub fn encode_store(
    buf: &mut Vec<u8>,
    command: StoreCommand,
    key: &WireKey,
    flags: u32,
    exptime: u32,
    data: &[u8],
) {
    let name: &[u8] = match command {
        StoreCommand::Set => b"set",
        StoreCommand::Add => b"add",
    };
    buf.reserve(data.len() + 300);
    start(buf, name, key);
    buf.push(b' ');
    push_decimal(buf, u64::from(flags));
    buf.push(b' ');
    push_decimal(buf, u64::from(exptime));
    buf.push(b' ');
    push_decimal(buf, data.len() as u64);
    buf.extend_from_slice(b"\r\n");
    buf.extend_from_slice(data);
    buf.extend_from_slice(b"\r\n");
}

/// `delete <key>\r\n`
pub fn encode_delete(buf: &mut Vec<u8>, key: &WireKey) {
    start(buf, b"delete", key);
    buf.extend_from_slice(b"\r\n");
}

/// `incr|decr <key> <delta>\r\n`
pub fn encode_arith(buf: &mut Vec<u8>, command: ArithCommand, key: &WireKey, delta: u64) {
    let name: &[u8] = match command {
        ArithCommand::Incr => b"incr",
        ArithCommand::Decr => b"decr",
    };
    start(buf, name, key);
    buf.push(b' ');
    push_decimal(buf, delta);
    buf.extend_from_slice(b"\r\n");
}

/// `touch <key> <exptime>\r\n`
pub fn encode_touch(buf: &mut Vec<u8>, key: &WireKey, exptime: u32) {
    start(buf, b"touch", key);
    buf.push(b' ');
    push_decimal(buf, u64::from(exptime));
    buf.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_signed_numbers() {
        let mut buf = [0u8; 20];
        for n in [0, 7, -7, 42, i64::MAX, i64::MIN] {
            assert_eq!(format_i64(n, &mut buf), n.to_string().as_bytes());
        }
    }

    #[test]
    fn encodes_requests() {
        let key = WireKey::new(b"user").unwrap();
        let mut buf = Vec::new();
        encode_get(&mut buf, &key);
        assert_eq!(buf, b"get user\r\n");
        encode_meta_get(&mut buf, &key);
        assert_eq!(buf, b"mg user v f t\r\n");
        encode_store(&mut buf, StoreCommand::Set, &key, 1, 300, b"alice");
        assert_eq!(buf, b"set user 1 300 5\r\nalice\r\n");
        encode_store(&mut buf, StoreCommand::Add, &key, 0, 0, b"");
        assert_eq!(buf, b"add user 0 0 0\r\n\r\n");
        encode_delete(&mut buf, &key);
        assert_eq!(buf, b"delete user\r\n");
        encode_arith(&mut buf, ArithCommand::Incr, &key, u64::MAX);
        assert_eq!(buf, b"incr user 18446744073709551615\r\n");
        encode_arith(&mut buf, ArithCommand::Decr, &key, 0);
        assert_eq!(buf, b"decr user 0\r\n");
        encode_touch(&mut buf, &key, 2_592_001);
        assert_eq!(buf, b"touch user 2592001\r\n");
    }
}
