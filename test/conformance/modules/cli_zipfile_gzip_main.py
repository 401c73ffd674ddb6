# python -m zipfile (-c, -l, -t, -e) and python -m gzip (compress, -d, errors): their main() as __main__.
import os
import runpy
import sys
import tempfile
import time

os.environ['TZ'] = 'UTC'  # zip entries keep local times
time.tzset()
os.chdir(tempfile.mkdtemp())
os.makedirs('src/sub')
for name, text in [('src/a.txt', 'alpha\n' * 50), ('src/sub/b.txt', 'beta\n'), ('top.txt', 'top level\n')]:
    with open(name, 'w') as f:
        f.write(text)
    os.utime(name, (1700000000, 1700000000))  # printdir shows the times
for folder in ('src/sub', 'src'):
    os.utime(folder, (1700000000, 1700000000))


def run(module, *argv):
    print('$ python -m', module, *argv)
    sys.argv = [module, *argv]
    try:
        runpy.run_module(module, run_name='__main__', alter_sys=True)
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush()


run('zipfile', '-c', 'out.zip', 'src', 'top.txt')
run('zipfile', '-l', 'out.zip')
run('zipfile', '-t', 'out.zip')
run('zipfile', '-e', 'out.zip', 'dest')
for root, dirs, files in sorted(os.walk('dest')):
    for name in sorted(files):
        with open(os.path.join(root, name)) as f:
            print(os.path.join(root, name), len(f.read()))
run('zipfile', '--metadata-encoding', 'cp437', '-c', 'x.zip', 'top.txt')

run('gzip', 'top.txt')
os.rename('top.txt', 'top.orig')
run('gzip', '-d', 'top.txt.gz')
with open('top.txt') as f:
    print(repr(f.read()), os.path.exists('top.txt.gz'))
run('gzip', '-d', 'top.orig')
run('gzip', '--best', 'src/a.txt')
import gzip
with gzip.open('src/a.txt.gz', 'rt') as f:
    print(len(f.read()))
