"""unittest.main (TestProgram): command-line options, loading the tests, running them, exiting."""

import argparse
import os
import sys

from . import loader, runner

__unittest = True

# Shown after the option help; %(prog)s is the program's name.
MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

# The same for `-m unittest`, which can also discover the tests under a directory.
MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

# The switches a caller can also fix by argument: the option exists only when the
# argument was left at None. (attribute, flags, help)
_OPTIONAL_SWITCHES = (
    ('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'),
)


def _module_name_of_path(name):
    """A test name given as the path of a .py file (tests/test_x.py) becomes a dotted module name."""
    if not (name.lower().endswith('.py') and os.path.isfile(name)):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        # A file outside the current directory cannot be named as a module.
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _as_glob(pattern):
    # -k foo means "contains foo"; a pattern with a * is taken as it is.
    return pattern if '*' in pattern else f'*{pattern}*'


def _import_dotted(name):
    obj = __import__(name)
    for attr in name.split('.')[1:]:
        obj = getattr(obj, attr)
    return obj


class TestProgram(object):
    """Runs the tests of a module from the command line; exits with 0 when they all pass."""

    # Defaults the parsed options fall back on (argparse leaves existing attributes alone).
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _import_dotted(module) if isinstance(module, str) else module
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.buffer = buffer
        self.tb_locals = tb_locals
        # Without -W options, tests run with warnings shown once per place ('default').
        if warnings is None and not getattr(sys, 'warnoptions', None):
            warnings = 'default'
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            # -m unittest: the examples, then how to discover.
            print(self._parser.format_help())
            print(MAIN_EXAMPLES % {'prog': self.progName})
            self._discovery_parser().print_help()
        else:
            print(self._parser.format_help())
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def _add_common_options(self, parser):
        """The options of both parsers; a switch fixed by an argument to main() is not one."""
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        for attr, flags, text in _OPTIONAL_SWITCHES:
            if attr in self._switches or getattr(self, attr) is None:
                parser.add_argument(*flags, dest=attr, action='store_true', help=text)
                self._switches.add(attr)
                setattr(self, attr, False)
        if 'k' in self._switches or self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append', type=_as_glob,
                                help='Only run tests which match the given substring')
            self._switches.add('k')
            self.testNamePatterns = []

    def _build_parser(self):
        self._switches = set()
        parser = argparse.ArgumentParser(prog=self.progName)
        # -h prints the examples too.
        parser.print_help = self._print_help
        self._add_common_options(parser)
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        return parser

    def _discovery_parser(self):
        parser = argparse.ArgumentParser(
            prog=f'{self.progName} discover',
            epilog='For test discovery all test modules must be importable from the top level '
                   'directory of the project.')
        self._add_common_options(parser)
        parser.add_argument('-s', '--start-directory', dest='start',
                            help="Directory to start discovery ('.' default)")
        parser.add_argument('-p', '--pattern', dest='pattern',
                            help="Pattern to match tests ('test*.py' default)")
        parser.add_argument('-t', '--top-level-directory', dest='top',
                            help='Top level directory of project (defaults to start directory)')
        # `discover START PATTERN TOP` as words, unlisted in the help.
        for name in ('start', 'pattern', 'top'):
            parser.add_argument(name, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return parser

    def _discover(self, argv):
        """`-m unittest discover ...`, or `-m unittest` alone: the tests found under a directory."""
        self.start, self.pattern, self.top = '.', 'test*.py', None
        self._discovery_parser().parse_args(argv, self)
        ldr = self.testLoader
        if self.testNamePatterns:
            ldr.testNamePatterns = self.testNamePatterns
        self.test = ldr.discover(self.start, self.pattern, self.top)

    def parseArgs(self, argv):
        self._parser = self._build_parser()
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._discover(argv[2:])
            return
        # The options land on self: verbosity, failfast, tests, ...
        self._parser.parse_args(argv[1:], self)
        if self.module is None and not self.tests:
            self._discover([])
            return
        self.testNames = self._names_to_run()
        self.createTests()

    def _names_to_run(self):
        """The names given on the command line, else defaultTest; None means the whole module."""
        if self.tests:
            return [_module_name_of_path(name) for name in self.tests]
        chosen = self.defaultTest
        if chosen is None:
            return None
        return (chosen,) if isinstance(chosen, str) else list(chosen)

    def createTests(self):
        ldr = self.testLoader
        # -k patterns stay on the loader (the default loader is shared) after this run.
        if self.testNamePatterns:
            ldr.testNamePatterns = self.testNamePatterns
        names = self.testNames
        self.test = (ldr.loadTestsFromModule(self.module) if names is None
                     else ldr.loadTestsFromNames(names, self.module))

    def _make_runner(self):
        made = self.testRunner
        if not isinstance(made, type):
            return made
        options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                       warnings=self.warnings, tb_locals=self.tb_locals)
        # Older runner classes may not take tb_locals, or any option at all.
        try:
            return made(**options)
        except TypeError:
            del options['tb_locals']
        try:
            return made(**options)
        except TypeError:
            return made()

    def runTests(self):
        if self.catchbreak:
            from . import installHandler
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            # SystemExit(False) or SystemExit(True): exit status 0 or 1.
            passed = self.result.wasSuccessful()
            sys.exit(not passed)


main = TestProgram
