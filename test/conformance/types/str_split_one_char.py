# s.split(c) by one character, short and long texts, hot and cold, against CPython.

texts = ['', ',', ',,', 'a', 'a,', ',a', 'a,b,c,d,e,f', 'key=value', 'x' * 300 + ',' + 'y' * 10,
         ','.join(str(i) for i in range(200)), 'caf\u00e9,\U0001f600,\ud83d,end', 'a\u2028b,c\nd']
seps = [',', '=', '\n', '\u2028', '\U0001f600', 'ab', ' ']


def all_splits(t):
    return [t.split(s) for s in seps] + [t.split(s, 1) for s in seps] + [t.rsplit(s) for s in seps]


for t in texts:
    first = all_splits(t)
    for i in range(200):
        again = all_splits(t)
    print(first == again, [len(x) for x in first], first[0][:5], first[-1][-3:])

def loop(n):
    total = 0
    for i in range(n):
        parts = ('%d,%d,,%d' % (i, i * 2, i * 3)).split(',')
        total += len(parts) + len(parts[1]) + (parts[2] == '')
    return total

print(loop(3000))
try:
    'a'.split('')
except ValueError as e:
    print(e)
