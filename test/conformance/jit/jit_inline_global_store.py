# A small function a compiled loop would run inline must not be inlined when it stores a
# global: an inlined body that leaves the loop (here: the LOAD_GLOBAL after the store misses
# its cache, the globals having just changed) is run again from its call, and the store
# would be made twice. (A linear congruential generator kept in a global, as in many
# simulation programs.)
seed = 7


def rnd(m):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % m


ints = [rnd(1000) for _ in range(30000)]
wide = [rnd(5) + rnd(7) for _ in range(400)]
print(sum(ints), sum(wide), seed)

counter = 0


def bump(k):
    global counter
    counter = counter + k
    return counter


total = 0
for i in range(20000):
    total += bump(1) - bump(0)
print(total, counter)
