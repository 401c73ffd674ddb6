// Unicode 14.0's character decomposition mappings (unicodedata.decomposition), from the
// generated decompositions.txt, read at first use.

import { readDataLines } from './data_file.js';

let table: Map<number, string> | null = null;

function load(): Map<number, string> {
  const map = new Map<number, string>();
  let cp = -1;
  for (const line of readDataLines('decompositions.txt')) {
    const semi = line.indexOf(';');
    cp = semi === 0 ? cp + 1 : parseInt(line.slice(0, semi), 16);
    map.set(cp, line.slice(semi + 1));
  }
  return map;
}

/** The decomposition as CPython prints it ('<compat> 0020 0308', '0041 0300'), '' when none. */
export function ucdDecomposition(cp: number): string {
  return (table ??= load()).get(cp) ?? '';
}
