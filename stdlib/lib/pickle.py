"""pickle for tpy: dumps/dump write the bytes CPython 3.11's C pickler writes (protocols 0-5,
memo, frames of protocol 4+); loads/load and the exception types are in _pickle."""

import sys
from struct import pack
from operator import index as _index
import copyreg
from copyreg import dispatch_table, _extension_registry
from _pickle import (PickleError, PicklingError, UnpicklingError, Unpickler, load, loads,
                     _deep_getattr)

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads']

# The types whose instances pickle as bytes (subclasses of these are pickled as objects).
bytes_types = (bytes, bytearray)

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

# Opcodes (pickletools documents them).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

__all__.extend(sorted(name for name in list(globals()) if name.isupper()))

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

_NoneType = type(None)
_FunctionType = type(lambda: None)


def encode_long(x):
    """x as little-endian two's complement in the fewest bytes (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(text):
    """What protocol 0's UNICODE opcode carries: Latin-1, with the characters beyond it,
    the backslash and the line breaks as \\u/\\U escapes."""
    out = []
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def whichmodule(obj, name):
    """The name of the module obj (named `name`) lives in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _deep_getattr(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class Pickler:
    """Writes pickles of objects to a binary file (anything with a write method)."""

    __module__ = '_pickle'  # as CPython's, whose Pickler is _pickle's

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = _index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        self._file_write = None
        if file is not _BytesSink:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._buffer_callback = buffer_callback
        self._out = bytearray()
        self._framing = False
        self._frame_start = -1

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the file."""
        if '_file_write' not in self.__dict__:
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()'
                                % type(self).__name__)
        self._out = bytearray()
        self._persistent_id = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        self._dispatch_table = getattr(self, 'dispatch_table', dispatch_table)
        if self.proto >= 2:
            self._out += PROTO + bytes([self.proto])
        if self.proto >= 4:
            self._framing = True
        try:
            self.save(obj)
        except RecursionError as e:
            if str(e) != 'maximum recursion depth exceeded':
                raise
            raise RecursionError('maximum recursion depth exceeded while pickling an object') from None
        self._write(STOP)
        self._commit_frame()
        self._framing = False
        if self._file_write is not None:
            self._file_write(bytes(self._out))
            self._out = bytearray()

    # Output and frames: a frame opens at the first write after the last one closed; its
    # 9-byte header is filled in (or dropped, for a frame under 4 bytes) when it closes,
    # after an object once it holds 64 KiB, and at the end.
    def _write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out += b'\x00' * 9
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        self._frame_start = -1
        size = len(self._out) - start - 9
        if size >= _FRAME_SIZE_MIN:
            self._out[start:start + 9] = FRAME + pack('<Q', size)
        else:
            del self._out[start:start + 9]

    def _write_large(self, header, data):
        # A payload of a frame's size or more is written outside any frame.
        if len(data) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            framing = self._framing
            self._framing = False
            self._write(header)
            self._write(data)
            self._framing = framing
        else:
            self._write(header)
            self._write(data)

    # The memo maps id(obj) to (index, obj): a second reference is written as a GET.
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + repr(idx).encode('ascii') + b'\n')
        elif idx < 256:
            self._write(BINPUT + bytes([idx]))
        else:
            self._write(LONG_BINPUT + pack('<I', idx))
        self.memo[id(obj)] = idx, obj

    def _memo_get(self, idx):
        if not self.bin:
            self._write(GET + repr(idx).encode('ascii') + b'\n')
        elif idx < 256:
            self._write(BINGET + bytes([idx]))
        else:
            self._write(LONG_BINGET + pack('<I', idx))

    def save(self, obj, save_persistent_id=True):
        # One frame per object (with the container's own save_* below it): tpy's recursion
        # limit then allows about the nesting depth CPython's C pickler does.
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                self._opcode_boundary()
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
        elif obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
        elif t is int:
            self.save_long(obj)
        elif t is float:
            self.save_float(obj)
        else:
            entry = self.memo.get(id(obj))
            if entry is not None:
                self._memo_get(entry[0])
            elif t is bytes:
                self.save_bytes(obj)
            elif t is str:
                self.save_str(obj)
            elif t is dict:
                self.save_dict(obj)
            elif t is set:
                self.save_set(obj)
            elif t is frozenset:
                self.save_frozenset(obj)
            elif t is list:
                self.save_list(obj)
            elif t is tuple:
                self.save_tuple(obj)
            elif t is bytearray:
                self.save_bytearray(obj)
            else:
                self._save_other(obj, t)
        if self._frame_start >= 0 and len(self._out) - self._frame_start - 9 >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _opcode_boundary(self):
        if self._frame_start >= 0 and len(self._out) - self._frame_start - 9 >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _save_other(self, obj, t):
        reducer_override = self._reducer_override
        if reducer_override is not None:
            rv = reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self.save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        reduce = self._dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            reduce = getattr(obj, '__reduce_ex__', None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, '__reduce__', None)
                if reduce is None:
                    raise PicklingError("can't pickle %r object: %r" % (t.__name__, obj))
                rv = reduce()
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError('fourth element of the tuple returned by __reduce__ must be an '
                                'iterator, not %s' % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError('fifth element of the tuple returned by __reduce__ must be an '
                                'iterator, not %s' % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError('sixth element of the tuple returned by __reduce__ must be a '
                                'function, not %s' % type(state_setter).__name__)
        name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if name == '__newobj_ex__':
            self._save_newobj_ex(args, obj)
        elif name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError('args[0] from __newobj__ args is not a type')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            entry = self.memo.get(id(obj))
            if entry is not None:
                # obj was pickled while pickling its own arguments: use that one.
                self._write(POP)
                self._memo_get(entry[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    def _save_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError('length of the NEWOBJ_EX argument tuple must be exactly 3, not %d'
                                % len(args))
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError('first item from NEWOBJ_EX argument tuple must be a class, not %s'
                                % type(cls).__name__)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError('first item from NEWOBJ_EX argument tuple must be %s, not %s'
                                % (obj.__class__.__name__, cls.__name__))
        if not isinstance(cls_args, tuple):
            raise PicklingError('second item from NEWOBJ_EX argument tuple must be a tuple, not %s'
                                % type(cls_args).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError('third item from NEWOBJ_EX argument tuple must be a dict, not %s'
                                % type(kwargs).__name__)
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
        else:
            from functools import partial
            self.save(partial(cls.__new__, cls, *cls_args, **kwargs))
            self.save(())
            self._write(REDUCE)

    # Scalars.
    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self._write(INT + repr(obj).encode('ascii') + b'\n')
            elif 0 <= obj <= 0xff:
                self._write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self._write(BININT2 + pack('<H', obj))
            else:
                self._write(BININT + pack('<i', obj))
        elif self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + pack('<i', len(data)) + data)
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            # Protocols 0-2 have no bytes opcode: _codecs.encode(latin-1 text) rebuilds it.
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(), (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write_large(SHORT_BINBYTES + bytes([n]), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._write_large(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if not self.bin:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self._write_large(SHORT_BINUNICODE + bytes([n]), data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', n), data)
            else:
                self._write_large(BINUNICODE + pack('<I', n), data)
        self.memoize(obj)

    # Containers.
    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            entry = self.memo.get(id(obj))
            if entry is not None:
                # The tuple is in its own items (through a mutable object): drop the copy.
                self._write(POP * n)
                self._memo_get(entry[0])
            else:
                self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._write(POP_MARK if self.bin else POP * (n + 1))
            self._memo_get(entry[0])
            return
        self._write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        if len(obj) == 1:
            self.save(obj[0])
            self._write(APPEND)
            return
        total = 0
        while True:
            self._write(MARK)
            batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self._write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for item in batch:
                    self.save(item)
                self._write(APPENDS)
            elif batch:
                self.save(batch[0])
                self._write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        size = len(obj)
        if size == 1:
            for key, value in obj.items():
                self.save(key)
                self.save(value)
            self._write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            self._write(MARK)
            batch = 0
            for key, value in items:
                self.save(key)
                self.save(value)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError('dictionary changed size during iteration')
            if batch != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        if not self.bin:
            for pair in items:
                key, value = self._pair(pair)
                self.save(key)
                self.save(value)
                self._write(SETITEM)
            return
        while True:
            batch = []
            for pair in items:
                batch.append(self._pair(pair))
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self._write(SETITEMS)
            elif batch:
                key, value = batch[0]
                self.save(key)
                self.save(value)
                self._write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    @staticmethod
    def _pair(pair):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError('dict items iterator must return 2-tuples')
        return pair

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        items = iter(obj)
        size = len(obj)
        if not size:
            return
        while True:
            self._write(MARK)
            batch = 0
            for item in items:
                self.save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError('set changed size during iteration')
            if batch != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._write(POP_MARK)
            self._memo_get(entry[0])
            return
        self._write(FROZENSET)
        self.memoize(obj)

    # Classes and functions go by name.
    def save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        path = name.split('.')
        parent = module
        try:
            found = module
            for part in path:
                parent = found
                found = getattr(found, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    self._write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self._write(EXT2 + pack('<H', code))
                else:
                    self._write(EXT4 + pack('<i', code))
                return
        lastname = path[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self._save_module_name(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _save_module_name(self, module_name):
        # CPython's module names (a module's __name__) are other objects than equal strings
        # elsewhere (a class named like its module: datetime.datetime), and tpy's equal
        # strings have one id(): module names get a memo entry of their own.
        if self._persistent_id is not None and self._persistent_id(module_name) is not None:
            self.save(module_name)
            return
        key = ('module name', module_name)
        entry = self.memo.get(key)
        if entry is not None:
            self._memo_get(entry[0])
            return
        data = module_name.encode('utf-8', 'surrogatepass')
        if len(data) <= 0xff:
            self._write(SHORT_BINUNICODE + bytes([len(data)]) + data)
        else:
            self._write(BINUNICODE + pack('<I', len(data)) + data)
        idx = len(self.memo)
        self._write(MEMOIZE)
        self.memo[key] = idx, module_name

    def _write_global(self, module_name, name):
        if self.proto >= 3:
            self._write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
            return
        if self.fix_imports:
            from _compat_pickle import REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING
            if (module_name, name) in REVERSE_NAME_MAPPING:
                module_name, name = REVERSE_NAME_MAPPING[(module_name, name)]
            elif module_name in REVERSE_IMPORT_MAPPING:
                module_name = REVERSE_IMPORT_MAPPING[module_name]
        try:
            module_bytes = module_name.encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle module identifier '%s' using pickle protocol %d"
                                % (module_name, self.proto)) from None
        try:
            name_bytes = name.encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s' using pickle protocol %d"
                                % (name, self.proto)) from None
        self._write(GLOBAL + module_bytes + b'\n' + name_bytes + b'\n')


def _codecs_encode():
    import _codecs
    return _codecs.encode


class _BytesSink:
    """Stands for the file of a Pickler made by dumps, whose output stays in memory."""


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    pickler = Pickler(_BytesSink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    pickler.dump(obj)
    return bytes(pickler._out)


# CPython keeps its Python pickler beside the C one under these names (tests and tools
# use them to run both); tpy has one implementation, so they are the same objects.
_Pickler, _Unpickler = Pickler, Unpickler
_dump, _dumps, _load, _loads = dump, dumps, load, loads


# CPython's pickler and unpickler are C (_pickle): tracebacks show none of these frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
