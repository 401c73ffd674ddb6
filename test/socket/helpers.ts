// Shared by the socket tests: run tpy programs in-process, and small Node servers on 127.0.0.1 ephemeral ports.

import { createServer, Server, Socket, AddressInfo } from 'node:net';
import { createVM, runMain } from '../../index.js';

export interface TpyRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs tpy source as __main__ in a fresh VM (the parkable entry the CLI uses).
 * `onStdout` sees output as it is written, e.g. to learn the port a tpy server listens on.
 */
export async function runTpy(source: string, argv: string[] = [], onStdout?: (text: string) => void): Promise<TpyRun> {
  let stdout = '';
  let stderr = '';
  const vm = createVM({
    argv: ['prog.py', ...argv],
    io: {
      stdout: (s) => {
        stdout += s;
        onStdout?.(stdout);
      },
      stderr: (s) => {
        stderr += s;
      },
      readLine: () => null,
    },
  });
  const exitCode = await runMain(vm, source, 'prog.py');
  return { stdout, stderr, exitCode };
}

/** Runs tpy source and fails with its stderr when it does not exit 0. */
export async function runOk(source: string, argv: string[] = []): Promise<string> {
  const r = await runTpy(source, argv);
  if (r.exitCode !== 0) throw new Error(`tpy exited ${r.exitCode}:\n${r.stderr}`);
  return r.stdout;
}

/** A Node TCP server on 127.0.0.1, an ephemeral port; `close` also destroys its connections. */
export async function nodeServer(onConnection: (c: Socket) => void): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const conns = new Set<Socket>();
  const server = createServer((c) => {
    conns.add(c);
    c.on('close', () => conns.delete(c));
    c.on('error', () => {});
    onConnection(c);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const c of conns) c.destroy();
      server.close(() => resolve());
    });
  return { server, port, close };
}

/** A port on 127.0.0.1 nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const { port, close } = await nodeServer(() => {});
  await close();
  return port;
}

/** Sum of all bytes mod 2**32, the checksum the echo examples print. */
export function byteSum(chunks: Buffer[]): number {
  let s = 0;
  for (const b of chunks) for (let i = 0; i < b.length; i++) s += b[i];
  return s % 4294967296;
}
