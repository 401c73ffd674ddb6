// Module _heapq: the binary min-heap primitives on a list (Modules/_heapqmodule.c); stdlib/lib/heapq.py adds the rest.
//
// Items are compared with `<` only. A comparison may run tpy code that changes the
// list, so every step re-checks the size, as CPython does.

import type { PyObject } from '../vm/objects/object.js';
import { PyList } from '../vm/objects/list.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, indexError, runtimeError } from '../vm/objects/exceptions.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { pyLess } from '../vm/ops/compare.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import type { ModuleInit, VM } from '../vm/vm.js';

type Less = (vm: VM, a: PyObject, b: PyObject) => boolean;

const minLess: Less = pyLess;
const maxLess: Less = (vm, a, b) => pyLess(vm, b, a);

function changed(): never {
  throw runtimeError('list changed size during iteration');
}

/** Moves the item at `pos` up towards `start` while it is less than its parent. */
function siftDown(vm: VM, heap: PyObject[], start: number, pos: number, less: Less): void {
  const size = heap.length;
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    const lt = less(vm, item, parent);
    if (heap.length !== size) changed();
    if (!lt) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

/** Moves the item at `pos` down to a leaf along the smaller children, then back up into place. */
function siftUp(vm: VM, heap: PyObject[], pos: number, less: Less): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end) {
      const lt = less(vm, heap[child], heap[right]);
      if (heap.length !== end) changed();
      if (!lt) child = right;
    }
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(vm, heap, start, pos, less);
}

function listArg(fname: string, o: PyObject, single: boolean): PyList {
  if (!(o instanceof PyList)) {
    throw typeError(single ? `${fname}() argument must be list, not ${argTypeName(o)}` : `${fname}() argument 1 must be list, not ${argTypeName(o)}`);
  }
  return o;
}

function heapify(vm: VM, heap: PyObject[], less: Less): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(vm, heap, i, less);
}

function pop(vm: VM, heap: PyObject[], less: Less): PyObject {
  if (heap.length === 0) throw indexError('index out of range');
  const last = heap.pop()!;
  if (heap.length === 0) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(vm, heap, 0, less);
  return top;
}

function replace(vm: VM, heap: PyObject[], item: PyObject, less: Less): PyObject {
  if (heap.length === 0) throw indexError('index out of range');
  const top = heap[0];
  heap[0] = item;
  siftUp(vm, heap, 0, less);
  return top;
}

function fn(name: string, n: number, body: (vm: VM, args: PyObject[]) => PyObject): NativeFn {
  return (vm, args, kwargs) => {
    noKwargs(name, kwargs);
    if (n === 1) {
      if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    } else {
      checkArgCount(name, args, n, n, 0);
    }
    return body(vm, args);
  };
}

const functions: [string, NativeFn][] = [
  ['heappush', fn('heappush', 2, (vm, a) => {
    const heap = listArg('heappush', a[0], false).items;
    heap.push(a[1]);
    siftDown(vm, heap, 0, heap.length - 1, minLess);
    return None;
  })],
  ['heappop', fn('heappop', 1, (vm, a) => pop(vm, listArg('heappop', a[0], true).items, minLess))],
  ['heapreplace', fn('heapreplace', 2, (vm, a) => replace(vm, listArg('heapreplace', a[0], false).items, a[1], minLess))],
  ['heappushpop', fn('heappushpop', 2, (vm, a) => {
    const heap = listArg('heappushpop', a[0], false).items;
    if (heap.length === 0 || !pyLess(vm, heap[0], a[1])) return a[1];
    if (heap.length === 0) throw indexError('index out of range');
    return replace(vm, heap, a[1], minLess);
  })],
  ['heapify', fn('heapify', 1, (vm, a) => {
    heapify(vm, listArg('heapify', a[0], true).items, minLess);
    return None;
  })],
  ['_heappop_max', fn('_heappop_max', 1, (vm, a) => pop(vm, listArg('_heappop_max', a[0], true).items, maxLess))],
  ['_heapreplace_max', fn('_heapreplace_max', 2, (vm, a) => replace(vm, listArg('_heapreplace_max', a[0], false).items, a[1], maxLess))],
  ['_heapify_max', fn('_heapify_max', 1, (vm, a) => {
    heapify(vm, listArg('_heapify_max', a[0], true).items, maxLess);
    return None;
  })],
];

export const init__heapq: ModuleInit = (_vm, m) => {
  for (const [name, f] of functions) m.dict.setStr(name, builtin(name, f, '_heapq'));
};
