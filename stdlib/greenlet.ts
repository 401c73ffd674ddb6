// Module greenlet: the greenlet type of the greenlet package (2.0's API) on the VM's greenlets
// (vm/greenlets.ts, which performs the switches); its methods and attributes, getcurrent,
// settrace/gettrace, GreenletExit and error.

import type { PyObject } from '../vm/objects/object.js';
import { PyType } from '../vm/objects/type.js';
import { builtin, defMethod, defGetter, KwArgs, PyMethodDescriptor } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyBaseException, BaseException, typeError, valueError, newException, AttributeError } from '../vm/objects/exceptions.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { defNew, hexId } from '../vm/methods/object.js';
import { typeOf } from '../vm/ops/typeof.js';
import { call } from '../vm/ops/call.js';
import { PARK } from '../vm/park.js';
import { toPyException } from '../vm/errors.js';
import {
  PyGreenlet, greenletType, GreenletExit, contextTable, greenletError, threadGreenlets, liveTarget, switchValue, traceSwitch,
} from '../vm/greenlets.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import type { ThreadState } from '../vm/threads.js';

function asGreenlet(o: PyObject, what = 'greenlet'): PyGreenlet {
  if (o instanceof PyGreenlet) return o;
  throw typeError(`GreenletChecker: Expected any type of ${what}, not ${typeOf(o).tpName}`);
}

/** The thread a greenlet runs in: its own once started, else its parent's (it starts where its parent runs). */
function threadOf(g: PyGreenlet): ThreadState | null {
  let q: PyGreenlet | null = g;
  while (q !== null && !q.started && !q.isMain) q = q.parent;
  return q === null ? g.thread : q.thread;
}

function greenletErr(msg: string): PyBaseException {
  return newException(greenletError, msg);
}

/**
 * Asks to switch from the running greenlet to `g` (or the first live one up its parents),
 * passing args/kwargs or raising `error` there: PARK for the loop, or the value at once for a
 * switch to the running greenlet itself.
 */
function requestSwitch(vm: VM, g: PyGreenlet, args: PyObject[], kwargs: KwArgs | null, error: PyBaseException | null): PyObject {
  const s = threadGreenlets(vm);
  const thread = threadOf(g);
  if (thread !== vm.threads.current) {
    throw greenletErr(`cannot switch to a different thread${thread !== null && thread.done ? ' (which happens to have exited)' : ''}`);
  }
  const target = liveTarget(g);
  const cur = s.current;
  // DIVERGENCE: a switch needs the outermost eval loop, as greenlet needs its own C stack slice.
  const canPark = vm.canPark;
  if (target !== cur && !canPark) {
    throw greenletErr('cannot switch greenlets here: tpy can switch only in code run by the eval loop itself, not inside a call made by native code (a sort key, __repr__, a callback of a built-in)');
  }
  // The trace function runs as part of the switch: what it raises is raised in the target.
  let raised = error;
  try {
    traceSwitch(vm, s, error === null ? 'switch' : 'throw', cur, target);
  } catch (e) {
    raised = toPyException(e);
  }
  vm.canPark = canPark;
  if (target === cur) {
    if (raised !== null) throw raised;
    return switchValue(args, kwargs);
  }
  vm.greenletSwitch = { target, args, kwargs, error: raised };
  return PARK;
}

/** greenlet.throw(typ=GreenletExit, val=None, tb=None): the exception raised in the greenlet. */
function thrown(vm: VM, typ: PyObject, val: PyObject, tb: PyObject): PyBaseException {
  let exc: PyObject;
  if (typ instanceof PyType && isExceptionClass(typ)) {
    if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) exc = val;
    else if (val === None) exc = call(vm, typ, []);
    else if (val instanceof PyTuple) exc = call(vm, typ, [...val.items]);
    else exc = call(vm, typ, [val]);
  } else if (typ instanceof PyBaseException) {
    if (val !== None) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes, or instances, not ${typeOf(typ).tpName}`);
  }
  if (!(exc instanceof PyBaseException)) throw typeError(`exceptions must be classes, or instances, not ${typeOf(exc).tpName}`);
  if (tb !== None) {
    if (typeOf(tb).name !== 'traceback') throw typeError('throw() third argument must be a traceback object');
    exc.traceback = tb as PyBaseException['traceback'];
  }
  return exc;
}

function isExceptionClass(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}

function greenletRepr(vm: VM, g: PyGreenlet): string {
  const name = typeOf(g).tpName;
  const s = g.thread === null ? null : threadGreenlets(vm, g.thread);
  const otid = g.thread === null ? '' : ` (otid=0x${(g.thread.ident).toString(16)})`;
  let state: string;
  if (g.dead) state = 'dead';
  else if (!g.started) state = 'pending';
  else state = `${s !== null && s.current === g ? 'current' : 'suspended'} active started${g.isMain ? ' main' : ''}`;
  const shownOtid = g.started || g.isMain ? otid : ' (otid=0x(nil))';
  return `<${name} object at ${hexId(g)}${shownOtid} ${state}>`;
}

let installed = false;

function installGreenletType(): void {
  if (installed) return;
  installed = true;
  const t = greenletType;
  const g = (o: PyObject): PyGreenlet => asGreenlet(o);
  defNew(t, (vm, args) => {
    const cls = args[0] as PyType;
    const obj = cls.allocate!(cls) as PyGreenlet;
    obj.thread = vm.threads.current;
    obj.parent = threadGreenlets(vm).current;
    return obj;
  });
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const self = g(args[0]);
    const pos = args.slice(1);
    const n = pos.length + (kwargs?.size ?? 0);
    if (n > 2) throw typeError(`green() takes at most 2 arguments (${n} given)`);
    let run: PyObject | undefined = pos[0];
    let parent: PyObject | undefined = pos[1];
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k === 'run' && run === undefined) run = v;
        else if (k === 'parent' && parent === undefined) parent = v;
        else if (k === 'run' || k === 'parent') throw typeError(`argument for green() given by name ('${k}') and position (${k === 'run' ? 1 : 2})`);
        else throw typeError(`'${k}' is an invalid keyword argument for green()`);
      }
    }
    if (run !== undefined && run !== None) setRun(self, run);
    if (parent !== undefined && parent !== None) setParent(self, parent);
    return None;
  });
  defMethod(t, 'switch', (vm, args, kwargs) => requestSwitch(vm, g(args[0]), args.slice(1), kwargs, null));
  defMethod(t, 'throw', (vm, args, kwargs) => {
    const self = g(args[0]);
    if (kwargs !== null && kwargs.size > 0) throw typeError('throw() takes no keyword arguments');
    if (args.length > 4) throw typeError(`throw expected at most 3 arguments, got ${args.length - 1}`);
    // Making the exception may call its class (tpy code), which clears canPark: the switch is still the loop's.
    const canPark = vm.canPark;
    const exc = thrown(vm, args[1] ?? GreenletExit, args[2] ?? None, args[3] ?? None);
    vm.canPark = canPark;
    return requestSwitch(vm, self, [], null, exc);
  });
  // Called by tpy code only: the loop must be the caller for a switch (compiled code leaves to it).
  for (const name of ['switch', 'throw']) {
    const m = t.typeDict.get(name);
    if (m instanceof PyMethodDescriptor) m.evalLoopOnly = true;
  }
  defMethod(t, '__bool__', (_vm, args) => {
    const self = g(args[0]);
    return self.started && !self.dead;
  });
  defMethod(t, '__repr__', (vm, args) => greenletRepr(vm, g(args[0])));
  defGetter(t, 'dead', (_vm, o) => g(o).dead);
  // Bytes of C stack a suspended greenlet keeps aside: tpy's frames live on the heap.
  defGetter(t, '_stack_saved', (_vm, o) => (g(o), 0));
  defGetter(t, 'run', (_vm, o) => {
    const self = g(o);
    if (self.isMain) throw newException(AttributeError, 'Main greenlets do not have a run attribute.');
    if (self.run === undefined) throw newException(AttributeError, 'run');
    return self.run;
  }, (_vm, o, v) => {
    const self = g(o);
    if (self.started) throw newException(AttributeError, 'run cannot be set after the start of the greenlet');
    if (v === undefined) {
      self.run = undefined;
      return;
    }
    setRun(self, v);
  });
  defGetter(t, 'parent', (_vm, o) => g(o).parent ?? None, (_vm, o, v) => {
    if (v === undefined) throw newException(AttributeError, "can't delete attribute");
    setParent(g(o), v);
  });
  defGetter(t, 'gr_frame', (vm, o) => {
    const self = g(o);
    if (!self.started || self.dead || self.thread === null || threadGreenlets(vm, self.thread).current === self) return None;
    return self.frame ?? None;
  });
  // Each greenlet's current contextvars Context lives in _contextvars' table (contextOwner's keys).
  defGetter(t, 'gr_context', (vm, o) => {
    const self = g(o);
    if (self.thread === null) return None;
    return contextTable(vm)?.get(vm, self.isMain ? self.thread.ident : self) ?? None;
  }, (vm, o, v) => {
    const self = g(o);
    if (v === undefined) throw newException(AttributeError, "can't delete context attribute");
    const ctxType = (vm.modules.getStr('_contextvars') as { dict?: { getStr(k: string): PyObject | undefined } } | undefined)?.dict?.getStr('Context');
    const isContext = ctxType instanceof PyType && typeOf(v).isSubtypeOf(ctxType);
    if (v !== None && !isContext) throw typeError('greenlet context must be a contextvars.Context or None');
    if (self.thread === null) return;
    const key = self.isMain ? self.thread.ident : self;
    if (v === None) {
      contextTable(vm)?.delete(vm, key);
      return;
    }
    contextTable(vm)?.set(vm, key, v);
  });
  t.setAttr('GreenletExit', GreenletExit);
  t.setAttr('error', greenletError);
}

function setRun(self: PyGreenlet, run: PyObject): void {
  if (self.started) throw newException(AttributeError, 'run cannot be set after the start of the greenlet');
  self.run = run;
}

/** parent = p: a greenlet of the same thread, and no cycle. */
function setParent(self: PyGreenlet, v: PyObject): void {
  const p = asGreenlet(v);
  for (let q: PyGreenlet | null = p; q !== null; q = q.parent) {
    if (q === self) throw valueError('cyclic parent chain');
  }
  // An unstarted greenlet belongs to its parent's thread: only a started one is tied to its own.
  if (self.started && threadOf(p) !== self.thread) throw valueError('parent cannot be on a different thread');
  self.parent = p;
}

export const init_greenlet: ModuleInit = (vm, m) => {
  installGreenletType();
  vm.greenletsUsed = true;
  const d = m.dict;
  const getcurrent = builtin('getcurrent', (vm2) => threadGreenlets(vm2).current, 'greenlet');
  const settrace = builtin('settrace', (vm2, args) => {
    const s = threadGreenlets(vm2);
    const old = s.trace;
    s.trace = args[0] ?? None;
    return old;
  }, 'greenlet');
  const gettrace = builtin('gettrace', (vm2) => threadGreenlets(vm2).trace, 'greenlet');
  d.setStr('greenlet', greenletType);
  d.setStr('getcurrent', getcurrent);
  d.setStr('settrace', settrace);
  d.setStr('gettrace', gettrace);
  d.setStr('GreenletExit', GreenletExit);
  d.setStr('error', greenletError);
  d.setStr('__version__', '2.0.2');
  d.setStr('GREENLET_USE_GC', true);
  d.setStr('GREENLET_USE_TRACING', true);
  d.setStr('GREENLET_USE_CONTEXT_VARS', true);
  greenletType.setAttr('getcurrent', getcurrent);
  greenletType.setAttr('settrace', settrace);
  greenletType.setAttr('gettrace', gettrace);
};
