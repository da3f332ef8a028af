//! A scripted HTTP server on 127.0.0.1 for the SDK's tests.
//!
//! It answers connections in order with the scripted responses (one request per connection,
//! `Connection: close`), records every request it sees, answers requests beyond the script
//! with a 500 so that over-eager retries show up in the count, and stops by itself: after
//! `MAX_REQUESTS` requests, after `LIFETIME`, or when the test calls [`Server::finish`].

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const MAX_REQUESTS: usize = 32;
const LIFETIME: Duration = Duration::from_secs(20);
const IO_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_HEADER_BYTES: usize = 64 * 1024;
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// One scripted answer.
pub struct Reply {
    status: u16,
    content_type: &'static str,
    body: String,
}

impl Reply {
    /// A 200 with a JSON body, as Tencent Cloud sends for successes and API errors alike.
    pub fn json(body: impl Into<String>) -> Reply {
        Reply {
            status: 200,
            content_type: "application/json",
            body: body.into(),
        }
    }

    /// The same body under another status.
    pub fn with_status(self, status: u16) -> Reply {
        Reply { status, ..self }
    }

    /// Any status with an HTML body.
    pub fn html(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            content_type: "text/html",
            body: body.into(),
        }
    }
}

/// A Tencent-shaped success body.
pub fn success(payload_members: &str, request_id: &str) -> Reply {
    Reply::json(format!(
        r#"{{"Response": {{{payload_members}, "RequestId": "{request_id}"}}}}"#
    ))
}

/// A Tencent-shaped error body.
pub fn api_error(code: &str, message: &str, request_id: &str) -> Reply {
    Reply::json(format!(
        r#"{{"Response": {{"Error": {{"Code": "{code}", "Message": "{message}"}}, "RequestId": "{request_id}"}}}}"#
    ))
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `POST /` and so on.
    pub request_line: String,
    /// Header names lowercased, values trimmed.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Seen {
    /// The value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A running server.
pub struct Server {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts a server on an ephemeral port of 127.0.0.1 that answers with `script`, in order.
    pub fn start(script: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let address = listener.local_addr().expect("local address");
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let thread = {
            let (stop, seen) = (Arc::clone(&stop), Arc::clone(&seen));
            thread::spawn(move || serve(listener, script, &stop, &seen))
        };
        Server {
            address,
            stop,
            seen,
            thread: Some(thread),
        }
    }

    /// The endpoint to give the client.
    pub fn endpoint(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Stops the server and returns every request it saw, in order.
    pub fn finish(mut self) -> Vec<Seen> {
        self.shut_down();
        let seen = self.seen.lock().expect("requests lock");
        seen.clone()
    }

    fn shut_down(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            thread.join().expect("server thread");
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(listener: TcpListener, script: Vec<Reply>, stop: &AtomicBool, seen: &Mutex<Vec<Seen>>) {
    let deadline = Instant::now() + LIFETIME;
    let mut script = script.into_iter();
    let mut count = 0;
    while count < MAX_REQUESTS && Instant::now() < deadline && !stop.load(Ordering::SeqCst) {
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                thread::sleep(Duration::from_millis(2));
                continue;
            }
            Err(e) => panic!("accept: {e}"),
        };
        count += 1;
        let reply = script
            .next()
            .unwrap_or_else(|| Reply::html(500, "<html><body>unscripted request</body></html>"));
        if let Some(request) = answer(stream, &reply) {
            seen.lock().expect("requests lock").push(request);
        }
    }
}

/// Reads one request from `stream` and writes `reply`; `None` if the request was unreadable.
fn answer(stream: TcpStream, reply: &Reply) -> Option<Seen> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(IO_TIMEOUT)).ok()?;
    stream.set_write_timeout(Some(IO_TIMEOUT)).ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);

    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    let mut headers = Vec::new();
    let mut header_bytes = 0;
    loop {
        let mut line = String::new();
        header_bytes += reader.read_line(&mut line).ok()?;
        if header_bytes > MAX_HEADER_BYTES {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    if length > MAX_BODY_BYTES {
        return None;
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;

    let reason = match reply.status {
        200 => "OK",
        400 => "Bad Request",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "Status",
    };
    let response = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        reply.status,
        reply.content_type,
        reply.body.len(),
        reply.body
    );
    let mut stream = stream;
    stream.write_all(response.as_bytes()).ok()?;
    stream.flush().ok()?;
    Some(Seen {
        request_line: request_line.trim_end().to_owned(),
        headers,
        body,
    })
}
