# dataclasses.field(metadata=...) is a read-only mappingproxy over the caller's mapping; no metadata is an empty one
from dataclasses import dataclass, field, fields

units = {'unit': 'cm'}
@dataclass
class Box:
    width: float = field(default=1.0, metadata=units)
    label: str = ''

w, lbl = fields(Box)
print(type(w.metadata).__name__, w.metadata['unit'], dict(w.metadata), len(lbl.metadata))
print(repr(w.metadata), repr(lbl.metadata))
units['scale'] = 10
print(sorted(w.metadata))
for f in (w, lbl):
    try:
        f.metadata['x'] = 1
    except TypeError as e:
        print(type(e).__name__, e)
print(lbl.metadata is fields(Box)[1].metadata, 'unit' in w.metadata, w.metadata.get('none', '-'))
try:
    field(metadata=[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
