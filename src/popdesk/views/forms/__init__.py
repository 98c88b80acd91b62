"""Generated forms and resources: do not edit."""
