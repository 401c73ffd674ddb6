# a particle simulation with __slots__, properties, class/static methods and a seeded RNG
import math
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vec({self.x:.3f}, {self.y:.3f})"


class Particle:
    __slots__ = ("pos", "vel", "mass", "_id")
    count = 0

    def __init__(self, pos, vel, mass=1.0):
        self.pos, self.vel, self.mass = pos, vel, mass
        Particle.count += 1
        self._id = Particle.count

    @property
    def energy(self):
        v = abs(self.vel)
        return 0.5 * self.mass * v * v

    @property
    def momentum(self):
        return self.vel * self.mass

    @classmethod
    def random(cls, rng):
        return cls(Vec(rng.uniform(0, 10), rng.uniform(0, 10)), Vec(rng.uniform(-1, 1), rng.uniform(-1, 1)), rng.choice([1.0, 2.0]))

    @staticmethod
    def bounce(p, lo=0.0, hi=10.0):
        for axis in ("x", "y"):
            v = getattr(p.pos, axis)
            if v < lo or v > hi:
                setattr(p.vel, axis, -getattr(p.vel, axis))
                setattr(p.pos, axis, min(max(v, lo), hi))


class World:
    def __init__(self, n, seed=1):
        rng = random.Random(seed)
        self.particles = [Particle.random(rng) for _ in range(n)]
        self.t = 0.0

    def step(self, dt=0.1):
        g = Vec(0, -0.5)
        for p in self.particles:
            p.vel = p.vel + g * dt
            p.pos = p.pos + p.vel * dt
            Particle.bounce(p)
        self.t += dt

    def collisions(self, radius=0.3):
        hits = 0
        ps = self.particles
        for i in range(len(ps)):
            a = ps[i]
            for j in range(i + 1, len(ps)):
                d = a.pos - ps[j].pos
                if d.x * d.x + d.y * d.y < radius * radius:
                    hits += 1
        return hits

    @property
    def total_energy(self):
        return sum(p.energy for p in self.particles)


w = World(50)
e0 = w.total_energy
hits = []
for _ in range(30):
    w.step()
    hits.append(w.collisions())
print(f"t={w.t:.1f} e0={e0:.4f} e={w.total_energy:.4f} hits={sum(hits)} max={max(hits)}")
com = sum((p.pos * p.mass for p in w.particles), Vec()) * (1 / sum(p.mass for p in w.particles))
print(com, Particle.count, w.particles[0].pos, round(w.particles[-1].energy, 6))
mom = sum((p.momentum for p in w.particles), Vec())
print(mom)
try:
    w.particles[0].charge = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.particles[0].energy = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Particle.__slots__, Vec.x, hasattr(w.particles[0], "__dict__"))
