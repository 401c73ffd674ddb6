# importlib.util: find_spec on odd sys.modules entries, spec_from_loader's branches, decode_source encodings.
import importlib.util
import sys
import types

u = importlib.util
sys.modules['blank_entry'] = None
print(u.find_spec('blank_entry'))
m = types.ModuleType('no_spec_mod')
del m.__spec__
sys.modules['no_spec_mod'] = m
n = types.ModuleType('none_spec_mod')
sys.modules['none_spec_mod'] = n
for name, package in [('no_spec_mod', None), ('none_spec_mod', None), ('.none_spec_mod', 'x'), ('sys.child', None),
                      ('math.sub.leaf', None), ('.y', None), ('..y', 'top')]:
    try:
        print(u.find_spec(name, package))
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e, getattr(e, 'name', '-'))
sys.modules['x.none_spec_mod'] = n
try:
    u.find_spec('.none_spec_mod', 'x')
except ValueError as e:
    print(type(e).__name__, e)
print(u.find_spec('sys') is sys.__spec__)
print(u.resolve_name('...', 'a.b.c'), u.resolve_name('.', 'a.b'), u.resolve_name('..q.r', 'a.b'))


class Plain:
    pass


class WithPackage:
    def is_package(self, name):
        return name.endswith('pkg')


class Undecided:
    def is_package(self, name):
        raise ImportError('cannot tell')


class Named:
    _ORIGIN = 'from-class'


class FileBacked:
    def get_filename(self, name):
        return '/srv/' + name + '.py'

    def is_package(self, name):
        return False


for loader, kwargs in [(Plain(), {}), (WithPackage(), {}), (Undecided(), {}), (Named(), {}),
                       (Plain(), {'origin': 'here', 'is_package': True}), (WithPackage(), {'is_package': False}),
                       (FileBacked(), {}), (FileBacked(), {'is_package': True}), (FileBacked(), {'is_package': False}),
                       (FileBacked(), {'origin': 'elsewhere'})]:
    for name in ('a.pkg', 'mod'):
        s = u.spec_from_loader(name, loader, **kwargs)
        print(type(loader).__name__, name, s.origin, s.submodule_search_locations, s.parent, s.has_location,
              s.loader is loader)
class NoFile:
    def get_filename(self, name):
        raise ImportError(name)


class Relative:
    def get_filename(self, name):
        return 'rel/' + name + '.py'


print(u.spec_from_loader('nf', NoFile()).origin, u.spec_from_file_location('nf', loader=NoFile()).origin)
print(u.spec_from_loader('r', Relative(), is_package=True).submodule_search_locations)
try:
    u.spec_from_loader('x', None, 'o')
except TypeError as e:
    print(type(e).__name__, e)

for raw in [b'x = 1\r\ny = 2\rz = 3\n', b'\xef\xbb\xbfs = "\xc3\xa9"\n', b'# -*- coding: latin-1 -*-\ns = "\xe9"\r\n',
            b'#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nq = "\x80"\n', b'', b'\n\n# coding: latin-1\n"\xc3\xa9"']:
    print(repr(u.decode_source(raw)))
for raw in [b'"\xff"', b'# coding: nope-enc\n']:
    try:
        print(u.decode_source(raw))
    except (SyntaxError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
