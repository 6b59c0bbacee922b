"""monitor-pipeline: Landmine and Cluster Munition Monitor profiles into tidy, auditable tables.

    >>> import pipeline
    >>> tables = pipeline.extract("raw/korea-dprk.txt")
    >>> tables["sections"].head()
"""
__version__ = "0.1.0"

from .api import extract  # noqa: E402

__all__ = ["extract", "__version__"]
