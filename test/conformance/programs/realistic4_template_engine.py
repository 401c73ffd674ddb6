# A template engine that compiles templates to Python source and exec()s them:
# {{ expr }} and {% for/if/end %} tags, filters, generated code shown, compile() errors
# with line numbers, runtime errors mapped back to template lines, and an uncaught one.
import html
import re
import os
import traceback
import sys

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)
FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "escape": html.escape,
    "money": lambda v: f"${v:,.2f}",
    "join": lambda v: ", ".join(map(str, v)),
    "len": len,
}


class TemplateSyntaxError(Exception):
    def __init__(self, msg, line):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class Template:
    def __init__(self, text, name="<template>"):
        self.name = name
        self.source = self._compile(text)
        try:
            self.code = compile(self.source, name, "exec")
        except SyntaxError as e:
            raise TemplateSyntaxError(f"bad expression ({e.msg})", e.lineno) from None

    def _expr(self, text):
        parts = [p.strip() for p in text.split("|")]
        expr = parts[0]
        for f in parts[1:]:
            expr = f"_f[{f!r}]({expr})"
        return expr

    def _compile(self, text):
        lines = ["def _render(_ctx, _f):", "    _out = []", "    _w = _out.append"]
        indent = 1
        stack = []
        for chunk in TOKEN.split(text):
            pad = "    " * indent
            if chunk.startswith("{{"):
                lines.append(f"{pad}_w(str({self._expr(chunk[2:-2].strip())}))")
            elif chunk.startswith("{%"):
                words = chunk[2:-2].split()
                kw = words[0]
                if kw == "for":
                    if len(words) < 4 or words[2] != "in":
                        raise TemplateSyntaxError(f"malformed for: {chunk!r}", len(lines))
                    lines.append(f"{pad}for {words[1]} in {self._expr(' '.join(words[3:]))}:")
                    stack.append("for")
                    indent += 1
                elif kw == "if":
                    lines.append(f"{pad}if {self._expr(' '.join(words[1:]))}:")
                    lines.append(f"{pad}    pass")
                    stack.append("if")
                    indent += 1
                elif kw == "else":
                    if not stack or stack[-1] != "if":
                        raise TemplateSyntaxError("else without if", len(lines))
                    lines.append(f"{'    ' * (indent - 1)}else:")
                    lines.append(f"{pad}pass")
                elif kw.startswith("end"):
                    if not stack:
                        raise TemplateSyntaxError(f"unexpected {kw}", len(lines))
                    opened = stack.pop()
                    if kw != "end" + opened:
                        raise TemplateSyntaxError(f"{kw} closes {opened}", len(lines))
                    indent -= 1
                else:
                    raise TemplateSyntaxError(f"unknown tag {kw!r}", len(lines))
            elif chunk:
                lines.append(f"{pad}_w({chunk!r})")
        if stack:
            raise TemplateSyntaxError(f"unclosed {stack[-1]}", len(lines))
        lines.append("    return ''.join(_out)")
        return "\n".join(lines) + "\n"

    def render(self, **ctx):
        ns = dict(ctx)
        exec(self.code, ns)
        func = ns["_render"]
        func.__globals__.update(ctx)
        return func(ctx, FILTERS)


page = Template("""<h1>{{ title | title }}</h1>
<ul>{% for item in items %}
  <li>{{ item['name'] | escape }}: {{ item['price'] | money }}{% if item['price'] > 100 %} (premium){% else %}{% endif %}</li>{% endfor %}
</ul>
<p>{{ items | len }} items, tags: {{ tags | join | upper }}</p>
""")
print(page.source)
print(page.render(title="the shop", items=[{"name": "Fish & Chips", "price": 12.5},
                                         {"name": "<Caviar>", "price": 1999}], tags=["food", "sea"]))
bad_templates = ["{% for x of xs %}{% endfor %}", "{% if a %}", "{% endfor %}", "{% if a %}{% endfor %}",
                 "{{ 1 + }}", "{% while %}", "{% else %}", "{{ (] }}"]
for t in bad_templates:
    try:
        Template(t)
    except TemplateSyntaxError as e:
        print(f"{t!r:<36} -> {e} (line attr {e.line})")
ns = {}
code = compile("x = 1\ny = x / 0\n", "<calc>", "exec")
try:
    exec(code, ns)
except ZeroDivisionError:
    tb = traceback.format_exc().replace(os.getcwd() + os.sep, "").splitlines()
    print("\n".join(tb))
print(sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
print(eval("a * b + len(c)", {"a": 3}, {"b": 4, "c": "xyz"}), eval(compile("2 ** 10", "<e>", "eval")))
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("def f(:\n  pass", "<mod>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
try:
    exec("for i in range(3):\nprint(i)")
except IndentationError as e:
    print(type(e).__name__, e)
loc = {}
exec("def sq(n):\n    return n * n\nres = [sq(i) for i in range(5)]", loc)
print(loc["res"], loc["sq"].__code__.co_filename, loc["sq"].__name__)
report = Template("Total: {{ total | money }} for {{ customer.name }}\n")
print(report.render(total=1234.5, customer=type("C", (), {"name": "Ann"})), end="")
report.render(total="oops", customer=None)
