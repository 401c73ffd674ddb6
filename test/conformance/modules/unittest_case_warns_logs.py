# unittest.TestCase.assertWarns/assertWarnsRegex, assertLogs/assertNoLogs, assertDictContainsSubset
# and the deprecated aliases (assertEquals, failUnless, ...).
import logging
import unittest
import warnings

tc = unittest.TestCase()


def check(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print(name, '->', e)
    except TypeError as e:
        print(name, 'TypeError', e)


def warn_user(text='careful'):
    warnings.warn(text, UserWarning)


def warn_dep():
    warnings.warn('old', DeprecationWarning)


check('assertWarns', UserWarning, warn_user)
check('assertWarns', (DeprecationWarning, UserWarning), warn_dep)
check('assertWarns', DeprecationWarning, warn_user)
check('assertWarns', UserWarning, lambda: None)
check('assertWarns', ValueError, warn_user)
check('assertWarns', UserWarning, bad=1)
check('assertWarnsRegex', UserWarning, 'care', warn_user)
check('assertWarnsRegex', UserWarning, '^x', warn_user, 'yx')
check('assertWarnsRegex', UserWarning, 'ful$', warn_user)

with tc.assertWarns(UserWarning) as cm:
    warnings.warn('first', RuntimeWarning)
    warn_user('second')
    warn_user('third')
print(type(cm).__name__, cm.warning, cm.lineno, cm.filename.endswith('unittest_case_warns_logs.py'),
      [str(w.message) for w in cm.warnings])
with tc.assertWarnsRegex(UserWarning, r'\d+') as cm:
    warn_user('no digits')
    warn_user('has 42')
print(cm.warning, cm.expected_regex.pattern)
try:
    with tc.assertWarns(UserWarning, msg='extra'):
        pass
except AssertionError as e:
    print('context ->', e)
try:
    with tc.assertWarns(UserWarning):
        raise KeyError('through')
except KeyError as e:
    print('KeyError', e)
# each with block sees its warnings again, even from a line that warned before
for i in range(2):
    with tc.assertWarns(UserWarning):
        warn_user()
print('repeated warnings seen')

log = logging.getLogger('app')
with tc.assertLogs() as cm:
    log.info('info %s', 'root')
    logging.getLogger('app.db').warning('db warn')
print(type(cm).__name__, cm.output, [r.levelname for r in cm.records])
with tc.assertLogs('app', level='WARNING') as cm:
    log.info('not captured')
    log.error('captured')
print(cm.output, log.handlers, log.propagate, log.level)
with tc.assertLogs(log, logging.DEBUG) as cm:
    log.debug('debug line')
print(cm.output)
for args in ((), ('app',), ('app', 'ERROR')):
    try:
        with tc.assertLogs(*args):
            log.debug('too low')
    except AssertionError as e:
        print('assertLogs ->', e)
try:
    with tc.assertLogs('app', msg='with msg'):
        pass
except TypeError as e:
    print('TypeError', e)
with tc.assertNoLogs('app', level='ERROR'):
    log.warning('below the level')
try:
    with tc.assertNoLogs('app'):
        log.info('one')
        log.warning('two')
except AssertionError as e:
    print('assertNoLogs ->', e)
try:
    with tc.assertLogs('app'):
        log.warning('before the error')
        raise ValueError('through')
except ValueError as e:
    print('ValueError', e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    check('assertDictContainsSubset', {'a': 1}, {'a': 1, 'b': 2})
    check('assertDictContainsSubset', {'a': 1, 'c': 3, 'd': 4}, {'a': 2, 'b': 2})
    check('assertDictContainsSubset', {'a': 1}, {'a': 2}, 'mine')
    check('assertEquals', 1, 2)
    check('failUnlessEqual', 1, 1)
    check('assertNotEquals', 1, 1)
    check('failIfEqual', 1, 2)
    check('assertAlmostEquals', 1.0, 2.0)
    check('failUnlessAlmostEqual', 1.0, 1.0)
    check('assertNotAlmostEquals', 1.0, 1.0)
    check('failIfAlmostEqual', 1.0, 2.0)
    check('failUnless', 0)
    check('assert_', 1)
    check('failIf', 1)
    check('failUnlessRaises', KeyError, {}.pop, 'x')
    check('assertRaisesRegexp', KeyError, 'x', {}.pop, 'x')
    check('assertRegexpMatches', 'abc', 'z')
    check('assertNotRegexpMatches', 'abc', 'b')
print([(w.category.__name__, str(w.message)) for w in caught])
