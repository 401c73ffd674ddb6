# difflib: unified_diff, context_diff, ndiff, Differ, restore, get_close_matches and their errors.
import difflib
import sys

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n', 'eleven\n', 'twelve\n', 'thirteen\n']
sys.stdout.writelines(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(a, b, 'a', 'b', 'date1', 'date2', n=1))
sys.stdout.writelines(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.context_diff(a, b, n=0))
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['old\n'], [])))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['\tabc\n'], ['\tabd\n'])))
print(list(difflib.ndiff(['a', 'b', 'c'], ['x', 'y', 'z'])))
print(list(difflib.ndiff(['a', 'b', 'c', 'd'], ['x', 'b', 'c'])))
print(list(difflib.ndiff(['same', 'qwe'], ['asd', 'same'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ba', 'ab', 'abc', 'abd', 'a'], n=2, cutoff=0.0))

for bad in [lambda: difflib.get_close_matches('x', ['x'], n=0),
            lambda: difflib.get_close_matches('x', ['x'], cutoff=1.5),
            lambda: list(difflib.restore([], 3)),
            lambda: list(difflib.unified_diff([b'a'], ['b'])),
            lambda: list(difflib.unified_diff(['a'], [1])),
            lambda: list(difflib.context_diff(['a'], ['b'], fromfile=3))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
