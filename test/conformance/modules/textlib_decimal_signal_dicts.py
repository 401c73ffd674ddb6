# decimal.Context flags/traps: a list only in the constructor, otherwise a signal dict with every signal; CPython's KeyError/TypeError messages
import decimal
c = decimal.Context()
S = [decimal.InvalidOperation, decimal.FloatOperation, decimal.DivisionByZero, decimal.Overflow, decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded, decimal.Clamped]
for f in [lambda: decimal.Context(traps=[1]), lambda: decimal.Context(flags=[1]), lambda: c.traps.__setitem__(1, True), lambda: c.traps[1], lambda: decimal.Context(traps={1: 0}), lambda: decimal.Context(traps={decimal.Overflow: 1}), lambda: decimal.Context(traps=5),
          lambda: c.flags.__delitem__(decimal.Overflow), lambda: setattr(c, 'traps', 5), lambda: setattr(c, 'traps', [1]), lambda: setattr(c, 'traps', {decimal.Overflow: 1}), lambda: setattr(c, 'flags', (decimal.Overflow,)),
          lambda: decimal.Context(traps=(decimal.Overflow, decimal.Overflow)), lambda: decimal.Context(traps='x'), lambda: decimal.Context(traps=dict.fromkeys(S, 1)).traps[decimal.Clamped],
          lambda: decimal.Context(traps=[decimal.Overflow, decimal.Overflow]).traps[decimal.Overflow], lambda: decimal.Context(flags=dict.fromkeys(S, 0), traps=[]), lambda: decimal.Context(traps=decimal.getcontext().traps),
          lambda: (setattr(c, 'traps', dict.fromkeys(S, True)), c)[1], lambda: decimal.Context(traps=[decimal.DecimalException]), lambda: decimal.Context(traps=[decimal.ConversionSyntax])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, repr(e))
for kw in [dict(traps=[]), dict(traps=(decimal.Overflow,)), dict(flags=[1]), dict(traps={decimal.Overflow: 1}), dict(traps=[decimal.Overflow], flags=dict.fromkeys(S, True))]:
    try:
        with decimal.localcontext(**kw) as c:
            print(c.traps[decimal.Overflow], c.flags[decimal.Inexact])
    except Exception as e:
        print(type(e).__name__, repr(e))
