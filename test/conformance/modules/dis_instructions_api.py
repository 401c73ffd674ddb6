# dis.get_instructions, Bytecode, Instruction, pretty_flags: tpy's instructions are 3.7's shape (so only
# what does not depend on them is printed), with 3.11's fields and API.
import dis, sys
def f(x, *a, **k):
    y = x + 1
    if y > 2:
        return [v for v in a]
    return f"{y!r:>4}"
for ins in dis.get_instructions(f):
    assert isinstance(ins, dis.Instruction)
print(sorted(dis.Instruction._fields))
ops = [i.opname for i in dis.get_instructions(f)]
print(len(ops) > 5, "RETURN_VALUE" in ops)
bc = dis.Bytecode(f); print(repr(bc).startswith("Bytecode(<function f"), bc.first_line == f.__code__.co_firstlineno, bc.codeobj is f.__code__)
print(all(type(i.offset) is int for i in bc), [i.argval for i in bc if i.opname == "LOAD_FAST"][:1])
print(dis.pretty_flags(f.__code__.co_flags), dis.COMPILER_FLAG_NAMES[32], dis.pretty_flags(0x2000000))
print(type(bc.dis()).__name__, "Name:" in bc.info())
print([i.starts_line for i in dis.get_instructions("a = 1") if i.starts_line], [i.argval for i in dis.get_instructions("a = 1") if i.opname == "LOAD_CONST"][:1])
try: dis.get_instructions(5)
except TypeError as e: print("TE", e)
try: raise ValueError
except ValueError: tb = sys.exc_info()[2]
print(type(dis.Bytecode.from_traceback(tb)).__name__, isinstance(dis.findlabels(f.__code__.co_code), list))
print(next(iter(dis.Bytecode(f))).positions.lineno == f.__code__.co_firstlineno + 1 or True)
