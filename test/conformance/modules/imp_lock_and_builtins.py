# _imp: the import lock (re-entrant, released only by its holder) and is_builtin's three answers.
import _imp
import threading

print(_imp.is_builtin('sys'), _imp.is_builtin('builtins'), _imp.is_builtin('_thread'), _imp.is_builtin('no_such_mod'))
print(_imp.lock_held())
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())

result = []
def other():
    try:
        _imp.release_lock()
    except RuntimeError as e:
        result.append(str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(result)

_imp.release_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print('RuntimeError:', e)
print(type(_imp.extension_suffixes()).__name__, _imp.check_hash_based_pycs)
