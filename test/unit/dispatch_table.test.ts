// The eval loop's dispatch must compile to a jump table. V8 turns a `switch` into one
// only when every `case` label is a literal (the bundler writes enum members as
// literals); a single label that is a variable makes it test the cases one by one,
// a linear chain of comparisons on every instruction.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BUNDLE = fileURLToPath(new URL('../../dist/bundle/index.js', import.meta.url));
// Runs one statement through the bundled library and lets the process end by itself
// (V8's bytecode listing goes through a buffer that process.exit() may not flush).
const RUN_ONCE = `const t = require(${JSON.stringify(BUNDLE)});
const vm = t.createVM({ argv: ['x'] });
vm.runCode(vm.compile('x = 1', '<s>', 'exec'), new t.PyDict());`;

describe('eval loop dispatch', () => {
  it('is a jump table over every opcode in the bundled loop', () => {
    const r = spawnSync(process.execPath, ['--print-bytecode', '--print-bytecode-filter=runLoop', '-e', RUN_ONCE], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.status).toBe(0);
    const tables = [...r.stdout.matchAll(/SwitchOnSmiNoFeedback(?:\.Wide)? \[\d+\], \[(\d+)\]/g)].map((m) => Number(m[1]));
    // One table spans the opcodes 0..207 (CPython's and the superinstructions).
    expect(Math.max(0, ...tables)).toBeGreaterThanOrEqual(200);
  });
});
