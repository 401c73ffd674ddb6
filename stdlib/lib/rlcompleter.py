"""Completion of Python names and attributes, for readline: Completer(namespace).complete(text, state)
gives the state-th name that completes text (keywords, the namespace's names
and builtins; for 'a.b.c', the attributes of a.b), or None after the last."""

import atexit
import builtins
import inspect
import keyword
import re
import __main__

__all__ = ["Completer"]

# keywords that complete with ':' (a block follows) or with nothing (a whole statement or value)
_KEYWORD_COLON = {'finally', 'try'}
_KEYWORD_ALONE = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_'}


class Completer:

    def __init__(self, namespace=None):
        """Complete in namespace (a dict), or in __main__'s globals as they are at each call."""
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = 1 if namespace is None else 0
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        """The state-th completion of text, or None; blank text completes to a tab."""
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if not text.strip():
            if state:
                return None
            if _readline_available:
                readline.insert_text('\t')
                readline.redisplay()
                return ''
            return '\t'
        if state == 0:
            self.matches = self.attr_matches(text) if '.' in text else self.global_matches(text)
        return self.matches[state] if state < len(self.matches) else None

    def _callable_postfix(self, val, word):
        # a callable completes with '(', and with '()' if it takes no arguments
        if not callable(val):
            return word
        try:
            takes_nothing = not inspect.signature(val).parameters
        except ValueError:
            takes_nothing = False
        return word + ('()' if takes_nothing else '(')

    def global_matches(self, text):
        """Keywords, then the namespace's names, then builtins, that start with text."""
        found = []
        seen = {"__builtins__"}
        for word in keyword.kwlist + keyword.softkwlist:
            if word.startswith(text):
                seen.add(word)
                if word in _KEYWORD_COLON:
                    word += ':'
                elif word not in _KEYWORD_ALONE:
                    word += ' '
                found.append(word)
        for names in (self.namespace, builtins.__dict__):
            for word, val in names.items():
                if word.startswith(text) and word not in seen:
                    seen.add(word)
                    found.append(self._callable_postfix(val, word))
        return found

    def attr_matches(self, text):
        """For 'expr.prefix': expr evaluated in the namespace, and its attributes
        (and its class's) starting with prefix, sorted. Names starting with '_'
        (or '__') are offered only when asked for or when nothing else matches."""
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            obj = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(obj))
        words.discard("__builtins__")
        if hasattr(obj, '__class__'):
            words.add('__class__')
            words.update(get_class_members(obj.__class__))
        hidden = {'': '_', '_': '__'}.get(attr)
        while True:
            found = []
            for word in words:
                if not word.startswith(attr) or (hidden and word.startswith(hidden)):
                    continue
                full = "%s.%s" % (expr, word)
                if isinstance(getattr(type(obj), word, None), property):
                    found.append(full)      # a property is not run to see what it gives
                    continue
                value = getattr(obj, word, None)
                found.append(full if value is None else self._callable_postfix(value, full))
            if found or not hidden:
                break
            hidden = '__' if hidden == '_' else None
        return sorted(found)


def get_class_members(klass):
    """dir() of a class and of all its bases (repeats included)."""
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members


try:
    import readline
except ImportError:
    _readline_available = False
else:
    readline.set_completer(Completer().complete)
    atexit.register(lambda: readline.set_completer(None))
    _readline_available = True
