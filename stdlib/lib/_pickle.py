"""_pickle for tpy: pickle's exception types (CPython names their module _pickle) and the
Unpickler, which reads every protocol (0-5) CPython writes."""

import sys
from struct import unpack as _unpack
from copyreg import _extension_registry, _inverted_registry, _extension_cache

HIGHEST_PROTOCOL = 5


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


def _deep_getattr(obj, name):
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError(part)
        obj = getattr(obj, part)
    return obj


def _decode_raw_unicode_escape(data):
    """The raw-unicode-escape codec's decoder: \\uXXXX and \\UXXXXXXXX escapes in Latin-1 text."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"',
                   'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '\n': ''}


def _escape_decode(data):
    """Python 2 string-literal escapes (the STRING opcode's argument) to bytes."""
    text = data.decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == 'x':
            out.append(chr(int(text[i + 2:i + 4], 16)))
            i += 4
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8) & 0xff))
            i = j
        else:
            out.append(ch)
            i += 1
    return ''.join(out).encode('latin-1')


class Unpickler:
    """Reads a pickle from a binary file (read and readline methods)."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0
        self._data = b''
        self._pos = 0

    def _from_bytes(self, data):
        self._data = bytes(data)
        self._pos = 0
        self._file_read = None
        self._file_readline = None

    # Reading: a buffer (the whole input for loads, a frame for a file) then the file.
    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._data):
            self._pos = end
            return self._data[pos:end]
        chunk = self._data[pos:]
        self._data = b''
        self._pos = 0
        if self._file_read is not None:
            chunk += self._file_read(n - len(chunk))
        if len(chunk) < n:
            raise UnpicklingError('pickle data was truncated')
        return chunk

    def _readline(self):
        data = self._data
        # A scan, not bytes.find: lines are short, and find with a start is linear in
        # the whole input in tpy.
        i = self._pos
        n = len(data)
        while i < n and data[i] != 10:
            i += 1
        if i < n:
            line = data[self._pos:i + 1]
            self._pos = i + 1
            return line
        line = data[self._pos:]
        self._data = b''
        self._pos = 0
        if self._file_readline is not None:
            line += self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def load(self):
        """Read one pickled object and return it."""
        if '_data' not in self.__dict__:
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        dispatch = _dispatch
        try:
            while True:
                if self._pos < len(self._data):
                    key = self._data[self._pos]
                    self._pos += 1
                else:
                    try:
                        key = self._read(1)[0]
                    except UnpicklingError:
                        raise EOFError('Ran out of input') from None
                handler = dispatch.get(key)
                if handler is None:
                    if 0x20 <= key < 0x7f:
                        raise UnpicklingError("invalid load key, '%s'." % chr(key))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key)
                handler(self)
        except _Stop as stop:
            return stop.value

    # The stack: marks record stack depths; nothing below the last mark may be popped.
    def _underflow(self):
        raise UnpicklingError('unexpected MARK found' if self._marks else 'unpickling stack underflow')

    def _pop(self):
        fence = self._marks[-1] if self._marks else 0
        if len(self._stack) <= fence:
            self._underflow()
        return self._stack.pop()

    def _top(self):
        fence = self._marks[-1] if self._marks else 0
        if len(self._stack) <= fence:
            self._underflow()
        return self._stack[-1]

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError('could not find MARK')
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    def _push(self, value):
        self._stack.append(value)

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered,\n'
                              'but no persistent_load function was specified.')

    def find_class(self, module, name):
        """The global module.name, under its Python 3 name for protocols 0-2."""
        if self.proto < 3 and self.fix_imports:
            from _compat_pickle import NAME_MAPPING, IMPORT_MAPPING
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        __import__(module)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _deep_getattr(mod, name)
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def _decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    # The opcodes, in the order of pickletools' table.
    def load_int(self):
        line = self._readline()[:-1]
        if line == b'00':
            value = False
        elif line == b'01':
            value = True
        else:
            try:
                value = int(line, 0)
            except ValueError:
                try:
                    value = int(line)
                except ValueError:
                    raise ValueError('could not convert string to int') from None
        self._push(value)

    def load_binint(self):
        self._push(_unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self._push(self._read(1)[0])

    def load_binint2(self):
        self._push(_unpack('<H', self._read(2))[0])

    def load_long(self):
        line = self._readline()[:-1]
        if line.endswith(b'L'):
            line = line[:-1]
        self._push(int(line, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self._push(int.from_bytes(self._read(n), 'little', signed=True))

    def load_long4(self):
        n = _unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self._push(int.from_bytes(self._read(n), 'little', signed=True))

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self._push(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = _unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self._push(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        self._push(self._decode_string(self._read(self._read(1)[0])))

    def load_binbytes(self):
        self._push(self._read(_unpack('<I', self._read(4))[0]))

    def load_short_binbytes(self):
        self._push(self._read(self._read(1)[0]))

    def load_binbytes8(self):
        self._push(self._read(_unpack('<Q', self._read(8))[0]))

    def load_bytearray8(self):
        self._push(bytearray(self._read(_unpack('<Q', self._read(8))[0])))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None
        self._push(buf)

    def load_readonly_buffer(self):
        self._top()

    def load_unicode(self):
        self._push(_decode_raw_unicode_escape(self._readline()[:-1]))

    def load_binunicode(self):
        n = _unpack('<I', self._read(4))[0]
        self._push(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = _unpack('<Q', self._read(8))[0]
        self._push(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self._push(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_float(self):
        self._push(float(self._readline()[:-1]))

    def load_binfloat(self):
        self._push(_unpack('>d', self._read(8))[0])

    def load_none(self):
        self._push(None)

    def load_true(self):
        self._push(True)

    def load_false(self):
        self._push(False)

    def load_empty_list(self):
        self._push([])

    def load_append(self):
        value = self._pop()
        self._extend(self._top(), [value])

    def load_appends(self):
        items = self._pop_mark()
        self._extend(self._top(), items)

    def _extend(self, target, items):
        # As _pickle.c's do_append: an exact list is extended directly; anything else (a
        # list subclass too) through its extend(), or append() one by one without one.
        # APPEND goes the same way with one item.
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def load_list(self):
        self._push(self._pop_mark())

    def load_empty_tuple(self):
        self._push(())

    def load_tuple(self):
        self._push(tuple(self._pop_mark()))

    def load_tuple1(self):
        self._push((self._pop(),))

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self._push((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self._push((a, b, c))

    def load_empty_dict(self):
        self._push({})

    def load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError('odd number of items for DICT')
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError('odd number of items for SETITEMS')
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_empty_set(self):
        self._push(set())

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_frozenset(self):
        self._push(frozenset(self._pop_mark()))

    def load_pop(self):
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
        else:
            self._pop()

    def load_dup(self):
        self._push(self._top())

    def load_mark(self):
        self._marks.append(len(self._stack))

    def load_pop_mark(self):
        self._pop_mark()

    def load_get(self):
        self._get(int(self._readline()[:-1]))

    def load_binget(self):
        self._get(self._read(1)[0])

    def load_long_binget(self):
        self._get(_unpack('<I', self._read(4))[0])

    def _get(self, idx):
        try:
            self._push(self.memo[idx])
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None

    def load_put(self):
        idx = int(self._readline()[:-1])
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self._top()

    def load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def load_long_binput(self):
        idx = _unpack('<I', self._read(4))[0]
        self.memo[idx] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_ext1(self):
        self._extension(self._read(1)[0])

    def load_ext2(self):
        self._extension(_unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._extension(_unpack('<i', self._read(4))[0])

    def _extension(self, code):
        if code <= 0:
            raise UnpicklingError('EXT specifies code <= 0')
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self._push(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError('unregistered extension code %d' % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self._push(obj)

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._push(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self._push(self.find_class(module, name))

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self._stack[-1] = func(*args)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        has_slotstate = isinstance(state, tuple) and len(state) == 2
        if has_slotstate:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError('state is not a dictionary')
            if state:
                inst_dict = inst.__dict__
                for key, value in state.items():
                    inst_dict[key] = value
        if has_slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError('slot state is not a dictionary')
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            value = cls(*args)
        else:
            value = cls.__new__(cls)
        self._push(value)

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError('NEWOBJ expected an arg tuple.')
        self._push(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        self._push(cls.__new__(cls, *args, **kwargs))

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
        self._push(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self._push(self.persistent_load(pid))

    def load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def load_frame(self):
        # As CPython's C unpickler: check that the frame is all there, then read on
        # through it as through any other data.
        size = _unpack('<Q', self._read(8))[0]
        data = self._read(size)
        self._data = data + self._data[self._pos:]
        self._pos = 0

    def load_stop(self):
        raise _Stop(self._pop())


_dispatch = {}
for _code, _name in [
        ('(', 'mark'), ('.', 'stop'), ('0', 'pop'), ('1', 'pop_mark'), ('2', 'dup'),
        ('F', 'float'), ('I', 'int'), ('J', 'binint'), ('K', 'binint1'), ('L', 'long'),
        ('M', 'binint2'), ('N', 'none'), ('P', 'persid'), ('Q', 'binpersid'), ('R', 'reduce'),
        ('S', 'string'), ('T', 'binstring'), ('U', 'short_binstring'), ('V', 'unicode'),
        ('X', 'binunicode'), ('a', 'append'), ('b', 'build'), ('c', 'global'), ('d', 'dict'),
        ('}', 'empty_dict'), ('e', 'appends'), ('g', 'get'), ('h', 'binget'), ('i', 'inst'),
        ('j', 'long_binget'), ('l', 'list'), (']', 'empty_list'), ('o', 'obj'), ('p', 'put'),
        ('q', 'binput'), ('r', 'long_binput'), ('s', 'setitem'), ('t', 'tuple'),
        (')', 'empty_tuple'), ('u', 'setitems'), ('G', 'binfloat'),
        ('\x80', 'proto'), ('\x81', 'newobj'), ('\x82', 'ext1'), ('\x83', 'ext2'),
        ('\x84', 'ext4'), ('\x85', 'tuple1'), ('\x86', 'tuple2'), ('\x87', 'tuple3'),
        ('\x88', 'true'), ('\x89', 'false'), ('\x8a', 'long1'), ('\x8b', 'long4'),
        ('B', 'binbytes'), ('C', 'short_binbytes'),
        ('\x8c', 'short_binunicode'), ('\x8d', 'binunicode8'), ('\x8e', 'binbytes8'),
        ('\x8f', 'empty_set'), ('\x90', 'additems'), ('\x91', 'frozenset'), ('\x92', 'newobj_ex'),
        ('\x93', 'stack_global'), ('\x94', 'memoize'), ('\x95', 'frame'),
        ('\x96', 'bytearray8'), ('\x97', 'next_buffer'), ('\x98', 'readonly_buffer')]:
    _dispatch[ord(_code)] = getattr(Unpickler, 'load_' + _name)
del _code, _name


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


class _NoFile:
    read = readline = None


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    unpickler = Unpickler(_NoFile, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                          errors=errors)
    unpickler._from_bytes(data)
    return unpickler.load()


def __getattr__(name):
    # The pickler half lives in pickle.py (which imports this module): _pickle.Pickler,
    # dump and dumps are found there on first use, as CPython's _pickle has them.
    if name in ('Pickler', 'dump', 'dumps'):
        import pickle
        return getattr(pickle, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}', name=name, obj=sys.modules[__name__])


# CPython's pickler and unpickler are C (_pickle): tracebacks show none of these frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
