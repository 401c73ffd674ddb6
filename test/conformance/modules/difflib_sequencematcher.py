# difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk and autojunk.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))

s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for opcode in s.get_opcodes():
    print(opcode)
print(list(s.get_grouped_opcodes(1)))

# Sequences of lines, tuples of ints, empty ones.
a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
b = [1, 2, 30, 4, 5, 6, 7, 8, 10, 11]
s = difflib.SequenceMatcher(None, a, b)
print(s.get_opcodes(), s.ratio())
print(list(s.get_grouped_opcodes(2)))
s = difflib.SequenceMatcher(None, "", "")
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
s = difflib.SequenceMatcher(None, "abc", "")
print(s.get_opcodes(), s.ratio(), list(s.get_grouped_opcodes()))

# autojunk: an element that makes up more than 1% of a b of 200+ items is ignored.
a = "x" * 100 + "y"
b = "x" * 300 + "y"
s = difflib.SequenceMatcher(None, a, b)
print(s.bpopular, len(s.get_matching_blocks()), s.get_matching_blocks()[:2], round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(s.bpopular, s.get_matching_blocks(), round(s.ratio(), 4))
s = difflib.SequenceMatcher(str.isspace, "a b c", "a  b  c")
print(sorted(s.bjunk), s.get_matching_blocks())
s.set_seq1("abc")
print(s.get_opcodes())
s.set_seqs("hello world", "help word")
print(s.get_opcodes(), round(s.ratio(), 5))
m = s.find_longest_match(0, 11, 0, 9)
print(m.a, m.b, m.size, m == (0, 0, 3))
