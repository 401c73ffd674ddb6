# A plugin registry whose configuration classes compute values in their class bodies; it
# loads several plugins fine, then ends with an uncaught error raised while a class body
# runs (inside a comprehension in the body, through a helper), checking CPython's frames.
import math

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def scale(values, factor):
    return [round(v / factor, 3) for v in values]


class PluginMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("_") and not callable(ns[k]))
        return cls


class Plugin(metaclass=PluginMeta):
    version = 1

    def describe(self):
        return f"{type(self).__name__} v{self.version}: " + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)


@register
class Audio(Plugin):
    rates = [44100, 48000, 96000]
    normalised = scale(rates, 48000)
    best = max(rates)
    version = 3


@register
class Video(Plugin):
    sizes = {"hd": (1280, 720), "fhd": (1920, 1080)}
    ratios = {k: round(w / h, 4) for k, (w, h) in sizes.items()}
    diagonal = {k: round(math.hypot(*v)) for k, v in sizes.items()}


for name, cls in REGISTRY.items():
    print(name, "->", cls().describe())
print(Audio.fields, Video.fields, type(Video).__name__)
print("loading the sensor plugin...")


@register
class Sensor(Plugin):
    readings = [3.5, 7.25, 0.0]
    calibration = 0
    adjusted = scale(readings, calibration)
    version = 2


print("unreachable", Sensor.adjusted)
