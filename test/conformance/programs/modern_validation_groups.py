# form validation collecting errors into an ExceptionGroup with notes; except*, then an uncaught group at the end
from dataclasses import dataclass, fields
import re


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(ValidationError):
    pass


class BadFormat(ValidationError):
    pass


@dataclass
class Signup:
    username: str
    email: str
    age: int
    password: str


RULES = {
    "username": [(lambda v: 3 <= len(v) <= 12, "must be 3-12 characters"), (str.isidentifier, "must be an identifier")],
    "email": [(lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", v) is not None, "is not an email address")],
    "age": [(lambda v: v.isdigit(), "must be a number"), (lambda v: 13 <= int(v) <= 120, "must be between 13 and 120")],
    "password": [(lambda v: len(v) >= 8, "too short"), (lambda v: any(c.isdigit() for c in v), "needs a digit")],
}


def validate(form):
    errors = []
    for f in fields(Signup):
        value = form.get(f.name)
        if value is None or value == "":
            errors.append(MissingField(f.name, "is required"))
            continue
        for check, message in RULES[f.name]:
            if not check(value):
                err = BadFormat(f.name, message)
                err.add_note(f"got {value!r}")
                errors.append(err)
                break
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid field{'s' if len(errors) != 1 else ''}", errors)
    return Signup(form["username"], form["email"], int(form["age"]), form["password"])


forms = [
    {"username": "ann_1", "email": "ann@example.org", "age": "30", "password": "s3cretpass"},
    {"username": "x", "email": "nope", "age": "200", "password": "short"},
    {"username": "9lives", "email": "", "age": "abc"},
]
for form in forms:
    try:
        print("ok:", validate(form))
    except* MissingField as eg:
        print("missing:", sorted(e.field for e in eg.exceptions))
    except* BadFormat as eg:
        for e in eg.exceptions:
            print("bad:", e, e.__notes__)
try:
    validate(forms[1])
except ExceptionGroup as eg:
    print(repr(eg.message), len(eg.exceptions))
    sub = eg.subgroup(lambda e: getattr(e, "field", None) in ("email", "age"))
    print(sub.message, [str(e) for e in sub.exceptions])
    match, rest = eg.split(lambda e: getattr(e, "field", None) == "username")
    print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions])
    print(eg.derive([ValueError("x")]).message, eg.subgroup(KeyError))


def nested():
    try:
        validate(forms[2])
    except ExceptionGroup as inner:
        outer = ExceptionGroup("signup failed", [inner, RuntimeError("audit log unavailable")])
        outer.add_note("request id 42")
        raise outer from None


nested()
