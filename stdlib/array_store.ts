// The storage of an array.array: items of one typecode packed in a growable ArrayBuffer, in
// the machine's byte order (little-endian, as CPython's on x86-64), read through a typed array.

import { PyObj } from '../vm/objects/object.js';
import type { PyObject } from '../vm/objects/object.js';
import type { PyType } from '../vm/objects/type.js';
import type { BufferExporter } from '../vm/objects/bytes.js';
import { newException, MemoryError, BufferError } from '../vm/objects/exceptions.js';
import type { ArrayCode, ItemView, Raw } from './array_codes.js';

/** Past this many bytes an array is a MemoryError, not a failed V8 allocation. */
const MAX_BYTES = 2 ** 31;

export class PyArray extends PyObj implements BufferExporter {
  private buffer: ArrayBuffer;
  /** A view of the whole buffer; only the first `length` items are the array's. */
  private items: ItemView;
  length = 0;
  /** memoryviews inside a `with` block over this array: while any, resizing is a BufferError (see PyByteArray.pinnedViews). */
  pinnedViews = 0;

  constructor(cls: PyType, readonly code: ArrayCode, capacity = 0) {
    super(cls);
    this.buffer = new ArrayBuffer(Math.max(capacity, 4) * code.itemsize);
    this.items = code.view(this.buffer, this.buffer.byteLength / code.itemsize);
  }

  get itemsize(): number {
    return this.code.itemsize;
  }

  /** The struct format a memoryview of the array reads ('u' items are 'w', UCS-4, as in CPython). */
  get bufferFormat(): string {
    return this.code.code === 'u' ? 'w' : this.code.code;
  }

  raw(i: number): Raw {
    return this.items[i];
  }

  setRaw(i: number, v: Raw): void {
    this.items[i] = v;
  }

  get(i: number): PyObject {
    return this.code.toObject(this.items[i]);
  }

  /** Room for `n` items in all, keeping the first `length`. */
  reserve(n: number): void {
    const size = this.code.itemsize;
    if (n * size <= this.buffer.byteLength) return;
    if (n * size > MAX_BYTES) throw newException(MemoryError);
    const bytes = Math.min(MAX_BYTES, Math.max(n * size, this.buffer.byteLength * 2));
    const grown = new ArrayBuffer(bytes);
    new Uint8Array(grown).set(new Uint8Array(this.buffer, 0, this.length * size));
    this.buffer = grown;
    this.items = this.code.view(grown, bytes / size);
  }

  /** array_resize's check: the length may not change while a pinned view exists. */
  checkResize(newLength: number): void {
    if (this.pinnedViews !== 0 && newLength !== this.length) throw newException(BufferError, 'cannot resize an array that is exporting buffers');
  }

  push(v: Raw): void {
    this.checkResize(this.length + 1);
    if (this.length * this.code.itemsize === this.buffer.byteLength) this.reserve(this.length + 1);
    this.items[this.length++] = v;
  }

  pushAll(values: Raw[]): void {
    this.checkResize(this.length + values.length);
    this.fill(values);
  }

  /** Appends values (the size check done by the caller). */
  private fill(values: Raw[]): void {
    this.reserve(this.length + values.length);
    for (const v of values) this.items[this.length++] = v;
  }

  /** The items' bytes (a view while the array is unchanged: callers copy what they keep). */
  exportBytes(): Uint8Array {
    return new Uint8Array(this.buffer, 0, this.length * this.code.itemsize);
  }

  appendBytes(data: Uint8Array): void {
    const count = data.length / this.code.itemsize;
    this.checkResize(this.length + count);
    this.reserve(this.length + count);
    new Uint8Array(this.buffer, this.length * this.code.itemsize, data.length).set(data);
    this.length += count;
  }

  /** Replaces items [start, stop) with `values` (a slice assignment with step 1, or a deletion). */
  splice(start: number, stop: number, values: Raw[]): void {
    this.checkResize(this.length - (stop - start) + values.length);
    const tail: Raw[] = [];
    for (let i = stop; i < this.length; i++) tail.push(this.items[i]);
    this.length = start;
    this.fill(values);
    this.fill(tail);
  }

  toRawArray(): Raw[] {
    const out: Raw[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.items[i];
    return out;
  }

  toList(): PyObject[] {
    const out: PyObject[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.code.toObject(this.items[i]);
    return out;
  }

  /** Replaces every item (fromlist's rollback, reverse, *=). */
  replace(values: Raw[]): void {
    this.checkResize(values.length);
    this.length = 0;
    this.fill(values);
  }
}
