# A metaclass may make an empty enum namespace of the same type (`type(classdict)()`) and fill it.
from enum import Enum
class auto_enum(type(Enum)):
    def __new__(metacls, cls, bases, classdict):
        temp = type(classdict)()
        temp._cls_name = cls
        names = set(classdict._member_names)
        i = 0
        for k in classdict._member_names:
            v = classdict[k]
            if v is Ellipsis:
                v = i
            else:
                i = v
            i += 1
            temp[k] = v
        for k, v in classdict.items():
            if k not in names:
                temp[k] = v
        return super(auto_enum, metacls).__new__(metacls, cls, bases, temp)
class AutoNumberedEnum(Enum, metaclass=auto_enum):
    pass
class TestAutoNumber(AutoNumberedEnum):
    a = ...
    b = 3
    c = ...
print(list(TestAutoNumber), TestAutoNumber.c.value)
