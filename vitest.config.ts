import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60000,
    // As bin/tpy: a bigger JS stack, so native re-entry (repr -> __repr__ -> repr ...) reaches
    // sys.getrecursionlimit() before V8's default ~1 MB stack runs out.
    execArgv: ['--stack-size=4000'],
  },
});
