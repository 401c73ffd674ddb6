# `python -m code -q` runs an interactive console on stdin (prompts and errors on stderr).
import subprocess
import sys

session = 'x = 6*7\nx\nprint("hi")\n1/0\ndef f():\n    return 5\n\nf()\nif x:\n'
for args in (['-q'], ['-q', '--bad']):
    r = subprocess.run([sys.executable, '-m', 'code', *args], input=session,
                       capture_output=True, text=True)
    print(args, 'exit', r.returncode)
    print('stdout:', r.stdout, sep='\n', end='')
    print('stderr:', r.stderr, sep='\n', end='')
