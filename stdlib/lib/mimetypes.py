"""mimetypes for tpy: the MIME type of a file name or URL, and the extensions of a type.

A database starts from the built-in tables (`_mimetypes_table`, CPython 3.11's) and adds the
system's mime.types files it finds, as CPython does on its first use, so the answers are the
ones python3 gives on the same machine. Each database keeps two maps: the registered
("strict") types, and the common but unregistered ones asked for with strict=False.
"""

import os
import posixpath
import re

import _mimetypes_table

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
           'guess_extension', 'add_type', 'init', 'read_mime_types', 'suffix_map',
           'encodings_map', 'types_map', 'common_types']

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',                    # Mac OS X
    '/etc/httpd/conf/mime.types',               # Apache
    '/etc/apache/mime.types',                   # Apache 1
    '/etc/apache2/mime.types',                  # Apache 2
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',     # Apache 1.2
    '/usr/local/etc/mime.types',                # Apache 1.3
]

inited = False
_db = None

# Until init() runs, the module's maps are the built-in ones.
suffix_map = _mimetypes_table.SUFFIXES.copy()
encodings_map = _mimetypes_table.ENCODINGS.copy()
types_map = _mimetypes_table.TYPES.copy()
common_types = _mimetypes_table.COMMON_TYPES.copy()


class MimeTypes:
    """A database of MIME types: the built-in tables, then the files named, read in order."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _mimetypes_table.ENCODINGS.copy()
        self.suffix_map = _mimetypes_table.SUFFIXES.copy()
        # Index 1 (True) is the registered types, index 0 (False) the common ones.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _mimetypes_table.TYPES.items():
            self.add_type(mime, ext, True)
        for ext, mime in _mimetypes_table.COMMON_TYPES.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps the extension to the type; the type's extensions keep the order they came in."""
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a path or URL, either None when unknown.

        `x.tar.gz` is ('application/x-tar', 'gzip'); a `data:` URL says its own type.
        """
        url = os.fspath(url)
        scheme = _SCHEME.match(url)
        if scheme is not None and scheme.group(1).lower() == 'data':
            return _data_url_type(scheme.group(2)), None
        # The scheme stays: 'http://h/a.json' ends in .json as much as 'a.json' does.
        base, ext = posixpath.splitext(url if scheme is None else scheme.group(2))
        # .tgz is .tar.gz: expand such suffixes first.
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """The extensions of a type, registered ones first ([] when none is known)."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The first extension of a type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types file ('type ext ext ...' per line, # comments)."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    del words[i:]
                    break
            if not words:
                continue
            mime, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(mime, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Windows only: there is no registry to read here."""


# A URL's scheme and the rest: 'data:text/plain,x' -> ('data', 'text/plain,x').
_SCHEME = re.compile('([^/:]+):(.*)', 16)  # re.DOTALL, as an int: re's flags would import enum


def _data_url_type(rest):
    """The media type of a data: URL's text after the scheme ('[type][;params],data')."""
    comma = rest.find(',')
    if comma < 0:
        return None
    semi = rest.find(';', 0, comma)
    mime = rest[:semi] if semi >= 0 else rest[:comma]
    if '=' in mime or '/' not in mime:
        return 'text/plain'
    return mime


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Builds the module's database: the built-in tables and knownfiles (or more files)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True  # MimeTypes() below calls init() while this is False
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The registered types a mime.types file gives, by extension, or None if it cannot be read."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


_USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


def _main():
    """python -m mimetypes [-l] [-e] name ...: the type of each file name (or the extension of each type)."""
    import getopt
    import sys

    def usage(code, message=''):
        print(_USAGE)
        if message:
            print(message)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as message:
        usage(1, message)
    strict, extension = True, False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            usage(0)
        strict = strict and opt not in ('-l', '--lenient')
        extension = extension or opt in ('-e', '--extension')
    for arg in args:
        if extension:
            guess = guess_extension(arg, strict)
            print(guess if guess else f"I don't know anything about type {arg}")
        else:
            guess, encoding = guess_type(arg, strict)
            print(f'type: {guess} encoding: {encoding}' if guess else f"I don't know anything about type {arg}")


if __name__ == '__main__':
    _main()
