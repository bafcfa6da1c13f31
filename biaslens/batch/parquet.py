"""A finished table streamed from CSV into Parquet, typed by the data dictionary (``--format parquet``)."""

from __future__ import annotations

import os
from pathlib import Path

from ..columns import ERRORS
from .records import LEVEL_OF

_ARROW_TYPES = {"int": "int64", "float": "float64", "bool": "bool", "str": "string"}


def csv_to_parquet(src: Path, dst: Path, columns: list[str], table: str) -> None:
    """Stream a finished table into Parquet with the data dictionary's types (pyarrow)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from ..columns import BY_LEVEL

    known = {c.name: c.type for c in (ERRORS if table == "errors" else BY_LEVEL[LEVEL_OF[table]])}
    types = {c: pa.type_for_alias(_ARROW_TYPES.get(known.get(c, "str"), "string")) for c in columns}
    reader = pacsv.open_csv(
        src, read_options=pacsv.ReadOptions(block_size=1 << 22),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=False,
                                             true_values=["true"], false_values=["false"]))
    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")
    schema = pa.schema([(c, types[c]) for c in columns])
    with pq.ParquetWriter(tmp, schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
    os.replace(tmp, dst)

