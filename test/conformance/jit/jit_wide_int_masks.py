# & with a non-negative 32-bit mask and >> on ints past 32 bits (fast paths in the eval loop and compiled loops).
vals = [0, 1, -1, 5, -5, 2**31-1, 2**31, -2**31, -2**31-1, 2**32, 2**32+7, -2**32-7, 2**40+12345, -(2**40+12345), 2**53-1, -(2**53-1), 2**52+3, 0xffff, 0x7fffffff]
out = []
for _ in range(3):  # enough turns for the loop compiler
  for a in vals:
    for b in vals:
        out.append(a & b)
    for s in (0, 1, 5, 31, 32, 33, 40, 52, 53, 63):
        out.append(a >> s)
print(len(out), hash(tuple(out)), out[:40], out[-40:])
t = 0
for i in range(3000000):
    x = i * i
    if x & 1:
        t += x >> 33
    t ^= (x * 977) & 0xfffff
print(t)
