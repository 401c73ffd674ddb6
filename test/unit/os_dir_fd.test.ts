// tpy has no openat() family (node has none), so a dir_fd is refused as CPython refuses it on
// a platform without it, rather than ignored (which would resolve the path against the
// current directory). CPython on Linux supports dir_fd, so this cannot be a conformance test.

import { expect, test } from 'vitest';
import { runProgram } from '../../index.js';

const PROGRAM = `
import os
print(os.supports_dir_fd)
for f, a, kw in ((os.stat, ('.',), 'dir_fd'), (os.open, ('.', os.O_RDONLY), 'dir_fd'),
                 (os.mkdir, ('zz',), 'dir_fd'), (os.readlink, ('zz',), 'dir_fd'),
                 (os.rename, ('a', 'b'), 'src_dir_fd'), (os.rename, ('a', 'b'), 'dst_dir_fd')):
    try:
        f(*a, **{kw: 3})
    except NotImplementedError as e:
        print(f.__name__, e)
`;

test('a dir_fd other than None is unavailable on tpy\'s platform', async () => {
  const r = await runProgram({ source: PROGRAM, filename: 'dir_fd.py' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe([
    'set()',
    'stat dir_fd unavailable on this platform',
    'open dir_fd unavailable on this platform',
    'mkdir dir_fd unavailable on this platform',
    'readlink dir_fd unavailable on this platform',
    'rename src_dir_fd unavailable on this platform',
    'rename dst_dir_fd unavailable on this platform',
    '',
  ].join('\n'));
});
