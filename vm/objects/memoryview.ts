// memoryview over bytes and bytearray: a window on their bytes (format 'B', one dimension),
// sliced without copying, writable when the bytearray is. tpy has no general buffer
// protocol: arrays and other exporters are refused, and cast() is not there.

import type { PyObject } from './object.js';
import { PyObj } from './object.js';
import { makeNativeType } from './type.js';
import { PyBytes, PyByteArray, type BufferExporter } from './bytes.js';

export const memoryviewType = makeNativeType('memoryview', undefined, { final: true });

export class PyMemoryView extends PyObj implements BufferExporter {
  released = false;
  constructor(
    /** The object whose bytes this views (bytes or bytearray). */
    readonly obj: PyBytes | PyByteArray,
    readonly start: number,
    readonly step: number,
    readonly length: number,
    /** Made read-only by toreadonly() (or viewing such a view), whatever the object. */
    readonly frozen = false,
  ) {
    super(memoryviewType);
  }

  get readonly(): boolean {
    return this.frozen || this.obj instanceof PyBytes;
  }

  /** The index in the object's bytes of item i (0 <= i < length). */
  at(i: number): number {
    return this.start + i * this.step;
  }

  /** The viewed bytes, copied (bytes(m), tobytes, struct and zlib through bufferBytes). */
  exportBytes(): Uint8Array {
    const data = this.obj.data;
    if (this.step === 1) return data.slice(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = data[this.at(i)];
    return out;
  }
}

export function isMemoryView(o: PyObject): o is PyMemoryView {
  return o instanceof PyMemoryView;
}
