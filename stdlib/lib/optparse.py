"""optparse: the older command-line parser. OptionParser holds Options (in
_optparse_option) and OptionGroups, parses a command line into a Values object and the
leftover arguments, and prints help through a formatter (in _optparse_help)."""

import os
import sys

from _optparse_option import (
    NO_DEFAULT, OptParseError, OptionError, OptionConflictError, OptionValueError,
    BadOptionError, AmbiguousOptionError, Option, Values, check_builtin, check_choice)
from _optparse_help import HelpFormatter, IndentedHelpFormatter, TitledHelpFormatter

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError', 'OptionError',
           'OptionConflictError', 'OptionValueError', 'BadOptionError', 'check_choice']

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"

make_option = Option

# Errors that mean the command line is wrong (reported as usage errors), not the program.
_COMMAND_LINE_ERRORS = (BadOptionError, OptionValueError)


def _unique_completion(prefix, words):
    """The one word of words that prefix is, or is the start of."""
    if prefix in words:
        return prefix
    candidates = sorted(w for w in words if w.startswith(prefix))
    if not candidates:
        raise BadOptionError(prefix)
    if len(candidates) > 1:
        raise AmbiguousOptionError(prefix, candidates)
    return candidates[0]


def _strings_of(option):
    return option._short_opts + option._long_opts


def _instance_from(args, kwargs, cls, build, noun):
    """add_option and add_option_group take either a ready instance or what builds one."""
    first = args[0]
    if isinstance(first, str):
        return build(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError("invalid arguments")
    if not isinstance(first, cls):
        raise TypeError("not an %s instance: %r" % (noun, first))
    return first


def _print_when(present, render, file):
    # Usage and version lines are printed only when the parser has them.
    if present:
        print(render(), file=file)


class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the maps from option
    strings to them (a group uses its parser's maps, so option strings stay unique)."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_list = []
        self._bind_tables(self._table_owner())
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _table_owner(self):
        return None

    def _bind_tables(self, owner):
        # A group gets its parser's very dicts: an option added to it is known to the parser.
        if owner is None:
            self._short_opt, self._long_opt, self.defaults = {}, {}, {}
        else:
            self._short_opt, self._long_opt = owner._short_opt, owner._long_opt
            self.defaults = owner.defaults

    def _table_for(self, opt_string):
        """The map and the Option attribute that an option string is kept in."""
        if opt_string.startswith("--"):
            return self._long_opt, "_long_opts"
        return self._short_opt, "_short_opts"

    def set_conflict_handler(self, handler):
        # A tuple of the names, not the dict itself: an unhashable handler is a ValueError too.
        if handler not in tuple(self._CONFLICT_POLICIES):
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        for name in ('_short_opt', '_long_opt', 'defaults'):
            delattr(self, name)

    def _make_room_for(self, option):
        taken = [s for s in _strings_of(option) if self.has_option(s)]
        if taken:
            self._CONFLICT_POLICIES[self.conflict_handler](self, option, taken)

    def _refuse_clash(self, option, taken):
        raise OptionConflictError("conflicting option string(s): %s" % ", ".join(taken), option)

    def _give_way(self, option, taken):
        # The older option gives up the strings; with none left it goes.
        for s in taken:
            table, attr = self._table_for(s)
            older = table.pop(s)
            getattr(older, attr).remove(s)
            if not _strings_of(older):
                older.container.option_list.remove(older)

    # What add_option does when a new option reuses option strings, by conflict_handler.
    _CONFLICT_POLICIES = {"error": _refuse_clash, "resolve": _give_way}

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        option = _instance_from(args, kwargs, Option, self.option_class, "Option")
        self._make_room_for(option)
        option.container = self
        self.option_list += [option]
        for s in _strings_of(option):
            self._table_for(s)[0][s] = option
        if option.dest is not None:
            # An explicit default wins; otherwise an earlier option's default (or None) stays.
            explicit = option.default is not NO_DEFAULT
            earlier = self.defaults.get(option.dest)
            self.defaults[option.dest] = option.default if explicit else earlier
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._table_for(opt_str)[0].get(opt_str)

    def has_option(self, opt_str):
        return self.get_option(opt_str) is not None

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for s in _strings_of(option):
            del self._table_for(s)[0][s]
        owner = option.container
        owner.option_list.remove(option)

    def format_option_help(self, formatter):
        return "".join([formatter.format_option(o) for o in self.option_list
                        if o.help is not SUPPRESS_HELP])

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        pieces = [self.format_description(formatter) if self.description else None,
                  self.format_option_help(formatter) if self.option_list else None]
        return "\n".join([p for p in pieces if p is not None])


class OptionGroup(OptionContainer):
    """Options shown together under a title in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _table_owner(self):
        return self.parser

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()


class OptionParser(OptionContainer):
    """Parses a command line: parse_args() returns (values, leftover arguments)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        self.option_groups = []
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.parser = self
        # Standard options first, then the caller's, then --version and -h/--help.
        for batch in (self.standard_option_list, option_list or ()):
            self.add_options(batch)
        if version:
            self._add_version_option()
        if add_help_option:
            self._add_help_option()
        # The arguments being parsed, visible to callbacks as parser attributes.
        self.rargs = self.largs = self.values = None

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        for name in ('option_list', 'option_groups', 'formatter'):
            delattr(self, name)

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help", help="show this help message and exit")

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help="show program's version number and exit")

    # -- settings --

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = "%prog [options]"
        else:
            # The formatter adds its own "Usage: ", so a supplied one is dropped.
            has_prefix = usage.lower().startswith("usage: ")
            self.usage = usage[len("usage: "):] if has_prefix else usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        return self.option_list + [o for g in self.option_groups for o in g.option_list]

    def get_default_values(self):
        initial = dict(self.defaults)
        if self.process_default_values:
            # String defaults go through the option's type, as a command-line value would.
            # One at a time: a later option sharing a dest sees the converted value.
            for option in self._get_all_options():
                raw = initial.get(option.dest)
                if isinstance(raw, str):
                    initial[option.dest] = option.check_value(option.get_opt_string(), raw)
        return Values(initial)

    def add_option_group(self, *args, **kwargs):
        build = lambda *a, **k: OptionGroup(self, *a, **k)
        group = _instance_from(args, kwargs, OptionGroup, build, "OptionGroup")
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups += [group]
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        owner = option.container if option else None
        return owner if owner is not self else None

    # -- parsing --

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parses args (sys.argv[1:] by default) into (values, positional arguments)."""
        self.rargs = pending = self._get_args(args)
        self.values = values = self.get_default_values() if values is None else values
        self.largs = kept = []
        try:
            self._process_args(kept, pending, values)
        except _COMMAND_LINE_ERRORS as problem:
            self.error(str(problem))
        return self.check_values(values, kept + pending)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                rargs.pop(0)
                return
            if arg[:1] == "-" and arg != "-":
                handle = self._process_long_opt if arg[:2] == "--" else self._process_short_opts
                handle(rargs, values)
            elif not self.allow_interspersed_args:
                return
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _unique_completion(opt, self._long_opt)

    def _take_arguments(self, opt, option, rargs):
        count = option.nargs
        if len(rargs) < count:
            noun = "argument" if count == 1 else "arguments"
            self.error("%s option requires %d %s" % (opt, count, noun))
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _apply(self, opt, option, rargs, values, glued=False):
        """Runs option, seen as opt, with its argument(s) from the front of rargs; glued
        says a value came attached (--name=value) for an option that may refuse one."""
        if option.takes_value():
            value = self._take_arguments(opt, option, rargs)
        elif glued:
            self.error("%s option does not take a value" % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_long_opt(self, rargs, values):
        name, eq, attached = rargs.pop(0).partition("=")
        if eq:
            # --name=value: the value goes back in front as the next argument.
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        self._apply(opt, self._long_opt[opt], rargs, values, glued=bool(eq))

    def _known_short_opt(self, opt):
        try:
            return self._short_opt[opt]
        except KeyError:
            raise BadOptionError(opt) from None

    def _process_short_opts(self, rargs, values):
        # "-abc" is -a -b -c; once one takes a value, the rest of the word is that value.
        word = rargs.pop(0)
        for end, letter in enumerate(word[1:], 2):
            opt = "-" + letter
            option = self._known_short_opt(opt)
            rest = word[end:]
            if option.takes_value() and rest:
                rargs.insert(0, rest)
            self._apply(opt, option, rargs, values)
            if option.takes_value():
                return

    # -- reporting --

    def get_prog_name(self):
        # Without an explicit prog, the name the script was run as.
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Prints the usage and msg to stderr and exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        _print_when(self.usage, self.get_usage, file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        _print_when(self.version, self.get_version, file)

    def format_option_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        formatter.store_option_strings(self)
        formatter.indent()
        own = [OptionContainer.format_option_help(self, formatter)] if self.option_list else []
        sections = own + [g.format_help(formatter) for g in self.option_groups]
        formatter.dedent()
        if not sections:
            return ""
        # The heading is formatted at the outer level; sections are separated by blank lines.
        return formatter.format_heading("Options") + "\n".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        head = self.get_usage() + "\n" if self.usage else ""
        if self.description:
            head += self.format_description(formatter) + "\n"
        return head + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())
