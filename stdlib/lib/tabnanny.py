"""tabnanny: finds Python source whose indentation is ambiguous.

Mixing tabs and spaces can make a block's depth depend on the tab size the reader assumes.
check(file_or_dir) reports lines whose indentation means different things at different tab
sizes; `-m tabnanny [-v] [-q] file_or_directory ...` is the command line.
"""

import os
import sys
import tokenize

__version__ = "6"

__all__ = ['check', 'NannyNag', 'process_tokens']

verbose = 0
filename_only = 0


def errprint(*args):
    sys.stderr.write(" ".join(str(a) for a in args) + "\n")


def main():
    import getopt
    global verbose, filename_only
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'qv')
    except getopt.error as msg:
        errprint(msg)
        return
    for o, _ in opts:
        if o == '-q':
            filename_only += 1
        if o == '-v':
            verbose += 1
    if not args:
        program = sys.argv[0]
        errprint("Usage:", program, "[-v] file_or_directory ...")
        return
    for arg in args:
        check(arg)


class NannyNag(Exception):
    """Raised by process_tokens() if detecting an ambiguous indent; check() reports it."""

    def __init__(self, lineno, msg, line):
        self.line = line
        self.msg = msg
        self.lineno = lineno

    def get_lineno(self):
        return self.lineno

    def get_msg(self):
        return self.msg

    def get_line(self):
        return self.line


def _walkable(path):
    return os.path.isdir(path) and not os.path.islink(path)


def _check_dir(path):
    if verbose:
        print("%r: listing directory" % (path,))
    for name in os.listdir(path):
        full = os.path.join(path, name)
        # subdirectories (not links to them) and .py files
        if _walkable(full) or os.path.normcase(name[-3:]) == ".py":
            check(full)


def _nag_for(path, source):
    """Tokenize the open source; None if it is clean, else the NannyNag or error text."""
    if verbose > 1:
        print(f"checking {path!r} ...")
    try:
        process_tokens(tokenize.generate_tokens(source.readline))
    except tokenize.TokenError as err:
        return f"{path!r}: Token Error: {err}"
    except IndentationError as err:
        return f"{path!r}: Indentation Error: {err}"
    except NannyNag as nag:
        return nag
    return None


def check(file):
    """check(file_or_dir)

    A directory (not a symbolic link) is walked for .py files; a file is checked for
    whitespace related problems, reported on standard output (errors on standard error).
    """
    if _walkable(file):
        _check_dir(file)
        return
    try:
        source = tokenize.open(file)
    except OSError as err:
        errprint(f"{file!r}: I/O Error: {err}")
        return
    with source:
        problem = _nag_for(file, source)
    if problem is None:
        if verbose:
            print(f"{file!r}: Clean bill of health.")
    elif isinstance(problem, NannyNag):
        _report(file, problem)
    else:
        errprint(problem)


def _report(file, nag):
    badline, line = nag.get_lineno(), nag.get_line()
    if verbose:
        print(f"{file!r}: *** Line {badline:d}: trouble in tab city! ***")
        print(f"offending line: {line!r}")
        print(nag.get_msg())
        return
    if ' ' in file:
        file = '"' + file + '"'
    if filename_only:
        print(file)
    else:
        print(file, badline, repr(line))


class Whitespace:
    """The leading whitespace of a line, in a form that tells its width at every tab size.

    norm is (count, trailing): count[k] is how many tabs follow a run of exactly k spaces
    (since the previous tab or the start), trailing the spaces after the last tab. Two lines'
    indentations are equal at every tab size exactly when their norms are equal."""

    S, T = ' \t'

    def __init__(self, ws):
        self.raw = ws
        counts = []
        spaces = total = tabs = 0
        for ch in ws:
            if ch == ' ':
                spaces += 1
            elif ch == '\t':
                tabs += 1
                if spaces >= len(counts):
                    counts.extend([0] * (spaces - len(counts) + 1))
                counts[spaces] += 1
                spaces = 0
            else:
                break
            total += 1
        self.n = total
        self.nt = tabs
        self.norm = tuple(counts), spaces
        self.is_simple = len(counts) <= 1

    def longest_run_of_spaces(self):
        counts, trailing = self.norm
        return max(len(counts) - 1, trailing)

    def indent_level(self, tabsize):
        # each tab reaches the next multiple of tabsize: k spaces before it add k // tabsize stops
        counts, trailing = self.norm
        stops = self.nt + sum(k // tabsize * counts[k] for k in range(tabsize, len(counts)))
        return trailing + tabsize * stops

    def equal(self, other):
        mine, theirs = self.norm, other.norm
        return mine == theirs

    def _tab_sizes(self, other):
        return range(1, max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 2)

    def not_equal_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in self._tab_sizes(other) if self.indent_level(ts) != other.indent_level(ts)]

    def less(self, other):
        if self.n >= other.n:
            return False
        if other.is_simple and self.is_simple:
            return other.nt >= self.nt
        # past the longest run of spaces, every tab size compares as the last one does
        return all(self.indent_level(ts) < other.indent_level(ts) for ts in self._tab_sizes(other) if ts >= 2)

    def not_less_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in self._tab_sizes(other) if self.indent_level(ts) >= other.indent_level(ts)]


def format_witnesses(w):
    prefix = "at tab sizes" if len(w) > 1 else "at tab size"
    return prefix + " " + ', '.join(str(t[0]) for t in w)


def process_tokens(tokens):
    """Raises NannyNag at the first INDENT not deeper, or line not level, at every tab size."""
    junk = (tokenize.COMMENT, tokenize.NL)
    indents = [Whitespace("")]
    check_equal = False
    for type, token, start, end, line in tokens:
        if type == tokenize.NEWLINE:
            # the next line with code must match the current indentation
            check_equal = True
        elif type == tokenize.INDENT:
            check_equal = False
            here = Whitespace(token)
            if not indents[-1].less(here):
                witness = indents[-1].not_less_witness(here)
                raise NannyNag(start[0], "indent not greater e.g. " + format_witnesses(witness), line)
            indents.append(here)
        elif type == tokenize.DEDENT:
            check_equal = True
            del indents[-1]
        elif check_equal and type not in junk:
            check_equal = False
            here = Whitespace(line)
            if not indents[-1].equal(here):
                witness = indents[-1].not_equal_witness(here)
                raise NannyNag(start[0], "indent not equal e.g. " + format_witnesses(witness), line)


if __name__ == '__main__':
    main()
