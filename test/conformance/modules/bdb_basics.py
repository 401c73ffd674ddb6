# bdb.Bdb: the events a debugger sees when stepping, breakpoints (conditions, ignore counts, temporary ones), the Breakpoint table, BdbQuit.
import bdb
import linecache
import sys

SOURCE = '''\
def square(n):
    r = n * n
    return r

def work(limit):
    acc = []
    for i in range(limit):
        acc.append(square(i))
    if limit > 2:
        raise KeyError(limit)
    return acc
'''
linecache.cache['<work>'] = (len(SOURCE), None, SOURCE.splitlines(True), '<work>')
ns = {}
exec(compile(SOURCE, '<work>', 'exec'), ns)


class Recorder(bdb.Bdb):
    """Prints each stop, then goes on as the plan says: 'step', 'next', 'return', 'continue' or 'quit'."""
    def __init__(self, plan):
        super().__init__()
        self.plan = list(plan)

    def go_on(self, frame):
        action = self.plan.pop(0) if self.plan else 'continue'
        if action == 'step':
            self.set_step()
        elif action == 'next':
            self.set_next(frame)
        elif action == 'return':
            self.set_return(frame)
        elif action == 'quit':
            self.set_quit()
        else:
            self.set_continue()

    def where(self, frame):
        return '%s:%s %s' % (frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name)

    def user_call(self, frame, args):
        print('call  ', self.where(frame))
        self.go_on(frame)

    def user_line(self, frame):
        print('line  ', self.where(frame), getattr(self, 'currentbp', None))
        self.go_on(frame)

    def user_return(self, frame, value):
        print('return', self.where(frame), repr(value))
        self.go_on(frame)

    def user_exception(self, frame, exc_info):
        print('except', self.where(frame), exc_info[0].__name__, exc_info[1])
        self.go_on(frame)

    def do_clear(self, arg):
        print('clear temporary', arg)
        self.clear_bpbynumber(arg)


def run(plan, *args):
    print('--', plan)
    debugger = Recorder(plan)
    try:
        print('result', debugger.runcall(ns['work'], *args))
    except KeyError as e:
        print('KeyError', e)
    return debugger

run(['step'] * 12, 2)
run(['next'] * 8, 2)
run(['step', 'step', 'step', 'return', 'return'], 1)
run(['step', 'quit'], 1)
run(['next'] * 20, 3)

# Breakpoints.
d = Recorder([])
print(d.set_break('<work>', 2))
print(d.set_break('<work>', 2, cond='n == 1'))
print(d.set_break('<work>', 8, temporary=True))
print(d.set_break('<work>', 40))
print(d.set_break('<nowhere>', 1))
print(d.get_all_breaks(), d.get_file_breaks('<work>'), d.get_break('<work>', 2), d.get_break('<work>', 3))
for bp in bdb.Breakpoint.bpbynumber:
    if bp:
        print(bp)
        print(bp.bpformat())
first = d.get_bpbynumber('1')
first.ignore = 1
for arg in ['', 'x', '99', '0']:
    try:
        d.get_bpbynumber(arg)
    except ValueError as e:
        print(type(e).__name__, e)
d.plan = ['continue'] * 10
d.botframe = None
print('result', d.runcall(ns['work'], 2))
for bp in bdb.Breakpoint.bpbynumber:
    if bp:
        bp.bpprint(sys.stdout)
first.disable()
print(first.bpformat())
print(d.clear_break('<work>', 5), d.clear_break('<other>', 2))
print(d.clear_break('<work>', 2), d.get_all_breaks())
print(d.clear_all_breaks(), d.clear_all_breaks())
print(d.clear_bpbynumber('1'), d.clear_all_file_breaks('<work>'))
print(d.canonic('<string>'), d.canonic('<work>'))
print(issubclass(bdb.BdbQuit, Exception), bdb.Breakpoint.next)
bdb.Breakpoint.clearBreakpoints()
print(bdb.Breakpoint.next, bdb.Breakpoint.bplist, bdb.Breakpoint.bpbynumber)
