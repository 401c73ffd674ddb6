# A report generator that ends with an uncaught exception deep inside nested calls (carets in each frame)
import json

class ReportError(Exception):
    def __init__(self, section, reason):
        super().__init__(f"section {section!r}: {reason}")
        self.section = section

data = {
    "title": "Q3",
    "sections": [
        {"name": "sales", "rows": [{"item": "a", "qty": 3, "price": 2.5}, {"item": "b", "qty": 1, "price": 10}]},
        {"name": "returns", "rows": [{"item": "a", "qty": -1, "price": 2.5}]},
        {"name": "broken", "rows": [{"item": "c", "qty": 2, "price": None}]},
    ],
}

def line_total(row):
    return row["qty"] * row["price"]

def section_total(section):
    return sum(line_total(r) for r in section["rows"])

def render(section):
    total = section_total(section)
    return f"{section['name']:<10}{total:>8.2f}"

def build(report):
    out = [report["title"].center(18, "=")]
    for s in report["sections"]:
        try:
            out.append(render(s))
        except TypeError as e:
            raise ReportError(s["name"], "bad row") from e
        print(out[-1])
    return out

def main():
    lines = build(data)
    print(json.dumps(lines))

if __name__ == "__main__":
    main()
