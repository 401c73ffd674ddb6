# s[i], s[a:b] and len(s) where code units and code points differ (astral characters, lone
# surrogates) at every distance from the start, next to long texts with none (two-byte
# '€' text, ASCII), several looked at in turn, and str subclasses.
class S(str):
    pass

euro = '€uro ' * 40
ascii_ = 'auro ' * 40
astral = 'x' * 40 + '\U0001F600' + 'y' * 40
lone = 'ab' * 20 + '\ud800' + 'cd' * 20
early = '\U0001F600' + 'z' * 60
texts = [euro, ascii_, astral, lone, early, S(euro), S(astral), 'é' * 50, '\U0001F600' * 3]
for t in texts:
    n = len(t)
    print(type(t).__name__, n, ascii(t[0]), ascii(t[-1]), ascii(t[n // 2]), ascii(t[:3]), ascii(t[30:34]),
          ascii(t[38:43]), ascii(t[-5:]), ascii(t[:-78]), ascii(t[5:2]), ascii(t[:n + 10][-2:]), ascii(t[40]) if n > 40 else '-')
    print([ascii(t[i]) for i in (31, 32, 33, 39, 40, 41)] if n > 41 else ascii(t[1:]))
# Several long texts looked at in turn: each keeps its answer.
total = 0
for i in range(0, 200, 7):
    for t in (euro, astral, ascii_, lone, early, euro):
        if i < len(t):
            total += ord(t[i]) + len(t) + len(t[i:i + 2])
print(total)
for t in (astral, lone, early):
    try:
        t[len(t)]
    except IndexError as e:
        print('IndexError', e)
print(ascii(astral[39:42]), ascii(lone[39:42]), ascii(early[:2]), ascii(early[0]), len(early[:1]))
print([len(x) for x in (astral[:41], astral[41:], lone[:41], lone[41:], early[1:])])
