"""dengar's error types: each carries one sentence a user can act on.

The command line maps each class to an exit status in one place (``cli.EXIT_STATUS``);
library code raises these and never exits or prints.
"""


class DengarError(Exception):
    """Base class for every error dengar reports to its user."""


class InputNotFound(DengarError):
    """The article file does not exist or cannot be opened."""


class EmptyInput(DengarError):
    """The article is empty or holds only white space."""


class BinaryInput(DengarError):
    """The article is binary data, not text."""


class UndecodableInput(DengarError):
    """The article's bytes are not text in any encoding dengar recognises."""


class NoBody(DengarError):
    """The text has no recognisable article body to speak."""


class UnknownVoice(DengarError):
    """The voice profile named does not exist or is not a valid profile."""


class VoiceUnavailable(DengarError):
    """The voice profile exists but its engine cannot run on this machine."""


class UnwritableOutput(DengarError):
    """The destination cannot be written."""


class SynthesisFailed(DengarError):
    """The speech engine failed on a piece of text."""


class EncodingFailed(DengarError):
    """The MP3 encoder failed."""


class BadLexicon(DengarError):
    """A pronunciation lexicon cannot be read or is not valid PLS."""


class NotAnArticle(DengarError):
    """The page holds no article (an index page, an error page, scripts only)."""


class ForeignLanguage(DengarError):
    """The article is not in Indonesian and the user did not ask to speak it anyway."""
