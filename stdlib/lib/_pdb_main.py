"""pdb's command line, `tpy -m pdb [-c command] ... [-m module | pyfile] [arg] ...`:
run the program under the debugger, stopping at its first line; when it ends, run it
again; on an uncaught exception, a post-mortem session on its traceback."""

import os
import sys
import traceback

_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch.

Initial commands are read from .pdbrc files in your home directory
and in the current directory, if they exist.  Commands supplied with
-c are executed after commands from .pdbrc files.

To let the script run until an exception occurs, use "-c continue".
To let the script run up to a given line X in the debugged file, use
"-c 'until X'"."""


class _ScriptTarget(str):
    """A script to debug: its real path, the statement that runs it (so that a
    `<string>` frame sits under it, as in CPython) and its __main__ namespace."""

    def __new__(cls, path):
        target = super().__new__(cls, os.path.realpath(path))
        target.orig = path
        return target

    def check(self):
        problem = ('does not exist' if not os.path.exists(self)
                   else 'is a directory' if os.path.isdir(self) else None)
        if problem:
            print('Error: %s %s' % (self.orig, problem))
            sys.exit(1)
        # The script's folder takes the place of pdb's on the import path.
        folder = os.path.dirname(self)
        sys.path[0] = folder

    @property
    def filename(self):
        return self

    @property
    def namespace(self):
        return dict(__name__='__main__', __file__=self, __builtins__=__builtins__)

    @property
    def code(self):
        with open(self, 'rb') as source:
            return "exec(compile(%r, %r, 'exec'))" % (source.read(), str(self))


class _ModuleTarget(str):
    """A module to debug (`-m name`): the source file the import system finds for it."""

    def check(self):
        import importlib.util
        try:
            spec = importlib.util.find_spec(str(self))
        except ImportError as e:
            print("ImportError: %s" % e)
            sys.exit(1)
        if spec is not None and spec.submodule_search_locations is not None:
            # A package runs as its __main__ submodule, as `-m package` does.
            spec = importlib.util.find_spec(str(self) + '.__main__')
        if spec is None or not spec.origin or not os.path.exists(spec.origin):
            print("ImportError: No module named %s" % self)
            sys.exit(1)
        self._spec = spec

    @property
    def filename(self):
        return self._spec.origin

    @property
    def code(self):
        with open(self._spec.origin, 'rb') as source:
            return compile(source.read(), self._spec.origin, 'exec')

    @property
    def namespace(self):
        return dict(__name__='__main__', __file__=os.path.normcase(os.path.abspath(self.filename)),
                    __package__=self._spec.parent, __loader__=self._spec.loader,
                    __spec__=self._spec, __builtins__=__builtins__)


def main():
    import getopt
    from pdb import Pdb, Restart
    options, program = getopt.getopt(sys.argv[1:], 'mhc:', ['help', 'command='])
    flags = [flag for flag, _ in options]
    if not program or '-h' in flags or '--help' in flags:
        # No program is a usage error (status 2); asking for help is not.
        print(_usage)
        sys.exit(2 if not program else None)
    commands = [value for flag, value in options if flag in ('-c', '--command')]
    target = (_ModuleTarget if '-m' in flags else _ScriptTarget)(program[0])
    target.check()
    sys.argv[:] = program  # the program sees its own name and arguments, not pdb's
    pdb = Pdb()  # named as in CPython: `w` after a post-mortem shows this frame's line
    pdb.rcLines.extend(commands)
    while True:
        try:
            pdb._run(target)
            if pdb._user_requested_quit:
                break
            print("The program finished and will be restarted")
        except Restart:
            print("Restarting", target, "with arguments:")
            print('\t%s' % ' '.join(sys.argv[1:]))
        except SystemExit as ended:
            # A program's own exit is no reason for a post-mortem session.
            print("The program exited via sys.exit(). Exit status:", ended)
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            pdb.interaction(None, sys.exc_info()[2])
            print("Post mortem debugger finished. The " + target + " will be restarted")
