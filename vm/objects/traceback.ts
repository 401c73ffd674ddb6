// Traceback objects: one entry per frame an exception passed through (tb_next points toward the raise).

import { PyObj } from './object.js';
import { makeNativeType } from './type.js';
import type { Frame } from '../frame.js';

export const tracebackType = makeNativeType('traceback', undefined, { final: true });

export class PyTraceback extends PyObj {
  constructor(
    public tb_next: PyTraceback | null,
    readonly tb_frame: Frame,
    readonly tb_lasti: number,
    readonly tb_lineno: number,
  ) {
    super(tracebackType);
  }
}
