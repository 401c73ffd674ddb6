"""sysconfig: where tpy's installation keeps things, and its build settings, as far as a
program reads them (get_paths, get_path, get_python_version, get_platform,
get_config_var(s), the scheme names).

tpy is not built from a Makefile and loads no C extensions: the paths are those of the tpy
package (its library is stdlib/lib, beside this file), and the build variables are the few
programs ask about (docs/differences.md, "sysconfig and site")."""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
    'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
    'get_scheme_names', 'parse_config_h',
]

_SCHEMES = ('nt', 'nt_user', 'nt_venv', 'osx_framework_user', 'posix_home', 'posix_prefix',
            'posix_user', 'posix_venv', 'venv')
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_LIB_DIR = os.path.dirname(os.path.abspath(__file__))
# The package root: the folder holding stdlib/ (and bin/).
_PREFIX = os.path.dirname(os.path.dirname(_LIB_DIR))

_config_vars = None


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """'linux-x86_64' and the like: the OS name and the machine, lower case."""
    info = os.uname()
    machine = info.machine.replace(' ', '_').replace('/', '-')
    return '%s-%s' % (info.sysname.lower(), machine)


def get_scheme_names():
    return _SCHEMES


def get_path_names():
    return _PATH_NAMES


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def _user_base():
    env = os.environ.get('PYTHONUSERBASE')
    return env if env else os.path.expanduser('~/.local')


def _scheme_paths(scheme, config):
    if scheme not in _SCHEMES:
        raise KeyError(scheme)
    version = config['py_version_short']
    if scheme in ('posix_user', 'nt_user', 'osx_framework_user'):
        base = config['userbase']
        site = os.path.join(base, 'lib', 'python' + version, 'site-packages')
        return {'stdlib': _LIB_DIR, 'platstdlib': _LIB_DIR, 'purelib': site, 'platlib': site,
                'include': os.path.join(base, 'include', 'python' + version),
                'platinclude': os.path.join(base, 'include', 'python' + version),
                'scripts': os.path.join(base, 'bin'), 'data': base}
    # tpy's library is one folder of source modules; a site-packages beside it is where
    # installed packages would go (tpy does not put it on sys.path by itself).
    site = os.path.join(_PREFIX, 'site-packages')
    return {'stdlib': _LIB_DIR, 'platstdlib': _LIB_DIR, 'purelib': site, 'platlib': site,
            'include': os.path.join(_PREFIX, 'include'),
            'platinclude': os.path.join(_PREFIX, 'include'),
            'scripts': os.path.dirname(sys.executable) if sys.executable else os.path.join(_PREFIX, 'bin'),
            'data': _PREFIX}


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (posix_prefix by default), by path name."""
    config = dict(get_config_vars())
    if vars:
        config.update(vars)
    return _scheme_paths(get_default_scheme() if scheme is None else scheme, config)


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    """All the configuration variables as a dict; with names, the list of their values
    (None for unknown ones)."""
    global _config_vars
    if _config_vars is None:
        version = get_python_version()
        _config_vars = {
            'prefix': _PREFIX, 'exec_prefix': _PREFIX, 'base': _PREFIX, 'platbase': _PREFIX,
            'installed_base': _PREFIX, 'installed_platbase': _PREFIX, 'projectbase': _PREFIX,
            'srcdir': _PREFIX, 'LIBDEST': _LIB_DIR, 'BINDIR': os.path.join(_PREFIX, 'bin'),
            'py_version': '%d.%d.%d' % sys.version_info[:3], 'py_version_short': version,
            'py_version_nodot': version.replace('.', ''), 'py_version_nodot_plat': '',
            'VERSION': version, 'abiflags': '', 'platlibdir': 'lib', 'EXE': '',
            'MACHDEP': sys.platform, 'host': get_platform(), 'userbase': _user_base(),
            # No C extensions: no suffix or ABI tag to build them with.
            'EXT_SUFFIX': None, 'SOABI': None, 'SHLIB_SUFFIX': None,
        }
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    return get_config_vars().get(name)


def get_makefile_filename():
    raise NotImplementedError("sysconfig.get_makefile_filename: tpy is not built with a Makefile")


def get_config_h_filename():
    raise NotImplementedError("sysconfig.get_config_h_filename: tpy has no pyconfig.h")


def parse_config_h(fp, vars=None):
    raise NotImplementedError("sysconfig.parse_config_h: tpy has no pyconfig.h")
