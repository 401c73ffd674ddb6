# difflib: ties in get_close_matches, Differ with linejunk, equal lines inside a replace, hint lines, attributes.
import difflib
import sys

print(difflib.get_close_matches('abc', ['abd', 'abe', 'xbc', 'abc', 'acb', 'cab'], n=10, cutoff=0.0))
print(difflib.get_close_matches('hello', ('hallo', 'hullo', 'help', 'yellow', 'shell'), n=5, cutoff=0.5))
print(difflib.get_close_matches('', ['', 'a'], cutoff=0.0))
print(difflib.get_close_matches('x', iter(['x', 'y', 'xx'])))

# identical lines inside a replaced block are synced on
a = ['aaa\n', 'common line\n', 'bbb\n']
b = ['zzz zz\n', 'common line\n', 'yyy yy\n']
sys.stdout.writelines(difflib.ndiff(a, b))
sys.stdout.writelines(difflib.ndiff(['abc  def\n', 'x\n'], ['abc def\n', 'y\n']))
sys.stdout.writelines(difflib.ndiff(['    indented\tline\n'], ['    indented  line!\n']))
sys.stdout.writelines(difflib.ndiff(['the quick brown fox\n'], ['the quack brown fix\n']))
sys.stdout.writelines(difflib.ndiff(['abcdefgh\n', 'q\n'], ['abcXefgh\n', 'abcdefgY\n']))
sys.stdout.writelines(difflib.ndiff(['#\n', 'a\n', '\n', 'b\n'], ['a\n', 'b\n', '#\n'],
                                    linejunk=difflib.IS_LINE_JUNK))
sys.stdout.writelines(difflib.ndiff(['a b c\n'], ['a  b  c\n'], charjunk=None))
d = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
print(list(d.compare(['one two'], ['one  two'])))
print(list(d.compare([], [])), list(d.compare(['x\n'], [])), list(d.compare([], ['y\n'])))

s = difflib.SequenceMatcher(None, 'abcab', 'cabca')
print(sorted(s.b2j.items()), s.bjunk, s.bpopular)
print(s.get_matching_blocks(), s.get_opcodes())
print(s.find_longest_match(1, 4, 1, 4), s.find_longest_match(alo=2, bhi=3))
print(difflib.SequenceMatcher[int], difflib.Match(1, 2, 3), difflib.Match._fields)
s = difflib.SequenceMatcher()
print(s.a, s.b, s.ratio(), s.isjunk, s.autojunk)
s.set_seq2('abcd')
s.set_seq1('bcda')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_opcodes())
s = difflib.SequenceMatcher(None, (1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 7, 8, 9))
print(list(s.get_grouped_opcodes(0)), list(s.get_grouped_opcodes(1)))
print(list(difflib.SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))

sys.stdout.writelines(difflib.context_diff(['a\n', 'b\n'], ['a\n', 'c\n', 'd\n'], 'f1', 'f2', 'd1', 'd2', n=1))
sys.stdout.writelines(difflib.context_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n']))
sys.stdout.writelines(difflib.context_diff(['a\n', 'c\n'], ['a\n', 'b\n', 'c\n']))
sys.stdout.writelines(difflib.unified_diff(list('abcdefghijklmnop'), list('abXdefghijklmnYp'), n=2, lineterm='\n'))
print()
print(list(difflib.unified_diff(['a'], ['b'], 'x', 'y', lineterm='')))
print(list(difflib.context_diff(['a'], ['b'], 'x', 'y', lineterm='')))
print(list(difflib.diff_bytes(difflib.context_diff, [b'a\n', b'\xff\n'], [b'a\n', b'\xfe\n'])))
for bad in [lambda: list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b'])),
            lambda: list(difflib.diff_bytes(difflib.unified_diff, [b'a'], [b'b'], fromfile='x')),
            lambda: list(difflib.restore(['- a'], '1')),
            lambda: list(difflib.restore(['- a'], 'x')),
            lambda: list(difflib.unified_diff(['a'], ['b'], lineterm=None)),
            lambda: difflib.get_close_matches('x', ['y'], n=-1),
            lambda: difflib.get_close_matches('x', ['y'], cutoff=-0.1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(difflib.restore(['  a\n', '- b\n', '+ c\n', '? ^\n'], 2)))
