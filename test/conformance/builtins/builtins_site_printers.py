# copyright, credits and license (site's _Printer objects), builtins.__doc__ and __package__, sys.copyright
import builtins, sys
print(repr(copyright) == sys.copyright)
print(repr(credits))
print(repr(license))
copyright()
credits()

print(type(copyright).__name__, type(license).__name__)
print(builtins.__doc__.splitlines()[0])
print(repr(builtins.__package__), builtins.__name__)
print([n for n in dir(builtins) if n in ('copyright', 'credits', 'license', 'help', 'exit', 'quit')])
print(list(vars(builtins))[-8:])
