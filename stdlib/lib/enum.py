"""enum for tpy: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with
CPython 3.11's reprs (<Color.RED: 1>), lookups and messages.

Members are made by the EnumType metaclass from the class body: every name that
is not a dunder, a _sunder_ name or a descriptor (function, property...) becomes
an instance of the class, with aliases for repeated values.
"""

import sys as _sys
from types import DynamicClassAttribute, MappingProxyType

_builtin_property = property

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']


class _AutoNull:
    """The value of an auto() not yet given one (its repr shows in repr(auto()))."""

    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """A placeholder value: the enum's _generate_next_value_ picks the real one."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_nested_class(cls_name, value):
    """Whether value is a class written in the body of enum cls_name (its qualname ends so)."""
    if not isinstance(value, type):
        return False
    own = '%s.%s' % (cls_name, getattr(value, '__name__', ''))
    qualname = getattr(value, '__qualname__', '')
    return qualname == own or qualname.endswith('.' + own)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _iter_bits_lsb(num):
    """The bits set in a non-negative int (or an enum member's value), lowest first."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def _flag_bits(num, width):
    """num in two's complement over width bits, after its sign bit: '0b0 0101', '0b1 0111'."""
    digits = format(num & (2 ** width - 1), 'b').rjust(width, '0')
    return '0b%d %s' % (num < 0, digits)


def _is_descriptor(obj):
    # Asked of the object itself, as CPython does: a class defining __get__ counts too.
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


# True while this module makes its own enums, whose bodies set internal _sunder_ names.
_defining_module = True

_ALLOWED_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                              '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'])


class property(DynamicClassAttribute):
    """enum's property (Enum.name and Enum.value are ones): on a member it reads through
    fget; on the class it is the member of the same name when there is one (a member may be
    called 'name' or 'value'), else AttributeError, which EnumType.__getattr__ turns into a
    member lookup. Members cannot be written through it."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


def _member_attribute(cls, name, member):
    """What the class attribute `name` of enum `cls` is for `member`: the member itself, or,
    when a base defines a property of that name (a member called 'value'), an enum property
    that gives the member on the class and still reads the base's property on members."""
    for base in cls.__mro__[1:]:
        found = base.__dict__.get(name)
        if isinstance(found, (DynamicClassAttribute, _builtin_property)):
            redirect = property(found.fget, found.fset, found.fdel, found.__doc__)
            redirect.member = member
            redirect.__set_name__(cls, name)
            return redirect
    return member


class member:
    """Forces the wrapped value to become a member (a function, for instance)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the wrapped value out of the members: it stays a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _autos_in(value):
    """The auto() objects a member's value is made of: itself, or those in its tuple."""
    if isinstance(value, auto):
        return [value]
    if isinstance(value, tuple):
        return [v for v in value if isinstance(v, auto)]
    return []


def _without_autos(value):
    """The value with each auto() replaced by the value it was given."""
    if isinstance(value, auto):
        return value.value
    if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
        return tuple(v.value if isinstance(v, auto) else v for v in value)
    return value


class _EnumDict(dict):
    """The namespace an enum's class body runs in (EnumType.__prepare__).

    It decides, as each name is stored, whether it is a member, so that a name given twice
    (`GREEN = 2` then `GREEN = 3`, or a member and a method of one name) is refused at the
    line that repeats it, and auto() gets its value in definition order.
    """

    def __init__(self, cls_name=None, generate=None):
        # (No arguments needed: a metaclass may make an empty one, `type(classdict)()`, and
        # fill in _cls_name itself, as with CPython's.)
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = {}   # an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_nested_class(self._cls_name, value):
            # 3.11 still makes it a member (below), warning of 3.13's change.
            import warnings
            warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                          'Use the `member` decorator to keep the current behavior.',
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS and not _defining_module:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            # auto() values are generated here, in the frame the class body calls, so that
            # a warning from _generate_next_value_ (stacklevel=3) names the body's line.
            autos = _autos_in(value)
            for pending in autos:
                if pending.value is _auto_null:
                    pending.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                # Inside a tuple, each auto() value counts as a value of its own.
                if pending is not value:
                    self._last_values.append(pending.value)
            if not autos or autos[0] is value:
                self._last_values.append(_without_autos(value))
            value = _without_autos(value)
            self._member_names[key] = None
        super().__setitem__(key, value)


    def update(self, members=(), /, **more_members):
        # `vars().update(...)` in a class body: each name goes through __setitem__'s checks.
        if hasattr(members, 'keys'):
            members = [(name, members[name]) for name in members.keys()]
        for name, value in members:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """The metaclass of enums: builds the members and makes the class iterable and indexable."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        generate = getattr(first_enum, '_generate_next_value_', None)
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if not isinstance(classdict, _EnumDict):
            # type.__new__(EnumType, ...) called by hand: sort the names as a class body would.
            namespace = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                namespace[key] = value
            classdict = namespace
        ignore = classdict._ignore
        # (A member deleted in the body is a KeyError here, as in CPython.)
        members = [(key, classdict[key]) for key in classdict._member_names]
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_' or key == '_order_' or key in classdict._member_names:
                continue
            body[key] = value
        invalid = set(classdict._member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (','.join(repr(n) for n in invalid),))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        enum_class._member_type_ = member_type
        # A __new__ written in an enum's body makes the members; the class itself then gets
        # Enum.__new__, which looks members up by value.
        # It is kept as __new_member__ (as CPython keeps it) for subclasses to find.
        new_member = classdict.get('__new__') if first_enum is not None else None
        if new_member is None:
            for base in bases:
                candidate = getattr(base, '__new_member__', None)
                if candidate is not None:
                    new_member = candidate
                    break
        elif isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is not None:
            type.__setattr__(enum_class, '__new_member__', new_member)
        if first_enum is not None:
            # The data type's repr/str/format (int.__repr__...) come before Enum's in the MRO
            # of IntEnum-like classes: put the enum's own back unless the body defines one.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(object, name) or found is getattr(member_type, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
            # With ReprEnum among the direct bases (IntFlag's are int, ReprEnum, Flag), str()
            # and format() are the data type's even when another enum base comes last.
            # They are the data type's own methods, called on the member (CPython sets them so):
            # int.__format__(member, '') is str(member), so a __str__ a subclass defines shows.
            if ReprEnum is not None and ReprEnum in bases:
                if member_type is object:
                    raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                    ' int, str, float, etc.)')
                if '__format__' not in classdict:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
                if '__str__' not in classdict:
                    method = member_type.__str__
                    if method is object.__str__:
                        # object.__str__ would use the enum's __repr__: the data type's repr instead.
                        method = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', method)
        # `class F(int, Flag)`: the data type's | & ^ ~ come first in the MRO; the members'
        # must stay the flag's (they give members), unless the body defines its own.
        flag = globals().get('Flag')
        if flag is not None and member_type is not object and issubclass(enum_class, flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict and getattr(enum_class, name) is getattr(member_type, name, None):
                    type.__setattr__(enum_class, name, getattr(flag, name))
        # A data type that makes its instances with object.__new__ (a dataclass) gets no
        # arguments there: the member is a bare object, given its value and its __init__.
        use_args = member_type is not object and member_type.__new__ is not object.__new__
        # What makes the members, and whether it is given the value: CPython's class attributes.
        type.__setattr__(enum_class, '_new_member_', new_member if new_member is not None
                         else member_type.__new__ if use_args else object.__new__)
        type.__setattr__(enum_class, '_use_args_', use_args or new_member is not None)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value, new_member, use_args)
        if boundary is not None:
            enum_class._boundary_ = boundary
        order = classdict.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            # Aliases are left out of the comparison (and, for a flag, members of several bits).
            defined = [name for name in enum_class._member_names_
                       if Flag is None or not issubclass(enum_class, Flag)
                       or _is_single_bit(enum_class._member_map_[name]._value_)]
            if first_enum is not None and Flag is not None and issubclass(enum_class, Flag):
                order = [name for name in order
                         if name not in enum_class._member_map_ or name in defined]
            if order != defined:
                raise TypeError('member order does not match _order_:\n  %r\n  %r' % (defined, order))
        if first_enum is not None and Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._singles_mask_ = 0
            for m in enum_class._member_map_.values():
                if _is_single_bit(m._value_):
                    enum_class._singles_mask_ |= m._value_
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1
            # A flag class lists (and iterates over) its one-bit members only: members of
            # several bits, or of none, are reachable by name and value like aliases.
            enum_class._member_names_ = [
                name for name in enum_class._member_names_
                if _is_single_bit(enum_class._member_map_[name]._value_)]
        if first_enum is not None:
            # Last, as CPython: the members exist, and the class dict lists __new__ after them.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    def _add_member_(cls, name, value, new_member, use_args):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if new_member is not None:
            member = new_member(cls, *args)
        elif use_args:
            member = cls._member_type_.__new__(cls, *args)
        else:
            member = object.__new__(cls)
        if not hasattr(member, '_value_'):
            if cls._member_type_ is object:
                member._value_ = value
            else:
                try:
                    member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    # A custom __new__ that does not set _value_, with arguments the data
                    # type does not take.
                    error = TypeError('_value_ not set in __new__, unable to create it')
                    error.__cause__ = exc
                    raise error
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        init = _find_init(cls)
        if init is not None:
            init(member, *args)
        member._sort_order_ = len(cls._member_names_)
        # A repeated value makes an alias of the first member that has it.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            member = canonical
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, _member_attribute(cls, name, member))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        # No base (nor a base's base) may be an enum with members, wherever it stands.
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType) and klass._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, klass))
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        first_enum = last
        # The data type: along each base's MRO, the first class that makes its instances
        # (defines __new__) or is a dataclass, or an enum's own data type; a plain class met
        # before it (a mixin of methods over str) stands for it. A class with only __init__
        # is no data type: its __init__ still runs on each member.
        data_types = []
        for base in bases:
            candidate = None
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_type_ is not object:
                        found = klass._member_type_
                        break
                elif '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
                    found = candidate or klass
                    break
                else:
                    candidate = candidate or klass
            else:
                continue
            if found not in data_types:
                data_types.append(found)
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
        member_type = data_types[0] if data_types else object
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        # The namespace a class body would have, so that a name given twice is refused.
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                classdict[name] = value
        elif hasattr(names, 'items'):
            for name, value in names.items():
                classdict[name] = value
        else:
            for name, value in names:
                classdict[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Makes an enum of this type from the constants of a module (or of `source`) whose
        names pass `filter`, puts its members in that module's namespace (as global_enum
        does when as_global) and the enum under `name` there. The standard library's
        signal, socket and ssl make their enums so."""
        module_globals = _sys.modules[module].__dict__
        namespace = vars(source) if source else module_globals
        found = [(key, value) for key, value in namespace.items() if filter(key)]
        try:
            # By value, then name; by name alone when the values do not compare.
            found.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            found.sort(key=lambda pair: pair[0])
        body = dict(found)
        body['__module__'] = module
        enum_class = _simple_enum(cls, boundary=boundary or KEEP)(type(name, (object,), body))
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    def __contains__(cls, member):
        """
        Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        # (help() shows the doc strings of these methods: they are CPython's words.)
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls.__dict__.get('_new_member_', object.__new__) is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # As CPython 3.11's EnumType.__getattr__: a name that is neither an attribute nor a
        # member is an AttributeError carrying just the name.
        if name[:2] == name[-2:] == '__' and name[2:3] != '_' and name[-3:-2] != '_' and len(name) > 4:
            raise AttributeError(name)
        # (Through __dict__: while the class is being made it has no _member_map_ yet.)
        try:
            return cls.__dict__.get('_member_map_', {})[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """
        Return the member matching `name`.
        """
        return cls._member_map_[name]

    def __iter__(cls):
        """
        Return members in definition order.
        """
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        """
        Return members in reverse definition order.
        """
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        """
        Return the number of members (no aliases)
        """
        return len(cls._member_names_)

    def __bool__(cls):
        """
        classes/types should always be True.
        """
        return True

    @_builtin_property
    def __members__(cls):
        """
        Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _find_init(cls):
    """The __init__ an enum class gives its members: the first one in its MRO defined by an
    enum class or by a mixin written in Python (a dataclass's sets the member's fields)."""
    for klass in cls.__mro__:
        if '__init__' in klass.__dict__ and (isinstance(klass, EnumType) or klass.__module__ != 'builtins'):
            return klass.__dict__['__init__']
    return None


Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Base of enumerations: class Color(Enum): RED = 1."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            # Reached while the members are being made (super().__new__ in an enum's own
            # __new__), or an enum without members: there is nothing to look up.
            raise TypeError('%r has no members defined' % (cls,))
        try:
            result = cls._missing_(value)
        except Exception as e:
            failure = e
        else:
            if isinstance(result, cls):
                return result
            if isinstance(result, int) and getattr(cls, '_boundary_', None) is EJECT:
                return result
            if result is None:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
        # What _missing_ raised (or its wrong answer) is reported with the lookup that
        # failed as its context, unless it is that kind of error itself.
        if not isinstance(failure, ValueError):
            failure.__context__ = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            raise failure
        finally:
            failure = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        # The last value plus one; 3.11 warns where that is not also the largest value plus
        # one (the rule from 3.13), and then takes the last value that can be incremented.
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all values '
                          'to be sortable and support adding +1\n'
                          'and the value returned will be the largest value in the enum incremented by 1',
                          DeprecationWarning, stacklevel=3)
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # A member shows the public names of its class and the enum bases, members included.
        # Members are left out where the class dicts are read, not from the data type's own
        # dir() (an IntEnum member lists the other members, as object.__dir__ finds them).
        members = self.__class__._member_map_
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self._member_type_ is not object:
            names.update(object.__dir__(self))
        names.update(name for name in getattr(self, '__dict__', ()) if name[0] != '_' and name not in members)
        for klass in type(self).__mro__:
            for name, found in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(found, property):
                    # An enum property standing for a member that has no getter of its own.
                    if found.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        return sorted(names)

    def __reduce_ex__(self, proto):
        # By value, as 3.11.5+ (3.11.0-3.11.4 pickled members by name).
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its value's type (IntEnum, StrEnum)."""

    def __str__(self):
        return self._member_type_.__str__(self._value_)

    def __format__(self, format_spec):
        return self._member_type_.__format__(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""
    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    _value_repr_ = str.__repr__


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits none of its members has."""
    STRICT = auto()   # ValueError
    CONFORM = auto()  # drop the unknown bits
    EJECT = auto()    # return the plain int
    KEEP = auto()     # keep them in the pseudo-member


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# STRICT is 3.11.5+'s default (3.11.2's was CONFORM).
class Flag(Enum, boundary=STRICT):
    """Enum of bit flags: members combine with |, &, ^ and ~."""

    # How bits no member has are written in a pseudo-member's name (re.RegexFlag: hex).
    _numeric_repr_ = repr

    _flag_mask_ = 0
    _singles_mask_ = 0
    _all_bits_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        try:
            bits = high.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % high) from None
        return 2 ** bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _flag_bits(value, width), _flag_bits(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            # In range, a negative value counts its bits within the class's width.
            value += all_bits + 1
        existing = cls._value2member_map_.get(value)
        if existing is not None:
            return existing
        # The name lists the one-bit members the value holds; bits that none of them has
        # bring in the members of several bits the value holds too (in definition order),
        # and what is still left is shown as a number (an error for STRICT).
        members = [m for m in cls if m._value_ & value == m._value_]
        if value & ~cls._singles_mask_:
            for m in cls._member_map_.values():
                if m._value_ and m._value_ & value == m._value_ and all(m is not n for n in members):
                    members.append(m)
        combined = 0
        for m in members:
            combined |= m._value_
        unknown = value & ~combined
        if not combined:
            name = None
        elif unknown and cls._boundary_ is STRICT:
            raise ValueError('%r: no members with value %r' % (cls, unknown))
        else:
            name = '|'.join([m._name_ for m in members])
            if unknown:
                name += '|%s' % cls._numeric_repr_(unknown)
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = name
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand_value(self, other):
        # A member of this flag, or (with a data type, `class F(int, Flag)`) a plain value of it.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._operand_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        # EJECT may give back a plain int (the bits' inversion) when it has unknown bits.
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""
    _value_repr_ = int.__repr__

    def __or__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
    # int's ~ comes first in the MRO: a flag's keeps the result a member (unless EJECT drops it).
    __invert__ = Flag.__invert__


_defining_module = False


def unique(enumeration):
    """Class decorator: ValueError if any two members share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ for members exported as module globals: pickles the member's name."""
    # (Not for flags: a combination has no global name.)
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)


def _make_class_unpicklable(obj):
    """Makes pickling an enum class (or a class namespace given as a dict) and its members fail."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def _module_tail(member):
    """The last part of the module a member's class is defined in ('__main__', 're')."""
    return member.__class__.__module__.split('.')[-1]


def global_enum_repr(self):
    return '%s.%s' % (_module_tail(self), self._name_)


def global_flag_repr(self):
    module = _module_tail(self)
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    # The member's own arithmetic (as 3.11 does it: a plain Flag has no '-', and fails here).
    if self != 0 and (self & (self - 1)) == 0:
        return '%s.%s' % (module, self._name_)
    # With KEEP, the bits no member names stay a bare number.
    keep = self._boundary_ is FlagBoundary.KEEP
    return '|'.join(part if keep and part[0].isdigit() else '%s.%s' % (module, part)
                    for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Puts the members in their module's namespace, and makes repr() (and str(), unless
    the enum keeps its data type's str()) name them as module globals."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The checks verify() can make on an enumeration."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _missing_continuous(enumeration):
    """The integers (a flag: the bits) between its lowest and highest value that no member has."""
    values = [m._value_ for m in enumeration.__members__.values()]
    if not all(isinstance(v, int) for v in values) or not values:
        return []
    if issubclass(enumeration, Flag):
        bits = 0
        for v in values:
            bits |= v
        if bits <= 0:
            return []
        low = (bits & -bits).bit_length() - 1
        high = bits.bit_length() - 1
        return [2 ** i for i in range(low, high) if not bits & 2 ** i]
    present = set(values)
    return [v for v in range(min(values), max(values)) if v not in present]


def show_flag_values(value):
    """The single bits set in value, lowest first (the NAMED_FLAGS error points here)."""
    bits = []
    while value:
        bit = value & -value
        bits.append(bit)
        value ^= bit
    return bits


def _check_named_flags(enumeration):
    """Aliases of several bits must be made of bits that single-bit members name."""
    if not issubclass(enumeration, Flag):
        return
    named = 0
    for name in enumeration._member_names_:
        named |= enumeration._member_map_[name]._value_
    aliases = []
    missing = 0
    for name, m in enumeration.__members__.items():
        if name in enumeration._member_names_ or m._value_ < 0:
            # (A negative alias, all bits, is not checked.)
            continue
        unnamed = m._value_ & ~named
        if unnamed:
            aliases.append(name)
            missing |= unnamed
    if not aliases:
        return
    if len(aliases) == 1:
        who = 'alias %s is missing' % aliases[0]
    else:
        who = 'aliases %s and %s are missing' % (', '.join(aliases[:-1]), aliases[-1])
    what = 'value 0x%x' if _is_single_bit(missing) else 'combined values of 0x%x'
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, who, what % missing))


class verify:
    """Class decorator: ValueError unless the enumeration passes each check (UNIQUE, CONTINUOUS, NAMED_FLAGS).

    A class, as CPython's (verify(UNIQUE) is an instance that is then called on the enumeration)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        checks = self.checks
        if not isinstance(enumeration, EnumType):
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in checks:
            if check is UNIQUE:
                # (@unique says "duplicate values found in"; verify says "aliases found in".)
                aliases = ['%s -> %s' % (name, m._name_) for name, m in enumeration.__members__.items()
                           if name != m._name_]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                missing = _missing_continuous(enumeration)
                if missing:
                    kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (kind, enumeration.__name__, ', '.join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


# ---------------------------------------------------------------- _simple_enum

def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that converts a normal class into an enum of type etype (the
    standard library defines some of its enums this way).

    CPython builds the class without its metaclass's checks, for speed; tpy builds it
    through EnumType from the class's namespace, so it is the class the same body under
    `class X(etype)` gives (use_args is decided by the data type, as there)."""
    def convert_class(cls):
        name = cls.__name__
        bases = (etype,)
        metacls = type(etype)
        namespace = metacls.__prepare__(name, bases)
        for key, value in cls.__dict__.items():
            if key in ('__dict__', '__weakref__'):
                continue
            namespace[key] = value
        if cls.__dict__.get('__doc__') is None:
            namespace['__doc__'] = 'An enumeration.'
        if boundary is None:
            return metacls(name, bases, namespace, _simple=True)
        return metacls(name, bases, namespace, boundary=boundary, _simple=True)
    return convert_class


def _dict_mismatches(checked, simple, skip, what):
    # The keys found in only one of two namespaces, and the values that differ.
    failed = []
    side = '' if what == ':' else ' member'
    for key in set(checked) | set(simple):
        if key in skip:
            continue
        if key not in simple:
            failed.append('missing key%s %r' % (what, key))
        elif key not in checked:
            failed.append('extra key%s %r' % (what, key))
        else:
            a, b = checked[key], simple[key]
            if what == ':' and (callable(a) or isinstance(a, _builtin_property)):
                continue
            if a != b:
                failed.append('%r:\n         %s\n         %s'
                              % (key, 'checked%s -> %r' % (side, a), 'simple%s  -> %r' % (side, b)))
    return sorted(failed)


def _test_simple_enum(checked_enum, simple_enum):
    """Compares an enum made with _simple_enum against the same enum made by subclassing
    (their namespaces, their members' namespaces and the methods they inherit); raises
    TypeError('enum mismatch: ...') listing the differences, else returns None."""
    checked_dict = dict(checked_enum.__dict__)
    simple_dict = dict(simple_enum.__dict__)
    if checked_dict == simple_dict:
        return None
    member_names = set(checked_enum._member_map_) | set(simple_enum._member_map_)
    skip = {'__module__', '_member_map_', '_value2member_map_', '__doc__'} | member_names
    failed = _dict_mismatches(checked_dict, simple_dict, skip, ':')
    for name in member_names:
        if name not in simple_dict:
            failed.append('missing member from simple enum: %r' % name)
        elif name not in checked_dict:
            failed.append('extra member in simple enum: %r' % name)
        else:
            member_failed = _dict_mismatches(checked_enum[name].__dict__, simple_enum[name].__dict__,
                                             {'__module__', '__objclass__', '_inverted_'},
                                             ' in member %r:' % name)
            if member_failed:
                failed.append('%r member mismatch:\n      %s' % (name, '\n      '.join(member_failed)))
    for method in ('__str__', '__repr__', '__reduce_ex__', '__format__',
                   '__getnewargs_ex__', '__getnewargs__', '__reduce__'):
        if method in checked_dict or method in simple_dict:
            # Defined by one of them: the namespace comparison above covered it.
            continue
        a = getattr(checked_enum, method, None)
        b = getattr(simple_enum, method, None)
        a = getattr(a, '__func__', a)
        b = getattr(b, '__func__', b)
        if a != b:
            failed.append('%r:  %-30s %s' % (method, 'checked -> %r' % (a,), 'simple -> %r' % (b,)))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))
    return None
