# multiple bases whose instance layouts differ (built-in types, exceptions with fields, __slots__) cannot be combined
def t(label, bases, ns=None):
    try:
        type('X', bases, dict(ns or {}))
        print(label, 'ok')
    except TypeError as e:
        print(label, 'TypeError', e)
class SA:
    __slots__ = ('a',)
class SB:
    __slots__ = ('b',)
class SE:
    __slots__ = ()
class P: pass
class SubInt(int): pass
class SubStr(str): pass
import collections
for label, bases in [('int,str', (int, str)), ('list,dict', (list, dict)), ('SA,SB', (SA, SB)), ('SA,SE', (SA, SE)), ('SA,P', (SA, P)),
                     ('SubInt,SubStr', (SubInt, SubStr)), ('int,P', (int, P)), ('OSError,ValueError', (OSError, ValueError)),
                     ('KeyError,ValueError', (KeyError, ValueError)), ('StopIteration,ValueError', (StopIteration, ValueError)),
                     ('int,float', (int, float)), ('tuple,list', (tuple, list)), ('dict,OrderedDict', (dict, collections.OrderedDict)),
                     ('list,SA', (list, SA)), ('Exception,int', (Exception, int)), ('bytes,str', (bytes, str)), ('set,frozenset', (set, frozenset)),
                     ('SyntaxError,ImportError', (SyntaxError, ImportError)), ('deque,list', (collections.deque, list)), ('int,SA', (int, SA)),
                     ('tuple,SE', (tuple, SE)), ('str,SE', (str, SE))]:
    t(label, bases)
t('int slots', (int,), {'__slots__': ('x',)})
t('tuple slots', (tuple,), {'__slots__': ('x',)})
t('str slots', (str,), {'__slots__': ('x',)})
