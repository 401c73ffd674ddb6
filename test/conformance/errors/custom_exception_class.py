# custom exception classes with extra attributes and overridden __str__
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class RangeError(ValidationError):
    def __init__(self, field, lo, hi):
        super().__init__(field, f"must be between {lo} and {hi}")
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an int")
    if not 0 <= age <= 150:
        raise RangeError("age", 0, 150)
    return age
for value in (30, "x", 200):
    try:
        print("valid", validate(value))
    except RangeError as e:
        print("RangeError ->", e, "|", e.args, "|", e.field)
    except ValidationError as e:
        print("ValidationError ->", e, "|", repr(e))
