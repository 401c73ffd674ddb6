# sysconfig and site: what programs read (version, platform, path names and keys, config vars, user folders)
import os
import sys
import sysconfig
import site
import json

print(sysconfig.get_python_version(), sysconfig.get_platform() == '%s-%s' % (os.uname().sysname.lower(), os.uname().machine))
print(sysconfig.get_path_names())
print(sysconfig.get_scheme_names(), sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme('user'))
paths = sysconfig.get_paths()
print(sorted(paths), all(os.path.isabs(p) for p in paths.values()))
print(paths['stdlib'] == os.path.dirname(os.path.dirname(json.__file__)), sysconfig.get_path('stdlib') == paths['stdlib'])
print(sysconfig.get_config_var('py_version_short'), sysconfig.get_config_var('VERSION'), sysconfig.get_config_var('py_version_nodot'))
print(sysconfig.get_config_var('no_such_var'), sysconfig.get_config_vars('VERSION', 'no_such_var'))
print(sysconfig.get_config_var('prefix') == sysconfig.get_config_vars()['prefix'], isinstance(sysconfig.get_config_vars(), dict))
print(sysconfig.get_config_var('abiflags'), sysconfig.get_config_var('EXE'), sysconfig.get_config_var('py_version') == '%d.%d.%d' % sys.version_info[:3])
user = sysconfig.get_paths('posix_user')
print(user['purelib'].endswith('/lib/python3.11/site-packages'), user['scripts'].endswith('/bin'))
try:
    sysconfig.get_paths('nonsense')
except KeyError as e:
    print(type(e).__name__, e)
try:
    sysconfig.get_preferred_scheme('other')
except KeyError as e:
    print(type(e).__name__, e)
print(site.getuserbase() == os.path.expanduser('~/.local'), site.USER_BASE == site.getuserbase())
print(site.getusersitepackages() == os.path.join(site.getuserbase(), 'lib', 'python3.11', 'site-packages'), site.USER_SITE == site.getusersitepackages())
print(type(site.getsitepackages()).__name__, type(site.ENABLE_USER_SITE).__name__, len(site.PREFIXES))
