"""Scripts run beside the portal (benchmark, load test); the tests import `scripts.serving`."""
