# CPython 3.11 refuses to compile expressions nested past 3 x the recursion limit
# (its AST optimizer and symbol table count levels); shallower chains compile.
import sys

def attempt(label, src):
    try:
        compile(src, '<fuzz>', 'exec')
        print(label, 'ok')
    except RecursionError as e:
        print(label, type(e).__name__, e)
    except SyntaxError as e:
        print(label, type(e).__name__, e)

attempt('add 2900', 'x = 1' + '+1' * 2900)
attempt('add 3100', 'x = 1' + '+1' * 3100)
attempt('neg 3100', 'x = ' + '-' * 3100 + '1')
attempt('not 3100', 'x = ' + 'not ' * 3100 + '1')
attempt('sub 3100', 'x = 1' + '[0]' * 3100)
attempt('call 3100', 'x = 1' + '()' * 3100)
attempt('ifexp 3100', 'x = 1' + ' if 1 else 1' * 3100)
attempt('and 3100', 'x = 1' + ' and 1' * 3100)
attempt('cmp 3100', 'x = 1' + ' < 1' * 3100)
attempt('in def 3100', 'def f():\n    return 1' + '+1' * 3100)
try:
    exec('y = 1' + '+1' * 3200)
except RecursionError as e:
    print('exec', e)
sys.setrecursionlimit(200)
attempt('limit 200, add 500', 'x = 1' + '+1' * 500)
attempt('limit 200, add 700', 'x = 1' + '+1' * 700)
sys.setrecursionlimit(1000)
print('after', eval('1' + '+1' * 50))
