"""factory_boy factories, shared by all test packages."""
