# exec with builtins that are a dict subclass: module-level names (LOAD_NAME) go through its
# __getitem__ too, as function globals do.
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror(key)
for src, g in [("globalname", setonlydict({'globalname': 1})), ("superglobal", {'__builtins__': setonlydict({'superglobal': 1})}),
               ("def f(): return superglobal\nf()", {'__builtins__': setonlydict({'superglobal': 1})})]:
    try:
        exec(compile(src, "test", "exec"), g)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
class Logging(dict):
    def __getitem__(self, key):
        print('get', key)
        return dict.__getitem__(self, key)
exec("x = 1\nprint(x, len)", Logging({'__builtins__': __builtins__}))
