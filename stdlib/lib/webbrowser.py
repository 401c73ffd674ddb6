"""webbrowser: showing a URL in a web browser found on this machine.

open(url, new=0, autoraise=True) tries the browsers registered, in order, and returns False when
none is there (or none succeeds); get(using=None) returns a controller, or raises Error
"could not locate runnable browser". The browsers are looked for as CPython looks for them on
POSIX: the X ones when DISPLAY or WAYLAND_DISPLAY is set, the console ones when TERM is, and the
BROWSER variable first. tpy starts each browser as a plain command (see docs/differences.md).
"""

import os
import shlex
import shutil
import subprocess
import sys
import threading

__all__ = ["Error", "open", "open_new", "open_new_tab",
           "get", "register"]


class Error(Exception):
    pass


_lock = threading.RLock()
_browsers = {}                  # lowered name -> [class, instance]
_tryorder = None                # the names, in the order open() tries them
_os_preferred_browser = None    # what xdg-settings calls the default browser
_NOTHING = object()             # _controller_for: this entry gives no controller


def register(name, klass, instance=None, *, preferred=False):
    """Records a browser under `name`: a class to call when it is wanted, or a ready instance.
    A preferred browser, or the desktop's default one ("firefox.desktop"), goes first in line."""
    with _lock:
        if _tryorder is None:
            register_standard_browsers()
        key = name.lower()
        _browsers[key] = [klass, instance]
        desktop_default = _os_preferred_browser
        if preferred or (desktop_default and name in desktop_default):
            _tryorder.insert(0, name)
        else:
            _tryorder.append(name)


def _ensure_registered():
    if _tryorder is not None:
        return
    with _lock:
        if _tryorder is None:
            register_standard_browsers()


def _controller_for(browser):
    """The controller one entry of the try order (or get's argument) stands for, or _NOTHING."""
    if '%s' in browser:
        # a command line with the URL's place marked; a final '&' runs it in the background
        words = shlex.split(browser)
        if words[-1] != '&':
            return GenericBrowser(words)
        return BackgroundBrowser(words[:-1])
    key = browser.lower()
    if key in _browsers:
        klass, instance = _browsers[key]
    else:
        klass, instance = _synthesize(browser)
    if instance is not None:
        return instance
    if klass is None:
        return _NOTHING
    return klass()


def get(using=None):
    """A controller for the browser `using` names (a registered name, a path to a known browser,
    or a command line with %s for the URL); without `using`, the first one that can be had."""
    _ensure_registered()
    names = _tryorder if using is None else [using]
    for browser in names:
        controller = _controller_for(browser)
        if controller is not _NOTHING:
            return controller
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Shows `url` in the first browser that manages to: `new` asks for the same window (0),
    a new window (1) or a new tab (2). False when none did."""
    _ensure_registered()
    return any(get(name).open(url, new, autoraise) for name in _tryorder)


def open_new(url):
    """open() in a new window."""
    return open(url, 1)


def open_new_tab(url):
    """open() in a new tab."""
    return open(url, 2)


def _synthesize(browser, *, preferred=False):
    """For a path to a browser already known by its base name (as BROWSER may give), a copy of
    that controller running the path, registered too: [None, copy]; else [None, None]."""
    program = browser.split()[0]
    if shutil.which(program):
        base = os.path.basename(program).lower()
        entry = _browsers.get(base)
        model = None if entry is None else entry[1]
        if model and base == model.basename:
            import copy
            twin = copy.copy(model)
            twin.name = browser
            twin.basename = os.path.basename(browser)
            register(browser, None, instance=twin, preferred=preferred)
            return [None, twin]
    return [None, None]


class BaseBrowser(object):
    """What every browser controller has: a name, and open() with its two shorthands.
    Subclasses supply open()."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser started as a command, waited for; it succeeds when the command exits with 0."""

    def __init__(self, name):
        # a str is the program alone (the URL its one argument); a list is program and arguments
        if isinstance(name, str):
            program, arguments = name, ["%s"]
        else:
            program, arguments = name[0], name[1:]
        self.name = program
        self.args = arguments
        self.basename = os.path.basename(program)

    def _command(self, url):
        return [self.name, *(arg.replace("%s", url) for arg in self.args)]

    def open(self, url, new=0, autoraise=True):
        try:
            status = subprocess.call(self._command(url))
        except OSError:
            return False
        return status == 0


class BackgroundBrowser(GenericBrowser):
    """A browser started in the background (not waited for)."""

    def open(self, url, new=0, autoraise=True):
        if shutil.which(self.name) is None:
            return False
        # DIVERGENCE: no Popen in tpy: the shell starts it in the background, in a session of its own
        line = 'setsid %s >/dev/null 2>&1 &' % shlex.join(self._command(url))
        try:
            return subprocess.call(line, shell=True) == 0
        except OSError:
            return False


# The browsers with remote control in CPython (Mozilla, Chrome, Opera, Elinks...) are started
# here as plain commands: tpy cannot hold a browser process open to talk to it.
UnixBrowser = Mozilla = Netscape = Galeon = Chrome = Chromium = Opera = Elinks = BackgroundBrowser

_X_PROGRAMS = ("x-www-browser", "firefox", "iceweasel", "iceape", "seamonkey", "mozilla-firefox",
               "mozilla-firebird", "firebird", "mozilla", "netscape", "galeon", "epiphany", "skipstone",
               "google-chrome", "chrome", "chromium", "chromium-browser", "opera", "mosaic")
_CONSOLE_PROGRAMS = ("www-browser", "links", "elinks", "lynx", "w3m")


def register_X_browsers():
    # (program looked for on PATH, the command the controller runs), in the order they are tried
    wanted = [("xdg-open", "xdg-open"), ("gio", ["gio", "open", "--", "%s"])]
    if "GNOME_DESKTOP_SESSION_ID" in os.environ:
        wanted.append(("gvfs-open", "gvfs-open"))
    wanted.extend((program, program) for program in _X_PROGRAMS)
    for program, command in wanted:
        if shutil.which(program):
            register(program, None, BackgroundBrowser(command))


def _desktop_default():
    """What `xdg-settings get default-web-browser` answers, or None when it cannot be asked."""
    try:
        answer = subprocess.check_output(["xdg-settings", "get", "default-web-browser"],
                                         stderr=subprocess.DEVNULL)
    except (FileNotFoundError, subprocess.CalledProcessError, PermissionError, NotADirectoryError):
        return None
    return answer.decode().strip()


def register_standard_browsers():
    global _tryorder, _os_preferred_browser
    _tryorder = []
    env = os.environ
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        found = _desktop_default()
        if found is not None:
            _os_preferred_browser = found
        register_X_browsers()
    if env.get("TERM"):
        for program in _CONSOLE_PROGRAMS:
            if shutil.which(program):
                register(program, None, GenericBrowser(program))
    # BROWSER names the user's choices, first to last: each is put in front, so go from the last
    choices = [c for c in env.get("BROWSER", "").split(os.pathsep) if c] if "BROWSER" in env else []
    for command in reversed(choices):
        if _synthesize(command, preferred=True)[1] is None:
            register(command, None, GenericBrowser(command), preferred=True)


def main():
    import getopt
    usage = """Usage: %s [-n | -t] url
    -n: open new window
    -t: open new tab""" % sys.argv[0]
    where = {'-n': 1, '-t': 2}
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'dnt')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(1)
    new_win = 0
    for flag, _ in opts:
        new_win = where.get(flag, new_win)
    if len(args) != 1:
        print(usage, file=sys.stderr)
        sys.exit(1)
    open(args[0], new_win)
    print("\a")


if __name__ == "__main__":
    main()
