//! Faults a real memcached cannot produce, from a fake server that answers each request with a
//! scripted reply: garbage, half a reply then silence, a reply in one-byte pieces, a value longer
//! than announced, SERVER_ERROR. After each, the connection must be replaced and the next
//! operation must be correct.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sip_memcached::{Engine, Error, Got, Params, Pv, ValueRef};

enum Answer {
    /// The bytes in one write.
    Whole(&'static [u8]),
    /// The bytes one at a time, with a pause between them.
    Pieces(&'static [u8]),
    /// The bytes, then nothing: the connection stays open and silent.
    ThenSilence(&'static [u8]),
}

struct FakeServer {
    port: u16,
    connections: Arc<Mutex<usize>>,
    requests: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl FakeServer {
    fn start(script: Vec<Answer>) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let script = Arc::new(Mutex::new(VecDeque::from(script)));
        let connections = Arc::new(Mutex::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (c, r) = (connections.clone(), requests.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                *c.lock().unwrap() += 1;
                let (script, requests) = (script.clone(), r.clone());
                std::thread::spawn(move || serve(stream, script, requests));
            }
        });
        FakeServer {
            port,
            connections,
            requests,
        }
    }

    fn module(&self, timeout_ms: u32) -> Engine {
        let mut p = Params::default();
        p.set("servers", &format!("127.0.0.1:{}", self.port))
            .unwrap();
        p.set("timeout", &timeout_ms.to_string()).unwrap();
        Engine::new(p).unwrap()
    }

    fn connections(&self) -> usize {
        *self.connections.lock().unwrap()
    }
}

fn serve(
    mut stream: TcpStream,
    script: Arc<Mutex<VecDeque<Answer>>>,
    requests: Arc<Mutex<Vec<Vec<u8>>>>,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        // One request per line: these tests only send gets.
        while !buf.windows(2).any(|w| w == b"\r\n") {
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let end = buf.windows(2).position(|w| w == b"\r\n").unwrap() + 2;
        requests.lock().unwrap().push(buf.drain(..end).collect());
        let Some(answer) = script.lock().unwrap().pop_front() else {
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
                let _ = stream.read(&mut chunk);
                return;
            }
        };
        if !ok {
            return;
        }
    }
}

fn get(m: &Engine, key: &str) -> sip_memcached::Result<(Got, Vec<u8>)> {
    let mut out = Vec::new();
    let got = m.get(Pv::Mct, key.as_bytes(), &mut out)?;
    Ok((got, out))
}

const GOOD: &[u8] = b"VALUE k 1 5\r\nright\r\nEND\r\n";

#[test]
fn a_reply_in_one_byte_pieces_is_read_whole() {
    let fake = FakeServer::start(vec![Answer::Pieces(GOOD), Answer::Pieces(b"STORED\r\n")]);
    let m = fake.module(2000);
    assert_eq!(get(&m, "k").unwrap(), (Got::Str, b"right".to_vec()));
    m.set(Pv::Mct, b"k", ValueRef::Str(b"x")).unwrap();
    assert_eq!(fake.connections(), 1);
    let requests = fake.requests.lock().unwrap().clone();
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
    assert_eq!(get(&m, "k").unwrap(), (Got::Str, b"right".to_vec()));
    assert_eq!(fake.connections(), 2, "the connection was replaced");
    let s = m.stats();
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
fn server_error() {
    fault_then_recovery(
        Answer::Whole(b"SERVER_ERROR out of memory\r\n"),
        1000,
        |e| {
            assert!(matches!(e, Error::Server { .. }), "{e}");
            assert!(e.to_string().contains("out of memory"), "{e}");
        },
    );
}

#[test]
fn a_huge_announced_value_is_refused_without_allocating_it() {
    fault_then_recovery(Answer::Whole(b"VALUE k 1 999999999999\r\n"), 1000, |e| {
        assert!(matches!(e, Error::Protocol { .. }), "{e}")
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
    assert_eq!(m.stats().timeouts, 3);
}
