# Pickling with protocols 0-2 writes Python 2's module and global names (fix_imports), and
# loading maps them back, with CPython's _compat_pickle tables.
import pickle, functools, dbm, queue, collections, socketserver, _thread, http.cookies, io
for obj in (functools.reduce, dbm.whichdb, queue.Queue, collections.UserDict, socketserver.TCPServer,
            _thread.allocate_lock, http.cookies.SimpleCookie, range, FileNotFoundError, ModuleNotFoundError,
            KeyError, collections.abc.Mapping):
    for proto in (0, 2, 3):
        data = pickle.dumps(obj, proto)
        print(proto, data, pickle.loads(data) is obj)
    print(pickle.dumps(obj, 2, fix_imports=False))
for raw in (b'cwhichdb\nwhichdb\n.', b'cCookie\nSimpleCookie\n.', b'c__builtin__\nbasestring\n.',
            b'cUserDict\nUserDict\n.', b'cexceptions\nStandardError\n.', b'curllib\nquote\n.'):
    obj = pickle.loads(raw)
    print(getattr(obj, "__module__", None), obj.__qualname__)
