"""popdesk: partnership working for neighbourhood policing teams."""

__version__ = "0.1.0"
