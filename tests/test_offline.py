"""The offline promise: outside network is blocked for the whole suite."""

import socket

import pytest
from pytest_socket import SocketConnectBlockedError


def test_outside_network_is_blocked():
    with pytest.raises(SocketConnectBlockedError):
        socket.create_connection(("93.184.215.14", 80), timeout=1)


def test_analysis_needs_no_network(analyzer, samples):
    r = analyzer.analyze_file(samples[0])
    assert r.metrics.n_sentences > 0 and r.metrics.flesch_reading_ease is not None
