"""The parts of os that CPython writes in Python over the system calls: fsencode/fsdecode,
removedirs, renames and get_exec_path. The native os forwards them here at first use
(stdlib/os_dir_forward.ts), as it does scandir and walk.
"""

import os


def fsencode(filename):
    """A file name as bytes: str is encoded in UTF-8, undecodable bytes kept (surrogateescape)."""
    filename = os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A file name as str: bytes are decoded from UTF-8, undecodable bytes kept (surrogateescape)."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def removedirs(name):
    """Removes the directory name, then each parent that is left empty, up to the first that is not."""
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:   # name ended with a separator
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)


def renames(old, new):
    """Renames old to new, making new's missing directories and removing old's emptied ones."""
    head, tail = os.path.split(new)
    if head and tail and not os.path.exists(head):
        os.makedirs(head)
    os.rename(old, new)
    head, tail = os.path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def get_exec_path(env=None):
    """The directories searched for a program: $PATH of env (os.environ by default) split on ':'."""
    if env is None:
        env = os.environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = os.defpath
    return path_list.split(os.pathsep)
