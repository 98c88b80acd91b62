"""A realistic, fictional neighbourhood to try popdesk on (``popdesk demo``)."""
