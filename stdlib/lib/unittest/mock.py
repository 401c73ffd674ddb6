"""unittest.mock: Mock, MagicMock and AsyncMock, patch, call, create_autospec, mock_open,
PropertyMock, seal, sentinel, DEFAULT and ANY.

Written for tpy from the documented behaviour; the pieces live in unittest/_mock_*.py (call
records, the mock classes, their assertions, the magic methods, autospec, patch, extras).
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
    'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
    'PropertyMock', 'seal',
)

from ._mock_calls import ANY, DEFAULT, call, sentinel, _Call, _CallList
from ._mock_core import CallableMixin, Mock, NonCallableMock, _SpecState
from ._mock_magic import AsyncMock, MagicMixin, MagicMock, MagicProxy, NonCallableMagicMock
from ._mock_autospec import InvalidSpecError, create_autospec
from ._mock_patch import patch
from ._mock_extras import PropertyMock, mock_open, seal

# dir() of a mock lists only its public attributes and children when true (always, in tpy).
FILTER_DIR = True
