# `python -m pydoc NAME...`: help text for names, dotted paths and source files, and its errors.
import contextlib
import io
import os
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
with open('shapes.py', 'w') as f:
    f.write('"""Shapes."""\n\n'
            'def area(w, h=1):\n    """Width times height."""\n    return w * h\n\n\n'
            'class Box:\n    """A box."""\n    size = 3\n\n'
            '    def grow(self, by: int) -> "Box":\n        """Grows the box."""\n        return self\n')
sys.path.insert(0, os.getcwd())


def run(*argv):
    print('$ python -m pydoc', *argv)
    sys.argv = ['pydoc', *argv]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_module('pydoc', run_name='__main__', alter_sys=True)
    except SystemExit as e:
        out.write('exit %s\n' % e.code)
    print(out.getvalue().replace(os.getcwd(), '<dir>'), end='')


run()
run('len')
run('shapes.area')
run('shapes.Box')
run('./shapes.py')
run('True')
run('math.pi')
run('str.upper')
run('nonexistent_module_xyz')
run('./missing.py')
run('-x')
