"""optparse's Option (one command-line option: its strings, action, type and checks), the
value converters, the Values namespace and the module's exceptions."""

NO_DEFAULT = ("NO", "DEFAULT")


def _address_repr(obj):
    # Option and Values both show as <Class at 0xADDR: str(obj)>.
    return "<%s at 0x%x: %s>" % (type(obj).__name__, id(obj), obj)


class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly defined option (raised when the option is made or added)."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        where = "option %s: " % self.option_id if self.option_id else ""
        return where + self.msg


class OptionConflictError(OptionError):
    """Two options of one parser claim the same option string."""


class OptionValueError(OptParseError):
    """A command line gave an option a value it cannot take."""


class BadOptionError(OptParseError):
    """A command line used an option string the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return "no such option: %s" % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long-option prefix that more than one option starts with."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return "ambiguous option: %s (%s?)" % (self.opt_str, ", ".join(self.possibilities))


def _parse_int(text):
    # optparse reads C-style prefixes: 0x hex, 0b binary, a leading 0 octal.
    head = text[:2].lower()
    if head == "0x":
        return int(text, 16)
    if head == "0b":
        return int(text[2:] or "0", 2)
    return int(text, 8 if text[:1] == "0" else 10)


# The numeric option types: how a command-line word becomes one, and its name in errors.
_NUMBER_TYPES = {
    "int": (_parse_int, "integer"),
    "long": (_parse_int, "integer"),
    "float": (float, "floating-point"),
    "complex": (complex, "complex"),
}


def check_builtin(option, opt, value):
    convert, what = _NUMBER_TYPES[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError("option %s: invalid %s value: %r" % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    listed = ", ".join(map(repr, option.choices))
    raise OptionValueError("option %s: invalid choice: %r (choose from %s)" % (opt, value, listed))


_TOO_SHORT = "invalid option string %r: must be at least two characters long"
_BAD_SHORT = "invalid short option string %r: must be of the form -x, (x any non-dash char)"
_BAD_LONG = "invalid long option string %r: must start with --, followed by non-dash"


def _class_path(cls):
    # How str(cls) names a class: module-qualified unless it is a built-in.
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _append(values, dest, item):
    values.ensure_value(dest, []).append(item)


def _show_and_exit(show):
    def run(option, dest, value, values, parser):
        show(parser)
        parser.exit()
    return run


# What each built-in action does with (option, dest, converted value, values, parser).
_ACTION_STEPS = {
    "store": lambda o, dest, value, values, p: setattr(values, dest, value),
    "store_const": lambda o, dest, value, values, p: setattr(values, dest, o.const),
    "store_true": lambda o, dest, value, values, p: setattr(values, dest, True),
    "store_false": lambda o, dest, value, values, p: setattr(values, dest, False),
    "append": lambda o, dest, value, values, p: _append(values, dest, value),
    "append_const": lambda o, dest, value, values, p: _append(values, dest, o.const),
    "count": lambda o, dest, value, values, p:
        setattr(values, dest, values.ensure_value(dest, 0) + 1),
    "help": _show_and_exit(lambda parser: parser.print_help()),
    "version": _show_and_exit(lambda parser: parser.print_version()),
}


class Option:
    """One option: its short (-x) and long (--xyz) strings and what it does when seen."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that put something into the Values object.
    STORE_ACTIONS = ACTIONS[:7]
    # Actions that may take a typed argument, and those that always do.
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = TYPED_ACTIONS[:2]
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string",) + tuple(_NUMBER_TYPES) + ("choice",)

    TYPE_CHECKER = dict.fromkeys(_NUMBER_TYPES, check_builtin)
    TYPE_CHECKER["choice"] = check_choice

    CHECK_METHODS = None  # set below the class: the checks run, in order, on a new option

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        given = [s for s in opts if s]
        if not given:
            raise TypeError("at least one option string must be supplied")
        self._set_opt_strings(given)
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _refuse(self, message):
        raise OptionError(message, self)

    def _set_opt_strings(self, opts):
        for s in opts:
            if len(s) < 2:
                self._refuse(_TOO_SHORT % s)
            is_short = len(s) == 2
            # The character after the leading dash(es) must not be another dash.
            if is_short:
                well_formed = s[0] == "-" and s[1] != "-"
            else:
                well_formed = s[:2] == "--" and s[2] != "-"
            if not well_formed:
                self._refuse((_BAD_SHORT if is_short else _BAD_LONG) % s)
            (self._short_opts if is_short else self._long_opts).append(s)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == 'default' else None
            setattr(self, name, attrs.pop(name, fallback))
        if attrs:
            self._refuse("invalid keyword arguments: %s" % ", ".join(sorted(attrs)))

    # -- the checks a new option goes through --

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            self._refuse("invalid action: %r" % self.action)

    def _check_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
            return
        # A type may be given as the built-in itself: int, float, str...
        name = kind.__name__ if isinstance(kind, type) else kind
        self.type = "string" if name == "str" else name
        if self.type not in self.TYPES:
            self._refuse("invalid option type: %r" % self.type)
        if self.action not in self.TYPED_ACTIONS:
            self._refuse("must not supply a type for action %r" % self.action)

    def _check_choice(self):
        choices = self.choices
        if self.type != "choice":
            if choices is not None:
                self._refuse("must not supply choices for type %r" % self.type)
        elif choices is None:
            self._refuse("must supply a list of choices for type 'choice'")
        elif not isinstance(choices, (tuple, list)):
            self._refuse("choices must be a list of strings ('%s' supplied)"
                         % _class_path(type(choices)))

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            # The first long option names it (--dry-run -> dry_run), else the first short one.
            source = self._long_opts[0][2:] if self._long_opts else self._short_opts[0][1:]
            self.dest = source.replace("-", "_")

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            self._refuse("'const' must not be supplied for action %r" % self.action)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if not typed and self.nargs is not None:
            self._refuse("'nargs' must not be supplied for action %r" % self.action)
        if typed and self.nargs is None:
            self.nargs = 1

    # The extra callback arguments: attribute, the type it must have, and that type's name.
    _CALLBACK_EXTRAS = (("callback_args", tuple, "a tuple"), ("callback_kwargs", dict, "a dict"))

    def _check_callback(self):
        if self.action != "callback":
            if self.callback is not None:
                self._refuse("callback supplied (%r) for non-callback option" % self.callback)
            for attr, _, _ in self._CALLBACK_EXTRAS:
                if getattr(self, attr) is not None:
                    self._refuse("%s supplied for non-callback option" % attr)
            return
        if not callable(self.callback):
            self._refuse("callback not callable: %r" % self.callback)
        for attr, kind, kind_name in self._CALLBACK_EXTRAS:
            given = getattr(self, attr)
            if given is not None and not isinstance(given, kind):
                # Formatted with a plain %, so a tuple given for the dict fails as in CPython.
                template = "%s, if supplied, must be %s: not %%r" % (attr, kind_name)
                self._refuse(template % given)

    # -- describing it --

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    def __repr__(self):
        return _address_repr(self)

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    # -- using it on a command line --

    def check_value(self, opt, value):
        if self.type not in self.TYPE_CHECKER:
            return value
        return self.TYPE_CHECKER[self.type](self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, part) for part in value])

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "callback":
            extra_args, extra_kwargs = self.callback_args or (), self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *extra_args, **extra_kwargs)
        elif action in _ACTION_STEPS:
            _ACTION_STEPS[action](self, dest, value, values, parser)
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


Option.CHECK_METHODS = [Option._check_action, Option._check_type, Option._check_choice,
                        Option._check_dest, Option._check_const, Option._check_nargs,
                        Option._check_callback]


class Values:
    """The parsed options: one attribute per destination."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return _address_repr(self)

    def __eq__(self, other):
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    def _update_careful(self, mapping):
        # Only names this object already has, and only values that are not None.
        for name in dir(self):
            value = mapping.get(name)
            if value is not None:
                setattr(self, name, value)

    def _update_loose(self, mapping):
        self.__dict__.update(mapping)

    def _update(self, mapping, mode):
        updaters = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % mode)
        updaters[mode](mapping)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        import sys
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)
