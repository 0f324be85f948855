"""The attachment check, without a database."""

import pytest

from professionals.uploads import attachment_problem, content_type_for

PDF = b"%PDF-1.7\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
MAX = 10 * 1024 * 1024


@pytest.mark.parametrize(
    "name, head, ok",
    [
        ("a.pdf", PDF, True),
        ("A.PDF", PDF, True),
        ("foto.png", PNG, True),
        ("foto.jpg", PNG, False),
        ("a.exe", b"MZ\x90\x00", False),
        ("a.pdf.exe", PDF, False),
        ("a.svg", b"<svg", False),
        ("a.html", b"<html>", False),
        ("a.pdf", b"MZ\x90\x00", False),
        ("zonder-extensie", PDF, False),
        ("", PDF, False),
    ],
)
def test_attachment_problem(name, head, ok):
    assert (attachment_problem(name, len(head), head, MAX) is None) is ok


def test_size_limit_and_empty_file():
    assert "te groot" in attachment_problem("a.pdf", MAX + 1, PDF, MAX)
    assert attachment_problem("a.pdf", MAX, PDF, MAX) is None
    assert "leeg" in attachment_problem("a.pdf", 0, b"", MAX)


def test_download_content_type_follows_extension():
    assert content_type_for("x.pdf") == "application/pdf"
    assert content_type_for("x.weird") == "application/octet-stream"
