// tpy as a server: bind, listen, accept, with Node clients and with a tpy client, all on 127.0.0.1.
// Expected texts were checked against CPython 3.11 running the same programs.

import { describe, expect, test } from 'vitest';
import { connect, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTpy, runOk, nodeServer, byteSum, TpyRun } from './helpers.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const example = (name: string) => readFileSync(join(ROOT, 'examples', 'sockets', name), 'utf8');

/** Starts examples/sockets/echo_server.tpy for `connections` clients; resolves its port once it listens. */
function startEchoServer(connections: number): { port: Promise<number>; done: Promise<TpyRun> } {
  let found: (port: number) => void = () => {};
  const port = new Promise<number>((r) => (found = r));
  const done = runTpy(example('echo_server.tpy'), ['0', String(connections)], (out) => {
    const m = /listening on 127\.0\.0\.1:(\d+)\n/.exec(out);
    if (m) found(Number(m[1]));
  });
  return { port, done };
}

/** Sends `data` to 127.0.0.1:port while reading the echo; resolves with what came back once the server closes. */
function echoThrough(port: number, data: Buffer): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const got: Buffer[] = [];
    const c: Socket = connect(port, '127.0.0.1', () => c.end(data));
    c.on('data', (d) => got.push(d));
    c.on('end', () => resolve(got));
    c.on('error', reject);
  });
}

describe('tpy serving', () => {
  test('10 MiB through the tpy echo server from a Node client, checksums on both sides', async () => {
    const server = startEchoServer(1);
    const data = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 12)) & 0xff;
    const echoed = await echoThrough(await server.port, data);
    const r = await server.done;
    expect(r.stderr).toBe('');
    const back = Buffer.concat(echoed);
    expect(back.length).toBe(data.length);
    expect(createHash('sha256').update(back).digest('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    expect(r.stdout).toMatch(new RegExp(`\\nechoed ${data.length} bytes, checksum ${byteSum([data])}\\n$`));
  });

  test('the tpy echo client and the tpy echo server, two VMs parked in one event loop', async () => {
    const server = startEchoServer(1);
    const port = await server.port;
    const client = await runOk(example('echo_client.tpy'), [String(port), '2']);
    const r = await server.done;
    expect(client).toBe("sent and received 2097152 bytes, checksum 267386880, then b''\n");
    expect(r.stdout.split('\n')[1]).toBe('echoed 2097152 bytes, checksum 267386880');
  });

  test('accept: the peer address and the accepted socket, as the client sees them', async () => {
    let clientView = '';
    const r = await runTpy(
      `
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
print('port', srv.getsockname()[1], flush=True)
conn, addr = srv.accept()
print(type(conn).__name__, conn.gettimeout(), addr == conn.getpeername(), conn.getsockname() == srv.getsockname())
print('peer', addr[1])
conn.sendall(b'hi ' + str(addr[1]).encode())
print(conn.recv(100))
conn.close()
srv.close()
`,
      [],
      (out) => {
        const m = /^port (\d+)\n$/.exec(out);
        if (m) {
          const c = connect(Number(m[1]), '127.0.0.1', () => c.write('hello tpy'));
          c.on('data', (d) => {
            clientView = `${d} / ${c.localPort}`;
            c.end();
          });
        }
      },
    );
    expect(r.stderr).toBe('');
    const peer = /peer (\d+)/.exec(r.stdout)![1];
    expect(r.stdout).toContain("socket None True True\n");
    expect(r.stdout).toContain("b'hello tpy'\n");
    expect(clientView).toBe(`hi ${peer} / ${peer}`);
  });

  test('accept with a timeout, non-blocking accept, and errors of bind/listen/accept', async () => {
    const { port: busy, close } = await nodeServer(() => {});
    try {
      const out = await runOk(`
import socket, time
srv = socket.socket()
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
srv.settimeout(0.3)
t0 = time.monotonic()
try:
    srv.accept()
except socket.timeout as e:
    print(type(e).__name__, e)
print(0.25 < time.monotonic() - t0 < 3)
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print(e)
s = socket.socket()
try:
    s.bind(('127.0.0.1', ${busy}))
except OSError as e:
    print(type(e).__name__, e)
try:
    s.accept()
except OSError as e:
    print(e)
try:
    srv.bind(('127.0.0.1', 0))
except OSError as e:
    print(e)
try:
    s.bind(('127.0.0.1', 70000))
except OverflowError as e:
    print(e)
try:
    s.bind('127.0.0.1')
except TypeError as e:
    print(e)
srv.close()
s.close()
`);
      expect(out).toBe(
        '0.0.0.0 True\nTimeoutError timed out\nTrue\n[Errno 11] Resource temporarily unavailable\n' +
          'OSError [Errno 98] Address already in use\n[Errno 22] Invalid argument\n[Errno 22] Invalid argument\n' +
          'bind(): port must be 0-65535.\nbind(): AF_INET address must be tuple, not str\n',
      );
    } finally {
      await close();
    }
  });
});

describe('modes and defaults', () => {
  test('setdefaulttimeout affects only sockets created afterwards', async () => {
    const out = await runOk(`
import socket, _sockmini
a = socket.socket()
socket.setdefaulttimeout(2.5)
b = socket.socket()
c = _sockmini.sockmini()
socket.setdefaulttimeout(0)
d = socket.socket()
socket.setdefaulttimeout(None)
e = socket.socket()
print(a.gettimeout(), b.gettimeout(), c.gettimeout(), d.gettimeout(), e.gettimeout(), d.getblocking())
print(socket.getdefaulttimeout(), _sockmini.getdefaulttimeout())
for bad in (-1, 'x', float('nan')):
    try:
        socket.setdefaulttimeout(bad)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
for s in (a, b, c, d, e):
    s.close()
`);
    expect(out).toBe(
      'None 2.5 2.5 0.0 None False\nNone None\nValueError Timeout value out of range\n' +
        "TypeError 'str' object cannot be interpreted as an integer\nValueError Invalid value NaN (not a number)\n",
    );
  });
});
