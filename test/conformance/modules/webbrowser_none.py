# webbrowser: no browser -> open() is False and get() raises Error; BROWSER commands ('%s' forms too); register
import os
import sys

for name in ('DISPLAY', 'WAYLAND_DISPLAY', 'TERM', 'BROWSER'):
    os.environ.pop(name, None)
import webbrowser

print(webbrowser.open('http://example.com'), webbrowser.open_new('u'), webbrowser.open_new_tab('u'), webbrowser._tryorder)
for using in (None, 'firefox', 'no-such-browser'):
    try:
        webbrowser.get(using)
    except webbrowser.Error as e:
        print('Error', e)
b = webbrowser.get('echo opened %s')
print(type(b).__name__, b.name, b.args, b.basename)
sys.stdout.flush()
print(b.open('http://a'))
b = webbrowser.get('true %s &')
print(type(b).__name__, b.name, b.args)
print(webbrowser.GenericBrowser('false').open('x'), webbrowser.GenericBrowser('/no/such/cmd').open('x'))


class Recorder(webbrowser.BaseBrowser):
    def open(self, url, new=0, autoraise=True):
        print('Recorder.open', self.name, url, new, autoraise)
        return True


webbrowser.register('rec', None, Recorder('rec'))
print(webbrowser._tryorder, webbrowser.open('http://b', 2, False), webbrowser.get('REC').name)
webbrowser.register('first', Recorder, preferred=True)
print(webbrowser._tryorder, webbrowser.open_new('http://c'))
print(type(webbrowser.get('first')).__name__)
try:
    webbrowser.BaseBrowser('x').open('u')
except NotImplementedError:
    print('NotImplementedError')
print(webbrowser.__all__)
