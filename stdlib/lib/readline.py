"""readline: the interface of GNU readline's Python module, without a terminal
line editor behind it. The history is kept in memory (and read from and
written to files in readline's format: one line per entry); key bindings and
init files are accepted and remembered, not acted on; the completer and the
hooks are stored for the programs (rlcompleter, cmd, pdb) that set them.
tpy's interactive prompt does its own line editing."""

import os as _os
from operator import index as _index

_history = []
_history_length = -1        # -1: no limit
_auto_history = True
_completer = None
_completer_delims = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'
_startup_hook = None
_pre_input_hook = None
_display_matches_hook = None
_bindings = []
_line_buffer = ''
_begidx = 0
_endidx = 0

_doc = "GNU readline's history and completion functions (tpy: history in memory, no line editor)."
__doc__ = _doc


def parse_and_bind(string):
    """Execute an init line (a key binding or a variable setting): accepted and kept."""
    _bindings.append(_text(string))


def read_init_file(filename=None):
    """Read an init file (by default $INPUTRC or ~/.inputrc): its lines are accepted."""
    if filename is None:
        filename = _os.environ.get('INPUTRC') or _os.path.expanduser('~/.inputrc')
        if not _os.path.exists(filename):
            return
    with open(filename, encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                _bindings.append(line)


def _text(value):
    # the arguments GNU readline takes as C strings
    if not isinstance(value, str):
        raise TypeError("bad argument type for built-in operation")
    return value


def _history_file(filename):
    return _os.path.expanduser('~/.history') if filename is None else filename


def read_history_file(filename=None):
    """Add the lines of a history file (by default ~/.history) to the history."""
    with open(_history_file(filename), encoding='utf-8', errors='surrogateescape') as f:
        for line in f.read().splitlines():
            add_history(line)


def _trimmed():
    return _history if _history_length < 0 else _history[len(_history) - _history_length:] if _history_length else []


def write_history_file(filename=None):
    """Write the history (its last history_length entries) to a file, one line each."""
    with open(_history_file(filename), 'w', encoding='utf-8', errors='surrogateescape') as f:
        for line in _trimmed():
            f.write(line + '\n')


def append_history_file(nelements, filename=None):
    """Append the last nelements history entries to a file."""
    path = _history_file(filename)
    if not _os.path.exists(path):
        # GNU readline appends only to a file that is there
        raise FileNotFoundError(2, 'No such file or directory')
    nelements = _index(nelements)
    lines = _history[max(0, len(_history) - nelements):] if nelements > 0 else []
    with open(path, 'a', encoding='utf-8', errors='surrogateescape') as f:
        for line in lines:
            f.write(line + '\n')


def get_history_length():
    """The number of lines write_history_file keeps (-1: all)."""
    return _history_length


def set_history_length(length):
    global _history_length
    _history_length = _index(length)


def clear_history():
    del _history[:]


def get_current_history_length():
    """How many entries the history holds."""
    return len(_history)


def get_history_item(index):
    """The history entry at this 1-based index, or None."""
    index = _index(index)
    if 1 <= index <= len(_history):
        return _history[index - 1]
    return None


def _zero_based(pos):
    pos = _index(pos)
    if pos < 0:
        raise ValueError("History index cannot be negative")
    if pos >= len(_history):
        raise ValueError("No history item at position %d" % pos)
    return pos


def remove_history_item(pos):
    """Remove the entry at this 0-based position."""
    del _history[_zero_based(pos)]


def replace_history_item(pos, line):
    """Replace the entry at this 0-based position."""
    if not isinstance(line, str):
        raise TypeError("replace_history_item() argument 2 must be str, not %s" % type(line).__name__)
    _history[_zero_based(pos)] = line


def add_history(string):
    """Add a line to the end of the history."""
    _history.append(_text(string))


def set_auto_history(enabled):
    """Whether input() lines would be added to the history (kept, not acted on)."""
    global _auto_history
    _auto_history = bool(enabled)


def _check_hook(function, name):
    if function is not None and not callable(function):
        raise TypeError("%s not callable" % name)
    return function


def set_startup_hook(function=None):
    global _startup_hook
    _startup_hook = _check_hook(function, 'set_startup_hook(func): argument')


def set_pre_input_hook(function=None):
    global _pre_input_hook
    _pre_input_hook = _check_hook(function, 'set_pre_input_hook(func): argument')


def set_completion_display_matches_hook(function=None):
    global _display_matches_hook
    _display_matches_hook = _check_hook(function, 'set_completion_display_matches_hook(func): argument')


def set_completer(function=None):
    """Set the completion function: called as function(text, state) for state = 0, 1, ..."""
    global _completer
    _completer = _check_hook(function, 'set_completer(func): argument')


def get_completer():
    return _completer


def get_completion_type():
    """The type of the completion being attempted (0: none is)."""
    return 0


def get_begidx():
    return _begidx


def get_endidx():
    return _endidx


def set_completer_delims(string):
    global _completer_delims
    _completer_delims = _text(string)


def get_completer_delims():
    return _completer_delims


def get_line_buffer():
    """The line being edited (there is none: empty)."""
    return _line_buffer


def insert_text(string):
    """Insert text into the line being edited (kept in the buffer)."""
    global _line_buffer
    _line_buffer += _text(string)


def redisplay():
    """Redraw the line being edited (nothing to draw)."""
