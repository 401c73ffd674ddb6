"""The built-in names the generator scripts (gen_builtin_docs.py, gen_text_signatures.py) cover:
the builtins namespace, and the built-in types it does not name (NoneType, function,
generator...), taken from the python3 that runs them."""
import builtins
import types


def builtin_namespace():
    namespace = dict(vars(builtins))
    for extra in [type(None), type(NotImplemented), type(Ellipsis)] + [v for v in vars(types).values() if isinstance(v, type)]:
        if extra.__module__ == 'builtins':
            namespace.setdefault(extra.__name__, extra)
    return namespace
