// The program's file descriptor numbers (the process's descriptor table, as the program sees it).
//
// A tpy program runs inside a node process, whose other descriptors are node's own (libuv's
// epoll and signal pipes, its inspector, files it reads). A program naming one of those by
// number (os.close(5), open(7).read(), os.read(9, 1)) must get EBADF, as from a fresh
// CPython process, and never reach node's descriptor. So the numbers a program sees are its
// own: 0, 1 and 2 are the process's standard streams, and every descriptor the program
// opens (a file, a socket, an epoll object) takes the lowest free number from 3, as the
// kernel numbers them, so a program's first open file is 3 as in CPython.
//
// Each number maps to what it stands for: a node descriptor (files), a socket's handles
// (_sockmini.ts), or null for a number held by something with no descriptor of its own in
// node (an epoll object, an accepted connection not yet wrapped in a socket).

import { closeSync } from 'node:fs';
import type { VM } from '../vm/vm.js';
import { osErrorFrom } from './io_file.js';

/** An open file of the program: the node descriptor behind its number. */
export class OsDescriptor {
  /**
   * The file offset os.read/os.write/os.lseek go on from (node reads and writes at a
   * position given each time); null: the kernel's own, for a descriptor not opened by
   * os.open (a standard stream, a file of open()).
   */
  offset: number | null = null;
  /** The program's numbers for this descriptor: more than one after os.dup (they share the offset, as dup's do). */
  holders = 1;
  constructor(readonly real: number) {}
}

/** What a socket keeps in the table (see _sockmini.ts's SocketHandles). */
export interface SocketEntry {
  fd: number;
}

export type FdEntry = OsDescriptor | SocketEntry | null;

export type FdTable = Map<number, FdEntry>;

const tables = new WeakMap<VM, FdTable>();
/** Each VM's entries for 0, 1 and 2 (never in its table: they cannot be taken by anything else). */
const standard = new WeakMap<VM, OsDescriptor[]>();

/** The VM's descriptor table (0, 1 and 2 are not in it: they are always the standard streams). */
export function fdTable(vm: VM): FdTable {
  let t = tables.get(vm);
  if (t === undefined) {
    t = new Map();
    tables.set(vm, t);
  }
  return t;
}

/** Takes the lowest free number from 3 for `entry`. */
export function allocFd(vm: VM, entry: FdEntry): number {
  const table = fdTable(vm);
  let fd = 3;
  while (table.has(fd)) fd++;
  table.set(fd, entry);
  return fd;
}

/** Gives number `fd` back. */
export function freeFd(vm: VM, fd: number): void {
  fdTable(vm).delete(fd);
}

/** os.dup(fd): another number for the same open descriptor, the lowest free one. */
export function dupDescriptor(vm: VM, fd: number): number {
  const entry = osDescriptor(vm, fd);
  entry.holders++;
  return allocFd(vm, entry);
}

/**
 * Gives number `fd` back when it is closed: true when it was the last number of its node
 * descriptor (the caller closes that then), false while an os.dup copy still holds it.
 */
export function releaseDescriptor(vm: VM, fd: number): boolean {
  const entry = fd > 2 ? fdTable(vm).get(fd) : undefined;
  if (fd > 2) freeFd(vm, fd);
  if (!(entry instanceof OsDescriptor)) return true;
  entry.holders--;
  return entry.holders <= 0;
}

/**
 * At the program's end (index.ts's finishProgram, after the files' writes went out): the
 * descriptors it left open are closed, as its process's exit closes them in CPython. A VM in
 * a process that goes on (runProgram, the test suite's VM per program) kept them: `data =
 * open(f).read()` in a loop ran a long-lived process out of descriptors (EMFILE).
 */
export function closeAllDescriptors(vm: VM): void {
  const table = tables.get(vm);
  if (table === undefined) return;
  for (const [fd, entry] of table) {
    if (!(entry instanceof OsDescriptor)) continue;
    table.delete(fd);
    // A copy of a standard stream (os.dup(1)) is the process's, not the program's.
    if (entry.real <= 2 || --entry.holders > 0) continue;
    try {
      closeSync(entry.real);
    } catch {
      // closed behind the program's back already
    }
  }
}

/** A node descriptor just opened for the program: its number in the program. */
export function adoptDescriptor(vm: VM, real: number): number {
  return allocFd(vm, new OsDescriptor(real));
}

function badDescriptor(vm: VM): never {
  throw osErrorFrom(vm, { code: 'EBADF' }, undefined);
}

/**
 * The node descriptor behind program number `fd`, for a call that reads, writes, seeks or
 * stats it; OSError EBADF for a number the program has not opened (or one that is a socket
 * or an epoll object, which have no node descriptor).
 */
export function nodeDescriptor(vm: VM, fd: number): number {
  return osDescriptor(vm, fd).real;
}

/** The entry of program number `fd` as nodeDescriptor finds it (EBADF likewise). */
export function osDescriptor(vm: VM, fd: number): OsDescriptor {
  if (fd >= 0 && fd <= 2) {
    let std = standard.get(vm);
    if (std === undefined) standard.set(vm, (std = [new OsDescriptor(0), new OsDescriptor(1), new OsDescriptor(2)]));
    return std[fd];
  }
  const entry = fdTable(vm).get(fd);
  if (entry instanceof OsDescriptor) return entry;
  return badDescriptor(vm);
}

/** True when `fd` is a number the program holds: a standard stream or one it opened. */
export function isProgramFd(vm: VM, fd: number): boolean {
  return (fd >= 0 && fd <= 2) || fdTable(vm).has(fd);
}
