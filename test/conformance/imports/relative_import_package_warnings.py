# A relative import resolved without __package__ or __spec__ warns (ImportWarning) before it
# falls back on __name__ and __path__; a __package__ that disagrees with __spec__.parent warns too.
import types
import warnings


def attempt(globals_, name='', fromlist=('decoder',)):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            m = __import__(name, globals_, {}, fromlist, 1)
            print('imported', m.__name__)
        except ImportError as e:
            print(type(e).__name__ + ':', e)
    for w in caught:
        print('  ', w.category.__name__ + ':', w.message)


attempt({'__package__': None, '__spec__': None, '__name__': '__main__'})
attempt({'__name__': 'json', '__path__': []})
attempt({'__name__': 'json.sub'})
attempt({'__package__': 'json', '__spec__': types.SimpleNamespace(parent='email'), '__name__': 'x'})
attempt({'__package__': 'json', '__spec__': types.SimpleNamespace(parent='json'), '__name__': 'x'})
attempt({'__package__': 'json', '__name__': 'x'})
attempt({'__spec__': types.SimpleNamespace(parent='json'), '__name__': 'x'})
