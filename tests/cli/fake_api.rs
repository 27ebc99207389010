//! A fake of the Kling API and of the resellers on 127.0.0.1, started by a test: real
//! HTTP/1.1 over TCP, one thread per connection, every request recorded. Replies can
//! misbehave on purpose — drop the connection, cut the body short, hang until the test
//! ends — so every fault a probe must survive can be produced. No async runtime needed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Longest a hanging reply holds its connection if the test forgets to end.
const HANG_BOUND: Duration = Duration::from_secs(30);

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn header(&self, key: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete answer; `date_offset_s` shifts its `Date` header from the real clock.
    Body {
        status: u16,
        content_type: &'static str,
        body: String,
        date_offset_s: i64,
    },
    /// Headers announce the whole body, then the connection closes halfway.
    Truncated { body: String },
    /// The connection closes without an answer.
    Drop,
    /// The connection stays open, silent, until the test ends.
    Hang,
    /// The reply, after a delay (latency for benchmarks).
    Delayed(Duration, Box<Reply>),
    /// A 3xx pointing at `location`.
    Redirect { status: u16, location: String },
}

impl Reply {
    pub fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply::Body {
            status,
            content_type: "application/json",
            body: body.into(),
            date_offset_s: 0,
        }
    }

    pub fn html(status: u16) -> Reply {
        Reply::Body {
            status,
            content_type: "text/html; charset=utf-8",
            body: "<html><head><title>503 Service Temporarily Unavailable</title></head>\
                   <body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>"
                .into(),
            date_offset_s: 0,
        }
    }

    /// The same answer with its `Date` header `secs` away from now.
    pub fn dated(self, secs: i64) -> Reply {
        match self {
            Reply::Body {
                status,
                content_type,
                body,
                ..
            } => Reply::Body {
                status,
                content_type,
                body,
                date_offset_s: secs,
            },
            other => other,
        }
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

struct Shared {
    handler: Box<Handler>,
    requests: Mutex<Vec<Request>>,
    stopped: Mutex<bool>,
    stop: Condvar,
}

/// The running server; dropping it stops it and releases hanging connections.
pub struct FakeApi {
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
}

impl FakeApi {
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> FakeApi {
        Self::start_at("127.0.0.1", handler)
    }

    /// The same on another loopback address (`127.0.0.2`: a second host for redirects).
    pub fn start_at(
        ip: &str,
        handler: impl Fn(&Request) -> Reply + Send + Sync + 'static,
    ) -> FakeApi {
        let listener = TcpListener::bind((ip, 0)).expect("bind a loopback address");
        let addr = listener.local_addr().expect("local address");
        let shared = Arc::new(Shared {
            handler: Box::new(handler),
            requests: Mutex::new(Vec::new()),
            stopped: Mutex::new(false),
            stop: Condvar::new(),
        });
        let accept_shared = Arc::clone(&shared);
        let accept = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if *accept_shared.stopped.lock().expect("lock") {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let shared = Arc::clone(&accept_shared);
                std::thread::spawn(move || serve(stream, &shared));
            }
        });
        FakeApi {
            addr,
            shared,
            accept: Some(accept),
        }
    }

    /// `http://127.0.0.1:PORT`, for `KLING_API_BASE` and friends.
    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.shared.requests.lock().expect("lock").clone()
    }

    /// Requests made to `path`.
    pub fn to(&self, path: &str) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|r| r.path == path)
            .collect()
    }
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        *self.shared.stopped.lock().expect("lock") = true;
        self.shared.stop.notify_all();
        // Wake the blocking accept so its thread sees the stop flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn serve(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Some(request) = read_request(&stream) else {
        return;
    };
    let reply = (shared.handler)(&request);
    shared.requests.lock().expect("lock").push(request);
    respond(stream, reply, shared);
}

fn respond(mut stream: TcpStream, reply: Reply, shared: &Shared) {
    match reply {
        Reply::Body {
            status,
            content_type,
            body,
            date_offset_s,
        } => {
            let date = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(date_offset_s);
            let date = jiff::fmt::rfc2822::DateTimePrinter::new()
                .timestamp_to_rfc9110_string(&date)
                .unwrap_or_default();
            let head = format!(
                "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
                 Date: {date}\r\nConnection: close\r\n\r\n",
                reason(status),
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
        Reply::Truncated { body } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body.as_bytes()[..body.len() / 2]);
        }
        Reply::Redirect { status, location } => {
            let head = format!(
                "HTTP/1.1 {status} {}\r\nLocation: {location}\r\nContent-Length: 0\r\n\
                 Connection: close\r\n\r\n",
                reason(status)
            );
            let _ = stream.write_all(head.as_bytes());
        }
        Reply::Drop => {}
        Reply::Hang => {
            let stopped = shared.stopped.lock().expect("lock");
            let _ = shared
                .stop
                .wait_timeout_while(stopped, HANG_BOUND, |stopped| !*stopped);
        }
        Reply::Delayed(delay, reply) => {
            std::thread::sleep(delay);
            return respond(stream, *reply, shared);
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// Reads the request line and headers (GET requests carry no body).
fn read_request(stream: &TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream.take(64 * 1024));
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let target = line.split_whitespace().nth(1)?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            break;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect();
    Some(Request {
        path: decode(path),
        query,
        headers,
    })
}

/// Percent-decoding of a URL part (`+` stays, as in a path).
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
