# os.system runs a command through /bin/sh and returns its wait status (the exit code
# shifted left by 8); its output comes in order with the program's own.
import os
print('before', flush=True)
print(os.system('echo from the shell'))
print(os.system('exit 3'), os.system('true'), os.system('false'))
print(os.system('echo to stderr >&2; exit 1') >> 8, flush=True)
try:
    os.system(b'echo bytes')
except TypeError as e:
    print('TypeError', e)
try:
    os.system(5)
except TypeError as e:
    print('TypeError', e)
print('after')
