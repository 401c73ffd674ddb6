# __init_subclass__ raising ends the program at the class statement
class Base:
    def __init_subclass__(cls, **kw):
        if 'required' not in cls.__dict__:
            raise TypeError(f'{cls.__name__} must define required')
class Good(Base):
    required = 1
class Bad(Base):
    other = 2
