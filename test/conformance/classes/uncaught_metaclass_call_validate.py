# an error raised from a metaclass __call__ after __init__
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.validate()
        return inst
class Model(metaclass=Meta):
    def __init__(self, v): self.v = v
    def validate(self):
        if self.v < 0:
            raise ValueError(f'negative: {self.v}')
Model(1)
Model(-1)
