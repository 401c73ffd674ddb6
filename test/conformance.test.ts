// Conformance suite: runs every program in test/conformance/**/*.py (basename not starting with
// `_`) on tpy and compares stdout, stderr and exit code with the CPython 3.11 outputs checked in
// beside it (NAME.out, NAME.err, NAME.exit). Regenerate those with `npm run conformance:regen`.
//
// It runs tsc's output (dist/, loaded natively: see vitest.config.ts), rebuilt first when stale.
//
// TPY_CONFORMANCE_FILTER=substring runs only programs whose name (`area/name`) contains it.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runProgram } from '../dist/index.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'conformance');

function discover(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...discover(path));
    } else if (entry.isFile() && entry.name.endsWith('.py') && !entry.name.startsWith('_')) {
      found.push(path);
    }
  }
  return found;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const filter = process.env.TPY_CONFORMANCE_FILTER ?? '';
const programs = discover(CORPUS)
  .map((file) => ({ file, name: relative(CORPUS, file).split(sep).join('/').replace(/\.py$/, '') }))
  .filter(({ name }) => name.includes(filter));

if (programs.length === 0) {
  test('conformance programs', () => {
    throw new Error(`no conformance program matches TPY_CONFORMANCE_FILTER=${JSON.stringify(filter)}`);
  });
}

for (const { file, name } of programs) {
  test(name, async () => {
    const stem = file.slice(0, -'.py'.length);
    const expectedStdout = readIfExists(`${stem}.out`);
    if (expectedStdout === undefined) {
      throw new Error(`${name}.out is missing: run \`npm run conformance:regen\``);
    }
    const expectedStderr = readIfExists(`${stem}.err`) ?? '';
    const expectedExit = Number((readIfExists(`${stem}.exit`) ?? '0').trim());

    const filename = basename(file);
    const result = await runProgram({
      source: readFileSync(file, 'utf8'),
      filename,
      argv: [filename],
      cwd: dirname(file),
      stdin: '',
    });

    // As the regeneration script does for CPython: modules imported from the program's
    // folder are reported by absolute path; strip the folder so both read alike.
    const stderr = result.stderr.split(dirname(file) + sep).join('');
    expect({ stdout: result.stdout, stderr, exitCode: result.exitCode }).toEqual({
      stdout: expectedStdout,
      stderr: expectedStderr,
      exitCode: expectedExit,
    });
  });
}
