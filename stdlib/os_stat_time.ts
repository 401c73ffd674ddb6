// File times as CPython's os.stat gives them. The kernel's timespec (seconds, nanoseconds) becomes
// the float sec + nsec * 1e-9 (posixmodule.c's fill_time), which node's millisecond doubles
// (mtimeMs / 1000) miss in the last digits: tarfile's pax "mtime" records showed it.

const BILLION = 1_000_000_000n;

/** The timespec of a nanosecond count: seconds rounded down, nanoseconds in [0, 1e9). */
function timespec(ns: bigint): [bigint, bigint] {
  let sec = ns / BILLION;
  let nsec = ns % BILLION;
  if (nsec < 0n) {
    nsec += BILLION;
    sec -= 1n;
  }
  return [sec, nsec];
}

/** st_mtime and friends: the float CPython computes (and the closest seconds to a nanosecond count). */
export function statSeconds(ns: bigint): number {
  const [sec, nsec] = timespec(ns);
  return Number(sec) + Number(nsec) * 1e-9;
}

/** The whole seconds the stat_result tuple holds at indexes 7-9. */
export function statWholeSeconds(ns: bigint): number {
  return Number(timespec(ns)[0]);
}
