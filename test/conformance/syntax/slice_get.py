# slicing with start/stop/step on lists, strings and tuples
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2])
print(a[2:8:3], a[-1:-5:-1], a[5:2], a[100:], a[-100:2])
print(a[3:3], a[9:0:-3], a[0:10:4], a[-2::-4])
s = "hello world"
print(s[1:4], s[::-1], s[::3], s[-5:], s[:-6], s[6:100])
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::2], t[::-1], t[4:1:-1], t[10:20])
print(type(t[1:3]).__name__, type(s[1:3]).__name__, type(a[1:3]).__name__)
b = a[:]
b[0] = 99
print(a[0], b[0])
print(a[1:9][2:5][::-1])
print("abcdef"[-2:-5:-1], "abcdef"[5:-7:-1])
print(a[None:3], a[2:None], a[::None])
