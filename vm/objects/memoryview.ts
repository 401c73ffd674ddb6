// memoryview: a window on the bytes of an exporter (bytes, bytearray, array.array), read as
// items of one native struct format, in any number of dimensions (shape and byte strides).
// Slices and casts are new views of the same bytes, so writes reach the exporter.

import type { PyObject } from './object.js';
import { PyObj } from './object.js';
import { makeNativeType } from './type.js';
import { PyBytes, PyByteArray, bufferBytes, type BufferExporter } from './bytes.js';
import { valueError, newException, BufferError } from './exceptions.js';

export const memoryviewType = makeNativeType('memoryview', undefined, { final: true });

export class PyMemoryView extends PyObj implements BufferExporter {
  released = false;
  /** Entered by a `with` statement and not yet released (PyByteArray.pinnedViews counts it). */
  pinned = false;
  constructor(
    /** The object whose bytes this views: bytes, bytearray or another exporter (array.array). */
    readonly obj: PyObj,
    /** Where item 0 starts in the exporter's bytes. */
    readonly offset: number,
    /** The struct format of one item as given ('B', 'i', '@d'...). */
    readonly format: string,
    readonly itemsize: number,
    readonly shape: readonly number[],
    /** Bytes from one item to the next along each dimension (negative for reversed slices). */
    readonly strides: readonly number[],
    /** Made read-only by toreadonly() (or viewing such a view), whatever the object. */
    readonly frozen = false,
  ) {
    super(memoryviewType);
  }

  get readonly(): boolean {
    return this.frozen || exporterReadonly(this.obj);
  }

  get ndim(): number {
    return this.shape.length;
  }

  get nbytes(): number {
    return this.shape.reduce((a, b) => a * b, 1) * this.itemsize;
  }

  /** The exporter's bytes now (a bytearray's array is replaced when it grows). */
  get data(): Uint8Array {
    const data = exporterBytes(this.obj);
    // DIVERGENCE: CPython refuses to shrink an exported object; tpy cannot tell a live view from
    // a dropped one, so it lets the object shrink and refuses the view's reads and writes instead.
    if (this.end > data.length) throw newException(BufferError, 'memoryview: the underlying object shrank after the view was made (tpy cannot refuse that resize)');
    return data;
  }

  /** One past the last byte any item of the view touches. */
  private get end(): number {
    let end = this.offset + this.itemsize;
    for (let d = 0; d < this.ndim; d++) {
      if (this.shape[d] === 0) return this.offset;
      if (this.strides[d] > 0) end += (this.shape[d] - 1) * this.strides[d];
    }
    return end;
  }

  /** Whether the items lie in C order with no gaps, as cast() and the 'C' tests require. */
  get cContiguous(): boolean {
    let expect = this.itemsize;
    for (let d = this.ndim - 1; d >= 0; d--) {
      if (this.shape[d] === 0) return true;
      if (this.shape[d] !== 1 && this.strides[d] !== expect) return false;
      expect *= this.shape[d];
    }
    return true;
  }

  get fContiguous(): boolean {
    let expect = this.itemsize;
    for (let d = 0; d < this.ndim; d++) {
      if (this.shape[d] === 0) return true;
      if (this.shape[d] !== 1 && this.strides[d] !== expect) return false;
      expect *= this.shape[d];
    }
    return true;
  }

  /** The byte offset of every item, in C order (the last index varying fastest). */
  itemOffsets(): number[] {
    const out: number[] = [];
    const walk = (d: number, at: number): void => {
      if (d === this.ndim) {
        out.push(at);
        return;
      }
      for (let i = 0; i < this.shape[d]; i++) walk(d + 1, at + i * this.strides[d]);
    };
    walk(0, this.offset);
    return out;
  }

  /** The viewed bytes in C order, copied (bytes(m), tobytes, and every bytes-like reader). */
  exportBytes(): Uint8Array {
    if (this.released) throw valueError('operation forbidden on released memoryview object');
    const data = this.data;
    if (this.cContiguous) return data.slice(this.offset, this.offset + this.nbytes);
    const out = new Uint8Array(this.nbytes);
    let j = 0;
    for (const at of this.itemOffsets()) {
      out.set(data.subarray(at, at + this.itemsize), j);
      j += this.itemsize;
    }
    return out;
  }
}

/** What an exporter other than bytes and bytearray may say about its items (array.array does). */
export interface FormattedExporter extends BufferExporter {
  readonly bufferFormat: string;
  readonly itemsize: number;
}

function exporterBytes(o: PyObj): Uint8Array {
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.data;
  return (o as unknown as BufferExporter).exportBytes();
}

function exporterReadonly(o: PyObj): boolean {
  return o instanceof PyBytes;
}

/** A view of all of `o`'s bytes: format 'B' unless the exporter names its own. */
export function viewOf(o: PyObj & BufferExporter): PyMemoryView {
  const f = o as Partial<FormattedExporter>;
  const format = f.bufferFormat ?? 'B';
  const itemsize = f.bufferFormat === undefined ? 1 : f.itemsize!;
  const n = exporterBytes(o).length / itemsize;
  return new PyMemoryView(o, 0, format, itemsize, [n], [itemsize]);
}

export function isMemoryView(o: PyObject): o is PyMemoryView {
  return o instanceof PyMemoryView;
}

/** The bytes of a writable buffer, live (readinto's and struct.pack_into's target), or undefined. */
export function writableBytes(o: PyObject): Uint8Array | undefined {
  if (o instanceof PyByteArray) return o.data;
  if (o instanceof PyMemoryView) {
    if (o.released || o.readonly || !o.cContiguous) return undefined;
    return o.data.subarray(o.offset, o.offset + o.nbytes);
  }
  if (o instanceof PyBytes || bufferBytes(o) === undefined) return undefined;
  return bufferBytes(o); // array.array: a live view of its items
}
