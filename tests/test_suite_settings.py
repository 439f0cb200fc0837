"""The suite's own settings hold: property tests do not depend on the machine's speed."""

from __future__ import annotations

from hypothesis import HealthCheck, settings


def test_no_property_test_is_timed() -> None:
    current = settings()
    assert current.deadline is None
    assert HealthCheck.too_slow in current.suppress_health_check
    assert current.max_examples >= 100, "the number of examples is what makes a property test"
