// Micro-benchmarks of VM internals with benchmark.js, through the library API (dist/index.js).
//
// Usage: node bench/micro.mjs [--quick] [--jit] [filter]
// Each case is a small tpy function running an inner loop of N iterations; the
// report divides by N to give the cost of one operation, after subtracting the
// cost of the empty loop (dispatch of the loop itself). The cases measure the eval
// loop, so the loop compiler (vm/jit.ts) is off unless --jit is given: with it, the
// loops run compiled (and `f()` in call_return runs inline), which is another measure.

import Benchmark from 'benchmark';
import { createVM, compile, mainModule } from '../dist/bundle/index.js';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const JIT = argv.includes('--jit');
const FILTER = argv.find((a) => !a.startsWith('--')) ?? '';
const N = 100000;

const SOURCE = `
class Obj:
    def __init__(self):
        self.x = 1
    def method(self):
        return self

def f():
    return 1

def empty_loop(n):
    i = 0
    while i < n:
        i += 1

def dispatch(n):
    # Ten cheap instructions per iteration beyond the loop's own.
    i = 0
    a = 0
    while i < n:
        a = i; a = a; a = i; a = a; a = i
        i += 1

def call_return(n):
    i = 0
    while i < n:
        f()
        i += 1

def attribute_load(n):
    o = Obj()
    i = 0
    while i < n:
        o.x
        i += 1

def method_call(n):
    o = Obj()
    i = 0
    while i < n:
        o.method()
        i += 1

def int_arith(n):
    i = 0
    a = 7
    while i < n:
        a = (a * 3 + i) % 1000
        i += 1

def float_arith(n):
    i = 0
    x = 1.5
    while i < n:
        x = x * 1.000001 + 0.5 - x / 3.0
        i += 1

def dict_get_set(n):
    d = {}
    i = 0
    while i < n:
        d[i & 255] = i
        d[i & 127]
        i += 1

def exception_raise_catch(n):
    i = 0
    while i < n:
        try:
            raise ValueError(i)
        except ValueError:
            pass
        i += 1
`;

const vm = createVM({ argv: ['micro'], io: { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), readLine: () => null } });
vm.jitEnabled = JIT;
const globals = mainModule(vm).dict;
vm.runCode(compile(SOURCE, 'micro.py'), globals);
const fn = (name) => globals.getStr(name);

const cases = [
  ['empty loop (baseline)', 'empty_loop'],
  ['dispatch: 10 LOAD/STORE_FAST', 'dispatch'],
  ['call + return (no args)', 'call_return'],
  ['attribute load (instance)', 'attribute_load'],
  ['method call (bound, no args)', 'method_call'],
  ['int arithmetic (*, +, %)', 'int_arith'],
  ['float arithmetic (*, +, -, /)', 'float_arith'],
  ['dict set + get (int keys)', 'dict_get_set'],
  ['exception raise + catch', 'exception_raise_catch'],
];

/** Profiler callback cost: the call benchmark with a native no-op profile hook set. */
const hookCase = typeof vm.setProfile === 'function';

// Warm the eval loop up on every case first, so the first case does not pay for V8's tiers.
for (let round = 0; round < (QUICK ? 5 : 20); round++) for (const [, name] of cases) vm.callFunction(fn(name), [N / 10], null);

const suite = new Benchmark.Suite();
const opts = QUICK ? { maxTime: 0.5, minSamples: 5 } : { maxTime: 2, minSamples: 10 };
for (const [label, name] of cases) {
  if (FILTER && !label.includes(FILTER) && !name.includes(FILTER)) continue;
  const f = fn(name);
  suite.add(label, () => vm.callFunction(f, [N], null), opts);
}
if (hookCase && (!FILTER || 'profiler'.includes(FILTER))) {
  const f = fn('call_return');
  let events = 0;
  suite.add('call + return, profile hook set (native no-op)', {
    ...opts,
    onStart: () => vm.setProfile((_frame, _event, _arg) => { events++; }),
    fn: () => vm.callFunction(f, [N], null),
    onComplete: () => vm.setProfile(null),
  });
}

const results = [];
suite.on('cycle', (ev) => {
  const b = ev.target;
  results.push({ name: b.name, perCall: 1 / b.hz, rme: b.stats.rme });
  console.log(`${String(b)}`);
});
suite.on('complete', () => {
  const base = results.find((r) => r.name.startsWith('empty loop'));
  console.log(`\nper operation (N = ${N} per run${base ? ', minus the empty loop' : ''}):`);
  for (const r of results) {
    const per = r === base || !base ? r.perCall / N : (r.perCall - base.perCall) / N;
    console.log(`  ${r.name.padEnd(48)} ${(per * 1e9).toFixed(1).padStart(8)} ns  ±${r.rme.toFixed(1)}%`);
  }
  if (!hookCase) console.log('  profiler callback cost: n/a (vm.setProfile not available yet)');
});
suite.run();
