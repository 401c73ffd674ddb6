# pstats on bad input: a missing file, marshal data that is not a profile (the "Invalid
# timing data" line, then the error), an empty profile, and a Stats of nothing.
import io
import os
import re
import marshal
import pstats


def attempt(path, data):
    with open(path, 'wb') as f:
        marshal.dump(data, f)
    out = io.StringIO()
    try:
        pstats.Stats(path, stream=out)
    except Exception as e:
        print(type(e).__name__, str(e).split(' from ')[0])
    # The line names the file with its mtime: keep only its shape.
    print(re.sub(r'\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}', '<mtime>', out.getvalue()), end='')
    os.remove(path)


try:
    pstats.Stats('_no_such_file.prof')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
attempt('_bad_list.prof', [1, 2, 3])
attempt('_bad_entry.prof', {('a.py', 1, 'f'): (1, 2)})
attempt('_bad_callers.prof', {('a.py', 1, 'f'): (1, 1, 0.5, 0.5, 7)})
attempt('_empty.prof', {})
st = pstats.Stats()
st.add()
print(st.stats, st.total_calls, st.sort_stats('calls').fcn_list)
