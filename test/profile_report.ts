// Comparing two pstats reports made with the real clock: the layout and every count
// must agree, the times may not. Used by the cProfile CLI and example tests.

const TIME = /\d+\.\d{3}/g;
const ROW = /^\s+(\d+(?:\/\d+)?)\s+(\d+\.\d{3})\s+(\d+\.\d{3})\s+(\d+\.\d{3})\s+(\d+\.\d{3}) (.*)$/;

interface Row {
  text: string;
  ncalls: number;
  tottime: number;
  cumtime: number;
}

function rows(text: string): Row[] {
  const out: Row[] = [];
  for (const line of text.split('\n')) {
    const m = ROW.exec(line);
    if (m !== null) out.push({ text: line.replace(TIME, 'T'), ncalls: parseInt(m[1], 10), tottime: Number(m[2]), cumtime: Number(m[4]) });
  }
  return out;
}

/**
 * What must be equal between two reports of the same program: every line outside
 * the table with times masked, and the table's rows with times masked, as a sorted
 * set (rows whose times tie, or nearly, come in any order).
 */
export function reportShape(text: string): { header: string[]; rows: string[] } {
  return {
    header: text.split('\n').filter((line) => !ROW.test(line)).map((line) => line.replace(TIME, 'T')),
    rows: rows(text).map((r) => r.text).sort(),
  };
}

/** The values of one column in printed order (to check the report is sorted by it). */
export function column(text: string, by: 'ncalls' | 'tottime' | 'cumtime'): number[] {
  return rows(text).map((r) => r[by]);
}

/** True when `values` never increase (pstats sorts its keys in descending order). */
export function nonIncreasing(values: number[]): boolean {
  return values.every((v, i) => i === 0 || values[i - 1] >= v);
}

/** The masked rows whose `by` time is at least `threshold`, in printed order. */
export function rowsAbove(text: string, by: 'tottime' | 'cumtime', threshold: number): string[] {
  return rows(text).filter((r) => r[by] >= threshold).map((r) => r.text);
}
