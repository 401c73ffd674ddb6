"""zipapp: building executable zip archives of Python code (.pyz), with an optional shebang line.

create_archive(source, target=None, interpreter=None, main=None, filter=None, compressed=False)
packs a directory (or copies an existing archive with a new shebang); get_interpreter(archive)
reads the shebang back; `-m zipapp` is the command line.
"""

import contextlib
import os
import pathlib
import shutil
import stat
import sys
import zipfile

__all__ = ['ZipAppError', 'create_archive', 'get_interpreter']

MAIN_TEMPLATE = "# -*- coding: utf-8 -*-\nimport {module}\n{module}.{fn}()\n"

shebang_encoding = 'utf-8' if sys.platform.startswith('win') else sys.getfilesystemencoding()

_SHEBANG = b'#!'


class ZipAppError(ValueError):
    pass


def _stream(obj, mode):
    """A context manager for OBJ: a path is opened (and closed afterwards); a file object is lent as is."""
    if isinstance(obj, (str, os.PathLike)):
        return open(obj, mode)
    return contextlib.nullcontext(obj)


def _put_shebang(out, interpreter):
    if not interpreter:
        return
    out.write(_SHEBANG + interpreter.encode(shebang_encoding) + b'\n')


def _make_executable(path):
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)


def _recopy(source, target, interpreter=None):
    """Write SOURCE's bytes to TARGET, the old shebang line (if any) replaced by INTERPRETER's."""
    with _stream(source, 'rb') as old:
        first = old.read(2)
        if first == _SHEBANG:
            old.readline()          # drop the rest of the old shebang line
            first = b''
        with _stream(target, 'wb') as new:
            _put_shebang(new, interpreter)
            new.write(first)
            shutil.copyfileobj(old, new)
    if interpreter and isinstance(target, str):
        _make_executable(target)


def _dotted_names_ok(text):
    return all(piece.isidentifier() for piece in text.split('.'))


def _launcher(entry):
    """The __main__.py text that calls ENTRY ('package.module:callable')."""
    module, sep, func = entry.partition(':')
    if sep != ':' or not _dotted_names_ok(module) or not _dotted_names_ok(func):
        raise ZipAppError("Invalid entry point: " + entry)
    return MAIN_TEMPLATE.format(module=module, fn=func)


def _is_readable_file(obj):
    return hasattr(obj, 'read') and hasattr(obj, 'readline')


def create_archive(source, target=None, interpreter=None, main=None, filter=None, compressed=False):
    """Create an application archive from SOURCE (a directory, or an existing archive to copy).

    TARGET defaults to SOURCE with a .pyz suffix; INTERPRETER, when given, is written as a
    shebang line; MAIN ('pkg.module:function') writes a __main__.py calling it, for a directory
    that has none of its own.
    """
    if not _is_readable_file(source):
        source = pathlib.Path(source)
    if _is_readable_file(source) or source.is_file():
        _recopy(source, target, interpreter)
        return

    # from here on SOURCE is a directory to pack
    if not source.exists():
        raise ZipAppError("Source does not exist")
    own_main = source.joinpath('__main__.py').is_file()
    if own_main and main:
        raise ZipAppError("Cannot specify entry point if the source has __main__.py")
    if not own_main and not main:
        raise ZipAppError("Archive has no entry point")
    launcher = _launcher(main) if main else None

    writable = hasattr(target, 'write')
    if target is None:
        target = source.with_suffix('.pyz')
    elif not writable:
        target = pathlib.Path(target)
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with _stream(target, 'wb') as out:
        _put_shebang(out, interpreter)
        with zipfile.ZipFile(out, 'w', compression=method) as archive:
            for path in source.rglob('*'):
                relative = path.relative_to(source)
                if filter is not None and not filter(relative):
                    continue
                archive.write(path, relative.as_posix())
            if launcher:
                archive.writestr('__main__.py', launcher.encode('utf-8'))
    if interpreter and not writable:
        _make_executable(target)


def get_interpreter(archive):
    """The interpreter of an archive's shebang line, or None."""
    with _stream(archive, 'rb') as f:
        if f.read(2) != _SHEBANG:
            return None
        return f.readline().strip().decode(shebang_encoding)


_OPTIONS = [
    (('--output', '-o'), dict(default=None,
                              help="The name of the output archive. Required if SOURCE is an archive.")),
    (('--python', '-p'), dict(default=None,
                              help="The name of the Python interpreter to use (default: no shebang line).")),
    (('--main', '-m'), dict(default=None,
                            help="The main function of the application (default: use an existing __main__.py).")),
    (('--compress', '-c'), dict(action='store_true',
                                help="Compress files with the deflate method. Files are stored uncompressed by default.")),
    (('--info',), dict(default=False, action='store_true', help="Display the interpreter from the archive.")),
    (('source',), dict(help="Source directory (or existing archive).")),
]


def main(args=None):
    """The command line: python -m zipapp SOURCE [-o OUTPUT] [-p PYTHON] [-m MAIN] [-c] [--info]."""
    import argparse

    cli = argparse.ArgumentParser()
    for names, settings in _OPTIONS:
        cli.add_argument(*names, **settings)
    opts = cli.parse_args(args)
    given = opts.source

    if opts.info:
        if os.path.isfile(given):
            print("Interpreter: {}".format(get_interpreter(given) or "<none>"))
            sys.exit(0)
        raise SystemExit("Can only get info for an archive file")
    if os.path.isfile(given):
        out = opts.output
        if out is None or (os.path.exists(out) and os.path.samefile(given, out)):
            raise SystemExit("In-place editing of archives is not supported")
        if opts.main:
            raise SystemExit("Cannot change the main function when copying")
    create_archive(given, opts.output, interpreter=opts.python, main=opts.main, compressed=opts.compress)


if __name__ == '__main__':
    main()
