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
        print(self._parser.format_help())
        print(MODULE_EXAMPLES % {'prog': self.progName})

    def _build_parser(self):
        parser = argparse.ArgumentParser(prog=self.progName)
        # -h prints the examples too.
        parser.print_help = self._print_help
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        for attr, flags, text in _OPTIONAL_SWITCHES:
            if getattr(self, attr) is None:
                parser.add_argument(*flags, dest=attr, action='store_true', help=text)
                setattr(self, attr, False)
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append', type=_as_glob,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test methods.')
        return parser

    def parseArgs(self, argv):
        self._parser = self._build_parser()
        # The options land on self: verbosity, failfast, tests, ...
        self._parser.parse_args(argv[1:], self)
        self.testNames = self._names_to_run()
        self.createTests()

    def _names_to_run(self):
        """The names given on the command line, else defaultTest; None means the whole module."""
        if self.tests:
            return [_module_name_of_path(name) for name in self.tests]
        if self.module is None:
            raise NotImplementedError("tpy's unittest does not discover tests: "
                                      "name the test modules (python -m unittest test_module)")
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
