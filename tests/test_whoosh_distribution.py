"""Exactly one Whoosh distribution may be installed: they all install the same ``whoosh`` package."""

from importlib import metadata

WHOOSH_DISTRIBUTIONS = {"whoosh", "whoosh-reloaded", "whoosh3"}


def installed_whoosh_distributions() -> dict[str, str]:
    found = {}
    for dist in metadata.distributions():
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if name in WHOOSH_DISTRIBUTIONS:
            found[name] = dist.version
    return found


def test_exactly_the_pinned_whoosh_distribution_is_installed():
    assert installed_whoosh_distributions() == {"whoosh3": "3.54.0"}


def test_the_pin_in_pyproject_matches():
    from pathlib import Path

    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    assert '"whoosh3==3.54.0"' in pyproject
    assert "whoosh-reloaded" not in pyproject.lower() and '"whoosh>' not in pyproject.lower()
