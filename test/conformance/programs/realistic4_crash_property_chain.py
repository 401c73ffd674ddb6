# A thermostat model whose derived values are properties computed from other properties and
# a cached_property; a settings change makes a property deep in the chain raise, caught once
# and reported, then raised again uncaught through a sorted() key that reads the property.
from functools import cached_property


class SensorError(Exception):
    pass


class Room:
    def __init__(self, name, celsius, target, area):
        self.name = name
        self._celsius = celsius
        self.target = target
        self.area = area

    @property
    def celsius(self):
        if self._celsius is None:
            raise SensorError(f"sensor in {self.name} is offline")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value is not None and not -40 <= value <= 60:
            raise ValueError(f"implausible reading {value}")
        self._celsius = value

    @property
    def delta(self):
        return self.target - self.celsius

    @property
    def demand(self):
        return max(0.0, self.delta) * self.area * self.factor

    @cached_property
    def factor(self):
        return 1.5 if self.area > 20 else 1.0

    def __repr__(self):
        return f"Room({self.name!r}, {self._celsius}, target={self.target})"


rooms = [Room("kitchen", 19.5, 21, 18), Room("living", 18.0, 22, 32), Room("study", 23.0, 20, 12)]
for r in rooms:
    print(f"{r.name:<8} delta {r.delta:+5.1f}  demand {r.demand:6.2f}  factor {r.factor}")
print("by demand:", [r.name for r in sorted(rooms, key=lambda r: r.demand, reverse=True)])
try:
    rooms[2].celsius = 99
except ValueError as e:
    print("rejected:", e)
rooms[1].celsius = None
try:
    print(rooms[1].demand)
except SensorError as e:
    print("warning:", e)
print("rooms:", rooms)
ranking = sorted(rooms, key=lambda r: (r.demand, r.name))
print(ranking)
