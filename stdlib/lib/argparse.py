"""argparse for tpy: command-line parsing, with help and error text as CPython 3.11 prints them.

Written from the library reference and from probing CPython 3.11.7. The layout of this file:
namespaces and errors; the help formatter (collects, then lays out once the widest
argument is known); the actions; the containers (a parser and its groups share one set of
tables); the parser; one parse run (`_ParseRun`), which classifies the strings and hands
each action its share.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Where a sub-command parks the strings it did not take, until the top parser collects them.
_LEFTOVER_KEY = '_unrecognized_args'

# '-1', '-.5': read as values unless the parser has options that look like them.
_LOOKS_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')

# CPython collapses ASCII whitespace only: a no-break space in help text stays.
_RUN_OF_SPACE = _re.compile(r'\s+', 256)  # re.ASCII, as an int: re's flags would import enum


def _plain_name(value):
    """Identity: the conversion used when an argument has no type=."""
    return value


# ---------------------------------------------------------------------------------------
# Namespaces and errors

class _KeywordRepr(object):
    """repr() as Name(positional, ..., key=value, ..., **{odd keys})."""

    def __repr__(self):
        pieces = [repr(value) for value in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                pieces.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            pieces.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(pieces) + ')'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_KeywordRepr):
    """What parse_args fills: one attribute per destination."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


def _describe_argument(action):
    """How messages name an argument: its flags, else metavar, dest, or its choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for label in (action.metavar, action.dest):
        if label is not None and label is not SUPPRESS:
            return label
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A bad argument; the text names the argument it is about."""

    def __init__(self, argument, message):
        self.argument_name = _describe_argument(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= callable so that its own message is shown."""


# ---------------------------------------------------------------------------------------
# Help formatting

def _help_columns():
    # shutil.get_terminal_size() as tpy sees it: $COLUMNS when it is a positive number, else 80.
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80
    return columns if columns > 0 else 80


def _fitted_lines(words, width, first_start, later_start):
    """Words packed greedily into lines of at most `width` columns; the first line's text
    starts at column first_start, the others at later_start. A word never starts a line
    empty-handed: an over-long word gets a line of its own."""
    lines = []
    current = []
    column = first_start
    for word in words:
        if current and column + len(word) > width:
            lines.append(current)
            current = []
            column = later_start
        current.append(word)
        column += len(word) + 1
    if current:
        lines.append(current)
    return lines


# A usage word: a bracketed or parenthesised run stays whole when usage is wrapped.
_USAGE_WORD = _re.compile('|'.join([r'\%s.*?\%s+(?=\s|$)' % tuple(pair) for pair in ('()', '[]')] + [r'\S+']))
_OPEN_THEN_SPACE = _re.compile(r'([\[(]) ')
_SPACE_THEN_CLOSE = _re.compile(r' ([\])])')
_EMPTY_BRACKETS = _re.compile(r'[\[(] *[\])]')


class _HelpSection(object):
    """A heading and the entries under it; rendered only when the whole help is asked for."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.entries = []


class HelpFormatter(object):
    """Usage, text and argument lists for help output.

    Entries are collected first and laid out by format_help(), because the column where
    argument help starts depends on the widest argument of all.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _help_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._open_section = _HelpSection(None, None)
        self._top_section = self._open_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    # -- collecting --

    def start_section(self, heading):
        self._indent()
        inner = _HelpSection(self._open_section, heading)
        self._open_section.entries.append((self._render_section, inner))
        self._open_section = inner

    def end_section(self):
        self._open_section = self._open_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._open_section.entries.append((self._format_text, text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open_section.entries.append((self._usage_entry, (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Sub-command lines count at this level's indent, not their own deeper one.
        widths = [len(self._format_action_invocation(action))]
        for choice in self._iter_indented_subactions(action):
            widths.append(len(self._format_action_invocation(choice)))
        self._action_max_length = max(self._action_max_length, max(widths) + self._current_indent)
        self._open_section.entries.append((self._format_action, action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- laying out --

    def format_help(self):
        text = self._render_section(self._top_section)
        if not text:
            return text
        return _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'

    def _render_section(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        body = ''.join([render(payload) for render, payload in section.entries])
        if nested:
            self._dedent()
        if not body:
            return ''
        title = ''
        if section.heading is not None and section.heading is not SUPPRESS:
            title = ' ' * self._current_indent + section.heading + ':\n'
        return '\n' + title + body + '\n'

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings if part and part is not SUPPRESS])

    def _usage_entry(self, details):
        return self._format_usage(*details)

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        indent = ' ' * self._current_indent
        return self._fill_text(text, max(self._width - self._current_indent, 11), indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = _RUN_OF_SPACE.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_RUN_OF_SPACE.sub(' ', text).strip(), width)

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = self._prog
        else:
            text = self._generated_usage(prefix, actions, groups)
        return prefix + text + '\n\n'

    def _generated_usage(self, prefix, actions, groups):
        prog = self._prog
        flagged = []
        bare = []
        for action in actions:
            (flagged if action.option_strings else bare).append(action)
        one_line = ' '.join([piece for piece in (prog, self._format_actions_usage(flagged + bare, groups)) if piece])
        room = self._width - self._current_indent
        if len(prefix) + len(one_line) <= room:
            return one_line
        flag_words = _USAGE_WORD.findall(self._format_actions_usage(flagged, groups))
        bare_words = _USAGE_WORD.findall(self._format_actions_usage(bare, groups))

        def block(words, margin, first_start=None):
            # Lines of words starting at column `margin` (the first at first_start, after the prefix).
            start = margin if first_start is None else first_start
            rows = _fitted_lines(words, room, start, margin)
            texts = [' ' * margin + ' '.join(row) for row in rows]
            if first_start is not None and texts:
                texts[0] = texts[0][margin:]
            return texts

        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines line up under the first word after the program name.
            margin = len(prefix) + len(prog) + 1
            if flag_words:
                lines = block([prog] + flag_words, margin, len(prefix)) + block(bare_words, margin)
            elif bare_words:
                lines = block([prog] + bare_words, margin, len(prefix))
            else:
                lines = [prog]
        else:
            # A long program name sits alone; the arguments go on the lines below it.
            margin = len(prefix)
            lines = block(flag_words + bare_words, margin)
            if len(lines) > 1:
                lines = block(flag_words, margin) + block(bare_words, margin)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        grouped, marks = self._group_marks(actions, groups)
        words = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                # A hidden member takes one of its group's '|' separators with it.
                words.append(None)
                for spot in (index, index + 1):
                    if marks.get(spot) == '|':
                        del marks[spot]
                        break
            else:
                words.append(self._usage_word(action, action in grouped))
        for spot in sorted(marks, reverse=True):
            words.insert(spot, marks[spot])
        text = ' '.join([word for word in words if word is not None])
        text = _OPEN_THEN_SPACE.sub(r'\1', text)
        text = _SPACE_THEN_CLOSE.sub(r'\1', text)
        return _EMPTY_BRACKETS.sub('', text).strip()

    def _group_marks(self, actions, groups):
        """The mutually exclusive groups whose members stand together in `actions`: the set of
        those members, and the brackets and bars to insert, keyed by the index they go before."""
        grouped = set()
        marks = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            after = first + len(members)
            if actions[first:after] != members:
                continue
            grouped.update(members)
            visible = len([m for m in members if m.help is not SUPPRESS])
            if not group.required:
                brackets = '[]'
            elif visible > 1:
                brackets = '()'
            else:
                brackets = None
            if brackets is not None:
                marks[first] = marks[first] + ' ' + brackets[0] if first in marks else brackets[0]
                marks[after] = marks.get(after, '') + brackets[1]
            for spot in range(first + 1, after):
                marks[spot] = '|'
        return grouped, marks

    def _usage_word(self, action, in_group):
        if not action.option_strings:
            word = self._format_args(action, self._get_default_metavar_for_positional(action))
            # Inside a group, an optional positional's own brackets would double the group's.
            if in_group and word[0] == '[' and word[-1] == ']':
                word = word[1:-1]
            return word
        if action.nargs == 0:
            word = action.format_usage()
        else:
            word = action.option_strings[0] + ' ' + self._format_args(
                action, self._get_default_metavar_for_optional(action))
        if action.required or in_group:
            return word
        return '[' + word + ']'

    # -- arguments --

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        name_width = help_position - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_pad = 0
        if not action.help:
            head = margin + invocation + '\n'
        elif len(invocation) <= name_width:
            head = margin + invocation.ljust(name_width) + '  '
        else:
            head = margin + invocation + '\n'
            first_pad = help_position
        pieces = [head]
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                pieces.append(' ' * first_pad + lines[0] + '\n')
                pieces.extend([' ' * help_position + line + '\n' for line in lines[1:]])
        elif not head.endswith('\n'):
            pieces.append('\n')
        for choice in self._iter_indented_subactions(action):
            pieces.append(self._format_action(choice))
        return self._join_parts(pieces)

    def _iter_indented_subactions(self, action):
        # Sub-command entries are laid out one level deeper while they are walked.
        get_choices = getattr(action, '_get_subactions', None)
        if get_choices is None:
            return
        self._indent()
        try:
            for choice in get_choices():
                yield choice
        finally:
            self._dedent()

    def _format_action_invocation(self, action):
        if not action.option_strings:
            # A tuple metavar on a positional fails here as in 3.11 (too many values to unpack).
            name, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join([flag + ' ' + shown for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{' + ','.join(map(str, action.choices)) + '}'
        else:
            name = default_metavar

        def names(count):
            return name if isinstance(name, tuple) else (name,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs

        def exactly(count):
            # A metavar tuple of the wrong length: TypeError, which add_argument reports.
            got = names(count)
            if len(got) != count:
                raise TypeError('metavar tuple of %d for %d values' % (len(got), count))
            return got

        if nargs is None:
            return '%s' % exactly(1)
        if nargs == OPTIONAL:
            return '[%s]' % exactly(1)
        if nargs == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % exactly(1)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % exactly(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % exactly(1)
        if nargs == SUPPRESS:
            return ''
        if not isinstance(nargs, int):
            raise ValueError('invalid nargs value')
        return ' '.join(['%s' % name for name in exactly(max(nargs, 0))])

    def _expand_help(self, action):
        values = {}
        for key, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            values[key] = value.__name__ if hasattr(value, '__name__') else value
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(choice) for choice in values['choices']])
        return self._get_help_string(action) % values

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps argument help as written too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments that have a default to show."""

    def _get_help_string(self, action):
        text = action.help or ''
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' in text or action.default is SUPPRESS or not shows_default:
            return text
        return text + ' (default: %(default)s)'


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's values after its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------
# Actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(_KeywordRepr):
    """What to do with an argument's values when the argument is seen."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag (made for each '--' option) sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag[:2] == '--':
                flags.append('--no-' + flag[2:])
        Action.__init__(self, flags, dest, nargs=0, default=default, type=type, choices=choices,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _refuse_bad_nargs(nargs, const, zero_message):
    # Actions that store what the strings say need strings, and const only goes with '?'.
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const, 'nargs for store actions must be != 0; if you have '
                          'nothing to store, actions such as store true or store const may be '
                          'more appropriate')
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const, default=default,
                        type=type, choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    # 3.11 takes metavar= here but does not keep it.
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


class _Collecting(Action):
    """An action that adds to a list in the namespace. The list is copied first, so that a
    default list (shared by every parse) is never changed in place."""

    def __call__(self, parser, namespace, values, option_string=None):
        current = getattr(namespace, self.dest, None)
        if current is None:
            items = []
        elif type(current) is list:
            items = list(current)
        else:
            import copy
            items = copy.copy(current)
        self._collect(items, values)
        setattr(namespace, self.dest, items)

    def _collect(self, items, values):
        items.append(values)


class _AppendAction(_Collecting):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const, 'nargs for append actions must be != 0; if arg strings '
                          'are not supplying the value to append, the append const action may be '
                          'more appropriate')
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const, default=default,
                        type=type, choices=choices, required=required, help=help, metavar=metavar)


class _AppendConstAction(_Collecting):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def _collect(self, items, values):
        items.append(self.const)


class _ExtendAction(_AppendAction):
    def _collect(self, items, values):
        items.extend(values)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, required=required,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        # Through a formatter, for %(prog)s and the line filling.
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _CommandHelp(Action):
    """The help line of one sub-command, listed under the sub-command argument."""

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown = '%s (%s)' % (name, ', '.join(aliases))
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and gives it the strings that follow."""

    _ChoicesPseudoAction = _CommandHelp

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(_CommandHelp(name, aliases, kwargs.pop('help')))
        command = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            taken[key] = command
        return command

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        command = self._name_parser_map.get(name)
        if command is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        # The sub-command parses into a fresh namespace whose values then win over ours.
        inner, left = command.parse_known_args(values[1:], None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if left:
            vars(namespace).setdefault(_LEFTOVER_KEY, []).extend(left)


class FileType(object):
    """A type= factory: opens the named file; '-' means standard input or output."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif any([c in self._mode for c in 'wax']):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            return stream.buffer if 'b' in self._mode else stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as problem:
            raise ArgumentTypeError("can't open '%s': %s" % (string, problem))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


_BUILTIN_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction, 'help': _HelpAction,
    'version': _VersionAction, 'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


# ---------------------------------------------------------------------------------------
# Containers: a parser and its groups share one set of tables

# The tables a group shares with the container it was made from.
_SHARED_TABLES = ('_registries', '_actions', '_option_string_actions', '_defaults',
                  '_has_negative_number_optionals', '_mutually_exclusive_groups')


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._conflict_rule()
        self._registries = {'action': dict(_BUILTIN_ACTIONS), 'type': {None: _plain_name}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # Non-empty once an option looks like a negative number ('-1'): then '-1' is an option.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registered(self, kind, key, fallback=None):
        return self._registries[kind].get(key, fallback)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest)

    # -- adding arguments --

    def add_argument(self, *args, **kwargs):
        if args and (len(args) > 1 or args[0][0] in self.prefix_chars):
            spec = self._get_optional_kwargs(*args, **kwargs)
        else:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        make = spec.pop('action', None)
        make = self._registered('action', make, make)
        if not callable(make):
            raise ValueError('unknown action "%s"' % (make,))
        action = make(**spec)
        self._check_type_of(action)
        return self._add_action(action)

    def _check_type_of(self, action):
        convert = self._registered('type', action.type, action.type)
        if not callable(convert):
            raise ValueError('%r is not callable' % (convert,))
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (convert,))
        # Groups cannot format; the parser checks that nargs and metavar fit together.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # A positional is required unless it can take nothing ('?', or '*' with a default).
        optional = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not optional:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for flag in args:
            if flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            doubled = [flag for flag in args if len(flag) > 1 and flag[1] in chars]
            dest = (doubled or args)[0].lstrip(chars).replace('-', '_')
            if not dest:
                raise ValueError('dest= is required for options like %r' % args[-1])
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(args)
        return kwargs

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._settle_conflicts(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
            if _LOOKS_NEGATIVE.match(flag) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    # -- option strings used twice --

    def _conflict_rule(self):
        if self.conflict_handler == 'error':
            return self._refuse_conflict
        if self.conflict_handler == 'resolve':
            return self._resolve_conflict
        raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)

    def _settle_conflicts(self, action):
        clashes = [(flag, self._option_string_actions[flag]) for flag in action.option_strings
                   if flag in self._option_string_actions]
        if clashes:
            self._conflict_rule()(action, clashes)

    def _refuse_conflict(self, action, clashes):
        flags = ', '.join([flag for flag, other in clashes])
        noun = 'string' if len(clashes) == 1 else 'strings'
        raise ArgumentError(action, 'conflicting option %s: %s' % (noun, flags))

    def _resolve_conflict(self, action, clashes):
        # The newer argument takes the flag; an older one left with no flags goes away.
        for flag, other in clashes:
            other.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not other.option_strings:
                other.container._remove_action(other)

    # -- parents --

    def _add_container_actions(self, container):
        """A parent's arguments and groups, shared (not copied) into this container."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            mine = by_title.get(group.title)
            if mine is None:
                mine = by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = mine
        for group in container._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = mine
        for action in container._actions:
            home.get(action, self)._add_action(action)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments live in the parser's tables."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(setting, getattr(container, setting))
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for table in _SHARED_TABLES:
            setattr(self, table, getattr(container, table))

    def _add_action(self, action):
        _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', category=DeprecationWarning,
                      stacklevel=2)
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one may be given (exactly one when required)."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        # The argument belongs where the group was made (its help section); we only list it.
        self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return _ArgumentGroup.add_mutually_exclusive_group(self, *args, **kwargs)


# ---------------------------------------------------------------------------------------
# Matching values to arguments
#
# A parse run spells the command line as one letter per string: 'O' an option, 'A' a value,
# '-' the '--' that ends options. Each argument's nargs becomes a regular expression over
# those letters; a positional may swallow '--' markers around its values, an option never.

_POSITIONAL_SHAPES = {
    None: '-*A-*', OPTIONAL: '-*A?-*', ZERO_OR_MORE: '-*[A-]*', ONE_OR_MORE: '-*A[A-]*',
    REMAINDER: '[-AO]*', PARSER: '-*A[-AO]*', SUPPRESS: '-*-*',
}

_SHORT_COUNT_MESSAGES = {
    None: 'expected one argument', OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


def _values_shape(action):
    shape = _POSITIONAL_SHAPES.get(action.nargs)
    if shape is None:
        shape = '-*' + '-*'.join('A' * action.nargs) + '-*'
    if action.option_strings:
        shape = shape.replace('-*', '').replace('-', '')
    return '(' + shape + ')'


def _count_taken(action, letters):
    """How many strings at the front of `letters` the action takes (ArgumentError if it
    cannot be satisfied)."""
    found = _re.match(_values_shape(action), letters)
    if found is not None:
        return len(found.group(1))
    message = _SHORT_COUNT_MESSAGES.get(action.nargs)
    if message is None:
        noun = 'argument' if action.nargs == 1 else 'arguments'
        message = 'expected %s %s' % (action.nargs, noun)
    raise ArgumentError(action, message)


def _share_out(actions, letters):
    """Counts for the longest run of leading positionals that can all be satisfied by
    `letters`, each taking as much as it can."""
    shapes = [_values_shape(action) for action in actions]
    for size in range(len(actions), 0, -1):
        found = _re.match(''.join(shapes[:size]), letters)
        if found is not None:
            return [len(taken) for taken in found.groups()]
    return []


# ---------------------------------------------------------------------------------------
# The parser

class ArgumentParser(_KeywordRepr, _ActionsContainer):
    """Turns command-line strings into a Namespace; writes usage, help and error text."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default,
                                   conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead + lead + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in shown]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            section = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                              kwargs.pop('description', None))
        else:
            section = self._positionals
        self._subparsers = section
        if kwargs.get('prog') is None:
            # A sub-command's program name: our usage up to the command (positionals only).
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        make = kwargs.pop('action', 'parsers')
        make = self._registered('action', make, make)
        action = make(option_strings=[], **kwargs)
        section._add_action(action)
        return action

    def _add_action(self, action):
        section = self._optionals if action.option_strings else self._positionals
        section._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        self._refuse_extras(extras)
        return namespace

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        self._refuse_extras(extras)
        return namespace

    def _refuse_extras(self, extras):
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults first, never over what the caller's namespace already has.
        for action in self._actions:
            if (action.dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse_known_args(strings, namespace)
        except ArgumentError as problem:
            if not self.exit_on_error:
                raise
            self.error(str(problem))
        # What sub-commands left over comes after our own leftovers.
        if hasattr(namespace, _LEFTOVER_KEY):
            extras.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _ParseRun(self, arg_strings, namespace).finish()

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first, with every positional held back; then the positionals alone from
        what was left, so positionals may be split up by options."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any([action in positionals for action in group._group_actions]):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        own_usage = self.usage
        try:
            # Error messages show the real usage, not the one with positionals held back.
            if own_usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            held = [(action, action.nargs, action.default) for action in positionals]
            try:
                for action in positionals:
                    action.nargs = action.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in held:
                    action.nargs = nargs
                    action.default = default
            # Second pass: required options were already checked by the first.
            relaxed = self._get_optional_actions() + self._mutually_exclusive_groups
            was_required = [(item, item.required) for item in relaxed]
            try:
                for item in relaxed:
                    item.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for item, required in was_required:
                    item.required = required
        finally:
            self.usage = own_usage
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for string in arg_strings:
            if not string or string[0] not in self.fromfile_prefix_chars:
                expanded.append(string)
                continue
            try:
                with open(string[1:]) as source:
                    content = source.read()
            except OSError as problem:
                self.error(str(problem))
                continue
            read = []
            for line in content.splitlines():
                read.extend(self.convert_arg_line_to_args(line))
            # A file may name further files.
            expanded.extend(self._read_args_from_files(read))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, arg_string):
        """(action, flag, attached value) for a string that reads as an option (action None:
        an option nobody defined), or None for a value."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        flag, equals, attached = arg_string.partition('=')
        if equals and flag in table:
            return table[flag], flag, attached
        candidates = self._option_candidates(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join([found[1] for found in candidates])))
        if candidates:
            return candidates[0]
        if _LOOKS_NEGATIVE.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _option_candidates(self, arg_string):
        """Options that arg_string may abbreviate; a single-prefix string may also be a short
        flag with its value attached ('-xVALUE')."""
        chars = self.prefix_chars
        if arg_string[0] not in chars:
            self.error('unexpected option string: %s' % arg_string)
        table = self._option_string_actions
        if arg_string[1] in chars:
            if not self.allow_abbrev:
                return []
            prefix, equals, attached = arg_string.partition('=')
            attached = attached if equals else None
            return [(table[flag], flag, attached) for flag in table if flag.startswith(prefix)]
        short = arg_string[:2]
        found = []
        for flag in table:
            if flag == short:
                found.append((table[flag], flag, arg_string[2:]))
            elif flag.startswith(arg_string):
                found.append((table[flag], flag, None))
        return found

    def _get_values(self, action, arg_strings):
        """The value an action is called with, converted and checked."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            # As in 3.11, the whole default (or the empty list) is checked against choices.
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, string) for string in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        convert = self._registered('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (type_name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join([repr(choice) for choice in action.choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- help and errors --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for section in self._action_groups:
            formatter.start_section(section.title)
            formatter.add_text(section.description)
            formatter.add_arguments(section._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            # No usable stream (e.g. sys.stderr is None): the message is dropped.
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message on stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _ParseRun(object):
    """One parse of a list of strings: which strings are options, which action takes which
    values, and what nobody took."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.set_by_user = set()
        self.waiting = parser._get_positional_actions()
        self.rivals = self._rivals_by_action(parser._mutually_exclusive_groups)
        self.letters, self.options_at = self._classify(parser, strings)

    @staticmethod
    def _rivals_by_action(groups):
        rivals = {}
        for group in groups:
            members = group._group_actions
            for member in members:
                rivals.setdefault(member, []).extend([other for other in members if other is not member])
        return rivals

    @staticmethod
    def _classify(parser, strings):
        letters = []
        options_at = {}
        for index, string in enumerate(strings):
            if string == '--':
                # Everything after the first '--' is a value.
                letters.append('-')
                letters.extend('A' * (len(strings) - index - 1))
                break
            found = parser._parse_optional(string)
            if found is None:
                letters.append('A')
            else:
                options_at[index] = found
                letters.append('O')
        return ''.join(letters), options_at

    def _apply(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        # A value that is the default itself does not count as a choice the user made.
        if values is not action.default:
            self.set_by_user.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.set_by_user:
                    raise ArgumentError(action, 'not allowed with argument %s' % _describe_argument(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)

    def _take_option(self, index):
        """Apply the option at strings[index] (and the flags clustered with it); return the
        index after the strings it used."""
        action, flag, attached = self.options_at[index]
        if action is None:
            self.extras.append(self.strings[index])
            return index + 1
        parser = self.parser
        ready = []
        while attached is not None:
            wants = _count_taken(action, 'A')
            if wants == 1:
                ready.append((action, [attached], flag))
                break
            if wants == 0 and flag[1] not in parser.prefix_chars and attached != '':
                # '-xyz' where -x takes nothing: -y comes next, with 'z' attached.
                ready.append((action, [], flag))
                flag = flag[0] + attached[0]
                following = parser._option_string_actions.get(flag)
                if following is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action = following
                attached = attached[1:] or None
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        end = index + 1
        if attached is None:
            end += _count_taken(action, self.letters[index + 1:])
            ready.append((action, self.strings[index + 1:end], flag))
        for action, values, flag in ready:
            self._apply(action, values, flag)
        return end

    def _take_positionals(self, index):
        counts = _share_out(self.waiting, self.letters[index:])
        for action, count in zip(self.waiting, counts):
            self._apply(action, self.strings[index:index + count])
            index += count
        del self.waiting[:len(counts)]
        return index

    def finish(self):
        index = 0
        option_spots = sorted(self.options_at)
        while option_spots and index <= option_spots[-1]:
            next_option = min([spot for spot in option_spots if spot >= index])
            if index != next_option:
                reached = self._take_positionals(index)
                if reached > index:
                    index = reached
                    continue
            if index not in self.options_at:
                # Values no positional wants, before the next option.
                self.extras.extend(self.strings[index:next_option])
                index = next_option
            index = self._take_option(index)
        index = self._take_positionals(index)
        self.extras.extend(self.strings[index:])
        self._check_complete()
        return self.namespace, self.extras

    def _check_complete(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_describe_argument(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and getattr(namespace, action.dest) is action.default):
                # An unused string default is converted as a given string would be.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any([a in self.set_by_user for a in group._group_actions]):
                names = [_describe_argument(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
