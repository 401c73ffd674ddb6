"""fnmatch for tpy: shell-style wildcards (*, ?, [seq], [!seq]) matched against names.

translate() gives CPython 3.11's regular expression text, atomic groups `(?>...)` included
(they stop the engine from backtracking where it could never succeed); the matching compiles it.
"""

import os
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat; both go through os.path.normcase first (nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        text = str(pat, 'ISO-8859-1')
        regex = bytes(translate(text), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names in the iterable `names` that match pat."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    # normcase does nothing on POSIX: the names are matched as they are.
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Whether name matches pat, case included."""
    match = _compile_pattern(pat)
    return match(name) is not None


_STAR = object()


def _bracket(pat, i, n):
    """The class for a '[' at pat[i - 1]: (regex piece, index after it), or None if it never closes."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges; a hyphen first (after '!') or last is literal.
        chunks = []
        start = i
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        last = pat[start:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # A range whose end comes before its start matches nothing: merge it away.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    # Characters that would start a set operation in a future re are escaped.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)', j + 1
    if body == '!':
        return '.', j + 1
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']', j + 1


def translate(pat):
    """The regular expression (a str) matching what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            found = _bracket(pat, i, n)
            if found is None:
                pieces.append('\\[')
            else:
                piece, i = found
                pieces.append(piece)
        else:
            pieces.append(re.escape(c))
    # Between two stars, the fixed text is found by the shortest match of the first star.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
