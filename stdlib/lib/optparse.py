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


def _match_abbrev(s, wordmap):
    """The one key of wordmap that s is, or is a prefix of."""
    if s in wordmap:
        return s
    found = sorted([word for word in wordmap.keys() if word.startswith(s)])
    if len(found) == 1:
        return found[0]
    if not found:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, found)


def _arguments_missing(opt, count):
    noun = "argument" if count == 1 else "arguments"
    return "%s option requires %d %s" % (opt, count, noun)


class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the maps from option
    strings to them (a group uses its parser's maps, so option strings stay unique)."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.description = description

    def _create_option_mappings(self):
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _share_option_mappings(self, parser):
        # The very same dicts: an option added to a group is known to the parser.
        for name in ('_short_opt', '_long_opt', 'defaults'):
            setattr(self, name, getattr(parser, name))

    def set_conflict_handler(self, handler):
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt
        del self._long_opt
        del self.defaults

    def _check_conflict(self, option):
        clashes = [(s, self._short_opt[s]) for s in option._short_opts if s in self._short_opt]
        clashes += [(s, self._long_opt[s]) for s in option._long_opts if s in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join([s for s, _ in clashes])
            raise OptionConflictError("conflicting option string(s): %s" % names, option)
        # "resolve": the older option gives up the strings; with none left it goes.
        for s, older in clashes:
            if s.startswith("--"):
                older._long_opts.remove(s)
                del self._long_opt[s]
            else:
                older._short_opts.remove(s)
                del self._short_opt[s]
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) == 1 and not kwargs:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        else:
            raise TypeError("invalid arguments")
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        for s in option._short_opts:
            self._short_opt[s] = option
        for s in option._long_opts:
            self._long_opt[s] = option
        dest = option.dest
        if dest is not None:
            # An explicit default wins; otherwise an earlier option's default stays.
            if option.default is not NO_DEFAULT:
                self.defaults[dest] = option.default
            else:
                self.defaults.setdefault(dest, None)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for s in option._short_opts:
            del self._short_opt[s]
        for s in option._long_opts:
            del self._long_opt[s]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [o for o in self.option_list if o.help is not SUPPRESS_HELP]
        return "".join([formatter.format_option(o) for o in shown])

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """Options shown together under a title in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """Parses a command line: parse_args() returns (values, leftover arguments)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.parser = self
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list
        del self.option_groups
        del self.formatter

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help", help="show this help message and exit")

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help="show program's version number and exit")

    def _populate_option_list(self, option_list, add_help=True):
        for options in (self.standard_option_list, option_list):
            if options:
                self.add_options(options)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    # -- settings --

    def set_usage(self, usage):
        if usage is None:
            self.usage = "%prog [options]"
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            # The formatter adds its own "Usage: ".
            self.usage = usage[7:]
        else:
            self.usage = usage

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
        defaults = self.defaults.copy()
        if self.process_default_values:
            # String defaults go through the option's type, as a command-line value would.
            for option in self._get_all_options():
                value = defaults.get(option.dest)
                if isinstance(value, str):
                    defaults[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) == 1 and not kwargs:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError("not an OptionGroup instance: %r" % group)
            if group.parser is not self:
                raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            raise TypeError("invalid arguments")
        self.option_groups.append(group)
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
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        # The remaining and leftover arguments stay visible to callbacks as parser attributes.
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                self._process_long_opt(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_arguments(self, opt, option, rargs):
        count = option.nargs
        if len(rargs) < count:
            self.error(_arguments_missing(opt, count))
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        explicit = "=" in arg
        if explicit:
            # --name=value: the value goes back as the next argument.
            arg, value = arg.split("=", 1)
            rargs.insert(0, value)
        opt = self._match_long_opt(arg)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_arguments(opt, option, rargs)
        elif explicit:
            self.error("%s option does not take a value" % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        # "-abc" is -a -b -c; once one takes a value, the rest of the word is that value.
        arg = rargs.pop(0)
        for i in range(1, len(arg)):
            opt = "-" + arg[i]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            value = None
            if option.takes_value():
                rest = arg[i + 1:]
                if rest:
                    rargs.insert(0, rest)
                value = self._take_arguments(opt, option, rargs)
                option.process(opt, value, values, self)
                return
            option.process(opt, value, values, self)

    # -- reporting --

    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

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
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        sections = []
        formatter.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        for group in self.option_groups:
            sections.append(group.format_help(formatter))
        formatter.dedent()
        if not sections:
            return ""
        # The heading is formatted at the outer level; sections are separated by blank lines.
        return formatter.format_heading("Options") + "\n".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + "\n")
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())
