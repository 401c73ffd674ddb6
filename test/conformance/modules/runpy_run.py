# runpy: run_path on a script and a folder, run_module on a module and a package, their globals and errors
import os
import sys
import runpy
import tempfile

tmp = tempfile.TemporaryDirectory()
root = tmp.name

def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path

script = write('script.py', "import sys\nresult = seed * 2\nname_seen = __name__\nargv0 = os.path.basename(sys.argv[0]) if 'os' in globals() else sys.argv[0][-9:]\nin_modules = __name__ in sys.modules\n")
g = runpy.run_path(script, init_globals={'seed': 21})
print(g['result'], g['name_seen'], g['argv0'], g['in_modules'], g['__file__'] == script, g['__package__'], g['__spec__'], g['__loader__'])
print(sys.argv[0] == 'runpy_run.py', '<run_path>' in sys.modules)
g = runpy.run_path(script, {'seed': 1}, run_name='pkg.custom')
print(g['result'], g['name_seen'], g['__package__'])

write('app/__main__.py', "where = __name__\nfrom helper import VALUE\n")
write('app/helper.py', "VALUE = 'helper value'\n")
g = runpy.run_path(os.path.join(root, 'app'))
print(g['where'], g['VALUE'], os.path.join(root, 'app') in sys.path)

sys.path.insert(0, root)
write('runme.py', "print('running as', __name__)\nimport sys\nflag = sys.modules.get(__name__) is not None\nanswer = 42\n")
g = runpy.run_module('runme')
print(g['answer'], g['__name__'], g['flag'], g['__spec__'].name, g['__file__'] == os.path.join(root, 'runme.py'))
g = runpy.run_module('runme', run_name='__main__', alter_sys=True)
print(g['flag'], g['__name__'])
write('tool/__init__.py', "")
write('tool/__main__.py', "print('tool main', __name__, __package__)\n")
write('tool/sub.py', "print('sub', __name__, __package__)\n")
runpy.run_module('tool')
runpy.run_module('tool.sub', run_name='__main__')
for bad in ['nosuch_module_xyz', '.relative', 'math', 'tool.__main__.x']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
write('broken/__init__.py', "")
try:
    runpy.run_module('broken')
except ImportError as e:
    print(type(e).__name__, str(e).replace(root, 'ROOT'))
try:
    runpy.run_path(os.path.join(root, 'broken'))
except ImportError as e:
    print(type(e).__name__, str(e).replace(root, 'ROOT'))
sys.path.remove(root)
tmp.cleanup()
