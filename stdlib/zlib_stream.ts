// A zlib stream driven synchronously, chunk by chunk: the native handle inside one of
// node:zlib's stream objects, called with writeSync as node's own zlib.*Sync functions do,
// but kept open between calls (what compressobj/decompressobj need). Errors come back as
// zlib's (errno, message) pair instead of an 'error' event.

import type * as NodeZlib from 'node:zlib';
import { nodeZlib } from './node_lazy.js';

export type StreamKind = 'deflate' | 'deflateRaw' | 'gzip' | 'inflate' | 'inflateRaw' | 'gunzip';

interface NativeHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  close(): void;
  onerror: (message: string, errno: number) => void;
}

/** What node:zlib's stream objects hold (internal, stable since Node 0.x). */
interface NodeStreamInternals {
  _handle: NativeHandle;
  _writeState: Uint32Array;
}

export class ZlibFailure {
  constructor(readonly errno: number, readonly message: string) {}
}

const CHUNK = 16384;

export interface RunResult {
  out: Uint8Array;
  /** Input bytes left unread (past the end of the stream, or past max output). */
  unread: number;
}

export class ZStream {
  private handle: NativeHandle | null;
  private readonly state: Uint32Array;
  private failure: ZlibFailure | null = null;

  constructor(kind: StreamKind, options: NodeZlib.ZlibOptions) {
    const s = create(kind, options) as unknown as NodeStreamInternals;
    this.handle = s._handle;
    this.state = s._writeState;
    this.handle.onerror = (message, errno) => {
      this.failure = new ZlibFailure(errno, message);
    };
  }

  /** Feeds `input` with `flush`, collecting at most `maxOut` bytes of output; throws ZlibFailure. */
  run(input: Uint8Array, flush: number, maxOut = Infinity): RunResult {
    const h = this.handle;
    if (h === null) throw new ZlibFailure(-2, 'inconsistent stream state');
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let inOff = 0;
    let availIn = input.length;
    for (;;) {
      const room = Math.min(CHUNK, maxOut - produced);
      if (room <= 0) break;
      const out = new Uint8Array(room);
      h.writeSync(flush, input, inOff, availIn, out, 0, room);
      const failure = this.failure;
      if (failure !== null) {
        this.failure = null;
        throw failure;
      }
      const availOut = this.state[0];
      const inLeft = this.state[1];
      chunks.push(out.subarray(0, room - availOut));
      produced += room - availOut;
      inOff += availIn - inLeft;
      availIn = inLeft;
      if (availOut !== 0) break;
    }
    return { out: concat(chunks, produced), unread: availIn };
  }

  /** Whether an inflate stream has reached its end (a Z_FINISH with no input says Z_BUF_ERROR if not). */
  ended(): boolean {
    try {
      this.run(new Uint8Array(0), nodeZlib().constants.Z_FINISH, 0 + CHUNK);
      return true;
    } catch (e) {
      if (e instanceof ZlibFailure && e.errno === nodeZlib().constants.Z_BUF_ERROR) return false;
      throw e;
    }
  }

  close(): void {
    this.handle?.close();
    this.handle = null;
  }
}

function create(kind: StreamKind, options: NodeZlib.ZlibOptions): object {
  switch (kind) {
    case 'deflate': return nodeZlib().createDeflate(options);
    case 'deflateRaw': return nodeZlib().createDeflateRaw(options);
    case 'gzip': return nodeZlib().createGzip(options);
    case 'inflate': return nodeZlib().createInflate(options);
    case 'inflateRaw': return nodeZlib().createInflateRaw(options);
    default: return nodeZlib().createGunzip(options);
  }
}

export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
