"""massacre-events: raw massacre articles -> a validated, versioned open dataset."""

__version__ = "0.1.0"


def load(path: str = "output/latest"):  # noqa: ANN201 - pandas is imported only when called
    """`pipeline.load()` -> dict of pandas DataFrames (see pipeline.loader.load)."""
    from pipeline.loader import load as _load

    return _load(path)
