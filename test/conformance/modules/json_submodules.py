# json's submodules: json.decoder and json.encoder hold the classes, as CPython's package does.
import json, json.decoder, json.encoder
from json.decoder import JSONDecodeError, JSONDecoder
from json import encoder, decoder
print(json.decoder.JSONDecodeError, json.encoder.JSONEncoder, json.decoder.JSONDecoder, json.JSONDecoder is JSONDecoder)
print(json.JSONDecodeError is JSONDecodeError, issubclass(JSONDecodeError, ValueError), encoder.encode_basestring('é"'), encoder.encode_basestring_ascii('é"'), encoder.INFINITY)
print(sorted(json.__all__), json.decoder.__all__, json.encoder.__all__ if hasattr(json.encoder, '__all__') else '')
try: json.loads('[1, 2')
except json.decoder.JSONDecodeError as e: print(type(e).__module__, e, e.pos)
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E), JSONDecoder().decode('{"a": [1, 2.5]}'), JSONDecoder().raw_decode('[1] x'))
print(json.loads('{"a": 1}', object_pairs_hook=list), json.dumps([1, 2], indent=2))
