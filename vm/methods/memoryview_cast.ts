// memoryview.cast(format, shape): the same bytes read as other items, or in other dimensions,
// with the checks and messages of CPython's cast (C-contiguous source, a byte format on one side,
// 1-D to N-D or N-D to 1-D).

import type { PyObject } from '../objects/object.js';
import { PyMemoryView } from '../objects/memoryview.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import type { KwArgs } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { typeName } from '../ops/typeof.js';
import { strVal } from './str.js';
import { parseArgs } from './args.js';
import { castItemSize, isByteFormat } from './memoryview_items.js';
import { view } from './memoryview.js';
import type { VM } from '../vm.js';

const MAX_DIMS = 64;

export function memoryviewCast(vm: VM, args: PyObject[], kwargs: KwArgs | null): PyObject {
  const [formatObj, shapeObj] = parseArgs('cast', args, kwargs, { names: ['format', 'shape'], required: 1 });
  const m = view(args[0]);
  const format = strVal(formatObj!);
  if (format === undefined) throw typeError(`cast() argument 'format' must be str, not ${typeName(formatObj!)}`);
  if (!m.cContiguous) throw typeError('memoryview: casts are restricted to C-contiguous views');
  let shapeItems: PyObject[] | undefined;
  if (shapeObj !== undefined && shapeObj !== None) {
    if (!(shapeObj instanceof PyList) && !(shapeObj instanceof PyTuple)) throw typeError('shape must be a list or a tuple');
    shapeItems = shapeObj instanceof PyList ? shapeObj.items : shapeObj.items;
    if (m.ndim !== 1 && shapeItems.length !== 1) throw typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
    if (shapeItems.length > MAX_DIMS) throw valueError(`memoryview: number of dimensions must not exceed ${MAX_DIMS}`);
  }
  const itemsize = castItemSize(format);
  if (itemsize === undefined) {
    throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (!isByteFormat(format) && !isByteFormat(m.format)) throw typeError('memoryview: cannot cast between two non-byte formats');
  const nbytes = m.nbytes;
  let shape: number[];
  if (shapeItems === undefined) {
    if (nbytes % itemsize !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
    shape = [nbytes / itemsize];
  } else {
    shape = shapeItems.map((x) => {
      if (typeof x !== 'number' && typeof x !== 'bigint') throw typeError('memoryview.cast(): elements of shape must be integers');
      if (x <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
      return Number(x);
    });
    if (shape.reduce((a, b) => a * b, 1) * itemsize !== nbytes) throw typeError('memoryview: product(shape) * itemsize != buffer size');
  }
  const strides: number[] = new Array(shape.length);
  let stride = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= shape[d];
  }
  return new PyMemoryView(m.obj, m.offset, format, itemsize, shape, strides, m.frozen);
}
