"""A generic class to build line-oriented command interpreters.

A subclass of Cmd names its commands by defining methods do_<name>(self, arg);
`help` lists them, and a help_<name>() method or do_<name>'s docstring is a
command's help.  A line starting with `?` asks for help, one starting with `!`
runs do_shell when the class has one.  Lines come from `input()` when
use_rawinput is true, otherwise from the stdin given (a `readline()` source).
Completion goes through readline (which has no line editor in tpy: nothing calls it by itself).
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """The frame of a command interpreter: read a line, split it into a command
    word and its argument, dispatch to do_<word>, repeat until a command returns
    a true value.  Subclasses override the hooks (precmd, postcmd, preloop,
    postloop, emptyline, default) to change each step."""
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Show the intro, then read and run commands until one of them asks
        to stop; queued lines (cmdqueue) run before any new input is read."""
        self.preloop()
        # with input() reading the lines, completion goes through readline while the loop runs
        completing = self.use_rawinput and self.completekey
        if completing:
            try:
                import readline
            except ImportError:
                completing = False
            else:
                self.old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ": complete")
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.cmdqueue.pop(0) if self.cmdqueue else self._read_line()
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if completing:
                readline.set_completer(self.old_completer)

    def _read_line(self):
        # End of input is the command 'EOF', so a do_EOF method decides what it means.
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not len(line):
            return 'EOF'
        return line.rstrip('\r\n')

    def precmd(self, line):
        """Called on each line before it is interpreted; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after a command ran; returns whether the loop stops."""
        return stop

    def preloop(self):
        """Called once before the loop starts."""
        pass

    def postloop(self):
        """Called once when the loop ends."""
        pass

    def parseline(self, line):
        """Split a line into (command, argument, line).  The command is the run of
        identchars the line starts with; `?` stands for help and `!` for shell.
        (None, None, line) means the line has no command word."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line as a command, as if typed at the prompt; the command's
        result (true to stop the loop) is returned."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        try:
            method = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last nonempty command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command word is not known."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        """Completion of an argument when the command has no complete_<name>."""
        return []

    def completenames(self, text, *ignored):
        """Command names starting with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """The state-th completion of text in the line readline is editing: a
        command name at the start of the line, else what complete_<command>
        (or completedefault) offers."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            shift = len(whole) - len(line)
            begidx = readline.get_begidx() - shift
            endidx = readline.get_endidx() - shift
            if begidx > 0:
                command = self.parseline(line)[0]
                complete = self.completedefault if command == '' else \
                    getattr(self, 'complete_' + command, self.completedefault)
            else:
                complete = self.completenames
            self.completion_matches = complete(text, line, begidx, endidx)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        """The attribute names of the class (commands and help topics come from here)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = set(name[5:] for name in names if name[:5] == 'help_')
        documented = []
        undocumented = []
        previous = ''
        for name in sorted(names):
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.remove(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        # A help_<arg> method wins over do_<arg>'s docstring.
        try:
            helper = getattr(self, 'help_' + arg)
        except AttributeError:
            try:
                doc = getattr(self, 'do_' + arg).__doc__
            except AttributeError:
                doc = None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
            return
        helper()

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """One section of the help listing: the header, a ruler under it, the
        names in columns, and a blank line; nothing when there are no names."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write a list of strings in as few rows as fit in displaywidth columns,
        filling each column top to bottom, columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        if len(list) == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, widths = _column_layout(list, displaywidth)
        for row in range(nrows):
            cells = [list[i] for i in range(row, len(list), nrows)]
            while cells and not cells[-1]:
                del cells[-1]
            line = "  ".join(cell.ljust(widths[col]) for col, cell in enumerate(cells))
            self.stdout.write("%s\n" % str(line))


def _column_layout(items, displaywidth):
    """(rows, column widths) of the fewest rows whose columns fit in displaywidth;
    one column of all the items when nothing fits."""
    size = len(items)
    for nrows in range(1, size):
        widths = []
        total = -2
        for start in range(0, size, nrows):
            width = max(len(x) for x in items[start:start + nrows])
            widths.append(width)
            total += width + 2
            if total > displaywidth:
                break
        if total <= displaywidth:
            return nrows, widths
    return size, [0]
