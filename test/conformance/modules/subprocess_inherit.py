# subprocess: a child's uncaptured output goes to the program's own stdout/stderr, in order
import subprocess
import sys

print('before', flush=True)
r = subprocess.run(['echo', 'from child'])
print('after', r, flush=True)
subprocess.run(['printf', 'no newline|'])
print('next', flush=True)
print('err before', file=sys.stderr, flush=True)
subprocess.run(['sh', '-c', 'echo child err >&2'])
print('err after', file=sys.stderr, flush=True)
subprocess.run(['sh', '-c', 'echo merged >&2'], stderr=subprocess.STDOUT)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE)
print('captured', r.stdout, r.stderr, flush=True)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stderr=subprocess.PIPE)
print('captured', r.stdout, r.stderr, flush=True)
subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL)
print(subprocess.call(['echo', 'called']), flush=True)
print(subprocess.check_call('echo checked', shell=True), flush=True)
print(subprocess.getoutput('echo not printed'), flush=True)
print('end')
