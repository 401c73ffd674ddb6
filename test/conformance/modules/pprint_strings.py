# pprint: long strings split at spaces and line ends, parenthesised only at the top level, allowances of the closing brackets
import pprint

text = "The quick brown fox jumps over the lazy dog. " * 4
for w in (80, 50, 30, 12, 3):
    pprint.pprint(text, width=w)
pprint.pprint("line one\nline two\n\nline four is a little longer than the others\n", width=25)
pprint.pprint(["abc " * 10, ("def " * 10,), {"k": "ghi " * 10}], width=30)
pprint.pprint(("x" * 20 + " " + "y" * 20,), width=30)
pprint.pprint(["word " * 8], width=20, indent=3)
pprint.pprint("nospaceatallinthisverylongstringthatcannotbesplit" * 2, width=20)
pprint.pprint("tabs\tand\tspaces  between\twords " * 3, width=25)
pprint.pprint("quote's \"mixed\" text " * 4, width=30)
pprint.pprint("ünïcödé wörds hërë " * 4, width=30)
pprint.pprint("", width=1)
pprint.pprint(" " * 100, width=20)
pprint.pprint("end\n", width=3)
class S(str):
    pass
pprint.pprint(S("subclass words " * 8), width=40)
pprint.pprint({"a": "x " * 20, "b": ["y " * 20]}, width=25)
pprint.pprint({"one": "\n".join(["row %d" % i for i in range(6)])}, width=20)
pprint.pprint([["deeply nested words " * 3]], width=30)
pprint.pprint("a b", width=1)
pprint.pprint(["a b c d e f"], width=4, compact=True)
pprint.pprint(list("abcdefghijklmnop") + ["long string " * 4], width=30, compact=True)
pprint.pprint([[1, 2], [3, 4], "five", (6, 7), [8, [9, 10]]] * 2, width=25, compact=True)
