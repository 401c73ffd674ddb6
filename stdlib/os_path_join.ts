// The path a file system call hands to the kernel for a path argument.
//
// tpy keeps its own working directory (vm.cwd, changed by os.chdir), so a relative path is
// joined to it before node sees it. It is joined and nothing else: node's path.resolve would
// also fold "a/.." and "a/." lexically, which the kernel does not do. "missing/.." must fail
// (ENOENT) as it does in CPython, and "link/.." is the parent of the link's target, not the
// directory holding the link.

/** p as an absolute path under cwd, unnormalized; "" stays "" so that the call fails with ENOENT. */
export function osPath(cwd: string, p: string): string {
  if (p === '' || p.startsWith('/')) return p;
  return cwd.endsWith('/') ? cwd + p : `${cwd}/${p}`;
}
