// Optional differential check against CPython (TPY_FUZZ_ORACLE=/path/to/python3.11): runs the same
// program on the oracle and compares stdout, the last line of stderr (the exception) and the exit
// code. Output that cannot match is normalised away: object addresses (` at 0x...`), and lines
// that hold the same characters in another order (sets and dicts of strings, whose order follows
// string hashes, which tpy computes differently).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, sep } from 'node:path';

export interface OracleResult {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

let scratch: string | null = null;

/** Runs `source` as `filename` on the oracle; modules next to the original program (`cwd`) stay importable. */
export function runOracle(oracle: string, source: string, filename: string, cwd: string | undefined): OracleResult {
  scratch ??= mkdtempSync(join(tmpdir(), 'tpy-fuzz-oracle-'));
  writeFileSync(join(scratch, filename), source);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON') && v !== undefined) env[k] = v;
  env.PYTHONHASHSEED = '0';
  env.PYTHONIOENCODING = 'utf-8';
  env.PYTHONDONTWRITEBYTECODE = '1';
  if (cwd) env.PYTHONPATH = cwd;
  const r = spawnSync(oracle, ['-W', 'ignore', filename], {
    cwd: scratch, env, input: '', encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024,
  });
  const strip = (s: string) => s.split(scratch + sep).join('').split(cwd ? cwd + sep : '\0').join('');
  // An uncaught KeyboardInterrupt makes CPython kill itself with SIGINT: report it as a shell would (130).
  const exitCode = r.status ?? (r.signal ? 128 + (constants.signals[r.signal] ?? 0) : null);
  return { stdout: r.stdout ?? '', stderr: strip(r.stderr ?? ''), exitCode };
}

export function removeOracleScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

const normalise = (s: string) => s.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0x…');
const sameChars = (a: string, b: string) => a.length === b.length && [...a].sort().join('') === [...b].sort().join('');

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** The first difference between tpy's and the oracle's results, or null when they agree. */
export function compareWithOracle(tpy: OracleResult, cpy: OracleResult): string | null {
  const a = normalise(tpy.stdout).split('\n');
  const b = normalise(cpy.stdout).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y || (x !== undefined && y !== undefined && sameChars(x, y))) continue;
    return `stdout line ${i + 1}: tpy ${JSON.stringify(x?.slice(0, 200) ?? '<missing>')} | cpython ${JSON.stringify(y?.slice(0, 200) ?? '<missing>')}`;
  }
  const ea = normalise(lastLine(tpy.stderr));
  const eb = normalise(lastLine(cpy.stderr));
  if (ea !== eb) return `stderr: tpy ${JSON.stringify(ea.slice(0, 200))} | cpython ${JSON.stringify(eb.slice(0, 200))}`;
  if (tpy.exitCode !== cpy.exitCode) return `exit code: tpy ${tpy.exitCode} | cpython ${cpy.exitCode}`;
  return null;
}
