# subprocess errors: CalledProcessError, TimeoutExpired, a missing program, bad arguments
import subprocess

def show(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
        return e

e = show(lambda: subprocess.run(['false'], check=True))
print(e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args)
print(repr(e))
e = show(lambda: subprocess.run(['sh', '-c', 'echo o; echo e >&2; exit 3'], capture_output=True, check=True))
print(e.returncode, e.stdout, e.stderr)
show(lambda: subprocess.run(['sh', '-c', 'exit 3']).check_returncode())
e = show(lambda: subprocess.run(['sh', '-c', 'kill -9 $$'], check=True))
print(e.returncode)
print(subprocess.run(['sh', '-c', 'kill -15 $$']))
print(subprocess.CalledProcessError(-99, 'cmd'))
print(subprocess.CalledProcessError(-2, 'cmd'))
print(subprocess.CalledProcessError(0, 'cmd'))
e = subprocess.CalledProcessError(1, 'c', output=b'o')
e.stdout = b'new'
print(e.output, e.args)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), subprocess.SubprocessError.__mro__)

e = show(lambda: subprocess.run(['sleep', '3'], timeout=0.25, stdout=subprocess.PIPE))
print(e.cmd, e.timeout, e.output, e.stdout, e.stderr, e.args)
e = show(lambda: subprocess.run(['sh', '-c', 'printf partial; exec sleep 3'], timeout=0.5, capture_output=True, text=True))
print(e.stdout, e.stderr)
e = show(lambda: subprocess.check_output(['sleep', '3'], timeout=1))
print(repr(e))
print(subprocess.TimeoutExpired(['x'], 2.5))

e = show(lambda: subprocess.run(['nosuchcmd']))
print(e.errno, e.strerror, e.filename, e.args)
show(lambda: subprocess.run('nosuchcmd arg'))
show(lambda: subprocess.run(['/etc/passwd']))
show(lambda: subprocess.run(['/']))
show(lambda: subprocess.run(['echo'], cwd='/nonexistent-dir'))
show(lambda: subprocess.run(['echo'], cwd='/etc/passwd'))
show(lambda: subprocess.run(['echo', 1]))
show(lambda: subprocess.run([]))
show(lambda: subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE))
show(lambda: subprocess.run(['cat'], capture_output=True, stderr=subprocess.PIPE))
show(lambda: subprocess.run(['cat'], text=True, universal_newlines=False))
show(lambda: subprocess.run(['cat'], input='s'))
show(lambda: subprocess.run(['cat'], input=b's', text=True))
show(lambda: subprocess.check_output(['echo'], stdout=subprocess.PIPE))
show(lambda: subprocess.check_output(['echo'], check=False))
show(lambda: subprocess.run(['printf', '\\377'], capture_output=True, text=True))
show(lambda: subprocess.run(['echo'], bogus=1))
show(lambda: subprocess.run())
