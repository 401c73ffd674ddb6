"""typing for tpy: the names programs import for annotations, subscriptable with
CPython 3.11's reprs (typing.List[int], typing.Optional[str], ~T), plus NamedTuple,
TypedDict, Generic/Protocol bases, TypeVar, NewType, cast, overload and get_type_hints.
Nothing is type-checked: as in CPython, annotations are only recorded."""

import collections
import collections.abc
import operator as _operator
import sys as _sys
import types as _types
from abc import abstractmethod, ABCMeta

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


# Set once Generic, Protocol, ClassVar and the other forms _type_check compares with exist.
_forms_defined = False


def _type_convert(arg, module=None, allow_special_forms=False):
    """None as NoneType, a string as a forward reference; anything else as it is."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """arg converted (_type_convert) and refused where no type may stand: a tuple (several
    arguments where one was wanted: `msg` says what was), a bare special form (Union), and
    ClassVar[...] (and Final[...] as an argument) outside a class's own annotations."""
    if not _forms_defined:
        # typing's own definitions, made before the forms this checks against exist.
        return _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid += (ClassVar,)
        if is_argument:
            invalid += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


class _Final:
    """The base of typing's own classes: a program cannot subclass them (CPython's rule);
    typing's subclasses pass _root=True."""

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class ForwardRef(_Final, _root=True):
    """A type written as a string ('Node'), kept unevaluated until get_type_hints evaluates it
    in the globals of `module` (when given) or of the annotated object."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        # '*Ts' (from def f(*args: '*Ts')) is no expression alone: it is compiled as (*Ts,)[0].
        arg_to_compile = f'({arg},)[0]' if arg[:1] == '*' else arg
        try:
            code = compile(arg_to_compile, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        # A name already being evaluated further up is left as the reference (recursive types).
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = _sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, '__dict__', globalns)
            value = _type_check(eval(self.__forward_code__, globalns, localns),
                                'Forward references must evaluate to types.',
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else ', module=%r' % (self.__forward_module__,)
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, module)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with every forward reference in it (also inside List[...], list[...], X | Y) evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        args = t.__args__
        if isinstance(t, _types.GenericAlias):
            # list['int'] keeps the bare string: it is a forward reference all the same.
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in args)
        args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if isinstance(t, _types.GenericAlias) and t.__unpacked__:
            # *tuple[int, str] (as in *args: *tuple[int, str]) comes back as typing's Unpack[...].
            return Unpack[_types.GenericAlias(t.__origin__, args)]
        return _with_args(t, args)
    return t


def _with_args(t, args):
    """The alias t (typing's, a builtin generic or an X | Y union) over other arguments."""
    if args == t.__args__:
        return t
    if isinstance(t, _types.GenericAlias):
        return _types.GenericAlias(t.__origin__, args)
    if isinstance(t, _types.UnionType):
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result
    return t.copy_with(args)


def _strip_annotations(t):
    """t without its Annotated[...] wrappers (get_type_hints without include_extras)."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        return _with_args(t, args)
    return t


_SUBSCRIPT_CACHE_SIZE = 128
# The caches' clear functions, as CPython's list (tests empty every cache with it).
_cleanups = []
_MISSING = object()


def _cached_subscript(getitem):
    """Makes a subscription give the same object for the same arguments, as CPython's cache
    of the last 128 does: List[int] is List[int], and Generic[T] named twice among a class's
    bases is one base given twice. Arguments of different types are told apart (Literal[1]
    and Literal[True]); unhashable ones (Callable[[int], str]) are not cached."""
    cache = {}
    _cleanups.append(cache.clear)

    def subscript(owner, params):
        kinds = tuple(type(p) for p in params) if type(params) is tuple else type(params)
        key = (owner, params, kinds)
        try:
            result = cache.pop(key, _MISSING)
        except TypeError:
            return getitem(owner, params)
        if result is _MISSING:
            # Called outside the except clauses: an error it raises has no cache lookup
            # as its context (a traceback shows no "During handling...").
            result = getitem(owner, params)
            if len(cache) >= _SUBSCRIPT_CACHE_SIZE:
                del cache[next(iter(cache))]
        cache[key] = result
        return result
    subscript.__name__ = getitem.__name__
    subscript.__qualname__ = getitem.__qualname__
    subscript.__doc__ = getitem.__doc__
    return subscript


def _init_variable(var, bound, covariant, contravariant):
    """What a TypeVar and a ParamSpec both hold: bound, variance, and the module that made it
    (the caller of their __init__, two frames up from here)."""
    var.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
    var.__covariant__ = bool(covariant)
    var.__contravariant__ = bool(contravariant)
    try:
        var.__module__ = _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass


class _PickledByName(_Final, _root=True):
    """Type variables pickle (and copy) as the module global of their name: the same object
    comes back."""

    def __reduce__(self):
        return self.__name__


class TypeVar(_PickledByName, _root=True):
    """A type variable: T = TypeVar('T'); its repr is ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): constraints must be types.')
                                     for t in constraints)
        _init_variable(self, bound, covariant, contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _ParamSpecPart(_Final, _root=True):
    """What P.args and P.kwargs share: the ParamSpec they come from, shown as P.<part>."""
    _part = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._part)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """P.args: the type of *args in a function whose parameters P stands for."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """P.kwargs: the type of **kwargs in a function whose parameters P stands for."""
    _part = 'kwargs'


class ParamSpec(_PickledByName, _root=True):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _init_variable(self, bound, covariant, contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        # What may stand for the parameters: a list of types (kept as a tuple), ..., another
        # ParamSpec or a Concatenate[...].
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        if not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. '
                            f'Got {arg}')
        return arg

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class TypeVarTuple(_PickledByName, _root=True):
    """A variadic type variable (PEP 646): Ts = TypeVarTuple('Ts'), used unpacked as *Ts or
    Unpack[Ts]; its repr is its bare name."""

    def __init__(self, name):
        self.__name__ = name
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        # alias[args] (list[*Ts], tuple[T, *Ts]): the run of arguments the other parameters
        # leave over becomes one tuple, in this variable's place.
        params = alias.__parameters__
        at = params.index(self)
        after = len(params) - at - 1
        if len(args) < len(params) - 1:
            raise TypeError('Too few arguments for %r; actual %d, expected at least %d'
                            % (alias, len(args), len(params) - 1))
        return (*args[:at], tuple(args[at:len(args) - after]), *args[len(args) - after:])

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVarTuple')


def _is_unpacked_typevartuple(x):
    return isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple)


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
# The type variables typing's own generics are declared with.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, type):
            # A bare class's __parameters__ is its own business (class Sub(Base, Generic[T])
            # with an unsubscripted generic Base has only T).
            continue
        if isinstance(a, tuple):
            # A ParamSpec filled with [T, int]: its parameters, in order.
            found = _collect_parameters(a)
        elif isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            found = (a,)
        else:
            found = getattr(a, '__parameters__', ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams'})


class _GenericAlias(_Final, _root=True):
    """A subscripted generic: typing.List[int], typing.Dict[str, T], Stack[int]."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst
        if not name:
            # Stack[int] belongs to Stack's module, as in CPython.
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __iter__(self):
        # *Tuple[int, str] inside a subscription (PEP 646).
        yield Unpack[self]

    @_cached_subscript
    def __getitem__(self, params):
        if self.__origin__ in (Generic, Protocol):
            # Generic[T] declares parameters; it has none to fill (Generic[T][int]).
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        if (len(self.__parameters__) == 1 and isinstance(self.__parameters__[0], ParamSpec)
                and not (len(params) == 1 and _is_param_expr(params[0]))):
            params = (list(params),)
        variadic = [i for i, p in enumerate(self.__parameters__) if isinstance(p, TypeVarTuple)]
        if variadic:
            return self._substitute_variadic(params, variadic[0])
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > len(self.__parameters__) else 'few',
                               self, len(params), len(self.__parameters__)))
        subst = {p: _checked_argument(p, a) for p, a in zip(self.__parameters__, params)}
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def _substitute_variadic(self, params, index):
        # The type variables before and after the TypeVarTuple take one argument each; it
        # takes what is left (possibly nothing), spliced where *Ts stood.
        names = self.__parameters__
        after = len(names) - index - 1
        if len(params) < len(names) - 1:
            raise TypeError('Too few arguments for %r; actual %d, expected at least %d'
                            % (self, len(params), len(names) - 1))
        subst = {p: _checked_argument(p, a) for p, a in zip(names[:index], params[:index])}
        subst.update((p, _checked_argument(p, a)) for p, a in zip(names[index + 1:], params[len(params) - after:]))
        spread = params[index:len(params) - after]
        args = []
        for a in self.__args__:
            if _is_unpacked_typevartuple(a) and a.__args__[0] is names[index]:
                args.extend(spread)
            else:
                args.append(_substitute(a, subst))
        return self.copy_with(tuple(args))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __reduce__(self):
        # Pickled as the subscription that makes it, which gives back the cached object.
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return _operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            # List[int] among the bases brings list, and Generic unless a later base does.
            res = [] if origin in bases else [origin]
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        if origin is Generic:
            if Protocol in bases:
                return ()
            # Only the last generic alias brings Generic itself (Generic.__init_subclass__
            # then rejects a second Generic[...]).
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (origin,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    # Setting a plain attribute on an alias sets it on the class (C[int].x = 1 is C.x = 1),
    # as reading one reads the class's.
    def __setattr__(self, attr, val):
        if (attr.startswith('__') and attr.endswith('__')) or attr in _ALIAS_OWN_ATTRS:
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    # dir() shows the class's own (non-dunder) attributes too, as attribute reads reach them.
    def __dir__(self):
        return list(set(super().__dir__()
                        + [a for a in dir(self.__origin__) if not (a.startswith('__') and a.endswith('__'))]))

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _checked_argument(param, arg):
    """What a TypeVar or ParamSpec stands for in X[arg]: arg as its __typing_subst__ checks it
    (Callable[P, T][42, str] is refused)."""
    return param.__typing_subst__(arg) if isinstance(param, (TypeVar, ParamSpec)) else arg


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    if isinstance(arg, _types.GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    if isinstance(arg, tuple):
        # A ParamSpec's filled-in parameter list: My[[int, T2], ...][str].
        return tuple(_substitute(a, subst) for a in arg)
    return arg


def _is_param_expr(arg):
    # What may stand for a callable's whole parameter list: ..., a ParamSpec, Concatenate[...].
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


class _CallableGenericAlias(_GenericAlias, _root=True):
    # Not iterable, as CPython's (without this, __getitem__ would make iter() work).
    __iter__ = None

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = (list(args[:-1]), args[-1])
        return _operator.getitem, (Callable, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return 'typing.Callable[%s, %s]' % (_type_repr(args[0]), _type_repr(args[1]))
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        # A ParamSpec substituted by a list of types, or a Concatenate whose ParamSpec was,
        # becomes the plain parameter types: Callable[P, T][[int], str] is Callable[[int], str].
        flat = []
        for a in args[:-1]:
            if isinstance(a, (list, tuple)):
                flat.extend(a)
            elif isinstance(a, _ConcatenateGenericAlias) and isinstance(a.__args__[-1], (list, tuple)):
                flat.extend(a.__args__[:-1])
                flat.extend(a.__args__[-1])
            else:
                flat.append(a)
        return _CallableGenericAlias(self.__origin__, tuple(flat) + args[-1:], self._name, self._inst)


class _SpecialGenericAlias(_Final, _root=True):
    """An unsubscripted alias of a class: typing.List, typing.Dict, typing.Iterable."""
    # Not iterable, as CPython's (without this, __getitem__ would make iter() work).
    __iter__ = None


    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        # Pickled (and copied) as the typing global of its name.
        return self._name

    @_cached_subscript
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams == 0:
            raise TypeError(f'{self} is not a generic class')
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self, len(params), self._nparams))
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    # As CPython's: an unsubscripted alias on the left compares origins
    # (issubclass(typing.List, typing.List | typing.Tuple) is True).
    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    # Setting a plain attribute on an alias sets it on the class (C[int].x = 1 is C.x = 1),
    # as reading one reads the class's.
    def __setattr__(self, attr, val):
        if (attr.startswith('__') and attr.endswith('__')) or attr in _ALIAS_OWN_ATTRS:
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    # dir() shows the class's own (non-dunder) attributes too, as attribute reads reach them.
    def __dir__(self):
        return list(set(super().__dir__()
                        + [a for a in dir(self.__origin__) if not (a.startswith('__') and a.endswith('__'))]))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TupleType(_SpecialGenericAlias, _root=True):
    @_cached_subscript
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', self._inst)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(p if p is ... else _type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                          for p in params), 'Tuple', self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        # The parameter list as a tuple, so that the subscription can be cached.
        return self._callable_of((tuple(args) if isinstance(args, list) else args, result))

    @_cached_subscript
    def _callable_of(self, params):
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), 'Callable')
        # A list is the parameter types; anything else (a ParamSpec, Concatenate[...], or in
        # 3.11 even a lone type) is taken as given.
        args = tuple(args) if isinstance(args, list) else args if isinstance(args, tuple) else (args,)
        # The parameter types are converted, not checked (Callable[[Final[int]], int] is allowed).
        return _CallableGenericAlias(self.__origin__, tuple(_type_convert(a) for a in args) + (result,), 'Callable')


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar, Final, Literal...: subscripting builds an alias."""
    # Not iterable, as CPython's (without this, __getitem__ would make iter() work).
    __iter__ = None


    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    @_cached_subscript
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % self)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)


class _UnionGenericAlias(_GenericAlias, _root=True):
    # Not iterable, as CPython's (without this, __getitem__ would make iter() work).
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __reduce__(self):
        return _operator.getitem, (Union, self.__args__)

    # As CPython's: every argument is asked, aliases too (typing.List | typing.Tuple
    # matches a list; a subscripted one raises), by issubclass of the object's type.
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    # Union[X, None] is named Optional (its __name__), however it was written.
    name = 'Optional' if len(flat) == 2 and type(None) in flat else 'Union'
    return _UnionGenericAlias(self, tuple(flat), name)


def _optional_getitem(self, parameters):
    return Union[_type_check(parameters, f'{self} requires a single type.'), type(None)]


def _single_getitem(self, parameters):
    # (3.11 words the message for Required and NotRequired differently.)
    if self._name in ('Required', 'NotRequired'):
        msg = f'{self._name} accepts only a single type.'
    else:
        msg = f'{self} accepts only single type.'
    return _GenericAlias(self, (_type_check(parameters, msg),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    # A nested Literal contributes its values; repeats go, where a repeat is the same value
    # of the same type (Literal[1, True] keeps both).
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    # As CPython's: unhashable values are all kept (Literal[[], []] has two).
    try:
        keys = {(p, type(p)) for p in flat}
    except TypeError:
        return _LiteralGenericAlias(self, tuple(flat), self._name)
    values = []
    for p in flat:
        key = (p, type(p))
        if key in keys:
            keys.remove(key)
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values), self._name)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]: the order of its values does not matter to == and hash()."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((v, type(v)) for v in self.__args__) == set((v, type(v)) for v in other.__args__)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))


class _AnnotatedAlias(_GenericAlias, _root=True):
    # Not iterable, as CPython's (without this, __getitem__ would make iter() work).
    __iter__ = None

    def __reduce__(self):
        return _operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, a], b] is Annotated[T, a, b].
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata
        # CPython makes it without a name, so it takes the module of what it annotates
        # (inspect.formatannotation then keeps its 'typing.' prefix).
        self.__module__ = getattr(origin, '__module__', 'typing')

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    # The metadata counts, in order: Annotated[int, 4, 5] != Annotated[int, 5, 4].
    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    # As CPython's: a base Annotated[int, x] is just int (Generic stays out of the MRO).
    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _no_getitem(self, parameters):
    raise TypeError('%r is not subscriptable' % self)


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, args):
        # Its ParamSpec filled with a list of types gives the whole list; with another
        # Concatenate, one flat Concatenate (as CPython's).
        if isinstance(args[-1], (list, tuple)):
            return (*args[:-1], *args[-1])
        if isinstance(args[-1], _ConcatenateGenericAlias):
            args = (*args[:-1], *args[-1].__args__)
        return _ConcatenateGenericAlias(self.__origin__, args, self._name, self._inst)


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    return _ConcatenateGenericAlias(self, parameters[:-1] + (parameters[-1],), self._name)




class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every type is compatible with. A class since 3.11: a class may derive
    from it (to stand for anything to a type checker), but it has no instances itself."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        # The arguments go on to object.__new__, which refuses them as in 3.11.
        return super().__new__(cls, *args, **kwargs)

NoReturn = _SpecialForm('NoReturn', _no_getitem)
Never = _SpecialForm('Never', _no_getitem)
Self = _SpecialForm('Self', _no_getitem)
LiteralString = _SpecialForm('LiteralString', _no_getitem)
TypeAlias = _SpecialForm('TypeAlias', _no_getitem)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)


class Annotated:
    """Annotated[T, x, ...]: T with metadata. A class in 3.11 (get_origin() returns it), but
    one that can be neither instantiated nor subclassed."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @_cached_subscript
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
        # A string is a forward reference, as anywhere else (get_type_hints evaluates it).
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.', allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[Ts] or Unpack[Tuple[int, str]]: written *Ts in reprs, as in 3.11."""

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def copy_with(self, args):
        return _UnpackGenericAlias(self.__origin__, args, self._name, self._inst)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if isinstance(arg, _GenericAlias) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


def _unpack_getitem(self, parameters):
    return _UnpackGenericAlias(self, (_type_check(parameters, f'{self} accepts only single type.'),), 'Unpack')


Unpack = _SpecialForm('Unpack', _unpack_getitem)

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Callable = _CallableType(_abc.Callable, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Text = str




def __getattr__(name):
    # ContextManager and AsyncContextManager alias contextlib's ABCs, made on first use:
    # importing contextlib (and functools with it) would add ~45 ms to every tpy program
    # that imports typing.
    if name in ('Pattern', 'Match'):
        # Imported on first use for the same reason: re is not loaded by typing itself.
        import re
        globals()['Pattern'] = _SpecialGenericAlias(re.Pattern, 1, 'Pattern')
        globals()['Match'] = _SpecialGenericAlias(re.Match, 1, 'Match')
        return globals()[name]
    if name in ('ContextManager', 'AsyncContextManager'):
        import contextlib
        globals()['ContextManager'] = _SpecialGenericAlias(contextlib.AbstractContextManager, 1, 'ContextManager')
        globals()['AsyncContextManager'] = _SpecialGenericAlias(
            contextlib.AbstractAsyncContextManager, 1, 'AsyncContextManager')
        return globals()[name]
    # name and obj as CPython's module lookup sets them: they give the 'Did you mean' hint.
    import sys
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name, obj=sys.modules[__name__])

# CPython's typing has no module __getattr__ (tpy's makes names lazily): no frame of it may
# show when a missing attribute is asked for.
def __dir__():
    # The lazily made names too, as CPython lists them, and not the two hooks.
    return sorted((set(globals()) - {'__getattr__', '__dir__'}) | {'Pattern', 'Match', 'ContextManager', 'AsyncContextManager'})


from _c_type_names import as_c_function as _as_c_function
_as_c_function(__getattr__)
_as_c_function(__dir__)
del _as_c_function


class Generic:
    """The base of user generic classes: class Stack(Generic[T])."""
    __slots__ = ()

    @_cached_subscript
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        # As CPython's: strings are forward references and None NoneType before any check.
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)) and not _is_unpacked_typevartuple(p):
                    raise TypeError('Parameters to %s[...] must all be type variables or parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        else:
            expected = getattr(cls, '__parameters__', ())
            if not expected:
                raise TypeError('%r is not a generic class' % (cls,))
            for i, p in enumerate(expected):
                if not isinstance(p, ParamSpec):
                    continue
                # A ParamSpec's argument is a list of types (kept as a tuple), or, for a class
                # with a ParamSpec alone, the types given bare (Wrapper[int, str]).
                if i >= len(params):
                    raise TypeError('Too few arguments for %r' % (cls,))
                if len(expected) == 1 and not _is_param_expr(params[0]):
                    params = (params,)
                elif isinstance(params[i], list):
                    params = (*params[:i], tuple(params[i]), *params[i + 1:])
            if any(isinstance(p, TypeVarTuple) for p in expected):
                if len(params) < len(expected) - 1:
                    raise TypeError('Too few arguments for %r; actual %d, expected at least %d'
                                    % (cls, len(params), len(expected) - 1))
            elif len(params) != len(expected):
                raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                                % ('many' if len(params) > len(expected) else 'few',
                                   cls, len(params), len(expected)))
        return _GenericAlias(cls, params, None)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        params = list(_collect_parameters(cls.__dict__.get('__orig_bases__', ())))
        declared = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                if declared is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                declared = base.__parameters__
        if declared is not None:
            missing = [p for p in params if p not in declared]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing), ', '.join(str(g) for g in declared)))
            params = list(declared)
        cls.__parameters__ = tuple(params)


Generic.__module__ = 'typing'


# ---------------------------------------------------------------- protocols
#
# A protocol is a class whose members describe a structural type (PEP 544): once marked
# @runtime_checkable, isinstance() accepts any object having those members, and
# issubclass() any class defining them (only when every member is a method). A class that
# names a protocol among its bases without naming Protocol itself is an ordinary class
# implementing it.

# Names a class body defines that are bookkeeping, not members of the protocol.
_NOT_PROTOCOL_MEMBERS = frozenset((
    '__module__', '__doc__', '__dict__', '__weakref__', '__slots__', '__annotations__',
    '__init__', '__new__', '__subclasshook__', '__abstractmethods__',
    '__parameters__', '__orig_bases__', '__origin__', '__args__',
    '_is_protocol', '_is_runtime_protocol', '__orig_class__', '__final__', '__class_getitem__',
    '__next_in_mro__', '__extra__', '__tree_hash__', '_MutableMapping__marker', '_gorg',
))

# Bases a protocol may have besides other protocols (the one-method ABCs).
_PROTOCOL_FRIENDLY_BASES = {
    'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
                        'Reversible', 'Buffer'),
    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager'),
}


def _protocol_members(cls):
    """The member names of protocol `cls`: what its classes (not Protocol, Generic or object) define or annotate."""
    members = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        own = klass.__dict__
        for name in (*own, *own.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                members.add(name)
    return members


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


def _is_protocol_class(cls):
    return cls.__dict__.get('_is_protocol', False)


def _inside_abc_machinery(depth):
    """True when the frame `depth` levels up belongs to abc or functools: another ABC's
    subclass check (or singledispatch) asking about this protocol among its subclasses,
    which must not raise for a protocol that refuses class checks."""
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return True


def _class_defines(other, cls):
    """True when class `other` (or a class in its MRO) defines every member of protocol `cls`,
    none of them set to None (None there opts out, as __hash__ = None does)."""
    for name in _protocol_members(cls):
        for klass in other.__mro__:
            own = klass.__dict__
            if name in own:
                if own[name] is None:
                    return False
                break
            annotations = own.get('__annotations__', {})
            # type's own entry is a descriptor, not a mapping (issubclass(FunctionType, P)).
            if (isinstance(annotations, collections.abc.Mapping) and name in annotations
                    and _is_protocol_class(other)):
                break
        else:
            return False
    return True


class _ProtocolMeta(ABCMeta):
    """The metaclass of protocols: structural isinstance() and issubclass()."""

    def __call__(cls, *args, **kwargs):
        # Abstract methods are reported first (ABCMeta's check), as object.__new__ does.
        if _is_protocol_class(cls) and not cls.__abstractmethods__:
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if not _is_protocol_class(cls):
            return super().__instancecheck__(instance)
        if not cls._is_runtime_protocol and not _inside_abc_machinery(1):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        kind = type(instance)
        if cls in kind.__mro__ or (_methods_only(cls) and _class_defines(kind, cls)):
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                break
            # A method member must not be None on the instance either.
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                break
        else:
            return True
        # Virtual subclasses registered with the protocol, and its nominal subclasses.
        return ABCMeta.__subclasscheck__(cls, kind)

    def __subclasscheck__(cls, other):
        if _is_protocol_class(cls):
            quiet = _inside_abc_machinery(1)
            # A non-class is refused first, whatever kind of protocol cls is (CPython 3.11.7).
            if not quiet and not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not cls._is_runtime_protocol:
                if not quiet:
                    raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            elif not _methods_only(cls):
                if not quiet:
                    raise TypeError("Protocols with non-method members don't support issubclass()")
            else:
                if _class_defines(other, cls):
                    return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A base for structural types; runtime_checkable makes isinstance() work on it."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # Only a class naming Protocol among its bases is itself a protocol.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(base is Protocol for base in cls.__bases__)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            friendly = base.__name__ in _PROTOCOL_FRIENDLY_BASES.get(base.__module__, ())
            if not (base in (object, Generic) or friendly or
                    (isinstance(base, _ProtocolMeta) and base._is_protocol)):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)


def runtime_checkable(cls):
    """Marks protocol class `cls` so that isinstance() and issubclass() check its members."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def final(f):
    """Marks f as final for type checkers; __final__ says so at run time where f takes attributes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


# module -> qualname -> first line -> the @overload-ed function, for get_overloads().
_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    f = getattr(func, '__func__', func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})
        by_name[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get(f.__module__, {}).get(f.__qualname__, {}).values())


def clear_overloads():
    _overload_registry.clear()


def no_type_check(arg):
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__') or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    return wrapped_decorator


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        # Cut long reprs, and say so.
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % shown)


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__, file=_sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Records its options on the decorated object as __dataclass_transform__ (PEP 681)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a callable returning its argument, named for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    # Pickled (and copied) as the module global of its qualified name: the same object comes back.
    def __reduce__(self):
        return self.__qualname__

    def __mro_entries__(self, bases):
        # A NewType is not a class: naming one as a base fails when the subclass is made,
        # with a hint that names the subclass.
        supertype_name = self.__name__

        class _NotSubclassable:
            def __init_subclass__(cls):
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                                f'`{cls.__name__} = NewType({cls.__name__!r}, {supertype_name})`')
        return (_NotSubclassable,)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def get_origin(tp):
    if isinstance(tp, _types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _AnnotatedAlias):
            return Annotated
        return tp.__origin__
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        args = tp.__args__
        # A callable's parameter types come back as a list, unless one object stands for
        # them all (..., a ParamSpec, Concatenate[...]).
        if (tp.__origin__ is collections.abc.Callable
                and not (len(args) == 2 and _is_param_expr(args[0]))):
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (along its MRO), function or module, with None as NoneType
    and forward references (strings, also nested in List['X']) evaluated where the object was
    defined; Annotated[...] is unwrapped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    def resolve(value, g, l, is_argument, is_class):
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
        value = _eval_type(value, g, l)
        return value if include_extras else _strip_annotations(value)

    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if isinstance(ann, _types.GetSetDescriptorType):
                # A built-in class (type itself) has the descriptor, not a dict.
                ann = {}
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = resolve(value, base_globals, base_locals, False, True)
        return hints
    if globalns is None:
        if isinstance(obj, _types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        # Objects that could have annotations have none; any other kind is an error.
        if isinstance(obj, _ANNOTATABLE_TYPES):
            return {}
        raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
    for name, value in ann.items():
        hints[name] = resolve(value, globalns, localns, not isinstance(obj, _types.ModuleType), False)
    return hints


_ANNOTATABLE_TYPES = (_types.FunctionType, _types.BuiltinFunctionType, _types.MethodType, _types.ModuleType,
                      _types.WrapperDescriptorType, _types.MethodWrapperType, _types.MethodDescriptorType)


# ---------------------------------------------------------------- NamedTuple, TypedDict

def _make_namedtuple(name, fields, defaults, module):
    nt = collections.namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    # As in CPython, string field types become ForwardRefs (with no module) and None NoneType.
    # __new__ shares the dict, so inspect.signature() shows the field types.
    nt.__annotations__ = nt.__new__.__annotations__ = {
        n: _type_check(t, f'field {n} annotation must be a type') for n, t in fields}
    return nt


# Names a NamedTuple class body may not define, and names it defines that are not copied.
_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                    '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '', ', '.join(default_names)))
        nm_tpl = _make_namedtuple(typename, list(types.items()),
                                  [ns[n] for n in default_names], ns.get('__module__'))
        # The class's bases are the statement's (Generic kept), as CPython sets them afterwards.
        nm_tpl.__bases__ = bases
        if Generic in bases:
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class Point(NamedTuple): x: int; or NamedTuple('Point', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    module = _sys._getframe(1).f_globals.get('__name__', '__main__')
    return _make_namedtuple(typename, list(fields), None, module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        # A generic TypedDict keeps Generic as a base, so that it can be subscripted.
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            # Keys met again in a later base take that base's kind (the last base wins).
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required |= base_required
            optional -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required -= base_optional
            optional |= base_optional
        own = {n: _type_check(t, 'TypedDict(\'Name\', {f0: t0, f1: t1, ...}); each t must be a type',
                              module=ns.get('__module__'))
               for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, value in own.items():
            # Required[...] / NotRequired[...] override the class's totality for one key,
            # also when wrapped in Annotated[...].
            origin = get_origin(value)
            if origin is Annotated:
                args = get_args(value)
                if args:
                    origin = get_origin(args[0])
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        if not hasattr(tp, '__total__'):
            tp.__total__ = total
        return tp

    # A TypedDict called makes a plain dict (any key name works, 'cls' too).
    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict (not an instance of one: those are dicts)."""
    return isinstance(tp, _TypedDictMeta)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with known keys; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated in Python 3.11, '
                      'will be removed in Python 3.13, and may not be understood by third-party type checkers.',
                      DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# The one-method protocols of the numeric and I/O world, checkable at run time.
@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()

# The names `from typing import *` gives: 3.11's public API (not the modules and helpers
# imported here).
__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
           'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
           'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
           'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
           'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
           'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
           'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
           'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
           'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
           'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack']

# Every form exists from here on: _type_check may compare with them.
_forms_defined = True
