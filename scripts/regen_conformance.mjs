#!/usr/bin/env node
// Regenerate the expected outputs of the conformance corpus (test/conformance/**/*.py)
// by running every program on the oracle, CPython 3.11.
//
//   node scripts/regen_conformance.mjs            # whole corpus
//   node scripts/regen_conformance.mjs types      # one area (folder under test/conformance)
//   node scripts/regen_conformance.mjs test/conformance/types/int_bigint_pow.py
//
// The interpreter is `process.env.TPY_ORACLE || 'python3'`; it must be CPython 3.11.
// For each program NAME.py (basename not starting with `_`) it writes, beside it:
//   NAME.out   stdout (always written)
//   NAME.err   stderr (only when non-empty; a stale one is deleted)
//   NAME.exit  exit code (only when non-zero; a stale one is deleted)
//
// CPython 3.11 makes the script path absolute (`File "/abs/dir/NAME.py"` in tracebacks), so
// `<program folder>/` is stripped from stderr: tracebacks read `File "NAME.py"` (and
// `File "_mod_x.py"` for sibling modules), which is what tpy prints for filename = basename.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(REPO, 'test', 'conformance');
const ORACLE = process.env.TPY_ORACLE || 'python3';
const TIMEOUT_MS = 60_000;

function die(msg) {
  console.error(`regen_conformance: ${msg}`);
  process.exit(1);
}

function oracleEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Keep the oracle hermetic: no inherited PYTHON* settings (PYTHONPATH, PYTHONWARNINGS, ...).
    if (!k.startsWith('PYTHON')) env[k] = v;
  }
  env.PYTHONHASHSEED = '0';
  env.PYTHONIOENCODING = 'utf-8';
  env.PYTHONDONTWRITEBYTECODE = '1'; // no __pycache__/ folders inside the corpus
  return env;
}

function checkOracle() {
  const r = spawnSync(ORACLE, ['-c', 'import sys; print(sys.implementation.name, "%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8',
    env: oracleEnv(),
    timeout: TIMEOUT_MS,
  });
  if (r.error) die(`cannot run oracle '${ORACLE}': ${r.error.message} (set TPY_ORACLE to a CPython 3.11)`);
  const found = (r.stdout || '').trim();
  if (r.status !== 0 || found !== 'cpython 3.11') {
    die(`oracle '${ORACLE}' is ${found || 'not a working Python'}, but CPython 3.11 is required (set TPY_ORACLE)`);
  }
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__pycache__') walk(p, out);
    } else if (entry.isFile()) {
      out.push(p);
    }
  }
  return out;
}

const isProgram = (p) => p.endsWith('.py') && !basename(p).startsWith('_');

function selectTargets(arg) {
  if (!existsSync(CORPUS)) die(`corpus folder not found: ${CORPUS}`);
  if (arg === undefined) return { files: walk(CORPUS, []), whole: true };
  let target = resolve(arg);
  if (!existsSync(target)) target = resolve(CORPUS, arg);
  if (!existsSync(target)) die(`no such file or folder: ${arg}`);
  const rel = relative(CORPUS, target);
  if (rel.startsWith('..') || resolve(CORPUS, rel) !== target) die(`${arg} is not inside ${CORPUS}`);
  if (statSync(target).isDirectory()) return { files: walk(target, []), whole: true };
  if (!isProgram(target)) die(`${arg} is not a conformance program (*.py not starting with '_')`);
  return { files: [target], whole: false };
}

function writeOrDelete(path, content) {
  if (content !== '') writeFileSync(path, content);
  else if (existsSync(path)) unlinkSync(path);
}

function regen(file) {
  const dir = dirname(file);
  const name = basename(file);
  const stem = join(dir, name.slice(0, -'.py'.length));
  const r = spawnSync(ORACLE, [name], {
    cwd: dir,
    env: oracleEnv(),
    input: '',
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return `failed to run: ${r.error.message}`;
  if (r.status === null) return `killed by signal ${r.signal}`;
  const stdout = r.stdout;
  const stderr = r.stderr.split(dir + sep).join('');
  writeFileSync(`${stem}.out`, stdout);
  writeOrDelete(`${stem}.err`, stderr);
  writeOrDelete(`${stem}.exit`, r.status !== 0 ? `${r.status}\n` : '');
  if (stdout.includes(dir)) return 'warning: stdout contains the absolute program folder (machine-dependent output)';
  return null;
}

function main() {
  const args = process.argv.slice(2);
  if (args.length > 1) die('usage: node scripts/regen_conformance.mjs [subfolder-or-file]');
  checkOracle();
  const { files, whole } = selectTargets(args[0]);
  const programs = files.filter(isProgram);
  let problems = 0;
  let withErr = 0;
  let withExit = 0;
  for (const file of programs) {
    const problem = regen(file);
    const stem = file.slice(0, -'.py'.length);
    if (existsSync(`${stem}.err`)) withErr++;
    if (existsSync(`${stem}.exit`)) withExit++;
    if (problem) {
      problems++;
      console.error(`${relative(CORPUS, file)}: ${problem}`);
    }
  }
  if (whole) {
    // Expected-output files whose program no longer exists.
    for (const f of files) {
      const m = /^(.*)\.(out|err|exit)$/.exec(f);
      if (m && !existsSync(`${m[1]}.py`)) {
        unlinkSync(f);
        console.log(`removed orphan ${relative(CORPUS, f)}`);
      }
    }
  }
  console.log(
    `regenerated ${programs.length} program(s): ${withErr} with stderr, ${withExit} with non-zero exit` +
      (problems ? `, ${problems} problem(s)` : ''),
  );
  if (problems) process.exit(1);
}

main();
