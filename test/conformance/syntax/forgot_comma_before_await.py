# 'await' starts an expression for CPython's error pass too: 'Perhaps you forgot a comma?' before it.
import traceback
SOURCES = [
    'x = [a await b]',
    'x = [a await "12"]',
    'f(a await b)',
    'x = (1 await)',
    'x = a await b',
    'async def f():\n    return [a await b]\n',
    'match await x:\n    case 1: pass\n',
    'x = {1: a await b}',
]
for source in SOURCES:
    try:
        compile(source, '<fuzz>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
