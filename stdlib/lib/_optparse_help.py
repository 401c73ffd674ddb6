"""optparse's help formatters: how usage, headings, descriptions and the option list are laid
out (IndentedHelpFormatter, the default, and TitledHelpFormatter)."""

import os
import textwrap

from _optparse_option import NO_DEFAULT


def _terminal_width():
    # COLUMNS when it holds a number, else 80; two columns are kept free at the right.
    try:
        width = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        width = 80
    return width - 2


class HelpFormatter:
    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        self.width = _terminal_width() if width is None else width
        # Help text starts at most max_help_position columns in, and leaves it 20 columns.
        position = min(max_help_position, max(self.width - 20, indent_increment * 2))
        self.help_position = self.max_help_position = position
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ("", " "):
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s" + delim + "%s"

    def set_long_opt_delimiter(self, delim):
        if delim not in ("=", " "):
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s" + delim + "%s"

    def indent(self):
        self.current_indent += self.indent_increment
        self.level += 1

    def dedent(self):
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."
        self.level -= 1

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """Fills a paragraph to the width left at the current indent."""
        pad = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The option's help with %default replaced by its default value."""
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        # The option strings in a column help_position wide; help text to their right, or on
        # the next line when the strings do not fit.
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(strings) > column:
            out = [lead + strings + "\n"]
            first_pad = self.help_position
        else:
            out = [lead + strings.ljust(column) + "  "]
            first_pad = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(" " * first_pad + lines[0] + "\n")
            for line in lines[1:]:
                out.append(" " * self.help_position + line + "\n")
        elif not out[0].endswith("\n"):
            out.append("\n")
        return "".join(out)

    def store_option_strings(self, parser):
        """Works out every option's strings, and from the widest the help column."""
        widest = 0
        self.indent()
        for option in parser.option_list:
            widest = max(widest, self._remember_strings(option))
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                widest = max(widest, self._remember_strings(option))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def _remember_strings(self, option):
        strings = self.format_option_strings(option)
        self.option_strings[option] = strings
        return len(strings) + self.current_indent

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE': each option string, with the metavar when it takes a value."""
        shorts = option._short_opts
        longs = option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in shorts]
            longs = [self._long_opt_fmt % (s, metavar) for s in longs]
        ordered = list(shorts) + list(longs) if self.short_first else list(longs) + list(shorts)
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Headings end in a colon; each level is indented two more columns."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "Usage: %s\n" % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings are underlined ('=' at the top level, '-' below); nothing is indented."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading("Usage"), usage)

    def format_heading(self, heading):
        return "%s\n%s\n" % (heading, "=-"[self.level] * len(heading))
