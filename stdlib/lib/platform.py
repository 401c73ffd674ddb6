"""platform: what system, machine and Python implementation a program runs on.

The system facts come from os.uname() and os.confstr() (the C library's version); the
Python facts from sys: python_implementation() is sys.implementation's name as CPython
spells implementations ('CPython', 'PyPy'), which for tpy is 'tpy'. tpy has no build
date, compiler or source revision to report: those answers are empty strings.
"""

import collections
import os
import re
import sys

__version__ = '1.0.8'

_IMPLEMENTATION_NAMES = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython', 'jython': 'Jython'}


# ---------------------------------------------------------------- the Python running

def python_implementation():
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name)


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(n) for n in sys.version_info[:3])


def python_build():
    return ('', '')


def python_compiler():
    return ''


def python_branch():
    return ''


def python_revision():
    return ''


# ---------------------------------------------------------------- the system

_uname_base = collections.namedtuple('uname_result_base', 'system node release version machine')


class uname_result(_uname_base):
    """uname()'s answer: five fields, and processor, found (by `uname -p`) only when asked for."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from _uname_base.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(_uname_base._fields)]


_uname_cache = None
_processor_cache = None


def _processor():
    global _processor_cache
    if _processor_cache is None:
        try:
            import subprocess
            answer = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True).strip()
        except Exception:  # no uname command, or it failed: the processor is unknown
            answer = ''
        _processor_cache = '' if answer == 'unknown' else answer
    return _processor_cache


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    return system, release, version


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable; tpy answers for the interpreter itself, from sys.maxsize."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not linkage and sys.platform == 'linux':
        linkage = 'ELF'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library: the one running, or the newest GLIBC_ symbol in a binary."""
    if executable is None:
        try:
            parts = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        return lib, version
    with open(os.path.realpath(executable), 'rb') as f:
        data = f.read()
    best = None
    for found in re.findall(rb'GLIBC_(\d+(?:\.\d+)*)', data):
        key = tuple(int(p) for p in found.split(b'.'))
        if best is None or key > best[0]:
            best = (key, found.decode('latin-1'))
    if best is not None:
        return 'glibc', best[1]
    return lib, version


def _join_platform(*parts):
    # Dashes between the non-empty parts; characters a file name would not want become dashes.
    text = '-'.join(p.strip() for p in parts if p)
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string naming the platform, such as 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    system, node, release, version, machine, processor = uname()
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        result = _join_platform(system, release, machine, processor, 'with', libcname + libcversion)
    elif terse:
        result = _join_platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        result = _join_platform(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = result
    return result


# ---------------------------------------------------------------- other systems' questions

def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


_os_release_cache = None
_OS_RELEASE_LINE = re.compile(r'^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>["\']?)(?P<value>.*)(?P=quote)$')
_OS_RELEASE_ESCAPE = re.compile(r'\\([\\\$\"\'`])')


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict, with NAME, ID and PRETTY_NAME defaulted."""
    global _os_release_cache
    if _os_release_cache is None:
        error = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    lines = f.readlines()
                break
            except OSError as e:
                error = e
        else:
            raise OSError(error.errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            m = _OS_RELEASE_LINE.match(line.rstrip('\n'))
            if m is not None:
                info[m.group('name')] = _OS_RELEASE_ESCAPE.sub(r'\1', m.group('value'))
        _os_release_cache = info
    return _os_release_cache.copy()


if __name__ == '__main__':
    # python -m platform [terse] [nonaliased]: the platform string.
    print(platform('nonaliased' not in sys.argv and '--nonaliased' not in sys.argv,
                   'terse' in sys.argv or '--terse' in sys.argv))
    sys.exit(0)
