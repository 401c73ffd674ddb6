# A child process reads a file the program wrote through a file object still open (its
# write buffer goes to the OS first), and a file object given as the child's stdout.
import os
import subprocess

path = '/tmp/tpy_subprocess_sees_files_%d.txt' % os.getpid()
f = open(path, 'w')
f.write('written by the parent\n')
f.flush()
print(subprocess.run(['cat', path], capture_output=True, text=True).stdout, end='')
f.write('second line\n')
f.close()
print(subprocess.check_output(['wc', '-l', path]).split()[0])
with open(path, 'w') as out:
    subprocess.run(['printf', 'from the child\\n'], stdout=out)
with open(path) as back:
    print(repr(back.read()))
os.remove(path)
