"""``popdesk self-test``: what IT teams and CI run to check an installation or a bundle."""

from __future__ import annotations

import pytest

from popdesk.cli import main


def test_the_self_test_builds_every_section_and_exports_a_pack(
    qapp, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Qt 6.") and "offscreen" in out[0]
    assert out[1].startswith("store: SQLCipher 4.")
    assert out[2] == "window: 11 sections built and drawn"
    assert out[3].startswith("handover pack: ") and "pages" in out[3]
    assert out[-1] == "self-test passed"


def test_a_failing_step_is_named_and_the_exit_status_says_so(
    qapp, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from popdesk.services.exports import ExportService

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'reportlab'")

    monkeypatch.setattr(ExportService, "handover_pack", broken)
    assert main(["self-test"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == (
        "self-test failed while exporting a handover pack: "
        "ModuleNotFoundError: No module named 'reportlab'"
    )
