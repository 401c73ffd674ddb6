# an uncaught exception's traceback goes to whatever sys.stderr is at the end, through its write()
import sys, atexit

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

captured = Capture()
folder = __file__.rsplit('/', 1)[0] + '/'
def report():
    sys.__stdout__.write('captured:\n' + ''.join(captured.parts).replace(folder, ''))
atexit.register(report)
sys.stderr = captured
print('to stdout')
print('to captured stderr', file=sys.stderr)
sys.excepthook(ValueError, ValueError('via excepthook'), None)
def fail():
    return {}['missing']
fail()
