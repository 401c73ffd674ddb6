"""inspect: what kind of object something is, call signatures, source code, frames.

Written for tpy from the module's documentation and behaviour. Built-in functions, types and
methods have the signatures their __text_signature__ gives (CPython's, kept in a table).
Source code is found by line numbers and indentation.
"""

import sys
import types
import enum
import functools
import linecache
import os
from keyword import iskeyword as _iskeyword
from collections import namedtuple, OrderedDict

__all__ = [
    "ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator",
    "iscoroutinefunction", "iscoroutine", "isasyncgenfunction", "isasyncgen", "isawaitable",
    "istraceback", "isframe", "iscode", "isbuiltin", "ismethodwrapper", "isroutine", "isabstract",
    "ismethoddescriptor", "isdatadescriptor", "getmembers", "classify_class_attrs", "Attribute", "getmro", "getdoc", "cleandoc",
    "getfile", "getsourcefile", "getmodule", "getmodulename", "getsourcelines", "getsource", "signature",
    "Signature", "Parameter", "BoundArguments", "getfullargspec", "FullArgSpec",
    "currentframe", "stack", "getframeinfo", "getouterframes", "FrameInfo", "Traceback",
    "unwrap", "getgeneratorstate", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED",
    "getattr_static", "getcallargs", "formatannotation", "CO_GENERATOR", "CO_COROUTINE",
    "getcoroutinestate", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED",
    "getgeneratorlocals", "getcoroutinelocals", "get_annotations", "getclosurevars", "ClosureVars",
    "isgetsetdescriptor", "ismemberdescriptor",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------- what kind of object

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _is_functionlike(obj):
    """Whether obj carries a function's attributes (a code object, a name, defaults): an
    AsyncMock does, so that it passes for an async function."""
    if not callable(obj) or isclass(obj):
        return False
    defaults = getattr(obj, '__defaults__', ())
    kwdefaults = getattr(obj, '__kwdefaults__', {})
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _unwrap_partial(f):
    while isinstance(f, functools.partial):
        f = f.func
    return f


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    t = getattr(types, 'CoroutineType', None)
    return t is not None and isinstance(object, t)


def isasyncgen(object):
    t = getattr(types, 'AsyncGeneratorType', None)
    return t is not None and isinstance(object, t)


def isawaitable(object):
    return (iscoroutine(object) or hasattr(type(object), '__await__')
            or (isgenerator(object) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor (a C-level property, like type.__dict__['__name__'])."""
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    """Whether object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def _home_class(cls, name, value, class_bases, metamro):
    """The class (or metaclass) `value`, read as cls.<name>, comes from; None if not one of them."""
    home = getattr(value, '__objclass__', None)
    if home in class_bases:
        return home
    # Else the last base on the line whose attribute is this very object defined it.
    found = None
    for base in class_bases:
        if getattr(base, name, None) is value:
            found = base
    for meta in metamro:
        try:
            candidate = meta.__getattr__(cls, name)
        except AttributeError:
            continue
        if candidate is value:
            found = meta
    return found


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name in dir(cls); kind is
    'class method', 'static method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    names = dir(cls)
    # Names only a DynamicClassAttribute (enum's name and value) answers are in no dir().
    for base in mro:
        for key, value in base.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute) and value.fget is not None:
                names.append(key)
    result = []
    seen = set()
    for name in names:
        home = None
        got = None
        raw = None
        if name not in seen:
            try:
                if name == '__dict__':
                    raise AttributeError(name)
                got = getattr(cls, name)
            except Exception:
                pass
            else:
                home = _home_class(cls, name, got, class_bases, metamro)
        for base in all_bases:
            if name in base.__dict__:
                raw = base.__dict__[name]
                if home not in metamro:
                    home = base
                break
        if home is None:
            continue
        obj = got if got is not None else raw
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, obj = 'static method', raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = 'class method', raw
        elif isinstance(raw, property):
            kind, obj = 'property', raw
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, obj))
        seen.add(name)
    return result


def _getmembers(object, predicate, getter):
    """(name, value) pairs of the object's attributes, sorted by name, each read with getter;
    a name getter cannot read is looked up in the class's MRO dicts (CPython's _getmembers)."""
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # DynamicClassAttribute names on the bases, which dir() leaves out.
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    return _getmembers(object, predicate, getattr)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follows __wrapped__ (functools.wraps) to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a generator where it stands (empty once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine where it stands (empty once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function's code refers to, split by where they resolve now: its closure
    cells, its globals, the builtins, or nowhere (attribute names land there too)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class's, not its bases'); with eval_str,
    string annotations are evaluated in the namespaces obj was defined in."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap is not None:
        # The namespaces of the function a decorator or partial wraps.
        while True:
            if hasattr(unwrap, '__wrapped__'):
                unwrap = unwrap.__wrapped__
            elif isinstance(unwrap, functools.partial):
                unwrap = unwrap.func
            else:
                break
        if hasattr(unwrap, "__globals__"):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """An attribute found without running descriptors or __getattr__."""
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        klass = type(obj)
        for entry in klass.__mro__:
            if attr in entry.__dict__:
                found = entry.__dict__[attr]
                if isdatadescriptor(found) or attr not in instance_dict:
                    return found
                break
        if attr in instance_dict:
            return instance_dict[attr]
    else:
        for entry in obj.__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- documentation and source

def cleandoc(doc):
    """A docstring with its indentation removed (that of the first line, then the common one)."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The object's docstring, cleaned; a method's or property's from a base class when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _doc_from_bases(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _doc_from_bases(obj):
    name = getattr(obj, '__name__', None)
    if isinstance(obj, property) and isfunction(obj.fget):
        # A property is looked up under its getter's name in the bases of the getter's class.
        func = obj.fget
        name = func.__name__
        cls_name = func.__qualname__.rpartition('.')[0]
        cls = func.__globals__.get(cls_name) if cls_name and '.' not in cls_name else None
        if isinstance(cls, type):
            for base in cls.__mro__[1:]:
                attr = base.__dict__.get(name)
                doc = getattr(attr, '__doc__', None) if attr is not None else None
                if doc is not None:
                    return doc
        return None
    if isfunction(obj) or ismethod(obj):
        qualname = getattr(obj, '__qualname__', '')
        cls_name = qualname.rpartition('.')[0]
        func = obj.__func__ if ismethod(obj) else obj
        cls = func.__globals__.get(cls_name) if cls_name and '.' not in cls_name else None
        if ismethod(obj) and isclass(obj.__self__):
            cls = obj.__self__
        elif ismethod(obj):
            cls = type(obj.__self__)
        if isinstance(cls, type):
            for base in cls.__mro__[1:]:
                meth = base.__dict__.get(name)
                if meth is not None:
                    doc = getattr(meth, '__doc__', None)
                    if doc is not None:
                        return doc
    elif isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__doc__
            if doc is not None:
                return doc
    return None


def getfile(object):
    """The name of the file the object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if os.path.exists(filename):
        return filename
    return None


def getmodulename(path):
    """The module name a file name stands for ('a/b.py' -> 'b'), or None if it is not one."""
    import importlib.machinery
    fname = path.rpartition('/')[2]
    suffixes = sorted(importlib.machinery.all_suffixes(), key=len, reverse=True)
    for suffix in suffixes:
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getmodule(object, _filename=None):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        file = getfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == file:
            return module
    return None


def findsource(object):
    """All the lines of the object's file, and the index of its first line."""
    file = getsourcefile(object)
    if file is None:
        try:
            file = getfile(object)
        except TypeError:
            raise
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__
        name = qualname.rpartition('.')[2]
        candidates = []
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ') and stripped[6:].lstrip().startswith(name):
                rest = stripped[6:].lstrip()[len(name):]
                if rest[:1] in ('(', ':', ' '):
                    candidates.append(i)
        if not candidates:
            raise OSError('could not find class definition')
        # A nested class is indented; prefer the shallowest match for a top-level name.
        depth = qualname.count('.')
        best = candidates[0]
        for i in candidates:
            indent = len(lines[i]) - len(lines[i].lstrip())
            if (indent == 0) == (depth == 0):
                best = i
                break
        return lines, best
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        return lines, object.co_firstlineno - 1
    raise OSError('could not find code object')


def _block_end(lines, start):
    """The index after the block (decorators, def/class or lambda line, its body) that starts at `start`."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start
    n = len(lines)
    # Decorators and the header, up to the line that ends with ':' outside brackets.
    depth = 0
    header_done = False
    while i < n:
        line = lines[i]
        depth += _bracket_delta(line)
        stripped = line.strip()
        i += 1
        if depth <= 0 and not stripped.startswith('@') and stripped:
            if 'lambda' in stripped and not stripped.startswith(('def ', 'class ', 'async def ')):
                return i
            header_done = stripped.endswith(':') or ':' in stripped
            # A one-line body (def f(): return 1) ends the block here.
            if stripped.startswith(('def ', 'class ', 'async def ')) and not stripped.rstrip().endswith(':'):
                return i
            break
    if not header_done:
        return i
    last = i
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            this_indent = len(line) - len(line.lstrip())
            if this_indent <= indent and depth <= 0:
                break
            last = i + 1
        elif stripped.startswith('#'):
            this_indent = len(line) - len(line.lstrip())
            if this_indent <= indent and depth <= 0:
                break
        depth += _bracket_delta(line)
        i += 1
    return last


def _bracket_delta(line):
    delta = 0
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == '\\':
                i += 1
            elif line.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif c == '#':
            break
        elif c in '"\'':
            quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
            i += len(quote) - 1
        elif c in '([{':
            delta += 1
        elif c in ')]}':
            delta -= 1
        i += 1
    return delta


def getsourcelines(object):
    """The object's source lines and the number of its first line (0 for a module)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return lines[lnum:_block_end(lines, lnum)], lnum + 1


def getsource(object):
    """The object's source text."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    end = lnum - 1
    comments = []
    while end >= 0 and lines[end].lstrip().startswith('#'):
        comments.insert(0, lines[end].lstrip())
        end -= 1
    return ''.join(comments) if comments else None


# ---------------------------------------------------------------- frames

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class Traceback(_Traceback):
    """getframeinfo's record; `positions` (an attribute, not a field) is the dis.Positions
    of the instruction the frame or traceback stands at."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


class FrameInfo(_FrameInfo):
    """A frame of stack() or trace() with its getframeinfo record; `positions` as in Traceback."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


def _instruction_position(code, lasti):
    """(lineno, end_lineno, col_offset, end_col_offset) of the instruction at byte offset lasti."""
    if lasti < 0:
        return (None, None, None, None)
    for i, position in enumerate(code.co_positions()):
        if i == lasti // 2:
            return position
    return (None, None, None, None)


def currentframe():
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        position = _instruction_position(frame.tb_frame.f_code, frame.tb_lasti)
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        position = _instruction_position(frame.f_code, frame.f_lasti)
    # The instruction's own line wins; one without a line keeps the frame's.
    if position[0] is not None:
        lineno = position[0]
    else:
        position = (lineno,) + tuple(position[1:])
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    import dis
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=dis.Positions(*position))


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker: 'no value given'."""


class _ParameterKind(enum.IntEnum):
    # The values give the order parameters must come in.
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_WORDS[self]


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _ParameterKind

_KIND_WORDS = ('positional-only', 'positional or keyword', 'variadic positional',
               'keyword-only', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: classes by (qualified) name, the rest by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        home = annotation.__module__
        if home == 'builtins' or home == base_module:
            return annotation.__qualname__
        return '%s.%s' % (home, annotation.__qualname__)
    return repr(annotation)


def _parameter_kind(kind):
    try:
        return _ParameterKind(kind)
    except ValueError:
        raise ValueError('value %r is not a valid Parameter.kind' % (kind,))


def _parameter_name(name, kind):
    """The checked name and kind: '.0'-style names (a comprehension's implicit argument)
    become 'implicit0', a positional-only parameter."""
    if name is _empty:
        raise ValueError('name is a required attribute for Parameter')
    if not isinstance(name, str):
        raise TypeError('name must be a str, not a %s' % type(name).__name__)
    # (An empty name fails here with IndexError, as in CPython.)
    if name[0] == '.' and name[1:].isdigit():
        if kind != _POSITIONAL_OR_KEYWORD:
            raise ValueError('implicit arguments must be passed as positional or keyword '
                             'arguments, not %s' % kind.description)
        return 'implicit' + name[1:], _POSITIONAL_ONLY
    if not name.isidentifier() or _iskeyword(name):
        raise ValueError('%r is not a valid parameter name' % (name,))
    return name, kind


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation
    (Parameter.empty where there is none). Immutable: replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _parameter_kind(kind)
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values' % kind.description)
        self._name, self._kind = _parameter_name(name, kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        def pick(given, current):
            return current if given is _void else given
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8 spacing: 'x=1' but 'x: int = 1'.
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def _fields(self):
        return self._name, self._kind, self._annotation, self._default

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return self._fields() == other._fields()
        return NotImplemented


class BoundArguments:
    """What Signature.bind made of a call: `arguments`, a dict from parameter name to
    value, plus the args and kwargs that would make the same call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _call_parts(self):
        # Arguments go positionally up to the first keyword-only parameter or the
        # first one not bound (a gap cannot be passed positionally); all after by keyword.
        given = self.arguments
        positional, by_name = [], {}
        in_positional = True
        for name, param in self._signature.parameters.items():
            kind = param.kind
            if in_positional:
                if kind < _KEYWORD_ONLY and name in given:
                    if kind == _VAR_POSITIONAL:
                        positional.extend(given[name])
                    else:
                        positional.append(given[name])
                    continue
                in_positional = False
                if kind < _KEYWORD_ONLY:
                    continue
            if name in given:
                if kind == _VAR_KEYWORD:
                    by_name.update(given[name])
                else:
                    by_name[name] = given[name]
        return positional, by_name

    @property
    def args(self):
        return tuple(self._call_parts()[0])

    @property
    def kwargs(self):
        return self._call_parts()[1]

    def apply_defaults(self):
        """Give every unbound parameter its default (() for *args, {} for **kwargs),
        keeping the parameters' order."""
        given = self.arguments
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return self.signature == other.signature and self.arguments == other.arguments
        return NotImplemented

    def __repr__(self):
        shown = ', '.join(['%s=%r' % pair for pair in self.arguments.items()])
        return '<%s (%s)>' % (type(self).__name__, shown)


def _checked_parameters(parameters):
    """The parameters by name, refusing a list no def statement could produce."""
    by_name = OrderedDict()
    latest = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        kind = param.kind
        if kind < latest:
            raise ValueError('wrong parameter order: %s parameter before %s parameter'
                             % (latest.description, kind.description))
        if kind > latest:
            # A default carries over from positional-only to positional-or-keyword
            # parameters, (a=1, /, b) is refused (3.11.7; 3.11.2 checked one kind at a time).
            latest = kind
            if kind > _POSITIONAL_OR_KEYWORD:
                defaulted = False
        if kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if param.name in by_name:
            raise ValueError('duplicate parameter name: %r' % (param.name,))
        by_name[param.name] = param
    return by_name


class Signature:
    """A callable's parameters (an ordered, read-only mapping from name to Parameter)
    and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            by_name = OrderedDict()
        elif __validate_parameters__:
            by_name = _checked_parameters(parameters)
        else:
            by_name = OrderedDict([(param.name, param) for param in parameters])
        self._parameters = types.MappingProxyType(by_name)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable object."""
        annotations = {'globals': globals, 'locals': locals, 'eval_str': eval_str}
        return _callable_signature(obj, cls, follow_wrapped, True, annotations)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parts changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # Keyword-only parameters are compared regardless of their order.
        ordered, by_keyword = [], {}
        for param in self._parameters.values():
            if param.kind == _KEYWORD_ONLY:
                by_keyword[param.name] = param
            else:
                ordered.append(param)
        return tuple(ordered), by_keyword, self._return_annotation

    def __hash__(self):
        ordered, by_keyword, returns = self._identity()
        return hash((ordered, frozenset(by_keyword.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._identity() == other._identity()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        params = tuple(self._parameters.values())
        bound = {}
        # Positional arguments fill the parameters from the left...
        taken = 0
        for position, value in enumerate(args):
            if taken == len(params) or params[taken].kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments') from None
            param = params[taken]
            taken += 1
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[position:])
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError('multiple values for argument %r' % (param.name,)) from None
            bound[param.name] = value
        # ...keywords the rest; what no parameter takes goes to **kwargs.
        catch_all = None
        for param in params[taken:]:
            kind, name = param.kind, param.name
            if kind == _VAR_KEYWORD:
                catch_all = name
            elif kind == _VAR_POSITIONAL:
                continue
            elif name in kwargs:
                value = kwargs.pop(name)
                if kind == _POSITIONAL_ONLY:
                    raise TypeError('%r parameter is positional only, but was passed as a keyword'
                                    % (name,))
                bound[name] = value
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: %r' % (name,)) from None
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument %r' % (next(iter(kwargs)),))
            bound[catch_all] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments as a call would; a TypeError where the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but required arguments may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        params = list(self._parameters.values())
        pieces = [str(param) for param in params]
        kinds = [param.kind for param in params]
        # Markers are inserted from the right so the earlier positions stay valid:
        # '*' before the first keyword-only parameter unless *args is there already,
        # '/' after the last positional-only one.
        if _KEYWORD_ONLY in kinds and _VAR_POSITIONAL not in kinds:
            pieces.insert(kinds.index(_KEYWORD_ONLY), '*')
        if _POSITIONAL_ONLY in kinds:
            pieces.insert(len(kinds) - kinds[::-1].index(_POSITIONAL_ONLY), '/')
        text = '(%s)' % ', '.join(pieces)
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _function_signature(cls, func, annotations=None):
    """A Python function's signature, read from its code object and defaults."""
    code = func.__code__
    names = code.co_varnames
    n_positional, n_posonly, n_kwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    notes = get_annotations(func, **annotations) if annotations else (func.__annotations__ or {})
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_positional - len(defaults)

    def make(name, kind, default=_empty):
        return Parameter(name, kind, default=default, annotation=notes.get(name, _empty))

    params = []
    for i in range(n_positional):
        kind = _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(names[i], kind, default))
    # co_varnames holds the positional names, the keyword-only ones, then *args and **kwargs.
    star_slot = n_positional + n_kwonly
    if code.co_flags & CO_VARARGS:
        params.append(make(names[star_slot], _VAR_POSITIONAL))
        star_slot += 1
    for name in names[n_positional:n_positional + n_kwonly]:
        params.append(make(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[star_slot], _VAR_KEYWORD))
    return cls(params, return_annotation=notes.get('return', _empty),
               __validate_parameters__=False)


def _without_first(sig):
    """The signature once its first parameter is bound (as for a bound method)."""
    params = list(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        # *args absorbs the bound object and stays.
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial):
    """What remains of sig once a functools.partial has supplied its arguments."""
    try:
        given = sig.bind_partial(*partial.args, **partial.keywords).arguments
    except TypeError as ex:
        raise ValueError('partial object %r has incorrect arguments' % (partial,)) from ex
    by_keyword = partial.keywords
    remaining = []
    # Once a positional-or-keyword parameter is given by keyword, it and every later
    # parameter can only be passed by keyword.
    keywords_only = False
    for param in sig.parameters.values():
        name, kind = param.name, param.kind
        if name in given:
            if kind == _POSITIONAL_ONLY:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                if name not in by_keyword:
                    continue
                keywords_only = True
                param = param.replace(default=given[name])
            elif kind == _KEYWORD_ONLY:
                param = param.replace(default=given[name])
        if keywords_only:
            if kind == _VAR_POSITIONAL:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        remaining.append(param)
    return sig.replace(parameters=remaining)


def _python_level(cls, name):
    """The attribute `name` of the first class in cls's MRO that has it, when it is
    Python code (a function, method or partial), else None."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            found = klass.__dict__[name]
            if isinstance(found, (staticmethod, classmethod)):
                found = found.__func__
            if isfunction(found) or ismethod(found) or isinstance(found, functools.partial):
                return found
            return None
    return None


def _first_in_mro(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _callable_signature(obj, cls, follow_wrapped, drop_bound, annotations=None):
    """obj's signature; with drop_bound false a bound method or a class keeps the
    self parameter (as getfullargspec shows it). `annotations` are get_annotations()'s
    options for the functions' annotations (globals, locals, eval_str)."""
    def inner(target):
        return _callable_signature(target, cls, follow_wrapped, drop_bound, annotations)

    def bound(sig):
        return _without_first(sig) if drop_bound else sig

    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if isinstance(obj, types.MethodType):
        return bound(inner(obj.__func__))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return inner(obj)
    explicit = getattr(obj, '__signature__', None)
    if explicit is not None:
        if not isinstance(explicit, Signature):
            raise TypeError('unexpected object %r in __signature__ attribute' % (explicit,))
        return explicit
    if isfunction(obj):
        return _function_signature(cls, obj, annotations)
    if _is_native_callable(obj):
        return _builtin_signature(cls, obj, drop_bound)
    if isinstance(obj, functools.partial):
        return _partial_signature(inner(obj.func), obj)
    if isinstance(obj, type):
        return _class_signature(obj, cls, inner, bound)
    if not hasattr(type(obj), '__call__'):
        raise ValueError('no signature found for builtin %r' % (obj,))
    call = _python_level(type(obj), '__call__')
    if call is None:
        raise ValueError('callable %r is not supported by signature' % (obj,))
    return bound(inner(call))


def _class_signature(klass, cls, inner, bound):
    # Calling a class runs its metaclass's __call__ when one is written in Python,
    # else __new__ or __init__, whichever the MRO reaches first.
    if type(klass) is not type:
        meta_call = _python_level(type(klass), '__call__')
        if meta_call is None:
            # Any other callable a metaclass stores as __call__ (a class, say) speaks for the
            # call too, and may have no signature; C slot wrappers and builtins do not.
            found = _first_in_mro(type(klass), '__call__')
            if found is not None and not isinstance(found, (type(type.__call__), type(all.__call__),
                                                            type(dict.__dict__['fromkeys']), type(all))):
                meta_call = found
        if meta_call is not None:
            return bound(inner(meta_call))
    new = _python_level(klass, '__new__')
    init = _python_level(klass, '__init__')
    for base in klass.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return bound(inner(new))
        if init is not None and '__init__' in base.__dict__:
            return bound(inner(init))
    # A class built on a built-in one takes the first signature the built-ins in its MRO give.
    for base in klass.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if text:
            return _signature_from_text(cls, base, text, True)
    if type in klass.__mro__:
        # A metaclass with no __call__, __new__ or __init__ of its own.
        raise ValueError('callable %r is not supported by signature' % (klass,))
    if klass.__init__ is object.__init__ and klass.__new__ is object.__new__:
        return cls([])
    raise ValueError('no signature found for builtin type %r' % (klass,))


_NATIVE_CALLABLES = (types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
                     types.MethodWrapperType, types.ClassMethodDescriptorType)


def _is_native_callable(obj):
    return isinstance(obj, _NATIVE_CALLABLES) or obj is type or obj is object


def _builtin_signature(cls, obj, drop_bound):
    """A built-in's signature, from its __text_signature__ (Argument Clinic's text)."""
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError('no signature found for builtin %r' % (obj,))
    return _signature_from_text(cls, obj, text, drop_bound)


def _signature_from_text(cls, obj, text, drop_bound):
    """Parses a text signature such as '($self, /, sep=None, maxsplit=-1)'. '$' marks the
    parameter a bound built-in has already received (self, module or type); defaults may
    name module constants (sys.maxsize). A default that is no constant makes it invalid."""
    import ast
    has_self = text.startswith('($')
    source = '(' + text[2:] if has_self else text
    try:
        tree = ast.parse('def f%s: pass' % source)
    except SyntaxError:
        tree = None
    if tree is None or not isinstance(tree.body[0], ast.FunctionDef):
        raise ValueError('%r builtin has invalid signature' % (obj,))
    args = tree.body[0].args

    module = sys.modules.get(getattr(obj, '__module__', None) or '')
    namespaces = [module.__dict__ if module is not None else {}, dict(sys.modules)]

    def constant(node):
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, (ast.Name, ast.Attribute)):
            text = ast.unparse(node)
            for namespace in namespaces:
                try:
                    value = eval(text, namespace)
                except NameError:
                    continue
                if isinstance(value, (str, int, float, bytes, bool, type(None))):
                    return value
                break
            raise ValueError
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            value = constant(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.BitOr)):
            left, right = constant(node.left), constant(node.right)
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            return left | right
        return ast.literal_eval(node)

    def default_of(node):
        if node is None:
            return _empty
        try:
            return constant(node)
        except ValueError:
            raise ValueError('%r builtin has invalid signature' % (obj,)) from None

    params = []
    positional = [(a, _POSITIONAL_ONLY) for a in args.posonlyargs] + [(a, _POSITIONAL_OR_KEYWORD) for a in args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for (arg, kind), default in zip(positional, defaults):
        params.append(Parameter(arg.arg, kind, default=default_of(default)))
    if args.vararg is not None:
        params.append(Parameter(args.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        params.append(Parameter(arg.arg, _KEYWORD_ONLY, default=default_of(default)))
    if args.kwarg is not None:
        params.append(Parameter(args.kwarg.arg, _VAR_KEYWORD))
    if has_self and params:
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (ismodule(bound_to) or drop_bound):
            params.pop(0)
        else:
            # A built-in's self is positional-only.
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """A callable's parameters as a FullArgSpec (a bound method keeps its self)."""
    try:
        sig = _callable_signature(func, Signature, False, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    spec = {'args': [], 'varargs': None, 'varkw': None, 'defaults': (),
            'kwonlyargs': [], 'kwonlydefaults': {}, 'annotations': {}}
    if sig.return_annotation is not _empty:
        spec['annotations']['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name, kind, default = param.name, param.kind, param.default
        if kind <= _POSITIONAL_OR_KEYWORD:
            spec['args'].append(name)
            if default is not _empty:
                spec['defaults'] += (default,)
        elif kind == _VAR_POSITIONAL:
            spec['varargs'] = name
        elif kind == _KEYWORD_ONLY:
            spec['kwonlyargs'].append(name)
            if default is not _empty:
                spec['kwonlydefaults'][name] = default
        else:
            spec['varkw'] = name
        if param.annotation is not _empty:
            spec['annotations'][name] = param.annotation
    # Empty defaults are reported as None.
    spec['defaults'] = spec['defaults'] or None
    spec['kwonlydefaults'] = spec['kwonlydefaults'] or None
    return FullArgSpec(**spec)


def _name_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return '%s and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def getcallargs(func, /, *positional, **named):
    """The values a call func(*positional, **named) would give its parameters, by
    name, with the call's own errors (this predates Signature.bind)."""
    spec = getfullargspec(func)
    fname = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    names, star, starstar = spec.args, spec.varargs, spec.varkw
    defaults = spec.defaults or ()
    kwdefaults = spec.kwonlydefaults or {}
    values = dict(zip(names, positional))
    if star:
        values[star] = tuple(positional[len(names):])
    if starstar:
        values[starstar] = {}
    accepted = set(names) | set(spec.kwonlyargs)
    for key, value in named.items():
        if key not in accepted:
            if not starstar:
                raise TypeError('%s() got an unexpected keyword argument %r' % (fname, key))
            values[starstar][key] = value
        elif key in values:
            raise TypeError('%s() got multiple values for argument %r' % (fname, key))
        else:
            values[key] = value
    if len(positional) > len(names) and not star:
        least = len(names) - len(defaults)
        takes = ('from %d to %d' % (least, len(names)) if defaults else '%d' % len(names))
        takes += ' positional argument' + ('' if takes == '1' else 's')
        given = len(positional)
        keyword_given = sum(1 for key in spec.kwonlyargs if key in values)
        if keyword_given:
            shown = '%s (and %s) were' % (_plural(given, 'positional argument'),
                                          _plural(keyword_given, 'keyword-only argument'))
        else:
            shown = '%d %s' % (given, 'was' if given == 1 else 'were')
        raise TypeError('%s() takes %s but %s given' % (fname, takes, shown))
    required = names[:len(names) - len(defaults)]
    absent = [name for name in required if name not in values]
    if absent:
        raise TypeError('%s() missing %s: %s' % (
            fname, _plural(len(absent), 'required positional argument'), _name_list(absent)))
    for name, default in zip(names[len(required):], defaults):
        values.setdefault(name, default)
    absent = []
    for name in spec.kwonlyargs:
        if name not in values:
            if name in kwdefaults:
                values[name] = kwdefaults[name]
            else:
                absent.append(name)
    if absent:
        raise TypeError('%s() missing %s: %s' % (
            fname, _plural(len(absent), 'required keyword-only argument'), _name_list(absent)))
    return values


def _main():
    """ Logic for inspecting an object given at command line """
    # CPython's `python -m inspect` (tpy's modules have no __cached__: -d shows None there).
    import argparse
    import importlib

    parser = argparse.ArgumentParser()
    parser.add_argument(
        'object',
         help="The object to be analysed. "
              "It supports the 'module:qualname' syntax")
    parser.add_argument(
        '-d', '--details', action='store_true',
        help='Display info about the module rather than its source code')

    args = parser.parse_args()

    target = args.object
    mod_name, has_attrs, attrs = target.partition(":")
    try:
        obj = module = importlib.import_module(mod_name)
    except Exception as exc:
        msg = "Failed to import {} ({}: {})".format(mod_name,
                                                    type(exc).__name__,
                                                    exc)
        print(msg, file=sys.stderr)
        sys.exit(2)

    if has_attrs:
        parts = attrs.split(".")
        obj = module
        for part in parts:
            obj = getattr(obj, part)

    if module.__name__ in sys.builtin_module_names:
        print("Can't get info for builtin modules.", file=sys.stderr)
        sys.exit(1)

    if args.details:
        print('Target: {}'.format(target))
        print('Origin: {}'.format(getsourcefile(module)))
        print('Cached: {}'.format(getattr(module, '__cached__', None)))
        if obj is module:
            print('Loader: {}'.format(repr(module.__loader__)))
            if hasattr(module, '__path__'):
                print('Submodule search path: {}'.format(module.__path__))
        else:
            try:
                __, lineno = findsource(obj)
            except Exception:
                pass
            else:
                print('Line: {}'.format(lineno))

        print('\n')
    else:
        print(getsource(obj))


from _inspect_helpers import (Arguments, ArgInfo, getargs, getargvalues, formatargvalues,
                              formatannotationrelativeto, walktree, getclasstree,
                              getmembers_static, getabsfile, getlineno, indentsize)
__all__ += ["ArgInfo", "getargvalues", "formatargvalues", "getclasstree", "getmembers_static",
            "getabsfile", "getlineno", "indentsize", "getargs", "Arguments", "walktree",
            "formatannotationrelativeto", "findsource", "trace", "getinnerframes", "getcomments",
            "TPFLAGS_IS_ABSTRACT", "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS",
            "CO_NESTED", "CO_NOFREE", "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR"]


if __name__ == "__main__":
    _main()
