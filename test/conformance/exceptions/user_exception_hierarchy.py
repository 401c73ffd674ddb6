# a user exception hierarchy with a shared base: handlers, isinstance and __mro__ names
class AppError(Exception):
    """Base for this app."""
class ConfigError(AppError):
    pass
class MissingKey(ConfigError, KeyError):
    pass
print([c.__name__ for c in MissingKey.__mro__])
for exc in (AppError("a"), ConfigError("c"), MissingKey("m")):
    try:
        raise exc
    except KeyError as e:
        print("KeyError handler:", type(e).__name__, str(e))
    except ConfigError as e:
        print("ConfigError handler:", type(e).__name__, str(e))
    except AppError as e:
        print("AppError handler:", type(e).__name__, str(e))
print(issubclass(MissingKey, LookupError), issubclass(ConfigError, KeyError))
print(AppError.__doc__, ConfigError.__doc__)
print(type(MissingKey("x")).__name__, MissingKey.__bases__[1].__name__)
class Tagged(Exception):
    tag = "class attribute"
t = Tagged()
t.extra = 42
print(t.tag, t.extra, t.args)
