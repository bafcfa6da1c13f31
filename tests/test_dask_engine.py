"""The Dask engine on a LocalCluster gives the same tables as the local engine."""

import shutil

import pytest

pytest.importorskip("distributed")

from biaslens.batch import make_engine, run_batch  # noqa: E402

SAMPLES_GLOB = ("*.txt", "*.md", "*.html")


def corpus(tmp_path, samples):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        for p in samples:
            shutil.copy(p, d / f"{i}-{p.name}")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return d


def tables(out):
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.suffix == ".csv"}


def test_dask_engine_writes_the_same_tables_as_the_local_engine(tmp_path, samples):
    d = corpus(tmp_path, samples)
    lx = tmp_path / "mine.csv"
    lx.write_text("# name: mine\n# version: 1\nterm,category,weight,note\nharbor,labels,1,test term\n")
    local = run_batch([str(d)], tmp_path / "local", lexicons=[lx], engine=make_engine("local", workers=1))
    dask = run_batch([str(d)], tmp_path / "dask", lexicons=[lx], engine=make_engine("dask", workers=2))
    assert local.errors == dask.errors == 2
    a, b = tables(tmp_path / "local"), tables(tmp_path / "dask")
    assert set(a) == {"articles.csv", "paragraphs.csv", "sentences.csv", "entities.csv", "terms.csv", "errors.csv"}
    assert a == b
    assert b"harbor" in b["sentences.csv"]


def test_unreachable_scheduler_is_a_clear_error(tmp_path, samples, cli):
    d = corpus(tmp_path, samples[:1])
    proc = cli("batch", str(d), "--out", str(tmp_path / "o"), "--engine", "dask", "--scheduler",
               "tcp://127.0.0.1:1", "--timeout", "2")
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Dask scheduler" in err and "Traceback" not in err


def test_scheduler_needs_the_dask_engine(tmp_path, cli):
    proc = cli("batch", str(tmp_path), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1")
    assert proc.returncode == 2


def test_tasks_travel_in_chunks_and_outcomes_come_back_as_plain_tuples(samples):
    from biaslens.batch import WorkerConfig, iter_tasks, run_task
    from biaslens.batch.engines.dask import LOCAL_CLUSTER_CONFIG, DaskEngine, _unpack, run_dask_chunk

    tasks = list(iter_tasks([str(p) for p in samples[:3]]))
    cfg = WorkerConfig()
    packed = run_dask_chunk(cfg, [(t, None) for t in tasks])
    assert all(type(p) is tuple for p in packed)
    assert [_unpack(p) for p in packed] == [run_task(cfg, t) for t in tasks]
    assert DaskEngine(workers=2).chunk == 16 and DaskEngine(workers=2, chunk=1).chunk == 1
    assert LOCAL_CLUSTER_CONFIG["distributed.worker.profile.enabled"] is False
