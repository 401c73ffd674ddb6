# Two tiny esoteric interpreters: Brainfuck (with bracket pre-matching) and a mini Forth.
import operator


def bf(src, inp=b""):
    code = [c for c in src if c in "+-<>[].,"]
    jump, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            jump[i], jump[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape = bytearray(300)
    ptr = pc = steps = 0
    out = bytearray()
    inp = iter(inp)
    while pc < len(code):
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
            if ptr < 0:
                raise IndexError("tape pointer moved left of cell 0")
        elif c == ".":
            out.append(tape[ptr])
        elif c == ",":
            tape[ptr] = next(inp, 0)
        elif c == "[" and not tape[ptr]:
            pc = jump[pc]
        elif c == "]" and tape[ptr]:
            pc = jump[pc]
        pc += 1
        steps += 1
    return out.decode("latin-1"), steps


HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(bf(HELLO))
print(bf(",[.,]", b"echo!"))
print(bf(",>,<[->+<]>.", bytes([30, 35])))
for bad in ["[[]", "]", "<"]:
    try:
        bf(bad)
    except (SyntaxError, IndexError) as e:
        print(type(e).__name__, e)


class ForthError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.out = []
        self.words = {}
        bin_ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv,
                   "mod": operator.mod, "=": lambda a, b: -1 if a == b else 0, "<": lambda a, b: -1 if a < b else 0}
        self.prims = {k: self._binop(f) for k, f in bin_ops.items()}
        self.prims.update({
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": lambda: self.stack.extend([self.pop(), self.pop()]),
            "over": lambda: self.push(self.stack[-2] if len(self.stack) > 1 else self.underflow()),
            ".": lambda: self.out.append(str(self.pop())),
            "emit": lambda: self.out.append(chr(self.pop())),
            "cr": lambda: self.out.append("\n"),
        })

    def underflow(self):
        raise ForthError("stack underflow")

    def _binop(self, f):
        def run():
            b, a = self.pop(), self.pop()
            if f is operator.floordiv and b == 0:
                raise ForthError("division by zero")
            self.push(f(a, b))
        return run

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop() if self.stack else self.underflow()

    def peek(self):
        return self.stack[-1] if self.stack else self.underflow()

    def run(self, text):
        tokens = text.lower().split()
        self.execute(tokens)
        return " ".join(self.out).replace(" \n ", "\n")

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1]
                if name.lstrip("-").isdigit():
                    raise ForthError(f"cannot redefine number {name}")
                self.words[name] = tokens[i + 2:end]
                i = end + 1
                continue
            if t == "if":
                depth, j, else_at = 0, i + 1, None
                while True:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "then":
                        if depth == 0:
                            break
                        depth -= 1
                    elif tokens[j] == "else" and depth == 0:
                        else_at = j
                    j += 1
                cond = self.pop()
                body = tokens[i + 1:else_at or j] if cond else (tokens[else_at + 1:j] if else_at else [])
                self.execute(body)
                i = j + 1
                continue
            if t in self.words:
                self.execute(self.words[t])
            elif t in self.prims:
                self.prims[t]()
            else:
                try:
                    self.push(int(t))
                except ValueError:
                    raise ForthError(f"unknown word {t!r}") from None
            i += 1


f = Forth()
print(f.run("1 2 + 3 * . 10 3 mod . 7 2 / ."))
print(f.run(": square dup * ; : cube dup square * ; 4 square . 3 cube ."))
print(f.run(": sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ; -5 sign . 0 sign . 9 sign ."))
print(f.run("72 emit 105 emit cr 1 2 swap . . 5 6 over . . ."))
print("words:", sorted(f.words), "stack:", f.stack)
for prog in ["1 +", "5 0 /", "1 2 frob", ": 5 6 ;", "drop"]:
    try:
        Forth().run(prog)
    except ForthError as e:
        print(f"{prog!r}: ForthError: {e}")
