"""claimx.to_frame and the CLI's csv/parquet output: flat columns from real extractions."""

from __future__ import annotations

import csv
import functools
import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest

import claimx
from claimx.frame import COLUMNS, flat_row
from tests.conftest import CLAIMX, ROOT, SampleCli, run_process

SAMPLE = ROOT / "samples" / "sample.txt"
KZ = "Plus de 200 000 Russes sont entrés au Kazakhstan depuis le 21 septembre, a indiqué le ministre."


@functools.cache
def sample_claims() -> list[claimx.Claim]:  # extracted once for the module (frozen records, never changed)
    return claimx.extract(SAMPLE.read_text(encoding="utf-8"), doc="sample")


def test_one_row_per_claim_with_the_documented_columns() -> None:
    claims = sample_claims()
    df = claimx.to_frame(claims)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == len(claims) == 9
    raw = SAMPLE.read_text(encoding="utf-8")
    for row, c in zip(df.itertuples(index=False), claims):
        assert raw[row.span_start : row.span_end] == row.text == c.text
        assert row.value == c.quantity.value and row.unit == c.quantity.unit and row.key == c.key
    assert df["span_start"].dtype == "int64" and df["value"].dtype == "float64"


def test_fields_are_flattened() -> None:
    (c,) = claimx.extract(KZ, published="2022-10-04", doc="kz")
    row = claimx.to_frame([c]).iloc[0]
    assert (row["id"], row["doc"], row["lang"], row["unit"], row["qualifier"]) == ("kz#1", "kz", "fr", "count", "more_than")
    assert row["value"] == 200000 and math.isnan(row["value_high"])
    assert (row["time_text"], row["time_start"], row["time_end"], row["time_relation"]) == (
        "depuis le 21 septembre", "2022-09-21", "2022-10-04", "since")
    assert row["counted"] == "Russes" and row["sentence"] == KZ


def test_range_and_missing_values() -> None:
    df = claimx.to_frame(claimx.extract("Entre 5 000 et 6 000 personnes.", lang="fr"))
    assert (df.loc[0, "value"], df.loc[0, "value_high"]) == (5000, 6000)
    assert df.loc[0, "time_text"] is None and df.loc[0, "source"] is None


def test_countries_come_from_country_entities() -> None:
    rec = claimx.extract(KZ, doc="kz")[0].to_dict()
    rec["entities"] = [
        {"kind": "country", "id": "RU", "text": "Russes", "span": [16, 22], "role": "subject"},
        {"kind": "country", "id": "KZ", "text": "Kazakhstan", "span": [38, 48], "role": "location"},
        {"kind": "person", "id": None, "text": "X", "span": [0, 1], "role": "source"},
    ]
    row = flat_row(rec)
    assert (row["countries"], row["subjects"], row["locations"], row["entities"]) == ("KZ,RU", "RU", "KZ", 3)


def test_claims_and_dicts_give_the_same_frame() -> None:
    claims = sample_claims()
    pd.testing.assert_frame_equal(claimx.to_frame(claims), claimx.to_frame([c.to_dict() for c in claims]))


def test_cli_jsonl_read_back_gives_the_same_frame(sample_cli: SampleCli) -> None:
    out = sample_cli("extract", str(SAMPLE)).stdout
    recs = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    pd.testing.assert_frame_equal(claimx.to_frame(recs), claimx.to_frame(sample_claims()))


def test_empty_input_gives_an_empty_frame_with_the_columns() -> None:
    df = claimx.to_frame([])
    assert df.empty and list(df.columns) == list(COLUMNS)


def test_a_malformed_record_is_refused_with_a_message() -> None:
    with pytest.raises(ValueError, match="not a claimx/1 record"):
        claimx.to_frame([{"id": "x"}])


def test_cli_csv_has_the_frame_columns(sample_cli: SampleCli) -> None:
    out = sample_cli("extract", "--format", "csv", str(SAMPLE)).stdout
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    assert list(rows[0]) == list(COLUMNS)
    df = claimx.to_frame(sample_claims())
    assert [r["key"] for r in rows] == list(df["key"])
    assert [float(r["value"]) for r in rows] == list(df["value"])


def test_cli_parquet_round_trips_to_the_frame(tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    res = run_process([*CLAIMX, "extract", "--format", "parquet", "-o", str(out), str(SAMPLE)])
    assert res.returncode == 0, res.stderr
    back = pd.read_parquet(out)
    expected = claimx.to_frame(sample_claims())
    assert list(back.columns) == list(COLUMNS)
    assert nulls_as_none(back).to_dict("records") == nulls_as_none(expected).to_dict("records")


def nulls_as_none(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype(object).where(df.notna(), None)


def test_cli_parquet_needs_an_output_file() -> None:
    res = run_process([*CLAIMX, "extract", "--format", "parquet", str(SAMPLE)])
    assert res.returncode == 2 and b"--output" in res.stderr and b"Traceback" not in res.stderr


def test_the_readme_documents_every_column() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for col, meaning in COLUMNS.items():
        assert f"| `{col}` | {meaning} |" in readme, col


EN_WEEK = ("Kazakhstan's interior ministry said on Tuesday that 98,000 Russians had crossed into the country since "
           "President Vladimir Putin announced a partial mobilisation last Wednesday. The Kremlin has said that "
           "300,000 reservists will be called up.")


def test_every_field_of_the_record_has_columns() -> None:
    claims = claimx.extract(EN_WEEK, published="2022-09-27", doc="week")
    df = claimx.to_frame(claims)
    first, second = df.to_dict("records")
    assert first["event"] == "entered" and second["event"] == "mobilised"
    assert first["ministries"] == "KZ:interior"
    assert (first["persons"], first["person_titles"], first["person_keys"]) == ("Vladimir Putin", "president", "person:btn")
    assert first["source_countries"] == "KZ" and first["subjects"] == "RU" and first["locations"] == "KZ"
    assert second["organizations"] == "The Kremlin" and second["source"] == "The Kremlin"
    assert first["text_source"] is None
    for col in ("ministries", "persons", "person_titles", "person_keys", "organizations", "mentioned_countries"):
        assert second[col] == "" if col != "organizations" else True  # joined lists: "" when none, never None
    # every entity of a record shows in some column
    for c, row in zip(claims, df.to_dict("records")):
        for e in c.entities:
            cols = {"country": ("countries",), "ministry": ("ministries",), "person": ("persons",),
                    "organization": ("organizations",), "location": ()}[e.kind]
            assert all((e.id or e.text) in row[col] for col in cols)


def test_groups_to_frame_uses_the_to_frame_convention() -> None:
    claims = claimx.extract(EN_WEEK, published="2022-09-27", doc="week")
    groups = claimx.groups_to_frame(claimx.align(claims))
    flat = claimx.to_frame(claims)
    assert list(groups.columns) == ["group", "label", "variant", *COLUMNS]
    assert (groups.dtypes[list(COLUMNS)] == flat.dtypes).all()
    assert nulls_as_none(groups[list(COLUMNS)]).to_dict("records") == nulls_as_none(flat).to_dict("records")
    assert groups["time_start"].tolist()[1] is None and groups["countries"].tolist()[1] == ""
    assert groups["variant"].dtype == "int64"
