// What tpy's os answers for dir_fd and the os.supports_* sets. Node has no openat() family,
// so tpy is a platform without dir_fd: a dir_fd other than None is refused as CPython refuses
// it there (instead of being ignored, which would resolve the path against the wrong
// directory), and os.supports_dir_fd is empty, which is what portable code checks first.

import type { PyObject } from '../vm/objects/object.js';
import type { PyDict } from '../vm/objects/dict.js';
import { None } from '../vm/objects/singletons.js';
import { newException, NotImplementedError } from '../vm/objects/exceptions.js';
import { index } from '../vm/ops/convert.js';
import { typeName } from '../vm/ops/typeof.js';
import { newSet } from '../vm/objects/set.js';
import type { VM } from '../vm/vm.js';

/** A dir_fd argument: None (or left out) is fine; an int is unavailable; anything else a TypeError. */
export function refuseDirFd(vm: VM, dirFd: PyObject | undefined, argName = 'dir_fd'): void {
  if (dirFd === undefined || dirFd === None) return;
  index(vm, dirFd, () => `argument should be integer or None, not ${typeName(dirFd)}`);
  throw newException(NotImplementedError, `${argName} unavailable on this platform`);
}

/**
 * os.supports_dir_fd, supports_fd, supports_follow_symlinks and supports_effective_ids: the
 * functions of d that take that argument in tpy (listdir and scandir take a descriptor; stat
 * and lstat honour follow_symlinks).
 */
export function installSupportSets(vm: VM, d: PyDict): void {
  const functions = (names: string[]) => newSet(vm, names.map((n) => d.getStr(n)!));
  d.setStr('supports_dir_fd', functions([]));
  d.setStr('supports_fd', functions(['listdir', 'scandir']));
  d.setStr('supports_follow_symlinks', functions(['stat']));
  d.setStr('supports_effective_ids', functions([]));
}
