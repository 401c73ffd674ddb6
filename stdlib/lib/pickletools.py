'''Tools for reading pickles: the opcode table, genops() to walk a pickle's
opcodes, dis() to list them with their arguments and the memo and mark
bookkeeping, optimize() to drop unused memo puts (and re-frame).

Each opcode's doc here is one line (what dis(annotate=...) shows).
'''

import codecs
import io
import pickle
import re
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = (bytes, bytearray)

# Argument sizes that are not a fixed number of bytes
UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2    # a one-byte unsigned count first
TAKEN_FROM_ARGUMENT4 = -3    # a four-byte signed count first
TAKEN_FROM_ARGUMENT4U = -4   # a four-byte unsigned count first
TAKEN_FROM_ARGUMENT8U = -5   # an eight-byte unsigned count first


class ArgumentDescriptor(object):
    """How an opcode's argument is stored: name, size n (or one of the
    negative markers above), and reader(file) -> value."""

    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        assert isinstance(name, str)
        assert isinstance(n, int) and (n >= 0 or n in (
            UP_TO_NEWLINE, TAKEN_FROM_ARGUMENT1, TAKEN_FROM_ARGUMENT4,
            TAKEN_FROM_ARGUMENT4U, TAKEN_FROM_ARGUMENT8U))
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


def _exactly(f, n, what):
    data = f.read(n)
    if len(data) == n:
        return data
    raise ValueError("not enough data in stream to read " + what)


def read_uint1(f):
    return _exactly(f, 1, 'uint1')[0]


def read_uint2(f):
    return _unpack("<H", _exactly(f, 2, 'uint2'))[0]


def read_int4(f):
    return _unpack("<i", _exactly(f, 4, 'int4'))[0]


def read_uint4(f):
    return _unpack("<I", _exactly(f, 4, 'uint4'))[0]


def read_uint8(f):
    return _unpack("<Q", _exactly(f, 8, 'uint8'))[0]


def _line(f, what):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read " + what)
    return data[:-1]


def read_stringnl(f, decode=True, stripquotes=True):
    """A line (without its newline); quoted and escaped as repr() writes if
    stripquotes, decoded from escapes if decode."""
    data = _line(f, 'stringnl')
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = codecs.escape_decode(data)[0].decode("ascii")
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(f, n, what, check_negative=True):
    if check_negative and n < 0:
        raise ValueError("%s byte count < 0: %d" % (what, n))
    data = f.read(n)
    if len(data) == n:
        return data
    raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))


def read_string1(f):
    return _counted(f, read_uint1(f), 'string1').decode("latin-1")


def read_string4(f):
    return _counted(f, read_int4(f), 'string4').decode("latin-1")


def read_bytes1(f):
    return _counted(f, read_uint1(f), 'bytes1')


def read_bytes4(f):
    return _counted(f, read_uint4(f), 'bytes4')


def _count8(f, what):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("%s byte count > sys.maxsize: %d" % (what, n))
    return n


def read_bytes8(f):
    return _counted(f, _count8(f, 'bytes8'), 'bytes8')


def read_bytearray8(f):
    return bytearray(_counted(f, _count8(f, 'bytearray8'), 'bytearray8'))


def read_unicodestringnl(f):
    return str(_line(f, 'unicodestringnl'), 'raw-unicode-escape')


def read_unicodestring1(f):
    return str(_counted(f, read_uint1(f), 'unicodestring1'), 'utf-8', 'surrogatepass')


def read_unicodestring4(f):
    return str(_counted(f, read_uint4(f), 'unicodestring4'), 'utf-8', 'surrogatepass')


def read_unicodestring8(f):
    return str(_counted(f, _count8(f, 'unicodestring8'), 'unicodestring8'), 'utf-8', 'surrogatepass')


def read_decimalnl_short(f):
    """An int on a line; '00' and '01' are False and True (protocol 0's bools)."""
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    return int(s[:-1] if s[-1:] == b'L' else s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    data = f.read(8)
    if len(data) == 8:
        return _unpack(">d", data)[0]
    raise ValueError("not enough data in stream to read float8")


def read_long1(f):
    n = read_uint1(f)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long1")
    return pickle.decode_long(data)


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long4")
    return pickle.decode_long(data)


def _arg(name, n, reader, doc):
    return ArgumentDescriptor(name=name, n=n, reader=reader, doc=doc)


uint1 = _arg('uint1', 1, read_uint1, 'One-byte unsigned integer.')
uint2 = _arg('uint2', 2, read_uint2, 'Two-byte unsigned integer, little-endian.')
int4 = _arg('int4', 4, read_int4, "Four-byte signed integer, little-endian, 2's complement.")
uint4 = _arg('uint4', 4, read_uint4, 'Four-byte unsigned integer, little-endian.')
uint8 = _arg('uint8', 8, read_uint8, 'Eight-byte unsigned integer, little-endian.')
stringnl = _arg('stringnl', UP_TO_NEWLINE, read_stringnl, 'A quoted, escaped string on a line.')
stringnl_noescape = _arg('stringnl_noescape', UP_TO_NEWLINE, read_stringnl_noescape,
                         'A line of text, taken as it is.')
stringnl_noescape_pair = _arg('stringnl_noescape_pair', UP_TO_NEWLINE, read_stringnl_noescape_pair,
                              'Two lines of text, joined by a blank.')
string1 = _arg('string1', TAKEN_FROM_ARGUMENT1, read_string1, 'A counted (1 byte) string, latin-1.')
string4 = _arg('string4', TAKEN_FROM_ARGUMENT4, read_string4, 'A counted (4 bytes) string, latin-1.')
bytes1 = _arg('bytes1', TAKEN_FROM_ARGUMENT1, read_bytes1, 'Bytes counted by one byte.')
bytes4 = _arg('bytes4', TAKEN_FROM_ARGUMENT4U, read_bytes4, 'Bytes counted by four bytes.')
bytes8 = _arg('bytes8', TAKEN_FROM_ARGUMENT8U, read_bytes8, 'Bytes counted by eight bytes.')
bytearray8 = _arg('bytearray8', TAKEN_FROM_ARGUMENT8U, read_bytearray8, 'A bytearray counted by eight bytes.')
unicodestringnl = _arg('unicodestringnl', UP_TO_NEWLINE, read_unicodestringnl,
                       'A raw-unicode-escape line.')
unicodestring1 = _arg('unicodestring1', TAKEN_FROM_ARGUMENT1, read_unicodestring1, 'UTF-8 counted by one byte.')
unicodestring4 = _arg('unicodestring4', TAKEN_FROM_ARGUMENT4U, read_unicodestring4, 'UTF-8 counted by four bytes.')
unicodestring8 = _arg('unicodestring8', TAKEN_FROM_ARGUMENT8U, read_unicodestring8, 'UTF-8 counted by eight bytes.')
decimalnl_short = _arg('decimalnl_short', UP_TO_NEWLINE, read_decimalnl_short, 'A decimal int on a line.')
decimalnl_long = _arg('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
                      'A decimal int on a line, maybe ending in L.')
floatnl = _arg('floatnl', UP_TO_NEWLINE, read_floatnl, 'A float on a line, as repr() writes it.')
float8 = _arg('float8', 8, read_float8, 'An IEEE-754 double, big-endian.')
long1 = _arg('long1', TAKEN_FROM_ARGUMENT1, read_long1, "A 2's complement int counted by one byte.")
long4 = _arg('long4', TAKEN_FROM_ARGUMENT4, read_long4, "A 2's complement int counted by four bytes.")


class StackObject(object):
    """A kind of object on the unpickling stack: its name and Python type(s)."""

    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        assert isinstance(name, str)
        self.name = name
        assert isinstance(obtype, type) or isinstance(obtype, tuple)
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject('int', int, 'An int.')
pyinteger_or_bool = StackObject('int_or_bool', (int, bool), 'An int or a bool.')
pybool = StackObject('bool', bool, 'A bool.')
pyfloat = StackObject('float', float, 'A float.')
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str), 'Bytes or str.')
pybytes = StackObject('bytes', bytes, 'Bytes.')
pybytearray = StackObject('bytearray', bytearray, 'A bytearray.')
pyunicode = StackObject('str', str, 'A str.')
pynone = StackObject('None', type(None), 'None.')
pytuple = StackObject('tuple', tuple, 'A tuple.')
pylist = StackObject('list', list, 'A list.')
pydict = StackObject('dict', dict, 'A dict.')
pyset = StackObject('set', set, 'A set.')
pyfrozenset = StackObject('frozenset', set, 'A frozenset.')
pybuffer = StackObject('buffer', object, 'A buffer.')
anyobject = StackObject('any', object, 'Any object.')
markobject = StackObject('mark', StackObject, 'The mark: where a slice of the stack starts.')
stackslice = StackObject('stackslice', StackObject, 'The objects above the topmost mark.')


class OpcodeInfo(object):
    """One opcode: name, code (a 1-character str), argument descriptor (or
    None), the stack objects it takes and leaves, the protocol that brought it."""

    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        assert isinstance(name, str) and isinstance(code, str) and len(code) == 1
        assert arg is None or isinstance(arg, ArgumentDescriptor)
        assert 0 <= proto <= pickle.HIGHEST_PROTOCOL
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


_M, _S, _A = markobject, stackslice, anyobject

# (name, code, argument, stack before, stack after, protocol, what it does)
_TABLE = (
    ('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0, 'Push an integer or bool.'),
    ('BININT', 'J', int4, [], [pyint], 1, 'Push a four-byte signed integer.'),
    ('BININT1', 'K', uint1, [], [pyint], 1, 'Push a one-byte unsigned integer.'),
    ('BININT2', 'M', uint2, [], [pyint], 1, 'Push a two-byte unsigned integer.'),
    ('LONG', 'L', decimalnl_long, [], [pyint], 0, 'Push a long integer.'),
    ('LONG1', '\x8a', long1, [], [pyint], 2, 'Long integer using one-byte length.'),
    ('LONG4', '\x8b', long4, [], [pyint], 2, 'Long integer using found-byte length.'),
    ('STRING', 'S', stringnl, [], [pybytes_or_str], 0, 'Push a Python string object.'),
    ('BINSTRING', 'T', string4, [], [pybytes_or_str], 1, 'Push a Python string object.'),
    ('SHORT_BINSTRING', 'U', string1, [], [pybytes_or_str], 1, 'Push a Python string object.'),
    ('BINBYTES', 'B', bytes4, [], [pybytes], 3, 'Push a Python bytes object.'),
    ('SHORT_BINBYTES', 'C', bytes1, [], [pybytes], 3, 'Push a Python bytes object.'),
    ('BINBYTES8', '\x8e', bytes8, [], [pybytes], 4, 'Push a Python bytes object.'),
    ('BYTEARRAY8', '\x96', bytearray8, [], [pybytearray], 5, 'Push a Python bytearray object.'),
    ('NEXT_BUFFER', '\x97', None, [], [pybuffer], 5, 'Push an out-of-band buffer object.'),
    ('READONLY_BUFFER', '\x98', None, [pybuffer], [pybuffer], 5,
     'Make an out-of-band buffer object read-only.'),
    ('NONE', 'N', None, [], [pynone], 0, 'Push None on the stack.'),
    ('NEWTRUE', '\x88', None, [], [pybool], 2, 'Push True onto the stack.'),
    ('NEWFALSE', '\x89', None, [], [pybool], 2, 'Push False onto the stack.'),
    ('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0, 'Push a Python Unicode string object.'),
    ('SHORT_BINUNICODE', '\x8c', unicodestring1, [], [pyunicode], 4, 'Push a Python Unicode string object.'),
    ('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1, 'Push a Python Unicode string object.'),
    ('BINUNICODE8', '\x8d', unicodestring8, [], [pyunicode], 4, 'Push a Python Unicode string object.'),
    ('FLOAT', 'F', floatnl, [], [pyfloat], 0, 'Newline-terminated decimal float literal.'),
    ('BINFLOAT', 'G', float8, [], [pyfloat], 1, 'Float stored in binary form, with 8 bytes of data.'),
    ('EMPTY_LIST', ']', None, [], [pylist], 1, 'Push an empty list.'),
    ('APPEND', 'a', None, [pylist, _A], [pylist], 0, 'Append an object to a list.'),
    ('APPENDS', 'e', None, [pylist, _M, _S], [pylist], 1, 'Extend a list by a slice of stack objects.'),
    ('LIST', 'l', None, [_M, _S], [pylist], 0,
     'Build a list out of the topmost stack slice, after markobject.'),
    ('EMPTY_TUPLE', ')', None, [], [pytuple], 1, 'Push an empty tuple.'),
    ('TUPLE', 't', None, [_M, _S], [pytuple], 0,
     'Build a tuple out of the topmost stack slice, after markobject.'),
    ('TUPLE1', '\x85', None, [_A], [pytuple], 2, 'Build a one-tuple out of the topmost item on the stack.'),
    ('TUPLE2', '\x86', None, [_A, _A], [pytuple], 2,
     'Build a two-tuple out of the top two items on the stack.'),
    ('TUPLE3', '\x87', None, [_A, _A, _A], [pytuple], 2,
     'Build a three-tuple out of the top three items on the stack.'),
    ('EMPTY_DICT', '}', None, [], [pydict], 1, 'Push an empty dict.'),
    ('DICT', 'd', None, [_M, _S], [pydict], 0,
     'Build a dict out of the topmost stack slice, after markobject.'),
    ('SETITEM', 's', None, [pydict, _A, _A], [pydict], 0, 'Add a key+value pair to an existing dict.'),
    ('SETITEMS', 'u', None, [pydict, _M, _S], [pydict], 1,
     'Add an arbitrary number of key+value pairs to an existing dict.'),
    ('EMPTY_SET', '\x8f', None, [], [pyset], 4, 'Push an empty set.'),
    ('ADDITEMS', '\x90', None, [pyset, _M, _S], [pyset], 4,
     'Add an arbitrary number of items to an existing set.'),
    ('FROZENSET', '\x91', None, [_M, _S], [pyfrozenset], 4,
     'Build a frozenset out of the topmost slice, after markobject.'),
    ('POP', '0', None, [_A], [], 0, 'Discard the top stack item, shrinking the stack by one item.'),
    ('DUP', '2', None, [_A], [_A, _A], 0, 'Push the top stack item onto the stack again, duplicating it.'),
    ('MARK', '(', None, [], [_M], 0, 'Push markobject onto the stack.'),
    ('POP_MARK', '1', None, [_M, _S], [], 1,
     'Pop all the stack objects at and above the topmost markobject.'),
    ('GET', 'g', decimalnl_short, [], [_A], 0, 'Read an object from the memo and push it on the stack.'),
    ('BINGET', 'h', uint1, [], [_A], 1, 'Read an object from the memo and push it on the stack.'),
    ('LONG_BINGET', 'j', uint4, [], [_A], 1, 'Read an object from the memo and push it on the stack.'),
    ('PUT', 'p', decimalnl_short, [], [], 0, 'Store the stack top into the memo.  The stack is not popped.'),
    ('BINPUT', 'q', uint1, [], [], 1, 'Store the stack top into the memo.  The stack is not popped.'),
    ('LONG_BINPUT', 'r', uint4, [], [], 1, 'Store the stack top into the memo.  The stack is not popped.'),
    ('MEMOIZE', '\x94', None, [_A], [_A], 4, 'Store the stack top into the memo.  The stack is not popped.'),
    ('EXT1', '\x82', uint1, [], [_A], 2, 'Extension code.'),
    ('EXT2', '\x83', uint2, [], [_A], 2, 'Extension code.'),
    ('EXT4', '\x84', int4, [], [_A], 2, 'Extension code.'),
    ('GLOBAL', 'c', stringnl_noescape_pair, [], [_A], 0, 'Push a global object (module.attr) on the stack.'),
    ('STACK_GLOBAL', '\x93', None, [pyunicode, pyunicode], [_A], 4,
     'Push a global object (module.attr) on the stack.'),
    ('REDUCE', 'R', None, [_A, _A], [_A], 0, 'Push an object built from a callable and an argument tuple.'),
    ('BUILD', 'b', None, [_A, _A], [_A], 0, 'Finish building an object, via __setstate__ or dict update.'),
    ('INST', 'i', stringnl_noescape_pair, [_M, _S], [_A], 0, 'Build a class instance.'),
    ('OBJ', 'o', None, [_M, _A, _S], [_A], 1, 'Build a class instance.'),
    ('NEWOBJ', '\x81', None, [_A, _A], [_A], 2, 'Build an object instance.'),
    ('NEWOBJ_EX', '\x92', None, [_A, _A, _A], [_A], 4, 'Build an object instance.'),
    ('PROTO', '\x80', uint1, [], [], 2, 'Protocol version indicator.'),
    ('STOP', '.', None, [_A], [], 0, 'Stop the unpickling machine.'),
    ('FRAME', '\x95', uint8, [], [], 4, 'Indicate the beginning of a new frame.'),
    ('PERSID', 'P', stringnl_noescape, [], [_A], 0, 'Push an object identified by a persistent ID.'),
    ('BINPERSID', 'Q', None, [_A], [_A], 1, 'Push an object identified by a persistent ID.'),
)

opcodes = [OpcodeInfo(*row) for row in _TABLE]
del _TABLE, _M, _S, _A

code2op = {d.code: d for d in opcodes}


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    tell = getattr(data, 'tell', None)
    while True:
        pos = tell() if tell is not None else None
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, tell() if tell is not None else None
        else:
            yield opcode, arg, pos
        if code == b'.':
            break


def genops(pickle):
    """(opcode, arg, pos) for each opcode of a pickle (bytes or a binary file),
    up to its STOP; pos is None for a file without tell()."""
    return _genops(pickle)


class _Reframer:
    """Writes opcodes into frames of about pickle's target size (protocol 4+),
    as the pickler does; an opcode bigger than a frame goes out unframed."""

    def __init__(self, out, framing):
        self.out = out
        self.frame = io.BytesIO() if framing else None

    def commit(self, force=False):
        if self.frame is None:
            return
        size = self.frame.tell()
        if size >= pickle._FRAME_SIZE_TARGET or force:
            data = self.frame.getvalue()
            if len(data) >= 4:
                self.out.write(pickle.FRAME + _frame_size(data))
            self.out.write(data)
            self.frame = io.BytesIO()

    def write(self, data, frameless=False):
        self.commit(force=frameless)
        if frameless or self.frame is None:
            self.out.write(data)
        else:
            self.frame.write(data)

    def end(self):
        if self.frame is not None and self.frame.tell() > 0:
            self.commit(force=True)
        self.frame = None


def _frame_size(data):
    return len(data).to_bytes(8, 'little')


def _memo_put(idx, proto):
    if proto >= 4:
        return pickle.MEMOIZE
    if proto >= 1:
        return pickle.BINPUT + bytes([idx]) if idx < 256 else pickle.LONG_BINPUT + idx.to_bytes(4, 'little')
    return pickle.PUT + repr(idx).encode("ascii") + b'\n'


def _memo_get(idx, proto):
    if proto >= 1:
        return pickle.BINGET + bytes([idx]) if idx < 256 else pickle.LONG_BINGET + idx.to_bytes(4, 'little')
    return pickle.GET + repr(idx).encode("ascii") + b'\n'


def optimize(p):
    'Optimize a pickle string by removing unused PUT opcodes'
    stored = set()          # every memo index put
    used = {}               # memo indexes some GET reads -> their new index
    steps = []              # ('put', idx), ('get', idx) or (start, end) of an opcode kept as it is
    proto = 0
    header = b''
    for opcode, arg, pos, end in _genops(p, yield_end_pos=True):
        name = opcode.name
        if 'PUT' in name:
            stored.add(arg)
            steps.append(('put', arg))
        elif name == 'MEMOIZE':
            idx = len(stored)
            stored.add(idx)
            steps.append(('put', idx))
        elif 'FRAME' in name:
            pass                                    # frames are made again
        elif 'GET' in name:
            proto = max(proto, opcode.proto)
            used[arg] = None
            steps.append(('get', arg))
        elif name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                header = p[pos:end]
            else:
                steps.append((pos, end))
        else:
            steps.append((pos, end))
    out = io.BytesIO()
    out.write(header)
    frames = _Reframer(out, proto >= 4)
    renumbered = 0
    for kind, arg in steps:
        if kind == 'put':
            if arg not in used:
                continue
            frames.write(_memo_put(renumbered, proto))
            used[arg] = renumbered
            renumbered += 1
        elif kind == 'get':
            frames.write(_memo_get(used[arg], proto))
        else:
            data = p[kind:arg]
            frames.write(data, frameless=len(data) > pickle._FRAME_SIZE_TARGET)
    frames.end()
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print the opcodes of a pickle (bytes or a binary file), one per line with
    its position, code, name (indented by the marks open) and argument, then the
    highest protocol seen. Checks the stack and memo use on the way (ValueError).
    memo: a dict that carries memo entries across calls; annotate: a column at
    which each opcode's one-line description starts (0: none)."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    marks = []                  # positions of the MARKs still open
    indent = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indent * len(marks), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        npop = len(before)
        note = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            # the opcode takes everything above the topmost mark, and the mark
            if marks:
                markpos = marks.pop()
                note = "(MARK at unknown opcode offset)" if markpos is None else "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                npop = before.index(markobject) if markobject in before else 0
            else:
                errormsg = note = "no MARK exists on stack"
        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                key = len(memo)
                note = "(as %d)" % key
            else:
                key = arg
            if key in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[key] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None or note:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if note:
                line += ' ' + note
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)         # line the next descriptions up with this one
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < npop:
            raise ValueError("tries to pop %d items from stack with only %d items" % (npop, len(stack)))
        if npop:
            del stack[-npop:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)
    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _main(args=None):
    import argparse
    parser = argparse.ArgumentParser(description='disassemble one or more pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                        help='the pickle file')
    parser.add_argument('-o', '--output', default=sys.stdout, type=argparse.FileType('w'),
                        help='the file where the output should be written')
    parser.add_argument('-m', '--memo', action='store_true',
                        help='preserve memo between disassemblies')
    parser.add_argument('-l', '--indentlevel', default=4, type=int,
                        help='the number of blanks by which to indent a new MARK level')
    parser.add_argument('-a', '--annotate', action='store_true',
                        help='annotate each line with a short opcode description')
    parser.add_argument('-p', '--preamble', default="==> {name} <==",
                        help='if more than one pickle file is specified, print this before each disassembly')
    parser.add_argument('-t', '--test', action='store_true', help='run self-test suite')
    parser.add_argument('-v', action='store_true', help='run verbosely; only affects self-test run')
    ns = parser.parse_args(args)
    if ns.test:
        raise NotImplementedError("tpy's pickletools has no self-test suite (-t)")
    if not ns.pickle_file:
        parser.print_help()
        return
    annotate = 30 if ns.annotate else 0
    memo = {} if ns.memo else None
    if len(ns.pickle_file) == 1:
        dis(ns.pickle_file[0], ns.output, None, ns.indentlevel, annotate)
        return
    for f in ns.pickle_file:
        print(ns.preamble.format(name=f.name), file=ns.output)
        dis(f, ns.output, memo, ns.indentlevel, annotate)


if __name__ == "__main__":
    _main()
