# functools.partial's reduce state carries its keywords dict itself (copy.copy shares it).
import copy, functools, pickle
from inspect import signature
f = functools.partial(signature, ['asdf'], bar=[True])
f.attr = []
c = copy.copy(f)
print(c.attr is f.attr, c.args is f.args, c.keywords is f.keywords, f.__reduce__()[2][2])
d = copy.deepcopy(f)
print(d.keywords is f.keywords, d.keywords == f.keywords)
g = functools.partial(len)
print(g.__reduce__()[2])
h = pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs)))
print(h(-5), h.keywords, h.args)
