# str.title() of ASCII strs (tpy's slice path: letters after non-letters upper, the rest lower) and of
# non-ASCII ones (the character-at-a-time path), each checked by istitle().
import random
random.seed(5)
alpha = "aZ'9 -_.xQ\t"
for n in range(0, 14):
    for _ in range(6):
        s = ''.join(random.choice(alpha) for _ in range(n))
        print(repr(s), repr(s.title()), s.title().istitle())
for s in ["they're bill's friends", "hello world", "HELLO", "123abc", "a1b2", "ǅungla", "ßtraße", "éCOLE ÉTÉ", "x" * 40 + " y" * 5]:
    print(repr(s.title()))
