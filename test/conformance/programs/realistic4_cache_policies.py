# Cache eviction policies compared on a seeded access trace: LRU on OrderedDict
# (move_to_end/popitem(last=False)), LRU on a hand-made doubly linked list with __slots__
# nodes, LFU with frequency buckets, TTL expiry with heapq on a fake clock, a 2Q-ish policy,
# hit-rate tables, and a cross-check of the LRU against functools.lru_cache's cache_info().
import heapq
import random
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: list = field(default_factory=list)

    @property
    def rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class LRUDict:
    def __init__(self, cap):
        self.cap, self.data, self.stats = cap, OrderedDict(), Stats()

    def get(self, key, load):
        if key in self.data:
            self.data.move_to_end(key)
            self.stats.hits += 1
            return self.data[key]
        self.stats.misses += 1
        value = self.data[key] = load(key)
        if len(self.data) > self.cap:
            self.stats.evictions.append(self.data.popitem(last=False)[0])
        return value


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value, self.prev, self.next = key, value, None, None


class LRULinked:
    def __init__(self, cap):
        self.cap, self.map, self.stats = cap, {}, Stats()
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, key, load):
        n = self.map.get(key)
        if n is not None:
            self._unlink(n)
            self._push_front(n)
            self.stats.hits += 1
            return n.value
        self.stats.misses += 1
        n = self.map[key] = Node(key, load(key))
        self._push_front(n)
        if len(self.map) > self.cap:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            self.stats.evictions.append(old.key)
        return n.value

    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out


class LFU:
    def __init__(self, cap):
        self.cap, self.values, self.freq, self.buckets, self.stats = cap, {}, {}, defaultdict(OrderedDict), Stats()
        self.min_freq = 0

    def _touch(self, key):
        f = self.freq[key]
        del self.buckets[f][key]
        if not self.buckets[f]:
            del self.buckets[f]
            if self.min_freq == f:
                self.min_freq = f + 1
        self.freq[key] = f + 1
        self.buckets[f + 1][key] = None

    def get(self, key, load):
        if key in self.values:
            self._touch(key)
            self.stats.hits += 1
            return self.values[key]
        self.stats.misses += 1
        if len(self.values) >= self.cap:
            victim, _ = self.buckets[self.min_freq].popitem(last=False)
            if not self.buckets[self.min_freq]:
                del self.buckets[self.min_freq]
            del self.values[victim], self.freq[victim]
            self.stats.evictions.append(victim)
        self.values[key] = load(key)
        self.freq[key] = 1
        self.buckets[1][key] = None
        self.min_freq = 1
        return self.values[key]


class TTLCache:
    def __init__(self, ttl, clock):
        self.ttl, self.clock, self.data, self.heap, self.stats = ttl, clock, {}, [], Stats()

    def _expire(self):
        now = self.clock()
        while self.heap and self.heap[0][0] <= now:
            when, key = heapq.heappop(self.heap)
            if key in self.data and self.data[key][1] == when:
                del self.data[key]
                self.stats.evictions.append(key)

    def get(self, key, load):
        self._expire()
        if key in self.data:
            self.stats.hits += 1
            return self.data[key][0]
        self.stats.misses += 1
        when = self.clock() + self.ttl
        self.data[key] = (load(key), when)
        heapq.heappush(self.heap, (when, key))
        return self.data[key][0]


rng = random.Random(2024)
hot = list(range(6))
trace = [rng.choice(hot) if rng.random() < 0.7 else rng.randrange(6, 40) for _ in range(600)]
print("trace head", trace[:20], "distinct", len(set(trace)))
load = lambda k: k * k
now = [0]
policies = {"lru-dict": LRUDict(8), "lru-linked": LRULinked(8), "lfu": LFU(8), "ttl-25": TTLCache(25, lambda: now[0])}
for t, key in enumerate(trace):
    now[0] = t
    for p in policies.values():
        assert p.get(key, load) == key * key
print(f"{'policy':<11}{'hits':>6}{'misses':>8}{'rate':>8}  first evictions")
for name, p in policies.items():
    s = p.stats
    print(f"{name:<11}{s.hits:>6}{s.misses:>8}{s.rate:>8.2%}  {s.evictions[:8]}")
print(policies["lru-dict"].stats.evictions == policies["lru-linked"].stats.evictions, list(policies["lru-dict"].data) == policies["lru-linked"].keys()[::-1])


@lru_cache(maxsize=8)
def cached(k):
    return k * k


for key in trace:
    cached(key)
info = cached.cache_info()
print(info, info.hits == policies["lru-dict"].stats.hits, info.misses == policies["lru-dict"].stats.misses)
lfu = policies["lfu"]
print(sorted(lfu.freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6], lfu.min_freq, sorted(lfu.buckets)[:5])
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)), od == OrderedDict.fromkeys("acd"), od == dict.fromkeys("dca"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
