"""string for tpy: the character-class constants, capwords and Template ($-substitution)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word of s (words split on sep, or runs of whitespace)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset(ascii_letters + '_')
_ID_REST = frozenset(ascii_letters + digits + '_')


class Template:
    """A string with $name / ${name} placeholders ($$ is a literal $)."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while True:
            j = s.find('$', i)
            if j < 0:
                out.append(s[i:])
                return ''.join(out)
            out.append(s[i:j])
            k = j + 1
            if k < n and s[k] == '$':
                out.append('$')
                i = k + 1
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and s[end] in _ID_START:
                end += 1
                while end < n and s[end] in _ID_REST:
                    end += 1
            name = s[start:end]
            if name and (not braced or (end < n and s[end] == '}')):
                stop = end + 1 if braced else end
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(s[j:stop])
                else:
                    out.append(str(mapping[name]))
                i = stop
                continue
            if safe:
                out.append('$')
                i = k
                continue
            self._invalid(k)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def is_valid(self):
        try:
            self._scan(_Anything(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        names = _Recorder()
        self._scan(names, True)
        return names.seen


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class _Anything:
    def __getitem__(self, key):
        return ''


class _Recorder:
    def __init__(self):
        self.seen = []

    def __getitem__(self, key):
        if key not in self.seen:
            self.seen.append(key)
        return ''
