# re: empty matches in findall/sub/split/finditer (Python 3.7+ rules: an empty match may
# follow a non-empty one, and a search after an empty match must advance), for patterns
# whose first choice can be empty with or without a non-empty alternative.
import re

patterns = ['x*', 'x*|a', '|a', 'a|', 'a*?', 'a??', '(?:)', r'\b', r'\B', '^', '$', '(?m)^', '(?m)$',
            'a*(?=b)', '(a|)', '(|a)', 'a?b?', '(?:a|b)*', '(?:a*?)b?', r'(a)\1?', r'(?=a)|a', 'b*?a',
            '(?:ab)*', '[ab]{0,2}', '[ab]{0,2}?']
texts = ['', 'abc', 'aab', 'baaa\nab', 'xaxbx']
for p in patterns:
    for t in texts:
        found = re.findall(p, t)
        spans = [m.span() for m in re.finditer(p, t)]
        print(repr(p), repr(t), found, spans, repr(re.sub(p, '-', t)), re.split(p, t), re.subn(p, '<\\g<0>>', t, 3))
