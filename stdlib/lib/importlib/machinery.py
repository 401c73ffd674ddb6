"""importlib.machinery: ModuleSpec and the loaders of tpy's import system."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, SourceFileLoader, SOURCE_SUFFIXES

BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """The file suffixes import recognises (tpy loads source files only)."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
