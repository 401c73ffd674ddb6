"""codeop: compile a piece of interactive input, telling finished statements (a code object)
from unfinished ones (None, so the caller reads another line) and errors (raised).

The test for "unfinished" is compile()'s, under the two flags below; tpy's REPL uses the same
test (compiler/incomplete_input.ts)."""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
_INTERACTIVE = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_comments(source):
    for line in source.split("\n"):
        text = line.strip()
        if text and not text.startswith("#"):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    # Blank lines and comments alone are a finished (empty) statement.
    if symbol != "eval" and _only_comments(source):
        source = "pass"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            return compiler(source, filename, symbol)
        except SyntaxError as first:
            if "incomplete input" in str(first):
                return None
        # An error that one more newline turns into unfinished input is unfinished too.
        try:
            compiler(source + "\n", filename, symbol)
            return None
        except SyntaxError as second:
            if "incomplete input" in str(second):
                return None
    # A real error: compiled once more without the flags, so it carries its own message.
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, _INTERACTIVE if incomplete_input else 0)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object for finished input, None for unfinished input; raises SyntaxError,
    OverflowError or ValueError for input that is wrong."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the __future__ statements it has seen, as an interactive
    session does from one statement to the next."""

    def __init__(self):
        self.flags = _INTERACTIVE

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~_INTERACTIVE
        code = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() with a memory of __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
