// Where tpy's sockets differ by design: waits inside native callbacks, and open sockets at exit.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTpy, runOk, nodeServer } from './helpers.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

describe('where a socket cannot wait', () => {
  test('recv that must wait inside __repr__ is a RuntimeError (buffered data and EAGAIN still work); a for loop over a socket file waits', async () => {
    const r = await runTpy(`
import socket, time
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
class R:
    def __repr__(self):
        return repr(c.recv(10))
a.sendall(b'buffered')
time.sleep(0.05)
print(repr(R()))
try:
    repr(R())
except RuntimeError as e:
    print(str(e).startswith('cannot block in recv(): tpy can only wait for a socket in code it can suspend'))
c.setblocking(False)
try:
    repr(R())
except BlockingIOError as e:
    print(e)
c.setblocking(True)
f = c.makefile('rb')
a.sendall(b'one\\ntwo\\n')
time.sleep(0.05)
a.close()
# The file's iterator is a generator, which a for loop resumes in the eval loop: it can wait.
for line in f:
    print(line)
print('end of stream')
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("b'buffered'\nTrue\n[Errno 11] Resource temporarily unavailable\nb'one\\n'\nb'two\\n'\nend of stream\n");
  });
});

describe('where a socket can wait: generators driven by tpy code', () => {
  test('recv and time.sleep inside generators resumed by for loops and yield from park the program', async () => {
    // The server answers each request only after a delay: recv must wait, in a generator frame.
    const { port, close } = await nodeServer((c) => {
      c.on('data', (d) => setTimeout(() => c.write(d.toString().toUpperCase()), 30));
    });
    try {
      const out = await runOk(`
import socket, time
s = socket.create_connection(('127.0.0.1', ${port}))
def replies(words):
    for w in words:
        s.sendall(w.encode())
        yield s.recv(100)
def slowly(src):
    for v in src:
        time.sleep(0.01)
        yield v
def relay(words):
    yield from slowly(replies(words))
for r in relay(['one', 'two']):
    print(r)
print(list(x for x in [b'not', b'parked']))
t0 = time.monotonic()
s.setblocking(False)
s.sendall(b'three')
def napper():
    time.sleep(0.2)
    yield 1
for _ in napper():
    pass
print(s.recv(100), time.monotonic() - t0 >= 0.2)
def inner():
    s.setblocking(True)
    s.sendall(b'four')
    yield s.recv(100)
gen = inner()
try:
    next(gen)
except RuntimeError as e:
    print('next() from native code still cannot wait:', str(e).startswith('cannot block in recv()'))
s.close()
`);
      expect(out).toBe("b'ONE'\nb'TWO'\n[b'not', b'parked']\nb'THREE' True\nnext() from native code still cannot wait: True\n");
    } finally {
      await close();
    }
  });
});

describe('bind() listens at once', () => {
  test('a connection to a bound socket before listen() is reset; accept() still needs listen()', async () => {
    const r = await runTpy(`
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
c = socket.socket()
rc = c.connect_ex(srv.getsockname())
if rc == 0:
    try:
        c.recv(1)
    except ConnectionResetError:
        rc = 104
print(rc)
try:
    srv.accept()
except OSError as e:
    print(e)
srv.listen()
c2 = socket.create_connection(srv.getsockname())
a, addr = srv.accept()
print(addr == c2.getsockname())
`);
    // CPython prints 111 (refused) on the first line: Linux refuses a connection before listen().
    // Node's server listens from bind() on, so tpy resets it (connect() or the first read fails).
    expect(r.stdout).toBe('104\n[Errno 22] Invalid argument\nTrue\n');
  });
});

describe('garbage collection', () => {
  test('a connected socket dropped without close() is closed when it is collected (CPython closes on dealloc)', () => {
    // A child process, to call gc() (node --expose-gc) on a VM built from dist/. The VM is
    // dropped first: it does not clear dead value-stack slots, which may still point at the socket.
    const script = `
import net from 'node:net';
import { createVM, runMain } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};
let ended = false;
const srv = net.createServer((c) => { c.resume(); c.on('end', () => { ended = true; c.end(); }); c.on('error', () => {}); });
await new Promise((r) => srv.listen(0, '127.0.0.1', r));
let vm = createVM({ io: { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), readLine: () => null } });
const source = "import socket\\ndef talk():\\n    s = socket.create_connection(('127.0.0.1', PORT))\\n    s.sendall(b'hi')\\ntalk()\\nprint('dropped')\\n";
await runMain(vm, source.replace('PORT', String(srv.address().port)), 'p.py');
vm = null;
for (let i = 0; i < 40 && !ended; i++) { global.gc(); await new Promise((r) => setTimeout(r, 50)); }
console.log('server saw end:', ended);
srv.close();
`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('dropped\nserver saw end: true\n');
  });
});

describe('open sockets at exit', () => {
  test('the CLI exits when the program ends, even with a listening and a connected socket left open', () => {
    const program = `
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.create_connection(srv.getsockname())
c.sendall(b'x' * 100000)
print('done')
`;
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tpy'), '-c', program], { encoding: 'utf8', timeout: 20000 });
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});
