"""Load a release into pandas with the dtypes an analyst expects."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import TABLES, fields


def _frame(name: str, table: pa.Table) -> pd.DataFrame:
    frame = table.to_pandas(
        types_mapper={
            pa.int64(): pd.Int64Dtype(),
            pa.bool_(): pd.BooleanDtype(),
            pa.string(): pd.StringDtype(),
            pa.float64(): pd.Float64Dtype(),
        }.get,
        date_as_object=False,  # date32 -> datetime64, so .dt works
    )
    for spec in fields(name):
        column = spec["name"]
        enum = spec.get("constraints", {}).get("enum")
        if enum:
            frame[column] = pd.Categorical(frame[column], categories=enum)
        elif spec["type"] == "list":
            frame[column] = frame[column].map(
                lambda v: [] if v is None else list(v), na_action=None
            )
    return frame


def load(path: str | Path = "output/latest") -> dict[str, pd.DataFrame]:
    """Every table of a release as a pandas DataFrame: dates as datetime64, counts as
    nullable Int64, flags as nullable boolean, enumerations as categoricals, lists as lists."""
    folder = Path(path)
    if not (folder / "datapackage.json").is_file():
        raise FileNotFoundError(
            f"{folder} is not a release (no datapackage.json); build one "
            "with `python -m pipeline build`"
        )
    return {name: _frame(name, pq.read_table(folder / f"{name}.parquet")) for name in TABLES}
