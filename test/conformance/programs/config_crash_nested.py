# A config loader program that ends with an uncaught exception deep inside nested calls
import json
from dataclasses import dataclass


class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


@dataclass
class Setting:
    key: str
    value: object

    def as_int(self):
        return int(self.value)


def load(text):
    raw = json.loads(text)
    return {k: Setting(k, v) for k, v in raw.items()}


def validate(settings):
    problems = []
    for key, setting in settings.items():
        try:
            check(setting)
        except ConfigError as e:
            problems.append(str(e))
    return problems


def check(setting):
    if setting.key.endswith("_port"):
        port = setting.as_int()
        if not 0 < port < 65536:
            raise ConfigError(setting.key, f"port {port} out of range")


def compute_limits(settings):
    workers = settings["workers"].as_int()
    per_worker = [
        scale(settings[name].value, workers)
        for name in ("memory", "cpu")
    ]
    return per_worker


def scale(total, workers):
    ratio = total / workers
    return round(ratio, 2)


text = '{"http_port": "8080", "admin_port": 70000, "workers": "0", "memory": 4096, "cpu": 8, "db_port": "x"}'
settings = load(text)
try:
    print(validate(settings))
except ValueError as e:
    print("validation crashed:", e)
    try:
        raise ConfigError("db_port", "not a number") from e
    except ConfigError as ce:
        print(repr(ce), ce.__cause__, ce.__suppress_context__)
settings["db_port"] = Setting("db_port", 5432)
print(validate(settings))
try:
    compute_limits(settings)
except ZeroDivisionError:
    settings["workers"] = Setting("workers", 3)
print(compute_limits(settings))
settings["workers"] = Setting("workers", "0")
try:
    compute_limits(settings)
except ZeroDivisionError as zde:
    try:
        settings["threads"].as_int()
    except KeyError:
        compute_limits(settings)
