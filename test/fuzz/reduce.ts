// Shrinks a failing program to a smaller one that fails the same way (line-based delta debugging).

export interface Reduced {
  source: string;
  runs: number;
  complete: boolean;
}

/**
 * Removes chunks of lines (halves, then quarters, ... then single lines) as long as
 * `stillFails` holds for the smaller program. Stops after `maxMs` milliseconds.
 */
export async function reduceProgram(
  source: string,
  stillFails: (candidate: string) => Promise<boolean>,
  maxMs = 5000,
): Promise<Reduced> {
  const deadline = performance.now() + maxMs;
  let lines = source.split('\n').filter((l) => l.trim() !== '');
  let runs = 0;
  const test = async (cand: string[]): Promise<boolean> => {
    runs++;
    return stillFails(cand.join('\n') + '\n');
  };
  let chunk = Math.max(1, Math.floor(lines.length / 2));
  for (;;) {
    let removedAny = false;
    for (let start = 0; start < lines.length; ) {
      if (performance.now() > deadline) return { source: lines.join('\n') + '\n', runs, complete: false };
      const cand = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      if (cand.length > 0 && (await test(cand))) {
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
