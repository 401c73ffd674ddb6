"""shutil's archives: make_archive, unpack_archive and their format registries (tpy).

The built-in formats are those CPython offers on a system with zlib but without bz2 and lzma:
'tar', 'gztar' (through tarfile) and 'zip' (through zipfile). shutil imports everything here.
"""

import errno
import os
import stat


# Defined here, not in shutil, so that this module never imports shutil while shutil imports
# it (which fails when shutil.py runs under another name, as with runpy); they belong to shutil.
class ReadError(OSError):
    """An archive that could not be read."""
    __module__ = 'shutil'


class RegistryError(Exception):
    """A failed change to the archive or unpack format registries."""
    __module__ = 'shutil'


def _user_id(name):
    """The uid of user `name` (None when there is no such user, or no name)."""
    if name is None:
        return None
    try:
        import pwd
        return pwd.getpwnam(name)[2]
    except (ImportError, KeyError):
        return None


def _group_id(name):
    """The gid of group `name` (None when there is no such group, or no name)."""
    if name is None:
        return None
    try:
        import grp
        return grp.getgrnam(name)[2]
    except (ImportError, KeyError):
        return None


def _make_parent(archive_dir, dry_run, logger):
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)


_TAR_COMPRESSIONS = {None: '', 'gzip': 'gz'}


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    """Write base_dir (under root_dir, when given) to base_name + '.tar' (+ '.gz' when
    compress is 'gzip'); owner and group, when given, replace the files' own."""
    if compress not in _TAR_COMPRESSIONS:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile

    suffix = _TAR_COMPRESSIONS[compress]
    archive_name = base_name + '.tar' + ('.' + suffix if suffix else '')
    _make_parent(os.path.dirname(archive_name), dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')

    uid = _user_id(owner)
    gid = _group_id(group)

    def set_owner(tarinfo):
        if gid is not None:
            tarinfo.gid = gid
            tarinfo.gname = group
        if uid is not None:
            tarinfo.uid = uid
            tarinfo.uname = owner
        return tarinfo

    if not dry_run:
        # a stream, as CPython writes it (its gzip header names the archive, not the time)
        archive = tarfile.open(archive_name, 'w|' + suffix)
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        try:
            archive.add(source, base_dir, filter=set_owner)
        finally:
            archive.close()

    return archive_name if root_dir is None else os.path.abspath(archive_name)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0,
                  logger=None, owner=None, group=None, root_dir=None):
    """Write base_dir (under root_dir, when given) to base_name + '.zip', deflated."""
    import zipfile

    zip_filename = base_name + ".zip"
    _make_parent(os.path.dirname(base_name), dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)

    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            top_name = os.path.normpath(base_dir)
            top = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
            top = os.path.normpath(top)

            def add(path, arcname):
                zf.write(path, arcname)
                if logger is not None:
                    logger.info("adding '%s'", path)

            if top_name != os.curdir:
                add(top, top_name)
            for dirpath, dirnames, filenames in os.walk(top):
                arcdir = dirpath if root_dir is None else os.path.relpath(dirpath, root_dir)
                arcdir = os.path.normpath(arcdir)
                for name in sorted(dirnames):
                    add(os.path.join(dirpath, name), os.path.join(arcdir, name))
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        add(path, os.path.join(arcdir, name))

    return zip_filename if root_dir is None else os.path.abspath(zip_filename)


# name -> (function, extra keyword arguments, description, takes root_dir)
_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file", True),
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file", True),
    'zip': (_make_zipfile, [], "ZIP file", True),
}


def get_archive_formats():
    """(name, description) of every archive format, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Add an archive format: function(base_name, base_dir, **extra_args) writes it."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description, False)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Archive base_dir (default: the current directory), taken relative to root_dir
    (default: the current directory), as base_name plus the format's extension; returns the
    archive's name. format is 'tar', 'gztar', 'zip' or a registered one."""
    try:
        function, extra, _, takes_root_dir = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None

    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    for arg, value in extra:
        kwargs[arg] = value
    if base_dir is None:
        base_dir = os.curdir

    saved_cwd = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        if takes_root_dir:
            base_name = os.fspath(base_name)
            kwargs['root_dir'] = root_dir
        else:
            # a registered function knows nothing of root_dir: run it from there
            saved_cwd = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if saved_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", saved_cwd)
            os.chdir(saved_cwd)


# ---- unpacking ----

def _unpack_zipfile(filename, extract_dir):
    """Unpack a zip archive, skipping absolute names and names with '..' in them."""
    import zipfile
    from shutil import copyfileobj  # when called, not when loaded: shutil imports this module

    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            parent = os.path.dirname(target)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith('/'):
                with archive.open(name, 'r') as source, open(target, 'wb') as sink:
                    copyfileobj(source, sink)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Unpack a tar archive, compressed or not."""
    import tarfile

    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir, filter=filter)
    finally:
        archive.close()


# name -> (extensions, function, extra keyword arguments, description)
_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
}


def get_unpack_formats():
    """(name, extensions, description) of every unpack format, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Add an unpack format for the given file name extensions."""
    if extra_args is None:
        extra_args = []
    owners = {}
    for known, entry in _UNPACK_FORMATS.items():
        for extension in entry[0]:
            owners[extension] = known
    for extension in extensions:
        if extension in owners:
            raise RegistryError('%s is already registered for "%s"' % (extension, owners[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_of(filename):
    for name, entry in _UNPACK_FORMATS.items():
        for extension in entry[0]:
            if filename.endswith(extension):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack filename into extract_dir (default: the current directory). format is
    'tar', 'gztar', 'zip' or a registered one; by default the file name's extension says.
    filter goes to the unpacking function (tarfile's extraction filter)."""
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    filter_kwargs = {} if filter is None else {'filter': filter}

    if format is not None:
        try:
            entry = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
        entry[1](filename, extract_dir, **dict(entry[2]), **filter_kwargs)
        return

    format = _format_of(filename)
    if format is None:
        raise ReadError("Unknown archive format '{0}'".format(filename))
    entry = _UNPACK_FORMATS[format]
    entry[1](filename, extract_dir, **(dict(entry[2]) | filter_kwargs))
