# len() of short strs (scanned for surrogate pairs, not RegExp-tested), around the length where that changes.
ss = ['', 'a', 'abcdefghij', 'abcdefghijk', '\U0001f600' * 3, 'ab\U0001f600cd\U0001f600ef', '\ud800', '\ud800abc', 'x\udc00y', 'é' * 9, '中文' * 5]
for s in ss:
    for i in range(300):
        n = len(s)
    print(n, len(s + 'z'), len(s[1:]), [len(s[:k]) for k in range(12)])
