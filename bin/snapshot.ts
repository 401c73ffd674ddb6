// The entry of tpy's start-up snapshot. scripts/bundle.mjs bundles this file and runs it
// once under `node --build-snapshot`, which saves the heap it leaves (dist/bundle/tpy.blob);
// bin/tpy then starts node from that heap with `--snapshot-blob`, so a run skips loading and
// compiling the bundle, building the chevrotain parser and filling the built-in types: it
// begins at the function given to setDeserializeMainFunction below.
//
// Nothing the build sees may leak into a run: the warm-up only builds what every process
// builds the same way (no VM is created and no tpy code runs, so id() numbers, dict
// versions and the like start where they start without a snapshot), and whatever depends
// on the process is read when first needed (argv and the package's location here, the
// clocks in stdlib/time.ts, the library folder in stdlib/lib_dir.ts).

import { startupSnapshot } from 'node:v8';
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli } from './main.js';
import { compile } from '../index.js';
import { getParser } from '../compiler/parser.js';
import { installBuiltinMethods } from '../vm/methods/index.js';
import { settleFieldRepresentations, settleInObjectLayouts } from '../vm/object_shapes.js';

/** The bundle's stand-in for import.meta.url (scripts/bundle.mjs's banner), set here at run time. */
declare let __tpy_module_url: string;

/** Source that reaches most of the grammar and the code generator, compiled (never run) once. */
const SAMPLE = `
import sys, os.path as p
from collections import *
from . import x as y
global g
class A(B, metaclass=M):
    '''doc'''
    x: int = 1
    __slots__ = ('a',)
    def __init__(self, v=2, /, *args, k=None, **kw) -> None:
        nonlocal_ = lambda q, *r, **s: (yield q)
        self.v = v; del self.w
    @property
    def p(self):
        return [i * 2 for i in range(self.v) if i % 2] + list({1: 2, **d}) + list({3, *t}) + [*u]
def g(n):
    def h():
        nonlocal n
        n += 1
    yield from (i for i in n) if n else n
    for i, (j, *k) in enumerate(n):
        if i is not None and j not in k or not i: continue
        elif i < j <= k != i > -j >= ~k == +i: break
        else: pass
    else:
        return
while x := f(a, *b, c=1, **d)[1:2, ::3, ...]:
    assert x, 'm'
try:
    t = (1, 2.5, 'a' 'b', b'b', None, True, False, f"{1!r:>{w}}{x=}", -3 // 2, 2 ** 10, 7 % 3, 1 << 3 >> 1 & 4 | 5 ^ 6, 1 @ 2)
    s = sum(g(10)) + A().p[0] + len(str(t)) + len(sorted(t[:2], key=lambda x: -x)) if t else 0
    with open(sys.argv[0]) as fh, ctx() as (a, b):
        x.y[z] += 1; x -= 1; x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
    raise ValueError('v') from None
except (OSError, ValueError) as e:
    s = 0
finally:
    s = s if s else 1
`;

startupSnapshot.setDeserializeMainFunction(() => {
  // bin/tpy runs `node --snapshot-blob DIR/dist/bundle/tpy.blob -- SCRIPT ARGS...`: the
  // package is where the blob really is (as node finds a main script's real path: npm's links
  // lead there), and SCRIPT (bin/tpy as invoked) becomes process.argv[1], resolved as node
  // resolves a main script's path.
  const i = process.execArgv.findIndex((a) => a === '--snapshot-blob' || a.startsWith('--snapshot-blob='));
  const blob = process.execArgv[i].startsWith('--snapshot-blob=') ? process.execArgv[i].slice('--snapshot-blob='.length) : process.execArgv[i + 1];
  __tpy_module_url = pathToFileURL(join(dirname(realpathSync.native(blob)), 'tpy.cjs')).href;
  if (process.argv.length > 1) process.argv[1] = resolve(process.argv[1]);
  cli();
});

getParser();
installBuiltinMethods();
settleFieldRepresentations();
compile(SAMPLE, '<snapshot>', 'exec');
settleInObjectLayouts();
