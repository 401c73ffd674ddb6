"""linecache: the lines of source files, read once and kept (what tracebacks and inspect show).

Written for tpy from the module's documentation: files are decoded as Python source is
(a BOM or a PEP 263 coding cookie, else UTF-8), and a relative name not found from the
current directory is looked for along sys.path.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname). An entry of one item would be a lazily
# loaded module's (CPython's lazycache); tpy makes none, but tolerates them.
cache = {}


def clearcache():
    """Forgets every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """The file's lines, each with its newline; [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops the entries of files changed or gone since they were read (of one file, or
    of all). Entries with no mtime were put there by hand and are kept."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) != 4 or entry[1] is None:
            continue
        try:
            st = os.stat(entry[3])
        except OSError:
            cache.pop(name, None)
            continue
        if (st.st_size, st.st_mtime) != (entry[0], entry[1]):
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads the file (again) into the cache and returns its lines ([] when it cannot)."""
    old = cache.get(filename)
    if old is not None and len(old) == 4:
        del cache[filename]
    if not filename or (filename[0] == '<' and filename[-1] == '>'):
        return []  # '<stdin>', '<string>': no file behind them
    found = _locate(filename)
    if found is None:
        return []
    fullname, st = found
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
        lines = _source_lines(data)
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """tpy's modules have no loaders with get_source to defer to: always False."""
    return False


def _locate(filename):
    """(path, stat) of the file: as named, else (a relative name) in a sys.path directory."""
    try:
        return filename, os.stat(filename)
    except (OSError, ValueError):
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        candidate = os.path.join(folder, filename)
        try:
            return candidate, os.stat(candidate)
        except (OSError, ValueError):
            continue
    return None


def _source_lines(data):
    """Source bytes as lines, each ending with '\\n' (newlines of every style become '\\n')."""
    text = data.decode(_source_encoding(data))
    if text.startswith('\ufeff'):
        text = text[1:]
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
    return [line + '\n' for line in lines]


def _source_encoding(data):
    # PEP 263: a cookie in a comment on the first line, or on the second when the first
    # is a comment or blank; a UTF-8 BOM rules any cookie out but utf-8.
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.strip()
        if stripped.startswith(b'#'):
            name = _cookie(stripped.decode('latin-1'))
            if name is not None:
                return name
        elif stripped:
            break
    return 'utf-8'


def _cookie(comment):
    for marker in ('coding:', 'coding='):
        at = comment.find(marker)
        if at >= 0:
            rest = comment[at + len(marker):].lstrip()
            end = 0
            while end < len(rest) and (rest[end].isalnum() or rest[end] in '-_.'):
                end += 1
            if end:
                return rest[:end]
    return None
