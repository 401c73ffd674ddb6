# re: a look-behind must have a fixed width (sre's rule); inline-flag and end-of-pattern errors and their positions
import re
for p in ["(?<=a+)b", "(?<=a|bc)", "(?<=ab|cd)x", "(?<!a*)", "(?<=a{3})", "(?<=a{2,3})", "(a)(?<=\\1)", "(ab)(?<=\\1)",
          "(a*)(?<=\\1)", "(?<=(?=abc)x)", "(?<=\\b)a", "(?<=x?)", "(?<=[ab])", "(?<=(a|b)c)", "(?<=a{0})",
          "(?<=\\d{2}-)", "(?<=(?:ab)+)", "(?<=(?:)*)", "(?<=a(?#note)b)", "(?<=\\$)\\d+"]:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.findall("ab$12 cd aaab"))
    except re.error as e:
        print(repr(p), type(e).__name__, e, e.pos)
for p in ["x(?", "x(?<", "x(?P", "(?P", "(?<", "(?P<", "(?P<a", "(?P=", "(?P<>a)", "(?P=)", "(?P<a>x)(?P=)",
          "(?i", "(?-", "(?i-", "(?i-s", "(?ix", "(?-i", "(?-x)", "(?s-:a)", "(?sq)", "(?-q:a)", "(?s-s:a)",
          "(?a", "(?m-1:a)", "(?m1:a)", "(?s-m:a)b", "(?x-s: a b )"]:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.findall("ab a\nb"))
    except re.error as e:
        print(repr(p), type(e).__name__, e, e.pos)
