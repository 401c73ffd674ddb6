# A condition's group number is read by int(): a sign, spaces, underscores and other decimal
# digits pass, with a DeprecationWarning (given even when the pattern then fails).
import re
import warnings

for p in ['(a)(?(+1)b|c)', '(a)(?(\u0661)b|c)', '(a)(?( 1)b|c)', '(a)(?(1_0)b|c)', '(a)(?(-0)b|c)',
          '(a)(?(\U0001d7d9)b|c)', '(a)(?(0_1)b|c)', '(a)(?(-1)b|c)', '(a)(?(1 2)b|c)', '(a)(?(01)b|c)']:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(ascii(p), re.match(p, 'ab'), re.match(p, 'c'))
        except re.error as e:
            print(ascii(p), 'error:', e)
    for w in caught:
        print('  ', w.category.__name__, ascii(str(w.message)))
print(re.compile(rb'(a)(?(+1)b|c)').match(b'ab'))
