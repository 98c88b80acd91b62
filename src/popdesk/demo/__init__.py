"""A realistic, fictional neighbourhood to try popdesk on (``popdesk demo``): its names and texts
(data, data_cy) and the generators that write it, through the services (small) or in bulk at a
force's scale (large). The services never import this package; the app and the command line do."""
