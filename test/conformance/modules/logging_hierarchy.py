# logging: getLogger's dotted hierarchy, inherited levels, propagation, lastResort
import logging
import io
import sys

a_b = logging.getLogger('a.b')
print(repr(a_b), a_b.parent is logging.root, a_b.name)
a = logging.getLogger('a')
print(a_b.parent is a, a.parent is logging.root, a_b.getChild('c').name)
print(logging.getLogger('a.b') is a_b, a.getChild('b') is a_b, logging.root.getChild('z').name)
x = logging.getLogger('x.y.z')
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is logging.root)
print(a_b.level, a_b.getEffectiveLevel(), logging.getLevelName(a_b.getEffectiveLevel()))
a.setLevel(logging.INFO)
print(a_b.getEffectiveLevel(), a_b.isEnabledFor(logging.INFO), a_b.isEnabledFor(logging.DEBUG))
print(repr(a), repr(a_b), a_b.hasHandlers())

# Nothing configured: warnings and above go to lastResort, message only, on stderr.
print(repr(logging.lastResort), logging.lastResort.level)
a_b.warning('last resort %s', 'warning')
a_b.info('info via lastResort? no: below WARNING')
a.error('error from a')
sys.stdout.flush()

out_a = io.StringIO()
out_root = io.StringIO()
ha = logging.StreamHandler(out_a)
ha.setFormatter(logging.Formatter('A:%(name)s:%(levelname)s:%(message)s'))
a.addHandler(ha)
hr = logging.StreamHandler(out_root)
hr.setFormatter(logging.Formatter('ROOT:%(name)s:%(message)s'))
logging.root.addHandler(hr)
a_b.info('info from a.b')
a_b.debug('debug dropped')
a.warning('warning from a')
logging.getLogger('other').warning('other logger')
a.propagate = False
a_b.error('not propagated past a')
a.propagate = True
ha.setLevel(logging.ERROR)
a_b.warning('ha filters this out, root gets it')
print(repr(ha), a.handlers == [ha], a_b.handlers, a_b.hasHandlers())
a.removeHandler(ha)
a.removeHandler(ha)
a_b.warning('after removeHandler')
a_b.disabled = True
a_b.critical('disabled logger')
a_b.disabled = False
logging.disable(logging.WARNING)
a_b.warning('disabled globally')
a_b.error('error passes disable(WARNING)')
logging.disable(logging.NOTSET)
a_b.warning('enabled again')
print(out_a.getvalue(), end='')
print('--')
print(out_root.getvalue(), end='')
logging.root.removeHandler(hr)
lastResort = logging.lastResort
logging.lastResort = None
logging.getLogger('q').warning('no lastResort')
logging.getLogger('q').warning('only once')
logging.lastResort = lastResort
