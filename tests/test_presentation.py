from gui import presentation as p
from gui.backend.types import PortInfo


def test_human_size_matches_docker_images():
    assert p.human_size(0) == "0B"
    assert p.human_size(999) == "999B"
    assert p.human_size(1_990_000) == "1.99MB"
    assert p.human_size(77_800_000) == "77.8MB"
    assert p.human_size(1_234_000_000) == "1.23GB"
    assert p.human_size(999_999) == "1000kB"  # docker prints 1e+03kB here; Berth avoids the e


def test_human_duration_like_docker():
    assert p.human_duration(0.2) == "Less than a second"
    assert p.human_duration(1) == "1 second"
    assert p.human_duration(42) == "42 seconds"
    assert p.human_duration(60) == "About a minute"
    assert p.human_duration(60 * 5) == "5 minutes"
    assert p.human_duration(3600) == "About an hour"
    assert p.human_duration(3 * 3600) == "3 hours"
    assert p.human_duration(3 * 86400) == "3 days"
    assert p.human_age(1000, now=1000 + 300) == "5 minutes ago"


def test_ports_and_urls():
    pub = PortInfo(80, "tcp", "0.0.0.0", 8888)
    assert p.format_port(pub) == "0.0.0.0:8888->80/tcp"
    assert p.format_port(PortInfo(80, "tcp", "::", 8888)) == "[::]:8888->80/tcp"
    assert p.port_url(pub) == "http://localhost:8888"
    assert p.port_url(PortInfo(80, "tcp", "127.0.0.1", 9000)) == "http://127.0.0.1:9000"
    assert p.port_url(PortInfo(53, "udp", "0.0.0.0", 53)) is None
    assert p.port_url(pub, "tcp://10.1.2.3:2376") == "http://10.1.2.3:8888"
