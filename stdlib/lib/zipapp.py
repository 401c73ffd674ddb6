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


class ZipAppError(ValueError):
    pass


@contextlib.contextmanager
def _maybe_open(archive, mode):
    # a path is opened (and closed) here; a file object is used as it is
    if isinstance(archive, (str, os.PathLike)):
        with open(archive, mode) as f:
            yield f
    else:
        yield archive


def _write_file_prefix(f, interpreter):
    if interpreter:
        f.write(b'#!' + interpreter.encode(shebang_encoding) + b'\n')


def _copy_archive(archive, new_archive, interpreter=None):
    """Copies an archive, its shebang line replaced by the new interpreter's (or dropped)."""
    with _maybe_open(archive, 'rb') as src:
        head = src.read(2)
        if head == b'#!':
            head = b''
            src.readline()
        with _maybe_open(new_archive, 'wb') as dst:
            _write_file_prefix(dst, interpreter)
            dst.write(head)
            shutil.copyfileobj(src, dst)
    if interpreter and isinstance(new_archive, str):
        os.chmod(new_archive, os.stat(new_archive).st_mode | stat.S_IEXEC)


def _entry_point_source(main):
    module, colon, function = main.partition(':')
    valid = (colon == ':' and all(part.isidentifier() for part in module.split('.'))
             and all(part.isidentifier() for part in function.split('.')))
    if not valid:
        raise ZipAppError("Invalid entry point: " + main)
    return MAIN_TEMPLATE.format(module=module, fn=function)


def create_archive(source, target=None, interpreter=None, main=None, filter=None, compressed=False):
    """Create an application archive from SOURCE (a directory, or an existing archive to copy).

    TARGET defaults to SOURCE with a .pyz suffix; INTERPRETER, when given, is written as a
    shebang line; MAIN ('pkg.module:function') writes a __main__.py calling it, for a directory
    that has none of its own.
    """
    if hasattr(source, 'read') and hasattr(source, 'readline'):
        _copy_archive(source, target, interpreter)
        return
    source = pathlib.Path(source)
    if source.is_file():
        _copy_archive(source, target, interpreter)
        return
    if not source.exists():
        raise ZipAppError("Source does not exist")
    has_main = (source / '__main__.py').is_file()
    if main and has_main:
        raise ZipAppError("Cannot specify entry point if the source has __main__.py")
    if not (main or has_main):
        raise ZipAppError("Archive has no entry point")
    main_py = _entry_point_source(main) if main else None

    if target is None:
        target = source.with_suffix('.pyz')
    elif not hasattr(target, 'write'):
        target = pathlib.Path(target)
    with _maybe_open(target, 'wb') as fd:
        _write_file_prefix(fd, interpreter)
        compression = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
        with zipfile.ZipFile(fd, 'w', compression=compression) as z:
            for child in source.rglob('*'):
                arcname = child.relative_to(source)
                if filter is None or filter(arcname):
                    z.write(child, arcname.as_posix())
            if main_py:
                z.writestr('__main__.py', main_py.encode('utf-8'))
    if interpreter and not hasattr(target, 'write'):
        target.chmod(target.stat().st_mode | stat.S_IEXEC)


def get_interpreter(archive):
    """The interpreter of an archive's shebang line, or None."""
    with _maybe_open(archive, 'rb') as f:
        if f.read(2) == b'#!':
            return f.readline().strip().decode(shebang_encoding)


def main(args=None):
    """The command line: python -m zipapp SOURCE [-o OUTPUT] [-p PYTHON] [-m MAIN] [-c] [--info]."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('--output', '-o', default=None,
                        help="The name of the output archive. Required if SOURCE is an archive.")
    parser.add_argument('--python', '-p', default=None,
                        help="The name of the Python interpreter to use (default: no shebang line).")
    parser.add_argument('--main', '-m', default=None,
                        help="The main function of the application (default: use an existing __main__.py).")
    parser.add_argument('--compress', '-c', action='store_true',
                        help="Compress files with the deflate method. Files are stored uncompressed by default.")
    parser.add_argument('--info', default=False, action='store_true',
                        help="Display the interpreter from the archive.")
    parser.add_argument('source', help="Source directory (or existing archive).")
    args = parser.parse_args(args)

    if args.info:
        if not os.path.isfile(args.source):
            raise SystemExit("Can only get info for an archive file")
        print("Interpreter: {}".format(get_interpreter(args.source) or "<none>"))
        sys.exit(0)
    if os.path.isfile(args.source):
        same = args.output is not None and os.path.exists(args.output) and os.path.samefile(args.source, args.output)
        if args.output is None or same:
            raise SystemExit("In-place editing of archives is not supported")
        if args.main:
            raise SystemExit("Cannot change the main function when copying")
    create_archive(args.source, args.output, interpreter=args.python, main=args.main, compressed=args.compress)


if __name__ == '__main__':
    main()
