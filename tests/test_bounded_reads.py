"""Paths that are not regular files (devices, FIFOs, pipes) are read through the
size cap and under a read deadline: never an unbounded read, never a hang."""

import os
import threading
import time

import pytest

from biaslens import Analyzer, ingest
from biaslens.errors import InputError

ARTICLE = (b"Harbor Board Delays Ferry Vote\n\nThe harbor board delayed its vote on the ferry rules on Tuesday, "
           b"the chair said. \"We need more time,\" said Mara Holt, a board member.\n")


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "article.txt"
    os.mkfifo(path)
    return path


def test_fifo_nobody_writes_to_fails_within_the_deadline(fifo):
    start = time.monotonic()
    with pytest.raises(InputError, match="no end of input within 0.5 s"):
        ingest.read_bounded(fifo, 1000, 0.5)
    assert time.monotonic() - start < 3


def test_fifo_with_a_writer_is_read(fifo):
    def write():
        with open(fifo, "wb") as f:
            f.write(ARTICLE)

    t = threading.Thread(target=write)
    t.start()
    try:
        assert ingest.read_bounded(fifo, 10_000, 5) == ARTICLE
    finally:
        t.join(5)


def test_pipe_as_dev_fd_is_capped_and_read():
    """A process substitution (/dev/fd/N) reads like a file, through the cap."""
    r, w = os.pipe()
    os.write(w, ARTICLE)
    os.close(w)
    try:
        assert ingest.read_bounded(f"/dev/fd/{r}", 10_000, 2) == ARTICLE
    finally:
        os.close(r)
    r, w = os.pipe()
    os.write(w, b"x" * 5000)
    os.close(w)
    try:
        with pytest.raises(InputError, match="over the size limit of 1,000 bytes"):
            ingest.read_bounded(f"/dev/fd/{r}", 1000, 2)
    finally:
        os.close(r)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_stops_at_the_cap_with_bounded_memory():
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    with pytest.raises(InputError, match="over the size limit of 2,000,000 bytes"):
        Analyzer(max_bytes=2_000_000).analyze_file("/dev/zero")
    assert time.monotonic() - start < 5
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 50_000  # the cap (2 MB) plus slack, never the device's endless stream


def test_regular_file_over_the_cap_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="2,000 bytes is over the size limit of 1,000"):
        ingest.read_bounded(p, 1000)
    assert ingest.load_file(p, max_bytes=5000) == b"a" * 2000


def test_cli_report_on_fifo_and_dev_zero(fifo, cli):
    start = time.monotonic()
    proc = cli("report", str(fifo))
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and err.count("\n") == 0 and "no end of input" in err, err
    assert time.monotonic() - start < 60  # startup included; the read itself gives up after 5 s
    proc = cli("report", "/dev/zero", "--max-bytes", "1000000")
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and err.count("\n") == 0 and "over the size limit" in err, err


def test_cli_lexicon_check_on_fifo_is_refused(fifo, cli):
    proc = cli("lexicon", "check", str(fifo))
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and "no end of input" in err and err.count("\n") == 0, err
