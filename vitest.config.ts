import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import ConformanceFirst from './test/conformance_sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    // vitest's default is one worker fewer than the CPUs: one on a 2-core machine, where the
    // suite then ran file after file (37 min in CI). Most of the big files' time is programs
    // waiting on timers, threads and child processes, so two workers at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // As bin/tpy: a bigger JS stack, so native re-entry (repr -> __repr__ -> repr ...) reaches
    // sys.getrecursionlimit() before V8's default ~1 MB stack runs out.
    execArgv: ['--stack-size=4000'],
    // The conformance files run tsc's output (dist/) as Node loads it, not the sources through
    // vite's module runner, whose rewritten imports (a getter per cross-module call) cost the
    // VM's hot paths about a quarter more CPU. test/dist_fresh.ts rebuilds a stale dist/ first.
    globalSetup: ['test/dist_fresh.ts'],
    server: { deps: { external: [/\/dist\//] } },
    sequence: { sequencer: ConformanceFirst },
  },
});
