// Shrinks a failing program to a smaller one that fails the same way (line-based delta debugging).

import { runCase, signature, type Budget } from './run.js';

export interface Reduced {
  source: string;
  runs: number;
  complete: boolean;
}

/**
 * Removes chunks of lines (halves, then quarters, ... then single lines) as long as the
 * program still fails with the same signature. Stops after `maxMs` milliseconds.
 */
export async function reduceProgram(
  source: string,
  target: string,
  opts: { cwd?: string; filename?: string; maxMs?: number; budget?: Budget; describe?: string } = {},
): Promise<Reduced> {
  const deadline = performance.now() + (opts.maxMs ?? 5000);
  let lines = source.split('\n').filter((l) => l.trim() !== '');
  let runs = 0;
  const stillFails = async (cand: string[]): Promise<boolean> => {
    runs++;
    const o = await runCase(cand.join('\n') + '\n', { cwd: opts.cwd, filename: opts.filename, budget: opts.budget, describe: opts.describe });
    return signature(o) === target;
  };
  let chunk = Math.max(1, Math.floor(lines.length / 2));
  for (;;) {
    let removedAny = false;
    for (let start = 0; start < lines.length; ) {
      if (performance.now() > deadline) return { source: lines.join('\n') + '\n', runs, complete: false };
      const cand = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      if (cand.length > 0 && (await stillFails(cand))) {
        lines = cand;
        removedAny = true;
      } else {
        start += chunk;
      }
    }
    if (chunk === 1 && !removedAny) break;
    if (!removedAny) chunk = Math.max(1, Math.floor(chunk / 2));
  }
  return { source: lines.join('\n') + '\n', runs, complete: true };
}
