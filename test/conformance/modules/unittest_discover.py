# unittest discovery: TestLoader.discover and `-m unittest [discover]` (TestProgram with module=None)
# over a tree of packages, plain directories, a load_tests hook, a module that fails to import
# and one that raises SkipTest.
import io
import os
import sys
import tempfile
import unittest

root = tempfile.mkdtemp()


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)


write('dtests/__init__.py', '')
write('dtests/test_one.py', '''import unittest
class One(unittest.TestCase):
    def test_x(self): pass
    def test_y(self): self.assertIn(3, [1, 2])
''')
write('dtests/sub/__init__.py', '')
write('dtests/sub/test_two.py', '''import unittest
class Two(unittest.TestCase):
    def test_z(self): pass
''')
write('dtests/hooked/__init__.py', '''import unittest
def load_tests(loader, tests, pattern):
    print('hooked load_tests', pattern, tests.countTestCases())
    return tests
''')
write('dtests/hooked/test_never.py', '''import unittest
class Never(unittest.TestCase):
    def test_never(self): pass
''')
write('dtests/nopkg/test_three.py', '''import unittest
class Three(unittest.TestCase):
    def test_w(self): pass
''')
write('dtests/test_broken.py', 'import no_such_module_here\n')
write('dtests/test_skipped.py', 'import unittest\nraise unittest.SkipTest("no database")\n')
write('dtests/helper.py', 'raise RuntimeError("not a test module: never imported")\n')
write('dtests/test-dash.py', 'raise RuntimeError("not a module name: never imported")\n')
write('test_top.py', '''import unittest
def load_tests(loader, tests, pattern):
    print('top load_tests', pattern)
    return tests
class Top(unittest.TestCase):
    def test_t(self): pass
''')


def ids(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from ids(test)
        else:
            yield test.id()


def run(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    lines = [line for line in stream.getvalue().splitlines()
             if line.endswith(('... ok', '... FAIL', '... ERROR')) or 'skipped' in line]
    print('\n'.join(lines))
    print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors),
          'skipped', [reason for _, reason in result.skipped])
    for test, text in result.errors:
        print(test.id(), '->', text.splitlines()[0], '|', text.strip().splitlines()[-1])


os.chdir(root)
loader = unittest.TestLoader()
suite = loader.discover('.')
print(sorted(ids(suite)) == list(ids(suite)), list(ids(suite)))
run(suite)
print([e.splitlines()[0] for e in loader.errors])

print('-- a start directory inside the top, another pattern')
suite = unittest.TestLoader().discover('dtests', pattern='test_o*.py', top_level_dir='.')
print(list(ids(suite)))
print('-- the start directory as its own top')
print(list(ids(unittest.TestLoader().discover('dtests/sub'))))
print('-- a dotted package name')
print(list(ids(unittest.TestLoader().discover('dtests.sub'))))
for start, top in [('dtests/nopkg', '.'), ('nowhere', None)]:
    try:
        unittest.TestLoader().discover(start, top_level_dir=top)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(root, '<root>'))

print('-- TestProgram with module=None')
saved = sys.stderr
for argv in (['prog', 'discover', '-s', 'dtests', '-p', 'test_one.py'],
             ['prog', 'discover', 'dtests/sub'],
             ['prog', 'discover', '-k', 'test_z', '-s', 'dtests']):
    sys.stderr = io.StringIO()
    try:
        program = unittest.main(module=None, argv=argv, exit=False, testLoader=unittest.TestLoader())
    finally:
        out, sys.stderr = sys.stderr.getvalue(), saved
    print(argv[1:], program.result.testsRun, program.result.wasSuccessful(), out.splitlines()[-1])
