"""runpy: run a module found by name (run_module) or a script, package folder by path
(run_path) as __main__ or under another name, returning its globals. tpy's own `-m`
finds modules itself; this is the library interface programs call."""

import importlib.util
import os
import sys
import types

__all__ = ["run_module", "run_path"]


class _Installed:
    """For the run: a fresh module in sys.modules[name] and argv[0] set to the file; both
    put back afterwards."""

    def __init__(self, name, argv0):
        self.name = name
        self.argv0 = argv0
        self.module = types.ModuleType(name)

    def __enter__(self):
        self._saved_module = sys.modules.get(self.name, _MISSING)
        sys.modules[self.name] = self.module
        self._saved_argv0 = sys.argv[0] if sys.argv else _MISSING
        if self.argv0 is not _MISSING:
            if sys.argv:
                sys.argv[0] = self.argv0
            else:
                sys.argv.append(self.argv0)
        return self

    def __exit__(self, *exc):
        if self._saved_module is _MISSING:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self._saved_module
        if self.argv0 is not _MISSING and self._saved_argv0 is not _MISSING:
            sys.argv[0] = self._saved_argv0
        self.module = None


_MISSING = object()


def _run_code(code, run_globals, init_globals, name, spec, package, filename):
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(
        __name__=name,
        __file__=spec.origin if spec is not None else filename,
        __cached__=None,
        __doc__=None,
        __loader__=spec.loader if spec is not None else None,
        __package__=package,
        __spec__=spec,
    )
    exec(code, run_globals)
    return run_globals


def _module_details(name, error=ImportError):
    """The spec and code object of module `name` (a package's __main__ for a package)."""
    if name.startswith("."):
        raise error("Relative module names not supported")
    parent, _, _ = name.rpartition(".")
    if parent:
        try:
            __import__(parent)
        except ImportError as e:
            if e.name is None or (e.name != parent and not parent.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(name)
        if existing is not None and not hasattr(existing, "__path__"):
            import warnings
            warnings.warn(RuntimeWarning(
                "{!r} found in sys.modules after import of package {!r}, but prior to "
                "execution of {!r}; this may result in unpredictable behaviour".format(
                    name, parent, name)))
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        message = "Error while finding module specification for {!r} ({}: {})"
        if name.endswith(".py"):
            message += (f". Try using '{name[:-3]}' instead of "
                        f"'{name}' as the module name.")
        raise error(message.format(name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % name)
    if spec.submodule_search_locations is not None:
        if name == "__main__" or name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _module_details(name + ".__main__", error)
        except error as e:
            if name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed"
                         % (e, name)))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % name)
    if spec.origin in (None, "built-in", "frozen") or not hasattr(loader, "get_code"):
        raise error("No code object available for %s" % name)
    try:
        code = loader.get_code(name)
    except ImportError as e:
        raise error(format(e)) from e
    return name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module mod_name (a package: its __main__) and returns its globals.

    run_name is its __name__ (mod_name by default); with alter_sys, sys.argv[0] and
    sys.modules[run_name] are the module's file and module while it runs."""
    mod_name, spec, code = _module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    package = mod_name.rpartition(".")[0]
    if not alter_sys:
        return _run_code(code, {}, init_globals, run_name, spec, package, None)
    with _Installed(run_name, spec.origin) as temp:
        _run_code(code, temp.module.__dict__, init_globals, run_name, spec, package, None)
        return temp.module.__dict__.copy()


def _read_code(path):
    with open(path, "rb") as f:
        source = f.read()
    return compile(source, path, "exec")


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script path_name (or the __main__.py of the folder path_name) and returns
    its globals; run_name is its __name__ ('<run_path>' by default)."""
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        code = _read_code(path_name)
        with _Installed(run_name, path_name) as temp:
            _run_code(code, temp.module.__dict__, init_globals, run_name, None, package,
                      path_name)
            return temp.module.__dict__.copy()
    # A folder: its __main__ module, with the folder first on sys.path meanwhile.
    sys.path.insert(0, path_name)
    try:
        main_path = os.path.join(path_name, "__main__.py")
        if not os.path.exists(main_path):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        spec = importlib.util.spec_from_file_location("__main__", main_path)
        code = _read_code(main_path)
        with _Installed(run_name, main_path) as temp:
            _run_code(code, temp.module.__dict__, init_globals, run_name, spec, package, None)
            return temp.module.__dict__.copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
