"""The profile statistics browser that `tpy -m pstats [FILE ...]` starts.

A command loop over one Stats object: `read` loads a file (the prompt becomes its name),
`add` merges more files in, `sort`, `reverse` and `strip` reorder or rename the entries,
and `stats`, `callers` and `callees` print the reports with the restrictions Stats
accepts (an integer count, a fraction in [0, 1], a regular expression).  Commands,
messages and help texts are those of CPython 3.11's browser.
"""

import sys
import cmd


class ProfileBrowser(cmd.Cmd):
    """A cmd.Cmd whose commands drive a Stats object made by `stats_class`."""

    def __init__(self, stats_class, profile=None):
        cmd.Cmd.__init__(self)
        self.stats_class = stats_class
        self.prompt = "% "
        self.stats = None
        self.stream = sys.stdout
        if profile is not None:
            self.do_read(profile)

    def _say(self, *lines):
        for line in lines:
            print(line, file=self.stream)

    def _loaded(self):
        # The commands that need statistics say so once and do nothing without them.
        if not self.stats:
            self._say("No statistics object is loaded.")
            return False
        return True

    def _report(self, method, line):
        """Runs one of the print_* reports with the line's words as its restrictions:
        integers stay integers, numbers in [0, 1] are fractions, the rest are patterns."""
        restrictions = []
        for word in line.split():
            restriction = _restriction(word)
            if restriction is _OUT_OF_RANGE:
                self._say("Fraction argument must be in [0, 1]")
            else:
                restrictions.append(restriction)
        if self._loaded():
            getattr(self.stats, method)(*restrictions)
        return 0

    def _restrictions_help(self):
        self._say("Arguments may be:",
                  "* An integer maximum number of entries to print.",
                  "* A decimal fractional number between 0 and 1, controlling",
                  "  what fraction of selected entries to print.",
                  "* A regular expression; only entries with function names",
                  "  that match it are printed.")

    # ------------------------------------------------------------ commands

    def do_add(self, line):
        if self._loaded():
            try:
                self.stats.add(line)
            except OSError as e:
                self._say("Failed to load statistics for %s: %s" % (line, e))
        return 0

    def help_add(self):
        self._say("Add profile info from given file to current statistics object.")

    def do_callees(self, line):
        return self._report('print_callees', line)

    def help_callees(self):
        self._say("Print callees statistics from the current stat object.")
        self._restrictions_help()

    def do_callers(self, line):
        return self._report('print_callers', line)

    def help_callers(self):
        self._say("Print callers statistics from the current stat object.")
        self._restrictions_help()

    def do_EOF(self, line):
        self._say("")
        return 1

    def help_EOF(self):
        self._say("Leave the profile browser.")

    def do_quit(self, line):
        return 1

    def help_quit(self):
        self._say("Leave the profile browser.")

    def do_read(self, line):
        if line:
            try:
                self.stats = self.stats_class(line)
            except OSError as err:
                self._say(err.args[1])
                return
            except Exception as err:
                self._say(err.__class__.__name__ + ': ' + str(err))
                return
            self.prompt = line + "% "
        elif len(self.prompt) > 2:
            # Reload the file the prompt names.
            self.do_read(self.prompt[:-2])
        else:
            self._say("No statistics object is current -- cannot reload.")
        return 0

    def help_read(self):
        self._say("Read in profile data from a specified file.",
                  "Without argument, reload the current file.")

    def do_reverse(self, line):
        if self._loaded():
            self.stats.reverse_order()
        return 0

    def help_reverse(self):
        self._say("Reverse the sort order of the profiling report.")

    def do_sort(self, line):
        if not self._loaded():
            return
        keys = line.split()
        known = self.stats.get_sort_arg_defs()
        if keys and all(key in known for key in keys):
            self.stats.sort_stats(*keys)
        else:
            self._say("Valid sort keys (unique prefixes are accepted):")
            for key, (_, description) in self.stats_class.sort_arg_dict_default.items():
                self._say("%s -- %s" % (key, description))
        return 0

    def help_sort(self):
        self._say("Sort profile data according to specified keys.",
                  "(Typing `sort' without arguments lists valid keys.)")

    def complete_sort(self, text, *args):
        return [key for key in self.stats_class.sort_arg_dict_default if key.startswith(text)]

    def do_stats(self, line):
        return self._report('print_stats', line)

    def help_stats(self):
        self._say("Print statistics from the current stat object.")
        self._restrictions_help()

    def do_strip(self, line):
        if self._loaded():
            self.stats.strip_dirs()

    def help_strip(self):
        self._say("Strip leading path information from filenames in the report.")

    def help_help(self):
        self._say("Show help for a given command.")

    def postcmd(self, stop, line):
        return stop if stop else None


_OUT_OF_RANGE = object()


def _restriction(word):
    """A browser word as a report restriction (or _OUT_OF_RANGE for a number outside [0, 1])."""
    try:
        return int(word)
    except ValueError:
        pass
    try:
        fraction = float(word)
    except ValueError:
        return word
    if fraction > 1 or fraction < 0:
        return _OUT_OF_RANGE
    return fraction


def main(stats_class, argv):
    """`pstats [FILE [MORE...]]`: browse FILE with the MORE files added, until quit or end of input."""
    try:
        browser = ProfileBrowser(stats_class, argv[1] if len(argv) > 1 else None)
        for profile in argv[2:]:
            browser.do_add(profile)
        print("Welcome to the profile statistics browser.", file=browser.stream)
        browser.cmdloop()
        print("Goodbye.", file=browser.stream)
    except KeyboardInterrupt:
        pass
