# platform: consistency of uname()/system()/machine()... with os.uname, the Python version and implementation (values vary by machine)
import os
import platform
import sys

u = platform.uname()
o = os.uname()
print(type(u).__name__, u._fields, len(u), len(tuple(u)))
print(u.system == o.sysname == platform.system(), u.node == o.nodename == platform.node(),
      u.release == o.release == platform.release(), u.version == o.version == platform.version(),
      u.machine == o.machine == platform.machine(), u[5] == u.processor == platform.processor())
print(tuple(u)[:5] == tuple(o), u[0] == u.system, u[-1] == u.processor, u[1:3] == (u.node, u.release))
print(platform.system(), type(platform.processor()).__name__, platform.uname() is platform.uname())
print(type(o).__name__, o._fields if hasattr(o, '_fields') else None, len(o), o[0] == o.sysname)

v = platform.python_version()
print(v == '%d.%d.%d' % sys.version_info[:3], v.startswith('3.11.'))
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
impl = platform.python_implementation()
print(type(impl).__name__, impl.lower() == sys.implementation.name)
print(sys.implementation.name == impl.lower(), type(sys.implementation.cache_tag) in (str, type(None)),
      sys.implementation.version[:2] == tuple(sys.implementation.version)[:2], type(sys.implementation.hexversion).__name__)

p = platform.platform()
print(p.startswith(platform.system() + '-' + platform.release().replace(' ', '_')), ' ' not in p, p == platform.platform())
print(platform.platform(terse=True) == p, platform.platform(aliased=True) == p)
lib, ver = platform.libc_ver()
print(lib, bool(ver), p.endswith('-with-' + lib + ver))
print(os.confstr('CS_GNU_LIBC_VERSION') == lib + ' ' + ver, 'CS_GNU_LIBC_VERSION' in os.confstr_names)
print(platform.architecture(), platform.system_alias('Linux', '1', '2'))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver(), platform.win32_is_iot())
print(type(platform.python_build()).__name__, len(platform.python_build()), type(platform.python_compiler()).__name__)
rel = platform.freedesktop_os_release()
print(type(rel).__name__, 'ID' in rel and 'NAME' in rel and 'PRETTY_NAME' in rel)

for f, args in [(os.uname, (1,)), (os.confstr, ()), (os.confstr, ('NOPE',)), (os.confstr, (1.5,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
