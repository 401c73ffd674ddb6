# A layered configuration loader (defaults < file < environment-like overrides) with
# validation; errors are translated between layers with raise ... from, implicit chaining
# and from None, notes are added on the way out, and a final invalid override ends the
# program with a three-exception chain ("direct cause" and "during handling") on stderr.
import configparser


class ConfigError(Exception):
    pass


class ValidationError(ConfigError):
    def __init__(self, key, value, reason):
        super().__init__(f"{key}={value!r}: {reason}")
        self.key = key


DEFAULTS = {"server": {"port": "8080", "workers": "4", "mode": "prod"}, "db": {"url": "sqlite://", "pool": "5"}}
FILE = """
[server]
port = 9090
workers = four
[db]
pool = 10
"""
SCHEMA = {("server", "port"): int, ("server", "workers"): int, ("db", "pool"): int, ("server", "mode"): str}


def parse_literal(raw):
    if raw in ("true", "false"):
        return raw == "true"
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1]
    if raw.lstrip("-").isdigit():
        return int(raw)
    raise ValueError(f"not a literal: {raw!r}")


def parse_file(text):
    cp = configparser.ConfigParser()
    cp.read_dict(DEFAULTS)
    cp.read_string(text)
    return cp


def convert(section, key, raw):
    kind = SCHEMA.get((section, key), str)
    try:
        return kind(raw)
    except ValueError as e:
        raise ValidationError(f"{section}.{key}", raw, f"expected {kind.__name__}") from e


def load(text, overrides):
    cp = parse_file(text)
    result, problems = {}, []
    for section in cp.sections():
        for key, raw in cp.items(section):
            try:
                result[(section, key)] = convert(section, key, raw)
            except ValidationError as e:
                e.add_note(f"while loading section [{section}]")
                problems.append(e)
    for spec in overrides:
        apply_override(result, spec)
    return result, problems


def apply_override(result, spec):
    try:
        path, raw = spec.split("=", 1)
        section, key = path.split(".")
    except ValueError:
        raise ConfigError(f"malformed override {spec!r}") from None
    try:
        value = parse_literal(raw)
    except ValueError:
        try:
            value = convert(section, key, raw)
        except ValidationError:
            raise ConfigError(f"override {spec!r} rejected")
    result[(section, key)] = value


cfg, problems = load(FILE, ["server.mode=\"dev\"", "db.pool=20"])
for (section, key), value in sorted(cfg.items()):
    print(f"{section}.{key:<8} = {value!r}")
for p in problems:
    print(f"problem: {p} | notes={p.__notes__} | cause={p.__cause__!r}")
for bad in ["nodot=1", "server.port"]:
    try:
        apply_override(cfg, bad)
    except ConfigError as e:
        print(f"{bad!r}: {e} | cause={e.__cause__} context={e.__context__!r} suppress={e.__suppress_context__}")
try:
    parse_file("[server]\nport = 1\nport = 2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)
try:
    parse_file("no section header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError:", e.lineno, repr(e.line))
print("applying final override...")
apply_override(cfg, "server.workers=many")
