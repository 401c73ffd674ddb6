# under `from __future__ import annotations` an annotation may not hold := (nor yield or await)
from __future__ import annotations


class Config:
    retries: int = 3
    timeout: (limit := 30.0)
