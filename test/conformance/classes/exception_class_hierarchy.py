# user exception classes inherit from Exception and can carry data
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in (AppError("generic"), NotFound("file.txt"), Invalid(1, 2)):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.name, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), e.args, repr(e))
print(NotFound.__mro__)
print(issubclass(NotFound, Exception), isinstance(Invalid(), AppError))
