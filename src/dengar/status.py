"""Exit statuses of the ``dengar`` command: one for each way a run can end."""

from enum import IntEnum


class ExitStatus(IntEnum):
    """What ``dengar`` returns to the shell."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2  # click's own status for a bad option or argument
    INPUT_NOT_FOUND = 3
    EMPTY_INPUT = 4
    BINARY_INPUT = 5
    UNDECODABLE_INPUT = 6
    NO_BODY = 7
    UNKNOWN_VOICE = 8
    VOICE_UNAVAILABLE = 9
    UNWRITABLE_OUTPUT = 10
    SYNTHESIS_FAILED = 11
    ENCODING_FAILED = 12
    BAD_LEXICON = 13
    NOT_AN_ARTICLE = 14
    FOREIGN_LANGUAGE = 15
    INTERRUPTED = 130  # 128 + SIGINT, as shells expect
