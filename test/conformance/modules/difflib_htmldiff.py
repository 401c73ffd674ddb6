# difflib.HtmlDiff: side-by-side HTML of two texts (tables and whole files), with context,
# wrapping, tabs, added and deleted blocks, and no differences at all.
import difflib

old = """def greet(name):
\tprint("Hello, " + name)
    return None

x = 1
y = 2
z = 3
w = 4
a long line that will need to be wrapped because it is longer than the column
the end
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
\tprint("Hello, " + name + punct)
    return None

x = 1
y = 2
z = 30
w = 4
inserted line
a long line that will need to be wrapped because it is much longer than the column
""".splitlines(keepends=True)

print(difflib.HtmlDiff, 'HtmlDiff' in difflib.__all__)
d = difflib.HtmlDiff()
print(d.make_table(old, new, "before.py", "after.py"))
print(difflib.HtmlDiff(tabsize=4, wrapcolumn=30).make_table(old, new, context=True, numlines=1))
print(difflib.HtmlDiff().make_table(old, old, "same", "same", context=True))
print(difflib.HtmlDiff().make_table([], ["only\n"], context=True))
page = difflib.HtmlDiff(wrapcolumn=40).make_file(old, new, "a", "b", context=True, numlines=2, charset="latin-1")
print(page)
for line in difflib._mdiff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n", "d\n"]):
    print(line)
for line in difflib._mdiff(old[:3], new[:3], context=0):
    print(line)
