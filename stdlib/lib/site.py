"""site: the parts of CPython's site module programs read. tpy does not run site at start-up
and never adds site-packages folders to sys.path (docs/differences.md, "sysconfig and site"),
so getsitepackages() is empty and ENABLE_USER_SITE is False; the user folders are computed
as CPython computes them, for tools that want to know where they would be."""

import os
import sys
import sysconfig

PREFIXES = [sysconfig.get_config_var('prefix'), sysconfig.get_config_var('exec_prefix')]
# False: the user site-packages folder is not on sys.path (CPython: True when it would be).
ENABLE_USER_SITE = False
USER_SITE = None
USER_BASE = None


def getuserbase():
    """~/.local, or $PYTHONUSERBASE."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = sysconfig.get_config_var('userbase')
    return USER_BASE


def getusersitepackages():
    """The user's site-packages folder under getuserbase()."""
    global USER_SITE
    if USER_SITE is None:
        USER_SITE = sysconfig.get_path('purelib', 'posix_user')
    return USER_SITE


def getsitepackages(prefixes=None):
    """The site-packages folders on sys.path: none in tpy."""
    return []


def check_enableusersite():
    return False


def addsitedir(sitedir, known_paths=None):
    """Adds sitedir to sys.path (CPython also runs its .pth files; tpy does not)."""
    sitedir = os.path.abspath(sitedir)
    if sitedir not in sys.path:
        sys.path.append(sitedir)
    return known_paths


def main():
    print("sys.path = [")
    for entry in sys.path:
        print("    %r," % (entry,))
    print("]")
    print("USER_BASE: %r (doesn't exist)" % getuserbase() if not os.path.isdir(getuserbase())
          else "USER_BASE: %r (exists)" % getuserbase())
    site = getusersitepackages()
    print("USER_SITE: %r (%s)" % (site, "exists" if os.path.isdir(site) else "doesn't exist"))
    print("ENABLE_USER_SITE: %r" % ENABLE_USER_SITE)


getuserbase()
getusersitepackages()

if __name__ == '__main__':
    main()
