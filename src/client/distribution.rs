//! Which server a key lives on, exactly as libmemcached places it, so that this module and
//! libmemcached clients (PHP, Python, C) sharing a pool find each other's keys.
//!
//! - `modula`: libmemcached's default: one-at-a-time hash of the key, modulo the server count.
//! - `ketama`: libmemcached's weighted ketama continuum: each server owns points on a ring of
//!   32-bit values taken from MD5 digests of its name, in proportion to its weight; a key goes to
//!   the first point at or after the first 32 bits of the key's MD5, wrapping around.
//!
//! Pure: names and weights in, server indices out. For failover, `order` also gives the servers
//! that come next for a key (the next distinct servers on the ring, or the next indices).

use md5::{Digest, Md5};

use crate::client::servers::{ServerAddr, ServerSpec};

/// How keys are spread over several servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Distribution {
    /// libmemcached's weighted ketama (MD5 continuum): consistent hashing.
    Ketama,
    /// libmemcached's default: one-at-a-time hash modulo the number of servers.
    Modula,
}

/// libmemcached's points per server in a ketama continuum, and the points taken from one digest.
const POINTS_PER_SERVER: usize = 160;
const POINTS_PER_HASH: usize = 4;

/// A server as the continuum names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The host name (or address, or unix socket path) as written in the server list.
    pub host: String,
    pub port: u16,
    pub weight: u32,
}

impl Member {
    /// A list entry as libmemcached names it on the ketama continuum: the host as written (IPv6
    /// with its brackets), or a socket path with port 0.
    pub fn of(spec: &ServerSpec) -> Member {
        let (host, port) = match &spec.addr {
            ServerAddr::Host { host, port } => (host.clone(), *port),
            ServerAddr::Ipv6 { addr, port } => (format!("[{addr}]"), *port),
            ServerAddr::Unix(path) => (path.display().to_string(), 0),
        };
        Member {
            host,
            port,
            weight: spec.weight,
        }
    }
}

#[derive(Debug, Clone)]
enum Kind {
    Single,
    Modula,
    /// Points sorted by value: (value, server index).
    Ketama(Vec<(u32, usize)>),
}

#[derive(Debug, Clone)]
pub struct Placement {
    kind: Kind,
    servers: usize,
}

/// Jenkins' one-at-a-time hash, libmemcached's default key hash. Bytes are added sign-extended,
/// as libmemcached does on x86-64 (where C `char` is signed): keys with bytes of 0x80 and more
/// land where its clients put them.
pub fn one_at_a_time(key: &[u8]) -> u32 {
    let mut hash: u32 = 0;
    for &b in key {
        hash = hash.wrapping_add(b as i8 as i32 as u32);
        hash = hash.wrapping_add(hash << 10);
        hash ^= hash >> 6;
    }
    hash = hash.wrapping_add(hash << 3);
    hash ^= hash >> 11;
    hash.wrapping_add(hash << 15)
}

/// The `n`th 32-bit value of an MD5 digest, read little-endian.
fn md5_point(digest: &[u8], n: usize) -> u32 {
    u32::from_le_bytes([
        digest[n * 4],
        digest[n * 4 + 1],
        digest[n * 4 + 2],
        digest[n * 4 + 3],
    ])
}

/// The first 32 bits of the key's MD5: where a key falls on the ketama ring.
pub fn ketama_hash(key: &[u8]) -> u32 {
    md5_point(&Md5::digest(key), 0)
}

fn continuum(members: &[Member]) -> Vec<(u32, usize)> {
    let total_weight: u64 = members.iter().map(|m| u64::from(m.weight)).sum();
    let count = members.len();
    let mut points = Vec::with_capacity(POINTS_PER_SERVER * count);
    for (index, m) in members.iter().enumerate() {
        // Single precision, each step rounded, in libmemcached's order: double precision gives
        // some servers a different number of points (e.g. weights 1,6,6,6,6).
        let share = m.weight as f32 / total_weight as f32;
        let mut v = share * POINTS_PER_SERVER as f32;
        v /= POINTS_PER_HASH as f32;
        v *= count as f32;
        v += 1e-10_f32;
        let hashes = v.floor() as usize;
        for i in 0..hashes {
            let name = if m.port == crate::client::servers::DEFAULT_PORT {
                format!("{}-{}", m.host, i)
            } else {
                format!("{}:{}-{}", m.host, m.port, i)
            };
            let digest = Md5::digest(name.as_bytes());
            for n in 0..POINTS_PER_HASH {
                points.push((md5_point(&digest, n), index));
            }
        }
    }
    // Ties are broken by server index, as libmemcached's sort does.
    points.sort_unstable();
    points
}

impl Placement {
    pub fn new(distribution: Distribution, members: &[Member]) -> Placement {
        let kind = match (members.len(), distribution) {
            (0 | 1, _) => Kind::Single,
            (_, Distribution::Modula) => Kind::Modula,
            (_, Distribution::Ketama) => Kind::Ketama(continuum(members)),
        };
        Placement {
            kind,
            servers: members.len(),
        }
    }

    /// The server a key lives on.
    pub fn primary(&self, key: &[u8]) -> usize {
        self.order(key).next().unwrap_or(0)
    }

    /// The servers for a key in failover order: the one it lives on first, then each other server
    /// once, in the order the distribution would fall back to them.
    pub fn order(&self, key: &[u8]) -> Order<'_> {
        let start = match &self.kind {
            Kind::Single => 0,
            Kind::Modula => one_at_a_time(key) as usize % self.servers,
            Kind::Ketama(points) => {
                let hash = ketama_hash(key);
                let at = points.partition_point(|&(value, _)| value < hash);
                if at == points.len() {
                    0
                } else {
                    at
                }
            }
        };
        Order {
            placement: self,
            next: start,
            steps: 0,
            seen: 0,
        }
    }
}

/// Server indices for one key, each at most once.
pub struct Order<'a> {
    placement: &'a Placement,
    /// The next point (ketama) or index (modula) to look at.
    next: usize,
    steps: usize,
    /// Servers already given (bit i: server i; at most 64 servers).
    seen: u64,
}

impl Iterator for Order<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let p = self.placement;
        let limit = match &p.kind {
            Kind::Ketama(points) => points.len(),
            _ => p.servers,
        };
        while self.steps < limit && self.seen.count_ones() < p.servers as u32 {
            let server = match &p.kind {
                Kind::Ketama(points) => points[(self.next + self.steps) % limit].1,
                _ => (self.next + self.steps) % limit,
            };
            self.steps += 1;
            if self.seen & (1 << server) == 0 {
                self.seen |= 1 << server;
                return Some(server);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(weights: &[u32]) -> Vec<Member> {
        weights
            .iter()
            .enumerate()
            .map(|(i, &weight)| Member {
                host: "127.0.0.1".into(),
                port: 11211 + i as u16,
                weight,
            })
            .collect()
    }

    #[test]
    fn one_at_a_time_known_values() {
        // Reference values of Jenkins' one-at-a-time hash.
        assert_eq!(one_at_a_time(b"a"), 0xca2e9442);
        assert_eq!(
            one_at_a_time(b"The quick brown fox jumps over the lazy dog"),
            0x519e91f5
        );
    }

    #[test]
    fn every_order_names_every_server_once() {
        for distribution in [Distribution::Ketama, Distribution::Modula] {
            let p = Placement::new(distribution, &members(&[1, 2, 1, 3]));
            for i in 0..200 {
                let key = format!("key{i}");
                let mut order: Vec<usize> = p.order(key.as_bytes()).collect();
                assert_eq!(order[0], p.primary(key.as_bytes()));
                order.sort();
                assert_eq!(order, [0, 1, 2, 3]);
            }
        }
        let single = Placement::new(Distribution::Ketama, &members(&[1]));
        assert_eq!(single.order(b"k").collect::<Vec<_>>(), [0]);
    }

    /// Placements computed by libmemcached 1.1.4 itself (memcached_server_by_key, no network)
    /// for servers 127.0.0.1:11211..11214: `key<TAB>ketama weights 1,2,1,3<TAB>ketama equal
    /// weights<TAB>modula`.
    const LIBMEMCACHED_VECTORS: &str = include_str!("../../tests/data/libmemcached_placement.tsv");

    #[test]
    fn places_keys_exactly_as_libmemcached() {
        let weighted = Placement::new(Distribution::Ketama, &members(&[1, 2, 1, 3]));
        let equal = Placement::new(Distribution::Ketama, &members(&[1, 1, 1, 1]));
        let modula = Placement::new(Distribution::Modula, &members(&[1, 1, 1, 1]));
        let mut rows = 0;
        for line in LIBMEMCACHED_VECTORS.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let key = f[0].as_bytes();
            let want: Vec<usize> = f[1..].iter().map(|n| n.parse().unwrap()).collect();
            let got = [
                weighted.primary(key),
                equal.primary(key),
                modula.primary(key),
            ];
            assert_eq!(got[..], want[..], "key {}", f[0]);
            rows += 1;
        }
        assert!(rows >= 500, "{rows}");
    }

    #[test]
    fn single_precision_point_counts() {
        // libmemcached gives the weight-1 server 28 points here; double precision would give 32.
        let p = continuum(&members(&[1, 6, 6, 6, 6]));
        assert_eq!(p.iter().filter(|&&(_, s)| s == 0).count(), 28);
        let p = continuum(&members(&[1, 2, 1, 3]));
        let per: Vec<usize> = (0..4)
            .map(|i| p.iter().filter(|&&(_, s)| s == i).count())
            .collect();
        assert_eq!(per, [88, 180, 88, 272]);
    }

    #[test]
    fn weights_shift_the_share_of_keys() {
        let p = Placement::new(Distribution::Ketama, &members(&[1, 3]));
        let on_heavy = (0..10_000)
            .filter(|i| p.primary(format!("k{i}").as_bytes()) == 1)
            .count();
        assert!((6_500..8_500).contains(&on_heavy), "{on_heavy}");
    }
}
