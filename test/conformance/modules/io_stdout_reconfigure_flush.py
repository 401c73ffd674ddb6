# sys.stdout.reconfigure(line_buffering=True) on a pipe flushes at each newline (seen against
# stderr on the same pipe); write_through=True passes each write to the buffer (seen against
# sys.stdout.buffer writes). The standard streams keep `mode` in their __dict__.
import os, subprocess, sys

CHILD = r'''
import sys
print(sys.stdout.__dict__, sys.stderr.__dict__, sys.stdin.__dict__, vars(sys.stdout))
print(sys.stdout.mode, sys.stdin.mode, repr(sys.stdout), repr(sys.stdin))
sys.stdout.mode = 'wb'; print(sys.stdout); del sys.stdout.mode; print(sys.stdout)
try:
    sys.stdout.mode
except AttributeError as e:
    print(e)
print(sys.stdout.buffer.__dict__, sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(line_buffering=True)
print('a'); sys.stderr.write('b\n'); print('c', end=''); sys.stderr.write('d\n'); print('e')
sys.stdout.write('x\ry'); sys.stderr.write('z\n'); print()
wt = sys.stdout.write_through
sys.stdout.reconfigure(line_buffering=False, write_through=True)
print('f', end=''); sys.stderr.write('g\n'); print('h')
sys.stdout.write('i'); sys.stdout.buffer.write(b'j\n'); sys.stdout.flush()
if not wt:  # (under -u, tpy's text layer holds nothing back even when write_through is turned off)
    sys.stdout.reconfigure(write_through=False)
    sys.stdout.write('k'); sys.stdout.buffer.write(b'l\n'); sys.stdout.flush()
    print('m'); sys.stderr.write('n\n'); print('o')
sys.stdout.reconfigure(line_buffering=True, encoding='latin-1')
print('p\xe9'); sys.stderr.write('q\n')
'''
env = {k: v for k, v in os.environ.items() if k != 'PYTHONUNBUFFERED'}
for flag in ([], ['-u']):
    r = subprocess.run([sys.executable, *flag, '-c', CHILD], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    print(flag, r.returncode)
    print(r.stdout.decode('latin-1'), end='')
