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
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return _choose(msgid1, msgid2, n)

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return _choose(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


_MISSING = object()


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'      # a message with a context is stored under context EOT message
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        import struct
        filename = getattr(fp, 'name', '')
        self._catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        magic = struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for i in range(count):
            length, offset = struct.unpack(pair, data[originals + 8 * i:originals + 8 * i + 8])
            t_length, t_offset = struct.unpack(pair, data[translations + 8 * i:translations + 8 * i + 8])
            if offset + length >= len(data) or t_offset + t_length >= len(data):
                raise OSError(0, 'File is corrupt', filename)
            original = data[offset:offset + length]
            translated = data[t_offset:t_offset + t_length]
            if length == 0:
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
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return _choose(msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._lookup_single(self.CONTEXT % (context, message))
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return _choose(msgid1, msgid2, n)


def _environment_languages():
    for name in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(name)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
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
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    """The domain's translations, or None when it has no catalog."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    found = _domain_translation(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    found = _domain_translation(domain)
    return _choose(msgid1, msgid2, n) if found is None else found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    found = _domain_translation(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    found = _domain_translation(domain)
    if found is None:
        return _choose(msgid1, msgid2, n)
    return found.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
