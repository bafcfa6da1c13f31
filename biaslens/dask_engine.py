"""Deprecated: the Dask engine is `biaslens.batch.engines.dask` (``--engine dask``).

``from biaslens.dask_engine import DaskEngine`` keeps working and warns; use
``biaslens.batch.make_engine("dask", ...)`` or ``biaslens.batch.engines.dask.DaskEngine``.
"""

from __future__ import annotations

import warnings

_MOVED = ("DaskEngine",)


def __getattr__(name: str):
    if name not in _MOVED:
        raise AttributeError(f"module 'biaslens.dask_engine' has no attribute {name!r}")
    warnings.warn(f"biaslens.dask_engine.{name} moved to biaslens.batch.engines.dask.{name}",
                  DeprecationWarning, stacklevel=2)
    from .batch.engines import dask

    return getattr(dask, name)
