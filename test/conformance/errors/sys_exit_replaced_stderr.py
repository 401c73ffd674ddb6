# sys.exit(message) writes the message and a newline to the replaced sys.stderr (two write calls)
import sys

class Show:
    def write(self, s):
        sys.__stdout__.write('write(%r)\n' % (s,))
    def flush(self):
        pass

sys.stderr = Show()
print('start')
sys.exit('bye: %d' % 42)
