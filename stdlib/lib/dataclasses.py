"""dataclasses for tpy: @dataclass generating __init__, __repr__, __eq__, ordering,
__hash__ and frozen-ness from class annotations, plus field(), fields(), asdict(),
astuple(), replace(), is_dataclass() and make_dataclass(), as in CPython 3.11.

__init__ is compiled from source so its signature names the fields and its
errors read like CPython's ("P.__init__() missing 1 required positional argument: 'y'").
"""

import copy as _copy
import sys as _sys
from types import MemberDescriptorType as _MemberDescriptorType
from reprlib import recursive_repr as _recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


_MISSING_TYPE.__module__ = 'dataclasses'
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """An init-only pseudo-field: passed to __init__ and __post_init__, never stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            return 'dataclasses.InitVar[%s]' % self.type.__name__
        return 'dataclasses.InitVar[%r]' % (self.type,)

    def __class_getitem__(cls, type):
        return InitVar(type)


_mappingproxy = type(type.__dict__)
_EMPTY_METADATA = _mappingproxy({})


class Field:
    """One field of a dataclass, as field() describes it."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        # A read-only view of the caller's mapping (not a copy), as CPython's.
        self.metadata = _EMPTY_METADATA if metadata is None else _mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr()
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,'
                'compare=%r,metadata=%s,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, repr(self.metadata), self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: its default (or default_factory) and what it takes part in."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar_object(annotation, typing):
    return annotation is typing.ClassVar or (
        type(annotation) is typing._GenericAlias and annotation.__origin__ is typing.ClassVar)


def _is_initvar_object(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _string_names(annotation, cls, module, test):
    """Whether a string annotation ("ClassVar[int]", "typing.ClassVar") names what `test`
    accepts: its leading name is looked up in the class's module, or, after a prefix that
    the class's module binds to `module`, in that module. (Only the module is searched, so
    an alias made in the class body is not seen: CPython's rule, which does not eval.)"""
    import re
    m = re.match(r'(?:\s*(\w+)\s*\.)?\s*(\w+)', annotation)
    if m is None:
        return False
    prefix, name = m.groups()
    home = _sys.modules.get(cls.__module__)
    if home is None:
        return False
    if prefix:
        if vars(home).get(prefix) is not module:
            return False
        home = module
    return test(vars(home).get(name), module)


def _is_classvar(annotation, cls):
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    if isinstance(annotation, str):
        return _string_names(annotation, cls, typing, _is_classvar_object)
    return _is_classvar_object(annotation, typing)


def _is_initvar(annotation, cls):
    dataclasses = _sys.modules[__name__]
    if isinstance(annotation, str):
        return _string_names(annotation, cls, dataclasses, _is_initvar_object)
    return _is_initvar_object(annotation, dataclasses)


def _get_field(cls, name, annotation, default_kw_only):
    # Read as an attribute, as CPython does: a descriptor's __get__(None, cls) gives the
    # default, and a base class's attribute counts too; a __slots__ member is no default.
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, cls):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


class _DataclassParams:
    """The arguments @dataclass was given, kept on the class as __dataclass_params__."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return '_DataclassParams(%s)' % ','.join('%s=%r' % (name, getattr(self, name)) for name in self.__slots__)


def _compile(cls, name, args, body, namespace):
    # As CPython's _create_fn: the method is made inside a helper function whose parameters are
    # the names in `namespace` (so the method sees them as free variables), executed in the
    # class's module globals (so inspect.get_annotations(eval_str=True) and get_type_hints
    # resolve names there). The helper's def is line 1 of "<string>" and the method's line 2,
    # so a traceback shows the body from line 3, as CPython's does.
    module = _sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    params = ', '.join(namespace)
    src = 'def __create_fn__(%s):\n def %s(%s):\n%s\n return %s' % (
        params, name, ', '.join(args), '\n'.join('  ' + line for line in body or ['pass']), name)
    ns = {}
    exec(src, globals, ns)
    fn = ns['__create_fn__'](**namespace)
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return fn


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument' % f.name)
    namespace = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    # A field may be named self: then the instance takes another name, as in CPython.
    self_name = '__dataclass_self__' if 'self' in [f.name for f in all_fields] else 'self'
    args = [self_name]

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return '%s=_HAS_DEFAULT_FACTORY' % f.name
        namespace['_dflt_' + f.name] = f.default
        return '%s=_dflt_%s' % (f.name, f.name)

    for f in std_fields:
        if f.init:
            args.append(param(f))
    if kw_only_fields:
        args.append('*')
        for f in kw_only_fields:
            if f.init:
                args.append(param(f))
    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace['_factory_' + f.name] = f.default_factory
            if f.init:
                value = '_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (f.name, f.name, f.name)
            else:
                value = '_factory_%s()' % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING and slots:
            # Without slots the class attribute holds an init=False field's default; with
            # slots there is none, so __init__ stores it.
            namespace['_dflt_' + f.name] = f.default
            value = '_dflt_%s' % f.name
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s, %r, %s)' % (self_name, f.name, value))
        else:
            body.append('%s.%s = %s' % (self_name, f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.__post_init__(%s)' % (self_name, initvars))
    fn = _compile(cls, '__init__', args, body, namespace)
    # CPython annotates each parameter with its field's type and the return with None, which
    # inspect.signature(cls) shows.
    annotations = {f.name: f.type for f in std_fields if f.init}
    annotations.update((f.name, f.type) for f in kw_only_fields if f.init)
    annotations['return'] = None
    fn.__annotations__ = annotations
    return fn


_repr_running = set()


def _method_of(cls, fn):
    # Named as a method of cls and of cls's module, as CPython's generated methods are.
    fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
    fn.__module__ = cls.__module__
    return fn


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        key = (id(self), id(type(self)))
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (name, getattr(self, name)) for name in names]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))

    # pprint lays out field by field only the instances that print with this repr.
    __repr__._written_by_dataclass = True
    return _method_of(cls, __repr__)


def _tuple_text(obj, names):
    # The fields as a tuple display: "(self.a,self.b,)", or "()".
    return '(' + ''.join('%s.%s,' % (obj, name) for name in names) + ')'


def _make_cmp(cls, names, op_name, op):
    # Compiled from source as CPython makes it: one tuple comparison per call (no helper
    # calls, so sorting stays fast), and a failing comparison's frame reads
    # File "<string>", line 4, in __lt__.
    body = ['if other.__class__ is self.__class__:',
            '    return %s%s%s' % (_tuple_text('self', names), op, _tuple_text('other', names)),
            'return NotImplemented']
    return _compile(cls, op_name, ['self', 'other'], body, {})


def _make_hash(cls, names):
    return _compile(cls, '__hash__', ['self'], ['return hash(%s)' % _tuple_text('self', names)], {})


def _frozen_method(cls, fields, name, args, verb, forward):
    # Compiled from source like __init__, so a traceback shows the frame CPython's does:
    # File "<string>", line 4, in __setattr__ (no source line). The class and the field
    # names are fixed when the method is made, as in CPython.
    names = '(' + ','.join(repr(f.name) for f in fields) + ',)' if fields else '()'
    body = ['if type(self) is __dataclass_cls__ or name in %s:' % names,
            '    raise FrozenInstanceError(f"cannot %s field {name!r}")' % verb,
            'super(__dataclass_cls__, self).%s(%s)' % (name, forward)]
    return _compile(cls, name, args, body, {'FrozenInstanceError': FrozenInstanceError, '__dataclass_cls__': cls})


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _annotation_text(annotation):
    # As inspect.formatannotation: classes by (qualified) name, typing objects without 'typing.'.
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(std_fields, kw_fields):
    """The text of __init__'s signature without self, as inspect.signature prints it."""
    def one(f):
        text = '%s: %s' % (f.name, _annotation_text(f.type))
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + ' = %r' % (f.default,)
        return text
    parts = [one(f) for f in std_fields if f.init]
    kw = [one(f) for f in kw_fields if f.init]
    if kw:
        parts.append('*')
        parts.extend(kw)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot=False):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_marker = None
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if kw_only_marker is not None:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_marker = name
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    cls.__dataclass_fields__ = fields

    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type is not _FIELD_CLASSVAR]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if init:
        _set_new_attribute(cls, '__init__', _init_fn(cls, init_fields, std_fields, kw_fields, frozen,
                                                     hasattr(cls, '__post_init__'), slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in real_fields if f.repr]))
    compare_names = [f.name for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_cmp(cls, compare_names, '__eq__', '=='))
    if order:
        for op_name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, op_name, _make_cmp(cls, compare_names, op_name, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (op_name, cls.__name__))
    if frozen:
        frozen_fields = [f for f in all_fields if f._field_type is _FIELD]
        for name, fn in (('__setattr__', _frozen_method(cls, frozen_fields, '__setattr__', ['self', 'name', 'value'], 'assign to', 'name, value')),
                         ('__delattr__', _frozen_method(cls, frozen_fields, '__delattr__', ['self', 'name'], 'delete', 'name'))):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hash_fields = [f.name for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif not has_explicit_hash:
        if eq and frozen:
            cls.__hash__ = _make_hash(cls, hash_fields)
        elif eq:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        if type(cls).__call__ is type.__call__ and cls.__new__ is object.__new__:
            text = _signature_text(std_fields, kw_fields)
        else:
            # A metaclass __call__ or a __new__ decides the signature: ask inspect, as CPython
            # does (no signature at all gives just the name).
            import inspect
            try:
                text = str(inspect.signature(cls)).replace(' -> None', '')
            except (TypeError, ValueError):
                text = ''
        cls.__doc__ = cls.__name__ + text
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields if f.init))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    # Methods added here may implement abstract ones (order=True and an ABC's __lt__).
    import abc
    abc.update_abstractmethods(cls)
    return cls


def _class_slots(cls):
    """The slot names a class itself declares."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # A frozen class's own __setattr__ refuses.
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """The class made again with __slots__ for its fields (slots=True): slots need a new class."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_class_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        # Defaults live in __init__; a class attribute would clash with the slot.
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class from its annotated fields."""
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), ClassVar and InitVar ones left out."""
    try:
        fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Creates a dataclass from (name), (name, type) or (name, type, Field) items."""
    import keyword
    import types
    namespace = {} if namespace is None else namespace
    annotations = {}
    specs = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, specs[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp

    def fill(ns):
        # The Field specs win over the namespace's values of the same names.
        ns.update(namespace)
        ns.update(specs)
        ns['__annotations__'] = annotations

    # types.new_class resolves generic bases (Generic[T]); the class's module is types, as in CPython.
    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
