# bdb.Bdb beyond stepping: set_until, run/runeval/runctx, set_trace, skip patterns, function
# breakpoints, get_stack/format_stack_entry, get_breaks, clearing by file, odd trace events.
import bdb
import linecache
import sys

SOURCE = '''\
def inner(x):
    y = x + 1
    return y

def loop(n):
    total = 0
    for i in range(n):
        total += inner(i)
    total *= 2
    return total

def gen(n):
    for i in range(n):
        yield i

def use_gen():
    out = []
    for v in gen(3):
        out.append(v)
    return out
'''
linecache.cache['<tgt>'] = (len(SOURCE), None, SOURCE.splitlines(True), '<tgt>')
ns = {'__name__': 'tgtmod'}
exec(compile(SOURCE, '<tgt>', 'exec'), ns)


class Scripted(bdb.Bdb):
    def __init__(self, plan, skip=None, show_stack=False):
        super().__init__(skip=skip)
        self.plan = list(plan)
        self.show_stack = show_stack

    def go_on(self, frame):
        action = self.plan.pop(0) if self.plan else ('continue',)
        name = action[0]
        if name == 'step':
            self.set_step()
        elif name == 'next':
            self.set_next(frame)
        elif name == 'until':
            self.set_until(frame, *action[1:])
        elif name == 'return':
            self.set_return(frame)
        elif name == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def where(self, frame):
        import os
        return '%s:%s %s' % (os.path.basename(frame.f_code.co_filename), frame.f_lineno, frame.f_code.co_name)

    def stack(self, frame, tb=None):
        if not self.show_stack:
            return
        stack, index = self.get_stack(frame, tb)
        names = [f.f_code.co_name for f, _ in stack]
        print('   stack', names[-3:], index - len(stack))
        print('   entry', self.format_stack_entry(stack[index]))

    def user_call(self, frame, args):
        print('call  ', self.where(frame))
        self.go_on(frame)

    def user_line(self, frame):
        print('line  ', self.where(frame))
        self.stack(frame)
        self.go_on(frame)

    def user_return(self, frame, value):
        print('return', self.where(frame), repr(value))
        self.stack(frame)
        self.go_on(frame)

    def user_exception(self, frame, exc_info):
        print('except', self.where(frame), exc_info[0].__name__)
        self.stack(frame, exc_info[2])
        self.go_on(frame)

    def do_clear(self, arg):
        print('clear', arg)
        self.clear_bpbynumber(arg)


def run(title, debugger, func, *args):
    print('--', title)
    print('result', debugger.runcall(func, *args))

run('until', Scripted([('step',), ('next',), ('until',), ('until',), ('until', 9), ('continue',)]), ns['loop'], 3)
run('next over generator', Scripted([('step',)] + [('next',)] * 12), ns['use_gen'])
run('return from generator', Scripted([('step',), ('step',), ('step',), ('step',), ('step',), ('return',), ('return',)]), ns['use_gen'])
run('stack', Scripted([('step',)] * 6, show_stack=True), ns['loop'], 1)
run('skip', Scripted([('step',)] * 8, skip=['tgt*']), ns['loop'], 1)
run('skip other', Scripted([('step',)] * 3, skip=['zzz', 'other.*']), ns['loop'], 1)

print('-- run / runeval / runctx')
d = Scripted([('step',), ('step',), ('continue',)])
g = dict(ns)
d.run('a = inner(4)\nb = a * 3', g)
print(g['a'], g['b'])
d = Scripted([('step',), ('quit',)])
d.run(compile('c = inner(1)', '<tgt-c>', 'exec'), g)
print('c' in g)
d = Scripted([('step',), ('step',)])
print('runeval', d.runeval('inner(10) * 2', g))
d = Scripted([('continue',)])
loc = {}
d.runctx('z = inner(7)', g, loc)
print('runctx', loc)

print('-- function breakpoint')
bdb.Breakpoint.clearBreakpoints()
d = Scripted([('continue',)] * 10)
print(d.set_break('<tgt>', 1, funcname='inner'))
print(d.set_break('<tgt>', 9, temporary=True, cond='total > 0'))
print(d.set_break('<tgt>', 6, cond='1/0'))
print([str(b) for b in d.get_breaks('<tgt>', 1)], d.get_breaks('<tgt>', 2), d.get_breaks('<zz>', 1))
print(d.get_all_breaks())
print('result', d.runcall(ns['loop'], 2))
for b in bdb.Breakpoint.bpbynumber:
    print(b and b.bpformat())
print(d.clear_all_file_breaks('<tgt>'), d.get_all_breaks(), bdb.Breakpoint.bplist)
print(d.clear_all_file_breaks('<tgt>'))
print(d.clear_bpbynumber('2'), d.clear_bpbynumber('abc'), d.clear_bpbynumber(''))

print('-- breakpoints survive into a new debugger')
bdb.Breakpoint.clearBreakpoints()
d.set_break('<tgt>', 2)
d.set_break('<tgt>', 2)
d.set_break('<tgt>', 3)
e = Scripted([])
print(e.get_all_breaks(), e.get_break('<tgt>', 2))
print(e.clear_bpbynumber('1'), e.get_all_breaks())
print(e.clear_bpbynumber('2'), e.get_all_breaks())
print(e.clear_bpbynumber('2'))

print('-- dispatch directly')
e = Scripted([])
e.reset()
f = sys._getframe()
print(e.trace_dispatch(f, 'c_call', None) == e.trace_dispatch)
print(e.trace_dispatch(f, 'bogus', None) == e.trace_dispatch)
e.quitting = True
print(e.trace_dispatch(f, 'line', None))
print(e.is_skipped_module(None))
try:
    bdb.Bdb().do_clear('1')
except NotImplementedError as ex:
    print(type(ex).__name__, ex)
print(e.canonic('<x>'), e.canonic('a/../b.py') == e.canonic('b.py'))

print('-- set_trace')
bdb.Breakpoint.clearBreakpoints()
def traced():
    d = Scripted([('next',), ('next',), ('continue',)])
    d.set_trace()
    a = 1
    b = a + 1
    return b
print('traced', traced())
print(sys.gettrace())
