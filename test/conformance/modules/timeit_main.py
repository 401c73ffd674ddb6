# timeit: the command line (main) with a fake timer, its options, errors and -h text, print_exc's traceback of the timed code
import io
import sys
import timeit

def fake_timer(step):
    # Each call advances a clock by `step`, then `step` grows by half: timings are exact
    # and grow, so autorange stops after a few rounds.
    def wrap(real):
        state = [0.0, step]
        def timer():
            state[0] += state[1]
            state[1] *= 1.5
            return state[0]
        return timer
    return wrap

def run(args, step=0.25):
    print('main', args)
    rc = timeit.main(args, _wrap_timer=fake_timer(step))
    print('->', rc)

run(['-n', '10', '-r', '3', 'pass'])
run(['-n', '1', '-r', '2', 'x = 1'])
run(['-n', '1000', 'pass'], step=0.004)
run(['-n', '5', '-u', 'msec', 'pass'])
run(['-n', '5', '--unit=nsec', 'pass'])
run(['-n', '5', '-u', 'sec', 'pass'], step=120.0)
run(['-u', 'years', 'pass'])
run(['--bogus'])
run(['-h'])
run(['--help', '-n', '3'])
run(['-n'])
run(['-r', '0', '-n', '2', 'pass'])
run(['-v', '-n', '3', 'pass'])
run(['-v', '-v', '-n', '3', '-r', '2', 'pass'])
run(['pass'], step=0.03)
run(['-v', 'pass'], step=0.03)
run(['-s', 'a = 1', '-s', 'b = 2', '-n', '2', 'a + b', 'a - b'])
# The timed code's frames: inner() is called directly, so no library frame is shown.
for stmt, setup in [('y = 1\nz = y / 0', 'q = 2'), ('pass', 'import nosuchmodule_xyz'), ('for i in range(2):\n  i/0', 'pass'), ('', '1/0')]:
    t = timeit.Timer(stmt, setup=setup)
    try:
        t.inner(iter([None]), timeit.default_timer)
    except Exception:
        report = io.StringIO()
        t.print_exc(file=report)
        text = report.getvalue()
        # Where the timed code failed (the quoted source lines are left out: tpy's
        # tracebacks do not read linecache.cache, where print_exc puts them).
        for line in text[text.index('  File "<timeit-src>"'):].splitlines():
            if not line.startswith('    '):
                print(line)
