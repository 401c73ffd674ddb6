import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

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
  },
});
