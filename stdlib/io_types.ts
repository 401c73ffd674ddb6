// Module _io: the file types behind open() (stdlib/io_file.ts), for stdlib/lib/io.py to re-export.

import type { ModuleInit } from '../vm/vm.js';
import { textIOWrapperType, bufferedReaderType, bufferedWriterType, bufferedRandomType, fileIOType, UnsupportedOperation } from './io_file.js';

export const init__io: ModuleInit = (vm, m) => {
  const d = m.dict;
  const open = vm.builtins.getStr('open');
  if (open !== undefined) d.setStr('open', open);
  d.setStr('TextIOWrapper', textIOWrapperType);
  d.setStr('BufferedReader', bufferedReaderType);
  d.setStr('BufferedWriter', bufferedWriterType);
  d.setStr('BufferedRandom', bufferedRandomType);
  d.setStr('FileIO', fileIOType);
  d.setStr('UnsupportedOperation', UnsupportedOperation);
  d.setStr('DEFAULT_BUFFER_SIZE', 8192);
};
