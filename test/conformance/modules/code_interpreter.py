# code: InteractiveInterpreter.runsource and InteractiveConsole.push with complete, incomplete and erroneous input
import sys
import code

class Capture(code.InteractiveInterpreter):
    def write(self, data):
        print('[write]', data, end='')

interp = Capture()
print(interp.locals)
print(interp.runsource("x = 21"))
print(interp.runsource("x * 2"))
print(interp.runsource("if x:"))
print(interp.runsource("if x:\n  y = x + 1\n"))
print(interp.locals['y'])
print(interp.runsource("1 +"))
print(sys.last_type.__name__, sys.last_value.msg)
print(interp.runsource("1 / 0"))
print(sys.last_type.__name__, sys.last_value)
print(interp.runsource("def f():\n  return undefined_name\n"))
print(interp.runsource("f()"))
print(interp.runsource("raise SystemExit(3)") if False else 'skip')
try:
    interp.runsource("raise SystemExit(3)")
except SystemExit as e:
    print('SystemExit', e.code)

own = {'__name__': 'mine', 'z': 5}
ii = code.InteractiveInterpreter(own)
ii.runsource("w = z * 2")
print(own['w'])

console = code.InteractiveConsole({'__name__': '__console__'}, filename='<demo>')
for line in ["a = 1", "for i in range(3):", "    a += i", "", "print('a is', a)", "b = (1,", "2)", "b", "oops(", ")"]:
    more = console.push(line)
    print(repr(line), '->', more, console.buffer)

script = iter(["c = 10", "def g(n):", "    return n * c", "", "g(4)", "g(", "5)", "undefined"])
def reader(prompt):
    print('prompt', repr(prompt))
    try:
        return next(script)
    except StopIteration:
        raise EOFError
sys.stderr = sys.stdout
code.interact(banner='Welcome', readfunc=reader, local={'__name__': '__console__'}, exitmsg='Bye')
c2 = code.InteractiveConsole()
c2.raw_input = lambda prompt: (_ for _ in ()).throw(EOFError)
c2.interact(banner='', exitmsg='')
c2.interact(banner='B')
print(code.compile_command("x = (") is None)
