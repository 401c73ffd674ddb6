# AoC-style syntax scoring: bracket stacks, dict maps, median of completion scores, error reporting with exceptions
from statistics import median

DATA = """[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]"""

PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
ERROR = {")": 3, "]": 57, "}": 1197, ">": 25137}
COMPLETE = {")": 1, "]": 2, "}": 3, ">": 4}


class Corrupted(Exception):
    def __init__(self, line_no, col, expected, found):
        super().__init__(f"line {line_no}: col {col}: expected {expected!r}, found {found!r}")
        self.found = found


def check(line_no, line):
    stack = []
    for col, ch in enumerate(line, 1):
        if ch in PAIRS:
            stack.append(PAIRS[ch])
        elif not stack or stack.pop() != ch:
            raise Corrupted(line_no, col, stack[-1] if stack else None, ch)
    return "".join(reversed(stack))


error_score = 0
completions = []
for i, line in enumerate(DATA.splitlines(), 1):
    try:
        missing = check(i, line)
    except Corrupted as e:
        print("corrupt:", e, e.args[0][:6], e.found)
        error_score += ERROR[e.found]
    else:
        score = 0
        for ch in missing:
            score = score * 5 + COMPLETE[ch]
        completions.append(score)
        print(f"incomplete: {missing:<12} {score:>10}")
print("part1", error_score, "part2", median(completions), sorted(completions)[len(completions) // 2])


def balanced(s):
    depth = 0
    for ch in s:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def generate(n, prefix="", opened=0, closed=0):
    if len(prefix) == 2 * n:
        yield prefix
        return
    if opened < n:
        yield from generate(n, prefix + "(", opened + 1, closed)
    if closed < opened:
        yield from generate(n, prefix + ")", opened, closed + 1)


gen4 = list(generate(4))
print(len(gen4), gen4[:5], all(map(balanced, gen4)), [len(list(generate(k))) for k in range(1, 9)])
print(balanced("(()"), balanced("())("), balanced(""), balanced("(a(b)c)"))
try:
    check(0, "(]")
except Corrupted as e:
    print(repr(e), isinstance(e, Exception), e.__class__.__mro__[1].__name__)
check(99, "{([(<{}[<>[]}>{[]{[(<()>")
