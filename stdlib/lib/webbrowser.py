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

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_lock = threading.RLock()
_browsers = {}                  # name -> [class, instance]
_tryorder = None                # the names, in the order open() tries them
_os_preferred_browser = None    # what xdg-settings calls the default browser


def register(name, klass, instance=None, *, preferred=False):
    """Register a browser connector."""
    with _lock:
        if _tryorder is None:
            register_standard_browsers()
        _browsers[name.lower()] = [klass, instance]
        # a preferred browser (or the desktop's default, "firefox.desktop") is tried first
        if preferred or (_os_preferred_browser and name in _os_preferred_browser):
            _tryorder.insert(0, name)
        else:
            _tryorder.append(name)


def _ensure_registered():
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()


def get(using=None):
    """Return a browser launcher instance appropriate for the environment."""
    _ensure_registered()
    for browser in ([using] if using is not None else _tryorder):
        if '%s' in browser:
            # a command line with the URL's place marked
            words = shlex.split(browser)
            if words[-1] == '&':
                return BackgroundBrowser(words[:-1])
            return GenericBrowser(words)
        try:
            command = _browsers[browser.lower()]
        except KeyError:
            command = _synthesize(browser)
        if command[1] is not None:
            return command[1]
        if command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Display url using the default browser: 0 the same window, 1 a new window, 2 a new tab."""
    _ensure_registered()
    for name in _tryorder:
        if get(name).open(url, new, autoraise):
            return True
    return False


def open_new(url):
    """Open url in a new window of the default browser."""
    return open(url, 1)


def open_new_tab(url):
    """Open url in a new page ("tab") of the default browser."""
    return open(url, 2)


def _synthesize(browser, *, preferred=False):
    """A controller for a path to a known browser (as BROWSER may give), copied from the known one; else [None, None]."""
    cmd = browser.split()[0]
    if not shutil.which(cmd):
        return [None, None]
    name = os.path.basename(cmd)
    known = _browsers.get(name.lower())
    if known is None:
        return [None, None]
    controller = known[1]
    if controller and name.lower() == controller.basename:
        import copy
        controller = copy.copy(controller)
        controller.name = browser
        controller.basename = os.path.basename(browser)
        register(browser, None, instance=controller, preferred=preferred)
        return [None, controller]
    return [None, None]


class BaseBrowser(object):
    """Parent class for all browsers. Do not use directly."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser started as a command, waited for; it succeeds when the command exits with 0."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ["%s"]
        else:
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def _command(self, url):
        return [self.name] + [arg.replace("%s", url) for arg in self.args]

    def open(self, url, new=0, autoraise=True):
        try:
            return not subprocess.call(self._command(url))
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A browser started in the background (not waited for)."""

    def open(self, url, new=0, autoraise=True):
        if not shutil.which(self.name):
            return False
        # DIVERGENCE: no Popen in tpy: the shell starts it in the background, in a session of its own
        command = shlex.join(self._command(url))
        try:
            return subprocess.call('setsid ' + command + ' >/dev/null 2>&1 &', shell=True) == 0
        except OSError:
            return False


# The browsers with remote control in CPython (Mozilla, Chrome, Opera, Elinks...) are started
# here as plain commands: tpy cannot hold a browser process open to talk to it.
UnixBrowser = Mozilla = Netscape = Galeon = Chrome = Chromium = Opera = Elinks = BackgroundBrowser


def register_X_browsers():
    for name in ("xdg-open",):
        if shutil.which(name):
            register(name, None, BackgroundBrowser(name))
    if shutil.which("gio"):
        register("gio", None, BackgroundBrowser(["gio", "open", "--", "%s"]))
    if "GNOME_DESKTOP_SESSION_ID" in os.environ and shutil.which("gvfs-open"):
        register("gvfs-open", None, BackgroundBrowser("gvfs-open"))
    for name in ("x-www-browser", "firefox", "iceweasel", "iceape", "seamonkey", "mozilla-firefox",
                 "mozilla-firebird", "firebird", "mozilla", "netscape", "galeon", "epiphany", "skipstone",
                 "google-chrome", "chrome", "chromium", "chromium-browser", "opera", "mosaic"):
        if shutil.which(name):
            register(name, None, BackgroundBrowser(name))


def register_standard_browsers():
    global _tryorder, _os_preferred_browser
    _tryorder = []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        try:
            result = subprocess.check_output("xdg-settings get default-web-browser".split(),
                                             stderr=subprocess.DEVNULL)
        except (FileNotFoundError, subprocess.CalledProcessError, PermissionError, NotADirectoryError):
            pass
        else:
            _os_preferred_browser = result.decode().strip()
        register_X_browsers()
    if os.environ.get("TERM"):
        for name in ("www-browser", "links", "elinks", "lynx", "w3m"):
            if shutil.which(name):
                register(name, None, GenericBrowser(name))
    # BROWSER names the user's choices, first to last: they go in front of the others
    if "BROWSER" in os.environ:
        for cmdline in reversed(os.environ["BROWSER"].split(os.pathsep)):
            if cmdline != '':
                if _synthesize(cmdline, preferred=True)[1] is None:
                    register(cmdline, None, GenericBrowser(cmdline), preferred=True)


def main():
    import getopt
    usage = """Usage: %s [-n | -t] url
    -n: open new window
    -t: open new tab""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'ntd')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(1)
    new_win = 0
    for o, _ in opts:
        if o == '-n':
            new_win = 1
        elif o == '-t':
            new_win = 2
    if len(args) != 1:
        print(usage, file=sys.stderr)
        sys.exit(1)
    open(args[0], new_win)
    print("\a")


if __name__ == "__main__":
    main()
