// The order test files start in. The three conformance files (one per mode: the corpus with
// the JIT at its default threshold, at threshold 1, and with every slow path compiled in) each
// take several minutes; the other files together about as long as one of them. Started last
// (vitest's default order on a fresh clone is by file size, and theirs are tiny) one of them
// ran alone at the end while the other worker sat idle; started first, the two workers finish
// together.

import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONG = /\/test\/conformance(_jit|_jit_slow)?\.test\.ts$/;

export default class ConformanceFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => LONG.test(f.moduleId)), ...sorted.filter((f) => !LONG.test(f.moduleId))];
  }
}
