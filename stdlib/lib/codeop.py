"""codeop: compile a piece of interactive input, telling finished statements (a code object)
from unfinished ones (None, so the caller reads another line) and errors (raised).

The test for "unfinished" is compile()'s, under the two flags below; tpy's REPL uses the same
test (compiler/incomplete_input.ts)."""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# compile() flags: an open block is not closed at the end of the text, and unfinished text
# raises SyntaxError('incomplete input').
PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT = 0x200, 0x4000
_INTERACTIVE = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_comments(source):
    stripped = [line.strip() for line in source.splitlines()]
    return all(not text or text.startswith("#") for text in stripped)


def _unfinished(compiler, text, filename, symbol):
    """Whether compiling text says it is unfinished (a SyntaxError other than that: False)."""
    try:
        compiler(text, filename, symbol)
    except SyntaxError as e:
        return "incomplete input" in str(e)
    return True


def _maybe_compile(compiler, source, filename, symbol):
    # Blank lines and comments alone are a finished (empty) statement.
    if symbol != "eval" and _only_comments(source):
        source = "pass"
    # Warnings would be shown twice (or for text that is not finished): not while probing.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            return compiler(source, filename, symbol)
        except SyntaxError as first:
            if "incomplete input" in str(first):
                return None
        # An error that one more newline turns into unfinished (or good) input is unfinished.
        if _unfinished(compiler, source + "\n", filename, symbol):
            return None
    # A real error: compiled once more without the flags, so it carries its own message.
    return compiler(source, filename, symbol, False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = _INTERACTIVE if incomplete_input else 0
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object for finished input, None for unfinished input; raises SyntaxError,
    OverflowError or ValueError for input that is wrong."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the __future__ statements it has seen, as an interactive
    session does from one statement to the next."""

    def __init__(self):
        self.flags = _INTERACTIVE

    def __call__(self, source, filename, symbol, incomplete_input=True):
        flags = self.flags if incomplete_input else self.flags & ~_INTERACTIVE
        code = compile(source, filename, symbol, flags, True)
        # A __future__ import stays in force for the statements compiled after it.
        for feature in _features:
            self.flags |= code.co_flags & feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() with a memory of __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
