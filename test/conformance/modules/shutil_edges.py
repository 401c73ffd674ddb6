# shutil: copytree's gathered errors, dangling links, copy_function, follow_symlinks=False, move's refusals
import os, shutil, tempfile

with tempfile.TemporaryDirectory() as base:
    os.chdir(base)
    os.makedirs('src/sub')
    for rel in ('src/a.txt', 'src/sub/b.txt'):
        with open(rel, 'w') as f:
            f.write(rel)
    os.symlink('nowhere', 'src/dangling')
    os.symlink('sub', 'src/dirlink')
    try:
        shutil.copytree('src', 'out1')
    except shutil.Error as e:
        print(type(e).__name__, len(e.args), [(s, d, m) for s, d, m in e.args[0]])
        print(str(e).startswith('[('))
    print(sorted(os.listdir('out1')), os.path.isdir('out1/dirlink'), os.path.islink('out1/dirlink'))
    print(shutil.copytree('src', 'out2', ignore_dangling_symlinks=True), sorted(os.listdir('out2')))
    calls = []
    def recorder(s, d):
        calls.append((s, d))
        return shutil.copy(s, d)
    shutil.copytree('src', 'out3', copy_function=recorder, symlinks=True)
    print(sorted(calls), os.readlink('out3/dangling'), os.path.islink('out3/dirlink'))
    def failing(s, d):
        raise OSError('no copy for ' + s)
    try:
        shutil.copytree('src', 'out4', copy_function=failing, ignore=shutil.ignore_patterns('*link*', 'dang*'))
    except shutil.Error as e:
        print(sorted(e.args[0]))
    print(sorted(os.listdir('out4')), os.listdir('out4/sub'))
    shutil.copytree('src', 'deep/er/out5', ignore=lambda p, names: [n for n in names if n != 'a.txt'])
    print(os.listdir('deep/er/out5'))

    os.symlink('src/a.txt', 'alink')
    print(shutil.copyfile('alink', 'c1', follow_symlinks=False), os.path.islink('c1'), os.readlink('c1'))
    print(shutil.copyfile('alink', 'c2'), os.path.islink('c2'), open('c2').read())
    print(shutil.copy('alink', 'c3', follow_symlinks=False), os.path.islink('c3'))
    print(shutil.copy2('alink', 'src', follow_symlinks=False), os.path.islink('src/alink'))
    shutil.copymode('alink', 'c1', follow_symlinks=False)
    shutil.copystat('alink', 'c1', follow_symlinks=False)
    print(os.path.islink('c1'))

    try:
        shutil.move('src', 'src/sub')
    except shutil.Error as e:
        print(type(e).__name__, e)
    try:
        shutil.move('src', 'src/sub/inner')
    except shutil.Error as e:
        print(type(e).__name__, e)
    os.mkdir('box')
    open('box/c2', 'w').close()
    try:
        shutil.move('c2', 'box')
    except shutil.Error as e:
        print(type(e).__name__, e)
    print(shutil.move('c3', 'box/'), os.path.islink('box/c3'))
    print(shutil.move('out2', 'box'), sorted(os.listdir('box')))
    print(shutil.move('out3/', 'moved3'), os.path.isdir('moved3'))
    for bad in (lambda: shutil.copytree('missing', 'x'), lambda: shutil.copytree('c2', 'x'),
                lambda: shutil.copy('missing', 'y'), lambda: shutil.copymode('missing', 'c2'),
                lambda: shutil.copystat('c2', 'missing')):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e)
    os.chdir('/')
