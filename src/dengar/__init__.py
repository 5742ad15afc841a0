"""dengar: an Indonesian news article becomes an accessible, chaptered, tagged MP3."""

__version__ = "0.1.0"
