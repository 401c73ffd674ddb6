# shlex.shlex(punctuation_chars=...): runs of punctuation are one token, in posix and non-posix modes, with whitespace_split
import shlex

cases = ["a && b || c", "a&&b;c", "ls -l > out.txt 2>&1", "echo $(x) ; y", "a=(1 2) ~/x.txt *.py",
         "x;;y", "echo 'a && b' \"c;d\" e\\;f", "a # c\nb && c", "&&", "a ;\n b", "echo 'open"]
for ws in (False, True):
    for posix in (False, True):
        for c in cases:
            for pc in (True, ";&"):
                lx = shlex.shlex(c, posix=posix, punctuation_chars=pc)
                lx.whitespace_split = ws
                try:
                    print(ws, posix, repr(pc), repr(c), list(lx), lx.lineno)
                except ValueError as e:
                    print(ws, posix, repr(pc), repr(c), type(e).__name__, e)

lx = shlex.shlex("a", punctuation_chars=True)
print(lx.punctuation_chars, lx.wordchars)
print(shlex.shlex("a", punctuation_chars="ab").wordchars)
print(repr(shlex.shlex("x").punctuation_chars))
try:
    lx.punctuation_chars = "x"
except AttributeError as e:
    print(type(e).__name__, e)
