# module globals changed by module functions; `from` imports copy the current binding
import _mod_state
from _mod_state import counter, history, increment
print(_mod_state.counter, counter)
increment()
increment(5)
print(_mod_state.counter, counter, _mod_state.get())
print(history, history is _mod_state.history)
_mod_state.counter = 100
print(increment(), _mod_state.get())
from _mod_state import counter
print(counter)
