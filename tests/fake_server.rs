//! Faults a real memcached cannot produce, from a fake server that answers each request with a
//! scripted reply: garbage, half a reply then silence, a reply in one-byte pieces, a value longer
//! than announced, SERVER_ERROR. After each, the connection must be replaced and the next
//! operation must be correct.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sip_memcached::{Engine, Error, Params, Pv, ScriptValue, ValueRef};

enum Answer {
    /// The bytes in one write.
    Whole(&'static [u8]),
    /// The bytes one at a time, with a pause between them.
    Pieces(&'static [u8]),
    /// The bytes, then nothing: the connection stays open and silent.
    ThenSilence(&'static [u8]),
    /// A pause, then the bytes in one write: a slow server.
    After(Duration, &'static [u8]),
    /// Bytes made for this request, in one write.
    Made(Vec<u8>),
    /// The connection closed without a reply: the request was read (and maybe applied), as a
    /// proxy that drops its client connection does.
    Close,
    /// The bytes, then the connection closed: mcrouter's answer to a request it cannot parse.
    ThenClose(&'static [u8]),
}

/// Chooses the answer to one request from its command line (without the CRLF); `None` closes the
/// connection.
type Responder = dyn Fn(&[u8]) -> Option<Answer> + Send + Sync;

struct FakeServer {
    port: u16,
    connections: Arc<Mutex<usize>>,
    requests: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl FakeServer {
    /// Answers the requests, whatever they are, with the script's answers in order; closes the
    /// connection once the script is over.
    fn start(script: Vec<Answer>) -> FakeServer {
        let script = Mutex::new(VecDeque::from(script));
        Self::respond(move |_| script.lock().unwrap().pop_front())
    }

    /// Answers each request with what `responder` says for it.
    fn respond(responder: impl Fn(&[u8]) -> Option<Answer> + Send + Sync + 'static) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let responder: Arc<Responder> = Arc::new(responder);
        let connections = Arc::new(Mutex::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (c, r) = (connections.clone(), requests.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                *c.lock().unwrap() += 1;
                let (responder, requests) = (responder.clone(), r.clone());
                std::thread::spawn(move || serve(stream, &*responder, requests));
            }
        });
        FakeServer {
            port,
            connections,
            requests,
        }
    }

    fn server(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn module(&self, timeout_ms: u32) -> Engine {
        self.module_with(timeout_ms, &[])
    }

    fn module_with(&self, timeout_ms: u32, extra: &[(&str, &str)]) -> Engine {
        let mut p = Params::default();
        p.set("servers", &self.server()).unwrap();
        p.set("timeout", &timeout_ms.to_string()).unwrap();
        for (k, v) in extra {
            p.set(k, v).unwrap();
        }
        Engine::new(p).unwrap()
    }

    fn connections(&self) -> usize {
        *self.connections.lock().unwrap()
    }

    /// The command lines received so far, each with its CRLF.
    fn requests(&self) -> Vec<Vec<u8>> {
        self.requests.lock().unwrap().clone()
    }
}

/// Reads until `buf` holds `n` bytes; false when the connection ended first.
fn fill(stream: &mut TcpStream, buf: &mut Vec<u8>, n: usize) -> bool {
    let mut chunk = [0u8; 4096];
    while buf.len() < n {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(k) => buf.extend_from_slice(&chunk[..k]),
        }
    }
    true
}

fn serve(mut stream: TcpStream, responder: &Responder, requests: Arc<Mutex<Vec<Vec<u8>>>>) {
    let mut buf = Vec::new();
    loop {
        let end = loop {
            if let Some(i) = buf.windows(2).position(|w| w == b"\r\n") {
                break i + 2;
            }
            let wanted = buf.len() + 1;
            if !fill(&mut stream, &mut buf, wanted) {
                return;
            }
        };
        let line: Vec<u8> = buf.drain(..end).collect();
        // A storage command's data block follows its line: read it, it is not a request.
        let words: Vec<&[u8]> = line[..end - 2].split(|&b| b == b' ').collect();
        if let [b"set" | b"add" | b"replace" | b"append" | b"prepend", _, _, _, len, ..] = words[..]
        {
            let len: usize = std::str::from_utf8(len).unwrap().parse().unwrap();
            if !fill(&mut stream, &mut buf, len + 2) {
                return;
            }
            buf.drain(..len + 2);
        }
        requests.lock().unwrap().push(line.clone());
        let Some(answer) = responder(&line[..end - 2]) else {
            return;
        };
        let ok = match answer {
            Answer::Whole(bytes) => stream.write_all(bytes).is_ok(),
            Answer::Pieces(bytes) => bytes.iter().all(|b| {
                std::thread::sleep(Duration::from_millis(1));
                stream.write_all(std::slice::from_ref(b)).is_ok()
            }),
            Answer::ThenSilence(bytes) => {
                let _ = stream.write_all(bytes);
                // Hold the connection open and silent until the client gives up on it.
                let _ = stream.read(&mut [0u8; 64]);
                return;
            }
            Answer::After(pause, bytes) => {
                std::thread::sleep(pause);
                stream.write_all(bytes).is_ok()
            }
            Answer::Made(bytes) => stream.write_all(&bytes).is_ok(),
            Answer::Close => return,
            Answer::ThenClose(bytes) => {
                let _ = stream.write_all(bytes);
                return;
            }
        };
        if !ok {
            return;
        }
    }
}

fn get(m: &Engine, key: &str) -> sip_memcached::Result<(ScriptValue, Vec<u8>)> {
    let mut out = Vec::new();
    let got = Pv::Mct.get(m, key.as_bytes(), usize::MAX, &mut out)?;
    Ok((got, out))
}

const GOOD: &[u8] = b"VALUE k 1 5\r\nright\r\nEND\r\n";

#[test]
fn a_reply_in_one_byte_pieces_is_read_whole() {
    let fake = FakeServer::start(vec![Answer::Pieces(GOOD), Answer::Pieces(b"STORED\r\n")]);
    let m = fake.module(2000);
    assert_eq!(get(&m, "k").unwrap(), (ScriptValue::Str, b"right".to_vec()));
    Pv::Mct.set(&m, b"k", ValueRef::Str(b"x")).unwrap();
    assert_eq!(fake.connections(), 1);
    let requests = fake.requests();
    assert_eq!(requests[0], b"get k\r\n");
    assert_eq!(requests[1], b"set k 1 10800 1\r\n");
}

/// Runs one faulty answer, then a good one, and checks the error and the recovery.
fn fault_then_recovery(fault: Answer, timeout_ms: u32, check: impl Fn(&Error)) {
    let fake = FakeServer::start(vec![fault, Answer::Whole(GOOD)]);
    let m = fake.module(timeout_ms);
    let t = Instant::now();
    let err = get(&m, "k").unwrap_err();
    assert!(
        t.elapsed() < Duration::from_millis(u64::from(timeout_ms) + 300),
        "took {:?}",
        t.elapsed()
    );
    check(&err);
    assert_eq!(get(&m, "k").unwrap(), (ScriptValue::Str, b"right".to_vec()));
    assert_eq!(fake.connections(), 2, "the connection was replaced");
    let s = m.report().counters;
    assert_eq!((s.errors, s.reconnects), (1, 1), "{s:?}");
}

#[test]
fn garbage() {
    fault_then_recovery(Answer::Whole(b"HELLO THERE\r\n"), 1000, |e| {
        assert!(matches!(e, Error::Protocol { .. }), "{e}")
    });
}

#[test]
fn garbage_without_a_line_end() {
    fault_then_recovery(Answer::Whole(&[b'x'; 5000]), 1000, |e| {
        assert!(matches!(e, Error::Protocol { .. }), "{e}")
    });
}

#[test]
fn half_a_reply_then_silence() {
    fault_then_recovery(Answer::ThenSilence(b"VALUE k 1 5\r\nri"), 300, |e| {
        assert!(matches!(e, Error::Timeout { .. }), "{e}")
    });
}

#[test]
fn a_value_longer_than_announced() {
    fault_then_recovery(
        Answer::Whole(b"VALUE k 1 3\r\nright\r\nEND\r\n"),
        1000,
        |e| assert!(matches!(e, Error::Protocol { .. }), "{e}"),
    );
}

#[test]
fn a_value_for_another_key() {
    fault_then_recovery(
        Answer::Whole(b"VALUE other 1 5\r\nwrong\r\nEND\r\n"),
        1000,
        |e| assert!(matches!(e, Error::Protocol { .. }), "{e}"),
    );
}

#[test]
fn extra_bytes_after_a_reply() {
    fault_then_recovery(Answer::Whole(b"END\r\nEND\r\n"), 1000, |e| {
        assert!(matches!(e, Error::Protocol { .. }), "{e}")
    });
}

#[test]
fn error_replies_keep_the_connection() {
    // A complete ERROR, CLIENT_ERROR or SERVER_ERROR line leaves the stream in step: the reply
    // was read whole, so the connection can serve the next request.
    let fake = FakeServer::start(vec![
        Answer::Whole(b"SERVER_ERROR out of memory\r\n"),
        Answer::Whole(b"CLIENT_ERROR bad command line format\r\n"),
        Answer::Whole(b"ERROR\r\n"),
        Answer::Whole(GOOD),
    ]);
    let m = fake.module(1000);
    for said in ["out of memory", "CLIENT_ERROR bad command line", "ERROR"] {
        let err = get(&m, "k").unwrap_err();
        assert!(matches!(err, Error::Server { .. }), "{err}");
        assert!(err.to_string().contains(said), "{err}");
    }
    assert_eq!(get(&m, "k").unwrap(), (ScriptValue::Str, b"right".to_vec()));
    assert_eq!(
        fake.connections(),
        1,
        "one connection for all four requests"
    );
    let s = m.report().counters;
    assert_eq!((s.errors, s.connects, s.reconnects), (3, 1, 0), "{s:?}");
}

#[test]
fn a_huge_announced_value_is_refused_without_allocating_it() {
    // Refused at its header (over max_value_read), before anything is allocated for it.
    fault_then_recovery(Answer::Whole(b"VALUE k 1 999999999999\r\n"), 1000, |e| {
        assert!(
            matches!(
                e,
                Error::ValueTooLarge {
                    len: 999999999999,
                    max: 1048576
                }
            ),
            "{e}"
        )
    });
}

#[test]
fn a_server_that_accepts_but_never_answers_costs_one_timeout() {
    // The listener's backlog accepts the connection; nobody ever reads or writes.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut p = Params::default();
    p.set(
        "servers",
        &format!("127.0.0.1:{}", listener.local_addr().unwrap().port()),
    )
    .unwrap();
    p.set("timeout", "200").unwrap();
    let m = Engine::new(p).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let err = get(&m, "k").unwrap_err();
        assert!(matches!(err, Error::Timeout { .. }), "{err}");
        let took = t.elapsed();
        assert!(
            took >= Duration::from_millis(190) && took < Duration::from_millis(450),
            "{took:?}"
        );
    }
    assert_eq!(m.report().counters.timeouts, 3);
}

#[test]
fn a_counter_that_keeps_missing_is_bounded_by_one_timeout() {
    // $mcinc on a missing counter is incr, then add; when add finds that someone else created
    // it, incr again, and so on a few times. A slow server (150 ms a reply) where the counter
    // keeps missing and keeps existing makes that many round trips: the whole operation must
    // still end within one timeout.
    let fake = FakeServer::respond(|line| {
        let reply: &[u8] = if line.starts_with(b"incr") {
            b"NOT_FOUND\r\n"
        } else {
            b"NOT_STORED\r\n"
        };
        Some(Answer::After(Duration::from_millis(150), reply))
    });
    let m = fake.module(500);
    let t = Instant::now();
    let err = Pv::McInc.set(&m, b"c", ValueRef::Int(1)).unwrap_err();
    let took = t.elapsed();
    assert!(took < Duration::from_millis(500 + 150), "took {took:?}");
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
}

/// A counter as a proxy holds it that applies every command it reads, then drops the client
/// connection before it answers the ones that change the counter: gets answer `END`, `incr`
/// adds 1 (or is `NOT_FOUND` while the counter does not exist), `add` creates it with 1.
fn applying_then_closing(counter: Arc<Mutex<Option<u64>>>, incrs: Arc<AtomicU64>) -> FakeServer {
    FakeServer::respond(move |line| {
        let mut counter = counter.lock().unwrap();
        Some(if line.starts_with(b"get") {
            Answer::Whole(b"END\r\n")
        } else if line.starts_with(b"incr") {
            match counter.as_mut() {
                None => Answer::Whole(b"NOT_FOUND\r\n"),
                Some(n) => {
                    *n += 1;
                    incrs.fetch_add(1, Ordering::SeqCst);
                    Answer::Close
                }
            }
        } else if line.starts_with(b"add") {
            match *counter {
                Some(_) => Answer::Whole(b"NOT_STORED\r\n"),
                None => {
                    *counter = Some(1);
                    Answer::Close
                }
            }
        } else {
            Answer::Made(b"ERROR\r\n".to_vec())
        })
    })
}

#[test]
fn an_increment_applied_before_the_connection_dropped_is_not_sent_again() {
    let (counter, incrs) = (Arc::new(Mutex::new(Some(0))), Arc::new(AtomicU64::new(0)));
    let fake = applying_then_closing(counter.clone(), incrs.clone());
    let m = fake.module(1000);
    // A connection kept from an earlier operation, on which the increment is then written.
    assert_eq!(get(&m, "c").unwrap().0, ScriptValue::Null);
    let err = Pv::McInc.set(&m, b"c", ValueRef::Int(1)).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err}");
    assert_eq!(
        incrs.load(Ordering::SeqCst),
        1,
        "the increment was sent once"
    );
    assert_eq!(*counter.lock().unwrap(), Some(1));
}

#[test]
fn a_counter_created_before_the_connection_dropped_is_not_created_again() {
    // incr finds nothing, add creates the counter with 1 and the connection drops: sending the
    // add again would find it there, and the increment that follows would count 2.
    let (counter, incrs) = (Arc::new(Mutex::new(None)), Arc::new(AtomicU64::new(0)));
    let fake = applying_then_closing(counter.clone(), incrs.clone());
    let m = fake.module(1000);
    let err = Pv::McInc.set(&m, b"c", ValueRef::Int(1)).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err}");
    assert_eq!(
        *counter.lock().unwrap(),
        Some(1),
        "created once, counted once"
    );
    assert_eq!(incrs.load(Ordering::SeqCst), 0);
}

/// A counter update is written without a peek on a connection that answered less than a
/// millisecond before (`Connection::is_closed`): a server that closed it in that millisecond, here
/// right after its reply, fails the update, which is then never sent again, on that connection or
/// a new one. Should this thread be held up past the millisecond, the peek finds the close and the
/// update goes once on a new connection: either way, once at most.
#[test]
fn an_increment_right_after_a_reply_is_never_sent_twice_when_the_server_closed_meanwhile() {
    let incrs = Arc::new(AtomicU64::new(0));
    let counted = incrs.clone();
    let fake = FakeServer::respond(move |line| {
        Some(if line.starts_with(b"get") {
            Answer::ThenClose(b"END\r\n")
        } else if line.starts_with(b"incr") {
            counted.fetch_add(1, Ordering::SeqCst);
            Answer::Whole(b"8\r\n")
        } else {
            Answer::Whole(b"ERROR\r\n")
        })
    });
    let m = fake.module(1000);
    for _ in 0..20 {
        let before = incrs.load(Ordering::SeqCst);
        assert_eq!(get(&m, "c").unwrap().0, ScriptValue::Null);
        match Pv::McInc.set(&m, b"c", ValueRef::Int(1)) {
            Err(err) => {
                assert!(matches!(err, Error::Io { .. }), "{err}");
                assert_eq!(
                    incrs.load(Ordering::SeqCst),
                    before,
                    "not applied, not resent"
                );
            }
            Ok(()) => assert_eq!(incrs.load(Ordering::SeqCst), before + 1, "sent once"),
        }
    }
    let sent = fake
        .requests()
        .iter()
        .filter(|r| r.starts_with(b"incr"))
        .count();
    assert_eq!(
        sent as u64,
        incrs.load(Ordering::SeqCst),
        "every incr received was counted"
    );
}

#[test]
fn an_increment_written_to_one_server_never_fails_over_to_another() {
    let (counter, incrs) = (Arc::new(Mutex::new(Some(0))), Arc::new(AtomicU64::new(0)));
    let fakes = [
        applying_then_closing(counter.clone(), incrs.clone()),
        applying_then_closing(counter.clone(), incrs.clone()),
    ];
    let mut p = Params::default();
    p.set(
        "servers",
        &format!("{},{}", fakes[0].server(), fakes[1].server()),
    )
    .unwrap();
    p.set("failover", "1").unwrap();
    let m = Engine::new(p).unwrap();
    assert_eq!(get(&m, "c").unwrap().0, ScriptValue::Null);
    assert!(Pv::McInc.set(&m, b"c", ValueRef::Int(1)).is_err());
    assert_eq!(incrs.load(Ordering::SeqCst), 1, "one server, once");
    let on_each: Vec<usize> = fakes
        .iter()
        .map(|f| {
            f.requests()
                .iter()
                .filter(|r| r.starts_with(b"incr"))
                .count()
        })
        .collect();
    assert_eq!(on_each.iter().sum::<usize>(), 1, "{on_each:?}");
}

#[test]
fn the_near_cache_reads_with_get_from_a_server_without_meta_commands() {
    // A server or proxy without the meta protocol answers ERROR to `mg`; it is then read with
    // `get`, on the same connection, and remembered: `mg` is not tried again.
    let fake = FakeServer::respond(|line| {
        Some(match line.strip_prefix(b"get ") {
            Some(key) => {
                let mut reply = format!("VALUE {} 1 5\r\n", String::from_utf8_lossy(key));
                reply.push_str("right\r\nEND\r\n");
                Answer::Made(reply.into_bytes())
            }
            None => Answer::Whole(b"ERROR\r\n"),
        })
    });
    let m = fake.module_with(1000, &[("cache_size", "1000")]);
    for i in 0..50 {
        let key = format!("k{i}");
        assert_eq!(
            get(&m, &key).unwrap(),
            (ScriptValue::Str, b"right".to_vec())
        );
    }
    // Read again from the near cache.
    assert_eq!(
        get(&m, "k7").unwrap(),
        (ScriptValue::Str, b"right".to_vec())
    );
    let requests = fake.requests();
    let asked = |verb: &[u8]| requests.iter().filter(|r| r.starts_with(verb)).count();
    assert_eq!((asked(b"mg "), asked(b"get ")), (1, 50), "{requests:?}");
    assert_eq!(fake.connections(), 1);
    let s = m.report().counters;
    assert_eq!((s.errors, s.cache_hits), (0, 1), "{s:?}");
}

/// A server (or proxy) that refuses `mg` with `refusal` and answers the rest as a memcached that
/// holds nothing would; what it was asked is in `requests()`.
fn refusing_mg(refusal: fn() -> Answer) -> FakeServer {
    FakeServer::respond(move |line| {
        Some(if line.starts_with(b"mg ") {
            refusal()
        } else if line.starts_with(b"get ") {
            Answer::Whole(b"END\r\n")
        } else if line.starts_with(b"set ") {
            Answer::Whole(b"STORED\r\n")
        } else {
            Answer::Whole(b"ERROR\r\n")
        })
    })
}

/// Misses and a write through the near cache to a server that refuses `mg` with `refusal`: every
/// read answers, the write is stored, nothing counts as an error or toward marking the server
/// down (three failures in a row would, for a second). Returns the fake, to count connections.
fn reads_and_writes_where_mg_is_refused(refusal: fn() -> Answer) -> FakeServer {
    let fake = refusing_mg(refusal);
    let m = fake.module_with(
        1000,
        &[
            ("cache_size", "1000"),
            ("server_failure_limit", "3"),
            ("retry_interval", "1000"),
        ],
    );
    for i in 0..10 {
        assert_eq!(
            get(&m, &format!("missing{i}")).unwrap().0,
            ScriptValue::Null
        );
    }
    Pv::Mct.set(&m, b"route", ValueRef::Str(b"kept")).unwrap();
    assert_eq!(
        get(&m, "route").unwrap(),
        (ScriptValue::Str, b"kept".to_vec())
    );
    let requests = fake.requests();
    let asked = |verb: &[u8]| requests.iter().filter(|r| r.starts_with(verb)).count();
    assert_eq!(asked(b"mg "), 1, "asked once: {requests:?}");
    assert_eq!(
        asked(b"set route "),
        1,
        "the write reached it: {requests:?}"
    );
    let s = m.report().counters;
    assert_eq!((s.errors, s.misses), (0, 10), "{s:?}");
    let health = &m.report().servers[0];
    assert_eq!(
        (health.failures, health.consecutive_failures, health.down),
        (0, 0, false),
        "{health:?}"
    );
    fake
}

#[test]
fn a_proxy_that_closes_the_connection_in_answer_to_mg_is_read_with_get() {
    // twemproxy (nutcracker 0.5.0) closes the connection on a command it does not parse.
    let fake = reads_and_writes_where_mg_is_refused(|| Answer::Close);
    assert_eq!(
        fake.connections(),
        2,
        "one closed by the mg, then one for the rest"
    );
}

#[test]
fn a_proxy_that_answers_mg_with_client_error_then_closes_is_read_with_get() {
    // mcrouter answers a request it cannot parse with CLIENT_ERROR, then closes the connection.
    let fake = reads_and_writes_where_mg_is_refused(|| {
        Answer::ThenClose(b"CLIENT_ERROR malformed request\r\n")
    });
    assert_eq!(fake.connections(), 2);
}

#[test]
fn a_server_that_answers_mg_with_client_error_keeps_its_connection() {
    // Dragonfly answers a meta flag it does not know with CLIENT_ERROR and keeps the connection.
    let fake =
        reads_and_writes_where_mg_is_refused(|| Answer::Whole(b"CLIENT_ERROR bad data chunk\r\n"));
    assert_eq!(fake.connections(), 1);
}

#[test]
fn once_a_server_answered_mg_a_close_in_answer_to_it_is_a_failure() {
    // It spoke the meta protocol: a later close is the server failing, not a refusal.
    let answered = Arc::new(AtomicU64::new(0));
    let seen = answered.clone();
    let fake = FakeServer::respond(move |line| {
        Some(if line.starts_with(b"mg ") {
            if seen.fetch_add(1, Ordering::SeqCst) == 0 {
                Answer::Whole(b"EN\r\n")
            } else {
                Answer::Close
            }
        } else {
            Answer::Whole(b"ERROR\r\n")
        })
    });
    let m = fake.module_with(1000, &[("cache_size", "1000")]);
    assert_eq!(get(&m, "first").unwrap().0, ScriptValue::Null);
    assert!(get(&m, "second").is_err());
    let requests = fake.requests();
    assert!(
        requests.iter().all(|r| r.starts_with(b"mg ")),
        "never read with get: {requests:?}"
    );
    assert_eq!(m.report().counters.errors, 1);
}

#[test]
fn a_close_in_answer_to_mg_on_an_idle_connection_is_asked_again_on_a_new_one() {
    // A kept connection may have been closed while it waited, whatever the request: only a new
    // connection closed in answer to mg says the server refuses it.
    let fake = refusing_mg(|| Answer::Close);
    let m = fake.module_with(1000, &[("cache_size", "1000")]);
    Pv::Mct
        .set(&m, b"first", ValueRef::Str(b"a write"))
        .unwrap();
    assert_eq!(get(&m, "missing").unwrap().0, ScriptValue::Null);
    let requests = fake.requests();
    let verbs: Vec<&[u8]> = requests
        .iter()
        .map(|r| &r[..r.iter().position(|&b| b == b' ').unwrap()])
        .collect();
    assert_eq!(verbs, [&b"set"[..], b"mg", b"mg", b"get"], "{requests:?}");
    assert_eq!(fake.connections(), 3);
    assert_eq!(m.report().counters.errors, 0);
}

#[test]
fn a_refresh_that_fails_after_the_reads_reply_costs_the_connection_not_the_read() {
    // The near cache's due keys ride in the round trip of the next miss; when one of their
    // replies is garbage, the read that carried them is still answered, and its connection,
    // out of step, is replaced.
    let broken = Arc::new(AtomicU64::new(0));
    let b = broken.clone();
    let fake = FakeServer::respond(move |line| {
        let key = line.strip_prefix(b"mg ")?.split(|&c| c == b' ').next()?;
        Some(match (key, b.load(Ordering::Relaxed)) {
            (b"b", 1) => Answer::Whole(b"garbage\r\n"),
            (_, 0) => Answer::Whole(b"VA 3 f0 t-1\r\nold\r\n"),
            _ => Answer::Whole(b"VA 3 f0 t-1\r\nnew\r\n"),
        })
    });
    let m = fake.module_with(1000, &[("cache_size", "100"), ("cache_ttl", "2000")]);
    let filled = Instant::now();
    for key in ["a", "b"] {
        assert_eq!(get(&m, key).unwrap().1, b"old");
    }
    std::thread::sleep(Duration::from_millis(1600).saturating_sub(filled.elapsed()));
    for key in ["a", "b"] {
        assert_eq!(get(&m, key).unwrap().1, b"old", "a hit, which marks it due");
    }
    assert!(
        filled.elapsed() < Duration::from_millis(1950),
        "too slow for the timing"
    );
    broken.store(1, Ordering::Relaxed);
    assert_eq!(
        get(&m, "cold").unwrap(),
        (ScriptValue::Str, b"new".to_vec()),
        "the read is answered"
    );
    let requests = fake.requests();
    let last: Vec<&[u8]> = requests[requests.len() - 3..]
        .iter()
        .map(|r| &r[..])
        .collect();
    assert_eq!(
        last,
        [
            &b"mg cold v f t\r\n"[..],
            b"mg a v f t\r\n",
            b"mg b v f t\r\n"
        ]
    );
    let s = m.report().counters;
    assert_eq!((s.errors, s.cache_refreshes), (0, 1), "{s:?}");
    assert_eq!(
        get(&m, "a").unwrap().1,
        b"new",
        "a was refreshed, from the cache"
    );
    assert_eq!(m.report().counters.operations, s.operations);
    // The next miss opens a new connection: the old one may still have bytes on their way.
    broken.store(2, Ordering::Relaxed);
    assert_eq!(fake.connections(), 1);
    assert_eq!(get(&m, "other").unwrap().1, b"new");
    assert_eq!(fake.connections(), 2);
}
