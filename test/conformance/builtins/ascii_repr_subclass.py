# ascii() hands back __repr__'s result itself when it is all ASCII (a str subclass stays one);
# a repr needing escapes becomes a new plain str.
class Tag(str):
    pass


class Shows:
    def __init__(self, r):
        self.r = r

    def __repr__(self):
        return self.r


for r in [Tag('<abc>'), Tag(''), Tag('caf\xe9'), Tag('\U0001f40d!'), 'plain', 'na\xefve']:
    a = ascii(Shows(r))
    print(type(a).__name__, a, type(repr(Shows(r))).__name__)

print(type(ascii(Tag('x'))).__name__, ascii(Tag('x')))
print(ascii([Tag('a'), 'b\xe9']))
try:
    ascii(Shows(5))
except TypeError as e:
    print('TypeError:', e)
