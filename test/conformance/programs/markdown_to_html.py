# A small markdown-to-HTML converter: headings, lists, code blocks, emphasis, links, escaping.
import re
import html

INLINE_RULES = [
    (re.compile(r'`([^`]+)`'), lambda m: '<code>%s</code>' % m.group(1)),
    (re.compile(r'\*\*(.+?)\*\*'), r'<strong>\1</strong>'),
    (re.compile(r'(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])'), r'<em>\1</em>'),
    (re.compile(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)'),
     lambda m: '<a href="%s"%s>%s</a>' % (
         html.escape(m.group(2), quote=True),
         ' title="%s"' % html.escape(m.group(3)) if m.group(3) else '',
         m.group(1))),
]


def inline(text):
    text = html.escape(text, quote=False)
    # protect code spans from further rules
    codes = []

    def stash(m):
        codes.append(m.group(1))
        return '\x00%d\x00' % (len(codes) - 1)

    text = re.sub(r'`([^`]+)`', stash, text)
    for pattern, repl in INLINE_RULES[1:]:
        text = pattern.sub(repl, text)
    return re.sub(r'\x00(\d+)\x00', lambda m: '<code>%s</code>' % codes[int(m.group(1))], text)


class Converter:
    def __init__(self):
        self.out = []
        self.para = []
        self.list_kind = None

    def flush_para(self):
        if self.para:
            self.out.append('<p>%s</p>' % inline(' '.join(self.para)))
            self.para = []

    def close_list(self):
        if self.list_kind:
            self.out.append('</%s>' % self.list_kind)
            self.list_kind = None

    def open_list(self, kind):
        if self.list_kind != kind:
            self.close_list()
            self.out.append('<%s>' % kind)
            self.list_kind = kind

    def convert(self, source):
        lines = source.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith('```'):
                self.flush_para(); self.close_list()
                lang = line[3:].strip()
                body = []
                i += 1
                while i < len(lines) and not lines[i].startswith('```'):
                    body.append(lines[i])
                    i += 1
                cls = ' class="language-%s"' % lang if lang else ''
                self.out.append('<pre><code%s>%s</code></pre>' % (cls, html.escape('\n'.join(body))))
                i += 1
                continue
            m = re.match(r'^(#{1,6})\s+(.*?)\s*#*$', line)
            if m:
                self.flush_para(); self.close_list()
                level = len(m.group(1))
                slug = re.sub(r'[^a-z0-9]+', '-', m.group(2).lower()).strip('-')
                self.out.append('<h%d id="%s">%s</h%d>' % (level, slug, inline(m.group(2)), level))
            elif re.match(r'^\s*[-*+]\s+', line):
                self.flush_para(); self.open_list('ul')
                self.out.append('  <li>%s</li>' % inline(re.sub(r'^\s*[-*+]\s+', '', line)))
            elif (m := re.match(r'^\s*(\d+)[.)]\s+(.*)', line)):
                self.flush_para(); self.open_list('ol')
                self.out.append('  <li value="%s">%s</li>' % (m[1], inline(m[2])))
            elif re.fullmatch(r'\s*(-{3,}|\*{3,})\s*', line):
                self.flush_para(); self.close_list()
                self.out.append('<hr/>')
            elif line.startswith('>'):
                self.flush_para(); self.close_list()
                self.out.append('<blockquote>%s</blockquote>' % inline(line.lstrip('> ')))
            elif not line.strip():
                self.flush_para(); self.close_list()
            else:
                self.close_list()
                self.para.append(line.strip())
            i += 1
        self.flush_para(); self.close_list()
        return '\n'.join(self.out)


DOC = '''# Release *notes* for v2.0 ##

This release has **many** changes & fixes. See [the docs](https://example.com/a?b=1&c=2 "Docs <here>").
Use `x < y && z` in code.

## New features

- Fast *paths* for `dict` lookups
- A **bold** claim with an *emphasis*
* Mixed bullet markers

1. First step
2) Second step with [link](http://x.y/z)

> Quoted "text" with <tags>

---

```python
def f(x):
    return x < 3 and "ok"
```

Trailing paragraph
across two lines.
'''

html_out = Converter().convert(DOC)
print(html_out)
print('---')
print(len(html_out), html_out.count('<'), html.unescape('&lt;b&gt; &amp;amp; &#39; &#x41; &eacute;'))
words = re.findall(r'\b\w+\b', re.sub(r'<[^>]+>', ' ', html_out))
print(len(words), sorted(set(w.lower() for w in words if len(w) > 6)))
print(re.split(r'(<h\d)', html_out)[:3])
