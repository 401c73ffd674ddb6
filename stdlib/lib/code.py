"""code: read-eval-print loops a program can embed. InteractiveInterpreter runs pieces of
source in a namespace and reports their errors; InteractiveConsole adds the line buffer and
the prompt loop; interact() starts one."""

import sys
import traceback
import codeop
from codeop import compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


def _default_hook():
    # A program's own sys.excepthook is given errors to show; otherwise they are written.
    return sys.excepthook is sys.__excepthook__


class InteractiveInterpreter:
    """Compiles and runs source in self.locals; errors are written with self.write."""

    def __init__(self, locals=None):
        # The namespace the code runs in: a fresh one named like CPython's console's.
        self.locals = {"__name__": "__console__", "__doc__": None} if locals is None else locals
        self.compile = codeop.CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Runs source if it is a finished statement. Returns True when more input is
        needed, False otherwise (it ran, or its error was shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (SyntaxError, OverflowError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs a code object; any exception but SystemExit is shown and swallowed."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def _remember(self, exc_type, value, tb):
        # As the interactive interpreter does, for pdb.pm() and friends.
        sys.last_type = exc_type
        sys.last_value = value
        sys.last_traceback = tb

    def showsyntaxerror(self, filename=None):
        """Shows the SyntaxError being handled (no traceback: it never ran)."""
        exc_type, value, tb = sys.exc_info()
        self._remember(exc_type, value, tb)
        if _default_hook():
            self.write("".join(traceback.format_exception_only(exc_type, value)))
        else:
            sys.excepthook(exc_type, value, tb)

    def showtraceback(self):
        """Shows the exception being handled, without the frame of runcode itself."""
        exc_type, value, tb = sys.exc_info()
        self._remember(exc_type, value, tb)
        try:
            if _default_hook():
                self.write("".join(traceback.format_exception(exc_type, value, tb.tb_next)))
            else:
                sys.excepthook(exc_type, value, tb)
        finally:
            tb = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter with a buffer of the lines of the statement being typed."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def push(self, line):
        """Adds a line; runs the buffer once it is a finished statement. Returns True while
        the statement needs more lines."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)

    def interact(self, banner=None, exitmsg=None):
        """Prompts for lines until end of input (EOFError)."""
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                self.__class__.__name__))
        elif banner:
            self.write(str(banner) + "\n")
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % self.__class__.__name__)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Runs an InteractiveConsole on local (a fresh namespace by default); readfunc, if given,
    replaces its raw_input."""
    shell = InteractiveConsole(local)
    if readfunc is not None:
        shell.raw_input = readfunc
    shell.interact(banner, exitmsg)


if __name__ == "__main__":
    # CPython's `python -m code`: a console on stdin, -q leaving out the banner.
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true',
                       help="don't print version and copyright messages")
    args = parser.parse_args()
    if args.q or sys.flags.quiet:
        banner = ''
    else:
        banner = None
    interact(banner)
