"""Core XML support for Python: the xml.etree, xml.parsers and xml.dom packages."""

__all__ = ["dom", "parsers", "etree"]
