// The line of a file that CPython's compiler errors show (PyErr_ProgramTextObject): read from the
// file named at the time of the error, whatever source was compiled under that name.

import { readFileSync } from 'node:fs';

/** Line `lineno` of the file at `path`, or null when there is no such file or line. */
export type ProgramTextReader = (path: string, lineno: number) => string | null;

/** Line `lineno` of the file with its newline (universal newlines, undecodable bytes replaced), or null. */
export function programText(path: string, lineno: number): string | null {
  if (lineno < 1 || (path.startsWith('<') && path.endsWith('>'))) return null;
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const line = content.split(/(?<=\r\n|\r(?!\n)|\n)/)[lineno - 1];
  return line === undefined ? null : line.replace(/\r\n?$/, '\n');
}
