"""importlib.machinery: ModuleSpec and the loaders of tpy's import system."""

import _frozen_importlib
from _frozen_importlib import ModuleSpec, BuiltinImporter, SourceFileLoader, SOURCE_SUFFIXES

BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """The file suffixes import recognises (tpy loads source files only)."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class FileFinder:
    """Finds the source modules and packages of one folder (as pkgutil and sys.path entries
    use it; tpy's import statement searches folders itself)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import os
        tail = fullname.rpartition('.')[2]
        package_init = os.path.join(self.path, tail, '__init__.py')
        if os.path.isfile(package_init):
            return _frozen_importlib.spec_from_file_location(
                fullname, package_init,
                submodule_search_locations=[os.path.join(self.path, tail)])
        module_file = os.path.join(self.path, tail + '.py')
        if os.path.isfile(module_file):
            return _frozen_importlib.spec_from_file_location(fullname, module_file)
        return None
