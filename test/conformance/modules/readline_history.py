# readline: history in memory, files, hooks and completer settings
import readline, os, tempfile
print(readline.get_current_history_length(), readline.get_history_length(), readline.get_history_item(1))
for line in ['first', 'second', 'third']:
    readline.add_history(line)
print(readline.get_current_history_length(), [readline.get_history_item(i) for i in range(0, 5)])
readline.replace_history_item(1, 'SECOND')
readline.remove_history_item(0)
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
for bad in [lambda: readline.remove_history_item(5), lambda: readline.replace_history_item(7, 'x'),
            lambda: readline.remove_history_item(-1), lambda: readline.add_history(3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
path = os.path.join(d, 'hist')
readline.write_history_file(path)
print(repr(open(path).read()))
readline.set_history_length(1)
print(readline.get_history_length())
readline.write_history_file(path)
print(repr(open(path).read()))
readline.set_history_length(-1)
readline.append_history_file(2, path)
print(repr(open(path).read()))
readline.clear_history()
print(readline.get_current_history_length())
readline.read_history_file(path)
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
try:
    readline.read_history_file(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
readline.parse_and_bind('tab: complete')
readline.parse_and_bind('set editing-mode vi')
print(readline.get_completer())
def comp(text, state):
    return None
readline.set_completer(comp)
print(readline.get_completer() is comp)
readline.set_completer()
print(readline.get_completer())
try:
    readline.set_completer(42)
except TypeError as e:
    print('TypeError', e)
print(repr(readline.get_completer_delims()))
readline.set_completer_delims(' \t')
print(repr(readline.get_completer_delims()))
readline.set_startup_hook(lambda: None)
readline.set_startup_hook()
readline.set_pre_input_hook(None)
readline.set_auto_history(False)
print(readline.get_begidx(), readline.get_endidx(), repr(readline.get_line_buffer()), readline.get_completion_type())
os.remove(path)
os.rmdir(d)
for bad in [lambda: readline.parse_and_bind(3), lambda: readline.replace_history_item(0, 3), lambda: readline.set_startup_hook(3),
            lambda: readline.set_pre_input_hook(3), lambda: readline.set_completion_display_matches_hook(3),
            lambda: readline.set_completer_delims(3), lambda: readline.get_history_item('x'), lambda: readline.set_history_length('x'),
            lambda: readline.insert_text(3), lambda: readline.append_history_file(1, path)]:
    try:
        bad()
        print('ok')
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
