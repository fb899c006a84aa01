"""massacre-events: raw massacre articles -> a validated, versioned open dataset."""

__version__ = "0.1.0"


def load(path: str = "output/latest"):  # noqa: ANN201 - re-exported for analysts
    """`pipeline.load()` -> dict of pandas DataFrames (see pipeline.load.load)."""
    from pipeline.load import load as _load

    return _load(path)
