// Generator objects: a suspended frame plus its state (see VM.generatorSend for resuming).

import { PyObj } from './object.js';
import { makeNativeType } from './type.js';
import type { Frame } from '../frame.js';
import type { PyBaseException } from './exceptions.js';

export const generatorType = makeNativeType('generator', undefined, { final: true });

export class PyGenerator extends PyObj {
  /** Running right now (re-entering raises "generator already executing"). */
  running = false;
  /** Finished: returned or raised; further sends raise StopIteration. */
  finished = false;
  /** Not started yet: only None may be sent. */
  started = false;
  /** The exception being handled inside the generator, kept across suspensions. */
  excState: PyBaseException | null = null;
  name: string;
  qualname: string;
  constructor(readonly frame: Frame, name: string, qualname: string) {
    super(generatorType);
    this.name = name;
    this.qualname = qualname;
  }
}
