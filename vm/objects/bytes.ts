// The bytes and bytearray types: byte strings over Uint8Array.

import { PyObj } from './object.js';
import { makeNativeType, PyType } from './type.js';
import type { PyDict } from './dict.js';
import { newException, BufferError } from './exceptions.js';

export const bytesType = makeNativeType('bytes', undefined, { allocate: (cls) => new PyBytes(new Uint8Array(0), cls) });
export const bytearrayType = makeNativeType('bytearray', undefined, { allocate: (cls) => new PyByteArray(new Uint8Array(0), cls) });

/**
 * A PyObj by its prototype (linked below), not by `extends`, for the reason PyInstance gives
 * (vm/objects/object.ts): each s.encode() or bytes slice makes one, and a derived
 * constructor's super() was the generic Construct builtin and a megamorphic store.
 */
export interface PyBytes extends PyObj {}
export class PyBytes {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly data: Uint8Array;
  constructor(data: Uint8Array, cls: PyType = bytesType) {
    // PyObj's fields first, then its own.
    this.cls = cls;
    this.dict = null;
    (this as { data: Uint8Array }).data = data;
  }
}
Object.setPrototypeOf(PyBytes.prototype, PyObj.prototype);

export class PyByteArray extends PyObj {
  /**
   * Views surely alive: memoryviews between their __enter__ and their release (a `with
   * memoryview(b) as m:` block). While there are any, a resize is a BufferError, as in CPython.
   * Other views are not counted: without reference counts tpy cannot tell a live view from a
   * dropped one, and refusing a resize CPython allows would be worse than allowing one it refuses.
   */
  pinnedViews = 0;
  /**
   * The bytes: a view of the start of a buffer that may be longer, so that appends
   * (appendBytes) fill room left by the last growth instead of copying everything, as
   * CPython over-allocates; code that replaces `data` with an array of its own is fine.
   */
  constructor(public data: Uint8Array, cls = bytearrayType) {
    super(cls);
  }
}

/** PyByteArray_Resize's check: a bytearray whose length would change may not have pinned views. */
export function checkResize(ba: PyByteArray, newLength: number): void {
  if (ba.pinnedViews !== 0 && newLength !== ba.data.length) throw newException(BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** Appends `extra` to a bytearray in amortised O(len(extra)): `ba += b`, append, extend. */
export function appendBytes(ba: PyByteArray, extra: Uint8Array): void {
  checkResize(ba, ba.data.length + extra.length);
  const old = ba.data;
  const n = old.length;
  const need = n + extra.length;
  let buf = old.buffer as ArrayBuffer;
  // The bytes may start past the buffer's start (deleteFront): they stay where they are while
  // the room after them lasts.
  let start = old.byteOffset;
  if (start + need > buf.byteLength) {
    // Half as much again, as a list grows: n appends copy O(n) bytes in all.
    const grown = new Uint8Array(Math.max(need, n + (n >> 1) + 16));
    grown.set(old);
    buf = grown.buffer;
    start = 0;
  }
  // `extra` may be a view of this same buffer (ba += ba): it lies below the end, where nothing is written.
  new Uint8Array(buf, start + n, extra.length).set(extra);
  ba.data = new Uint8Array(buf, start, need);
}

/**
 * `del ba[:n]`: the bytearray starts n bytes further into its buffer, nothing copied (as
 * CPython's bytearray moves ob_start), so a buffer consumed from the front, a protocol's
 * receive buffer, costs O(1) a deletion; the next growth (appendBytes) drops the dead front.
 */
export function deleteFront(ba: PyByteArray, n: number): void {
  checkResize(ba, ba.data.length - n);
  ba.data = ba.data.subarray(n);
}

/**
 * A native object whose contents are bytes in memory (CPython's buffer protocol, read side):
 * array.array. bytes(x), bytearray(x), struct and zlib read such objects as they read bytes.
 */
export interface BufferExporter {
  exportBytes(): Uint8Array;
}

function isBufferExporter(o: unknown): o is BufferExporter {
  return o instanceof PyObj && typeof (o as Partial<BufferExporter>).exportBytes === 'function';
}

/** The bytes of a bytes-like object (bytes, bytearray, a buffer exporter), or undefined. */
export function bufferBytes(o: unknown): Uint8Array | undefined {
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.data;
  return isBufferExporter(o) ? o.exportBytes() : undefined;
}
