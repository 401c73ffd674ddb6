# deprecations issued by the library and the VM, attributed to the calling line of __main__
import warnings, configparser, locale, os

print(bool(NotImplemented))
if NotImplemented:
    print("NotImplemented is true")
class A:
    def __eq__(self, other):
        return NotImplemented
print(A() == A(), A() != A())

p = configparser.SafeConfigParser()
p.read_string("[s]\nk = v\n")
print(type(p).__name__, isinstance(p, configparser.ConfigParser), p["s"]["k"])

os.environ["LC_ALL"] = "C"
print(locale.getdefaultlocale())
os.environ["LC_ALL"] = "en_GB.ISO8859-1"
print(locale.getdefaultlocale())
print(locale.getdefaultlocale(("NO_SUCH_VARIABLE_SET",)))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    bool(NotImplemented)
    configparser.SafeConfigParser()
    locale.getdefaultlocale()
for w in log:
    print(w.category.__name__, w.lineno, str(w.message)[:40])
