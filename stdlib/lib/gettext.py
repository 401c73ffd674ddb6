"""gettext: message catalogs. NullTranslations passes messages through, GNUTranslations reads
GNU .mo files (either byte order, with plural forms and contexts); translation() finds the
catalogs of a domain for a list of languages, and the module functions use the domain set
with textdomain()/bindtextdomain().
"""

import os
import sys

from _gettext_plural import c2py

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

# DIVERGENCE: tpy has no installation prefix (sys.base_prefix): the system's catalogs stand in
_default_localedir = os.path.join(getattr(sys, 'base_prefix', '/usr'), 'share', 'locale')


def _choose(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


def _expand_lang(loc):
    """The names to look for a locale under, most specific first: 'de_DE.UTF-8@euro' gives
    every combination of language with or without territory, codeset and modifier."""
    import locale
    loc = locale.normalize(loc)
    parts = []
    for mark in ('@', '.', '_'):
        cut = loc.find(mark)
        if cut >= 0:
            parts.append(loc[cut:])
            loc = loc[:cut]
        else:
            parts.append(None)
    modifier, codeset, territory = parts
    found = []
    # bit 0: codeset, bit 1: territory, bit 2: modifier; more bits, more specific
    present = [codeset, territory, modifier]
    for mask in range(7, -1, -1):
        chosen = [present[bit] for bit in range(3) if mask & (1 << bit)]
        if all(part is not None for part in chosen):
            name = loc
            if mask & 2:
                name += territory
            if mask & 1:
                name += codeset
            if mask & 4:
                name += modifier
            found.append(name)
    return found


class NullTranslations:
    """Translations with no catalog: messages come back as given (or from the fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        # Fallbacks form a chain: each link hands a new one on to its own fallback.
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def _unfound(self, method, args, default):
        """What a message this object cannot translate becomes: the fallback's answer, else
        `default`."""
        if self._fallback:
            return getattr(self._fallback, method)(*args)
        return default

    def gettext(self, message):
        return self._unfound('gettext', (message,), message)

    def ngettext(self, msgid1, msgid2, n):
        return self._unfound('ngettext', (msgid1, msgid2, n), _choose(msgid1, msgid2, n))

    def pgettext(self, context, message):
        return self._unfound('pgettext', (context, message), message)

    def npgettext(self, context, msgid1, msgid2, n):
        return self._unfound('npgettext', (context, msgid1, msgid2, n),
                             _choose(msgid1, msgid2, n))

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        table = vars(builtins)
        table['_'] = self.gettext
        wanted = set(names or ())
        for name in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
            if name in wanted:
                table[name] = getattr(self, name)


_MISSING = object()


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'      # a message with a context is stored under context EOT message
    VERSIONS = (0, 1)

    def _parse(self, fp):
        import struct
        source = getattr(fp, 'name', '')
        self._catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        order = {self.LE_MAGIC: '<', self.BE_MAGIC: '>'}.get(
            struct.unpack('<I', data[:4])[0])
        if order is None:
            raise OSError(0, 'Bad magic number', source)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major = version >> 16  # the minor revision (low half) changes nothing we read
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), source)
        # Two tables of (length, offset) pairs, one for the originals, one for translations.
        pair = struct.Struct(order + 'II')
        size = len(data)
        for index in range(count):
            o_len, o_at = pair.unpack(data[originals + 8 * index:originals + 8 * index + 8])
            t_len, t_at = pair.unpack(data[translations + 8 * index:translations + 8 * index + 8])
            if o_at + o_len >= size or t_at + t_len >= size:
                raise OSError(0, 'File is corrupt', source)
            original = data[o_at:o_at + o_len]
            translated = data[t_at:t_at + t_len]
            if not o_len:
                self._read_header(translated)
            self._store(original, translated, self._charset or 'ascii')

    def _read_header(self, text):
        """The catalog's 'Key: value' lines (into info(); a line without ':' continues the
        previous value), its charset and its plural formula."""
        last = None
        for raw in text.split(b'\n'):
            line = raw.decode().strip()
            if not line or (line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if last:
                    self._info[last] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key, value = key.strip().lower(), value.strip()
            self._info[key] = value
            last = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def _store(self, original, translated, charset):
        if b'\x00' in original:
            singular, _plural = original.split(b'\x00')
            singular = str(singular, charset)
            for index, form in enumerate(translated.split(b'\x00')):
                self._catalog[(singular, index)] = str(form, charset)
        else:
            self._catalog[str(original, charset)] = str(translated, charset)

    def _lookup_single(self, key):
        found = self._catalog.get(key, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((key, self.plural(1)), _MISSING)
        return found

    def gettext(self, message):
        found = self._lookup_single(message)
        return super().gettext(message) if found is _MISSING else found

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)), _MISSING)
        return super().ngettext(msgid1, msgid2, n) if found is _MISSING else found

    def pgettext(self, context, message):
        found = self._lookup_single(self.CONTEXT % (context, message))
        return super().pgettext(context, message) if found is _MISSING else found

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        found = self._catalog.get(key, _MISSING)
        return super().npgettext(context, msgid1, msgid2, n) if found is _MISSING else found


def _environment_languages():
    for name in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(name)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    localedir = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = _environment_languages()
        if 'C' not in languages:
            languages.append('C')
    names = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in names:
                names.append(name)
    found = []
    for name in names:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_translations = {}     # (class, absolute .mo path) -> its parsed catalog


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        parsed = _translations.get(key)
        if parsed is None:
            with open(path, 'rb') as fp:
                parsed = _translations.setdefault(key, class_(fp))
        # a shallow copy each time: fallbacks added to it stay out of the cached one
        made = copy.copy(parsed)
        if result is None:
            result = made
        else:
            result.add_fallback(made)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is None:
        return _localedirs.get(domain, _default_localedir)
    _localedirs[domain] = localedir
    return localedir


def _domain_translation(domain):
    """The domain's translations, or None when it has no catalog."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


# The module-level functions: each looks up its domain's translations (None when the domain
# has no catalog) and asks them, or answers untranslated.

def _in_domain(domain, method, args, default):
    found = _domain_translation(domain)
    return default if found is None else getattr(found, method)(*args)


def dgettext(domain, message):
    return _in_domain(domain, 'gettext', (message,), message)


def dngettext(domain, msgid1, msgid2, n):
    return _in_domain(domain, 'ngettext', (msgid1, msgid2, n), _choose(msgid1, msgid2, n))


def dpgettext(domain, context, message):
    return _in_domain(domain, 'pgettext', (context, message), message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _in_domain(domain, 'npgettext', (context, msgid1, msgid2, n),
                      _choose(msgid1, msgid2, n))


def gettext(message):
    return dgettext(textdomain(), message)


def ngettext(msgid1, msgid2, n):
    return dngettext(textdomain(), msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(textdomain(), context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(textdomain(), context, msgid1, msgid2, n)


Catalog = translation
