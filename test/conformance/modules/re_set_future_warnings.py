# re's FutureWarnings for classes that may one day read as nested sets or set operations
# (shown once each, at the line compiling the pattern), and the same patterns as errors under
# an "error" filter.
import re
import warnings

print(re.findall(r"[[a]", "a[b"))
print(re.findall(r"[+--]", "a-b,+"))
print(re.findall(r"[a&&b]", "a&b"), re.findall(r"[x||y]", "|y"), re.findall(r"[x~~y]", "~"))
print(re.findall(r"[]+--]", "]-+,"), re.findall(r"([[x])", "[x"), re.sub(r"[a-z--0]", "#", "a-0"))
print(re.findall(r"[&&]", "&"), re.findall(r"[^[a]", "b["), re.findall(r"[a-]", "-"), re.findall(r"[\[]", "["))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for p in [r"[a--b]", r"[[a]", r"[a&&b]", r"[a||b]", r"[a~~b]", r"[\w--]", r"(?:a|[b[c])", r"[a-&&]"]:
        try:
            re.compile(p)
            print(p, "compiled")
        except FutureWarning as e:
            print(p, "FutureWarning:", e)
        except re.error as e:
            print(p, "re.error:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        re.compile(r"[+--][c&&d][\w--]")
    except re.error as e:
        print("re.error:", e)
    print([str(w.message) for w in caught], {w.category.__name__ for w in caught})
