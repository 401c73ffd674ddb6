# A replacement sys.stdout that holds text back is flushed before the traceback of an uncaught exception
import sys

class Held:
    def __init__(self, f):
        self.f, self.buf = f, []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        self.f.write(''.join(self.buf).replace('\n', ' <nl>\n'))
        self.buf = []

sys.stdout = Held(sys.__stdout__)
print('before the error')
print('line two')
{}['missing']
