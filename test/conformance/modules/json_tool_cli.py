# `-m json.tool` run as a child of this interpreter (sys.executable): layouts, JSON Lines,
# files in and out, and its errors (a bad document: the decoder's message, exit 1).
import os
import subprocess
import sys
import tempfile

folder = tempfile.mkdtemp()
source = os.path.join(folder, 'in.json')
with open(source, 'w', encoding='utf-8') as f:
    f.write('{"b": [1, 2.5, "\u00e9", {"z": true}], "a": null}')


def tool(*args, stdin=None):
    done = subprocess.run([sys.executable, '-m', 'json.tool', *args], input=stdin,
                          capture_output=True, text=True, cwd=folder)
    print('$ json.tool', *args, '->', done.returncode)
    print(done.stdout, end='')
    print(done.stderr.replace(folder, '<dir>'), end='')


tool('in.json')
tool('--sort-keys', '--compact', 'in.json')
tool('--tab', 'in.json')
tool('--indent', '1', '--no-ensure-ascii', 'in.json')
tool('--no-indent', stdin='[1, {"x": [2, 3]}]')
tool('--json-lines', '--compact', stdin='{"a": 1}\n{"b": [2]}\n')
tool(stdin='{"a": 1}\n{"b": 2}\n')
tool(stdin='{"a":\n')
tool('missing.json')
tool('--indent', 'x', 'in.json')
tool('--tab', '--compact', 'in.json')
tool('in.json', 'out.json')
with open(os.path.join(folder, 'out.json'), encoding='utf-8') as f:
    print(repr(f.read()))
