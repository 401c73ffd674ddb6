# A replacement sys.stdout/stderr that holds text back is flushed after the program (before
# its atexit calls) and again at finalisation; a failing stdout flush is reported and exits 120
import sys, atexit

class Held:
    def __init__(self, f, name, fail):
        self.f, self.name, self.fail, self.buf = f, name, fail, []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        self.f.write('[%s flush] %s' % (self.name, ''.join(self.buf)))
        self.buf = []
        if self.fail:
            raise ValueError(self.name + ' flush failed')
    def __repr__(self):
        return '<Held %s>' % self.name

atexit.register(lambda: print('from atexit'))
sys.stdout = Held(sys.__stdout__, 'out', fail=True)
sys.stderr = Held(sys.__stderr__, 'err', fail=True)
print('hello')
print('to stderr', file=sys.stderr)
