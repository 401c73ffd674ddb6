// Runs conformance programs again and again on a loaded machine, to find the ones whose output
// depends on timing (a timer, a thread switch, a watchdog running late), which then fail now and
// then in CI:
//
//   node scripts/stress_conformance.mjs [--runs N] [--busy K] area/name ...
//
// Each program runs N times (default 4) through the built library bundle (`npm run build` first),
// as test/conformance.test.ts runs it, while K busy loops (default 2, one per core here) compete
// for the CPU. A run whose stdout, stderr or exit code differs from the checked-in outputs is printed.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ options: { runs: { type: 'string' }, busy: { type: 'string' } }, allowPositionals: true });
const runs = Number(values.runs ?? 4);
const busy = Number(values.busy ?? 2);
if (positionals.length === 0 || !(runs >= 1) || !(busy >= 0)) {
  console.error('usage: node scripts/stress_conformance.mjs [--runs N] [--busy K] area/name ...');
  process.exit(2);
}

const { runProgram } = await import(pathToFileURL(join(root, 'dist', 'bundle', 'index.js')).href);
const read = (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
const loops = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
let failures = 0;
try {
  for (const name of positionals) {
    const file = join(root, 'test', 'conformance', `${name}.py`);
    const stem = file.slice(0, -'.py'.length);
    for (let i = 1; i <= runs; i++) {
      const r = await runProgram({ source: readFileSync(file, 'utf8'), filename: basename(file), argv: [basename(file)], cwd: dirname(file), stdin: '' });
      const stderr = r.stderr.split(dirname(file) + sep).join('');
      const same = r.stdout === read(`${stem}.out`) && stderr === (read(`${stem}.err`) ?? '') &&
        r.exitCode === Number((read(`${stem}.exit`) ?? '0').trim());
      if (!same) {
        failures++;
        console.log(`FAIL ${name} (run ${i} of ${runs}), exit ${r.exitCode}\n--- stdout\n${r.stdout}--- stderr\n${stderr}`);
      }
    }
  }
} finally {
  for (const l of loops) l.kill();
}
console.log(`${positionals.length} program(s), ${runs} run(s) each, ${busy} busy loop(s): ${failures} run(s) differed`);
process.exit(failures === 0 ? 0 : 1);
