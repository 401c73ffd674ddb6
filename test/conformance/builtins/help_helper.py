# help is site's _Helper in builtins: its repr and type, and NameError suggestions reach it.
print(repr(help))
print(type(help).__name__, type(help).__module__)
print('help' in dir(__builtins__))
try:
    hello
except NameError as e:
    print(type(e).__name__, e)
hlp()
