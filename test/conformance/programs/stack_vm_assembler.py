# A tiny stack-based VM with a two-pass assembler (labels, calls), a disassembler and error reporting.
from enum import IntEnum
import struct


class Op(IntEnum):
    PUSH = 1
    POP = 2
    ADD = 3
    SUB = 4
    MUL = 5
    DIV = 6
    DUP = 7
    SWAP = 8
    JMP = 9
    JZ = 10
    CALL = 11
    RET = 12
    LOAD = 13
    STORE = 14
    PRINT = 15
    HALT = 16
    LT = 17
    OVER = 18


ARGS = {Op.PUSH, Op.JMP, Op.JZ, Op.CALL, Op.LOAD, Op.STORE}


class AsmError(Exception):
    def __init__(self, lineno, msg):
        super().__init__('line %d: %s' % (lineno, msg))
        self.lineno = lineno


def assemble(src):
    labels, pending, code = {}, [], []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(';', 1)[0].strip()
        if not line:
            continue
        while ':' in line:
            label, _, line = line.partition(':')
            if label.strip() in labels:
                raise AsmError(lineno, 'duplicate label %r' % label.strip())
            labels[label.strip()] = len(code)
            line = line.strip()
        if not line:
            continue
        name, *rest = line.split()
        try:
            op = Op[name.upper()]
        except KeyError:
            raise AsmError(lineno, 'unknown opcode %r' % name) from None
        if (op in ARGS) != bool(rest):
            raise AsmError(lineno, '%s takes %s argument' % (op.name, 'one' if op in ARGS else 'no'))
        code.append(int(op))
        if op in ARGS:
            arg = rest[0]
            if arg.lstrip('-').isdigit():
                code.append(int(arg))
            else:
                pending.append((len(code), arg, lineno))
                code.append(0)
    for pos, label, lineno in pending:
        if label not in labels:
            raise AsmError(lineno, 'undefined label %r' % label)
        code[pos] = labels[label]
    return code, labels


def disassemble(code, labels):
    names = {v: k for k, v in labels.items()}
    pc, out = 0, []
    while pc < len(code):
        op = Op(code[pc])
        tag = (names.get(pc, '') + ':') if pc in names else ''
        if op in ARGS:
            out.append('%-8s%04d %-6s %d' % (tag, pc, op.name, code[pc + 1]))
            pc += 2
        else:
            out.append('%-8s%04d %s' % (tag, pc, op.name))
            pc += 1
    return out


class VMError(RuntimeError):
    pass


def run(code, trace=False, limit=100000):
    stack, calls, mem, out = [], [], [0] * 16, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > limit:
            raise VMError('step limit exceeded at pc=%d' % pc)
        op = Op(code[pc])
        arg = code[pc + 1] if op in ARGS else None
        pc += 2 if op in ARGS else 1
        if trace:
            print('   %-6s %-5s %s' % (op.name, '' if arg is None else arg, stack))
        try:
            match op:
                case Op.PUSH: stack.append(arg)
                case Op.POP: stack.pop()
                case Op.ADD | Op.SUB | Op.MUL | Op.DIV | Op.LT:
                    b, a = stack.pop(), stack.pop()
                    if op is Op.DIV and b == 0:
                        raise VMError('division by zero at pc=%d' % (pc - 1))
                    stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b,
                                  Op.DIV: a // b if op is Op.DIV else 0, Op.LT: int(a < b)}[op])
                case Op.DUP: stack.append(stack[-1])
                case Op.OVER: stack.append(stack[-2])
                case Op.SWAP: stack[-1], stack[-2] = stack[-2], stack[-1]
                case Op.JMP: pc = arg
                case Op.JZ:
                    if stack.pop() == 0:
                        pc = arg
                case Op.CALL:
                    calls.append(pc)
                    pc = arg
                case Op.RET: pc = calls.pop()
                case Op.LOAD: stack.append(mem[arg])
                case Op.STORE: mem[arg] = stack.pop()
                case Op.PRINT: out.append(stack.pop())
                case Op.HALT: return out, steps, stack
        except IndexError:
            raise VMError('stack underflow at pc=%d (%s)' % (pc - 1, op.name)) from None


FACT = '''
        push 10
        call fact
        print
        push 7
        push 3
        call pow     ; 7**3
        print
        halt
fact:   dup          ; n n
        jz base
        dup
        push 1
        sub
        call fact
        mul
        ret
base:   pop
        push 1
        ret
pow:    store 1      ; exponent
        store 0      ; base
        push 1
loop:   load 1
        jz done
        load 0
        mul
        load 1
        push 1
        sub
        store 1
        jmp loop
done:   ret
'''
code, labels = assemble(FACT)
print(len(code), sorted(labels.items()))
print('\n'.join(disassemble(code, labels)[:12]))
print(run(code))
blob = struct.pack('<%di' % len(code), *code)
print(len(blob), blob[:12].hex(' '))
again = list(struct.unpack('<%di' % (len(blob) // 4), blob))
print(again == code)
print(run(assemble('push 2\npush 3\nover\nover\nlt\nprint\nswap\nsub\nprint\nhalt')[0], trace=True))

for bad in ['push', 'frob 1', 'jmp nowhere', 'a: push 1\na: halt', 'add 3']:
    try:
        assemble(bad)
    except AsmError as e:
        print('AsmError', e, e.lineno)
for prog in ['push 1\npush 0\ndiv\nhalt', 'add\nhalt', 'x: jmp x', 'push 5\nprint\nprint\nhalt']:
    try:
        print(run(assemble(prog)[0], limit=1000))
    except VMError as e:
        print('VMError', e)
print(Op(3), Op.MUL.value, Op['HALT'], repr(Op.DUP), list(Op)[:3], Op.PUSH < Op.POP)
