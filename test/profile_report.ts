// Comparing two pstats reports made with the real clock: the layout and every count
// must agree, the times may not. Used by the cProfile CLI and example tests.

/** A report's parts: header lines (times masked) and table rows (times masked, and their cumtime). */
export interface Report {
  header: string[];
  rows: { text: string; tottime: number; cumtime: number }[];
}

const TIME = /\d+\.\d{3}/g;
const ROW = /^\s+(\d+(?:\/\d+)?)\s+(\d+\.\d{3})\s+(\d+\.\d{3})\s+(\d+\.\d{3})\s+(\d+\.\d{3}) (.*)$/;

export function parseReport(text: string): Report {
  const header: string[] = [];
  const rows: Report['rows'] = [];
  for (const line of text.split('\n')) {
    const m = ROW.exec(line);
    if (m !== null) rows.push({ text: line.replace(TIME, 'T'), tottime: Number(m[2]), cumtime: Number(m[4]) });
    else header.push(line.replace(TIME, 'T'));
  }
  return { header, rows };
}

/**
 * The report as it must compare: headers as they are, rows whose time in the
 * column the report is sorted by is at least `significant` seconds in their
 * printed order (which a real clock cannot swap), and the other rows as a sorted
 * set (their order is noise).
 */
export function comparable(text: string, by: 'tottime' | 'cumtime', significant = 0.05): { header: string[]; ordered: string[]; unordered: string[] } {
  const r = parseReport(text);
  return {
    header: r.header,
    ordered: r.rows.filter((x) => x[by] >= significant).map((x) => x.text),
    unordered: r.rows.filter((x) => x[by] < significant).map((x) => x.text).sort(),
  };
}
