"""The ``dengar`` command line: parses options, calls the pipeline, maps errors to exit codes."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from dengar import __version__, errors
from dengar.assemble import closing_with_attribution, is_attribution
from dengar.engines import engine_class
from dengar.model import Article
from dengar.pipeline import Built, build, understand
from dengar.status import ExitStatus
from dengar.voices import DEFAULT_VOICE, RATE_RANGE, VoiceProfile, load_profile, shipped_profiles

EXIT_STATUS: dict[type[errors.DengarError], ExitStatus] = {
    errors.InputNotFound: ExitStatus.INPUT_NOT_FOUND,
    errors.EmptyInput: ExitStatus.EMPTY_INPUT,
    errors.BinaryInput: ExitStatus.BINARY_INPUT,
    errors.UndecodableInput: ExitStatus.UNDECODABLE_INPUT,
    errors.NoBody: ExitStatus.NO_BODY,
    errors.UnknownVoice: ExitStatus.UNKNOWN_VOICE,
    errors.VoiceUnavailable: ExitStatus.VOICE_UNAVAILABLE,
    errors.UnwritableOutput: ExitStatus.UNWRITABLE_OUTPUT,
    errors.SynthesisFailed: ExitStatus.SYNTHESIS_FAILED,
    errors.EncodingFailed: ExitStatus.ENCODING_FAILED,
    errors.BadLexicon: ExitStatus.BAD_LEXICON,
    errors.NotAnArticle: ExitStatus.NOT_AN_ARTICLE,
    errors.ForeignLanguage: ExitStatus.FOREIGN_LANGUAGE,
}


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn dengar's errors and Ctrl-C into one sentence on stderr and an exit status."""
    signal.signal(signal.SIGTERM, _raise_interrupt)  # so partial files are cleaned up
    try:
        yield
    except errors.DengarError as exc:
        click.echo(f"dengar: {exc}", err=True)
        sys.exit(EXIT_STATUS.get(type(exc), ExitStatus.UNEXPECTED))
    except KeyboardInterrupt:
        click.echo("dengar: interrupted; no file was left half-written.", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except Exception as exc:  # a bug: still one sentence, and the details to report
        if os.environ.get("DENGAR_DEBUG"):
            raise
        click.echo(f"dengar: unexpected error ({type(exc).__name__}: {exc}); please report "
                   "it, with DENGAR_DEBUG=1 set for the details.", err=True)
        sys.exit(ExitStatus.UNEXPECTED)


def _profile(voice: str, rate: int | None) -> VoiceProfile:
    return load_profile(voice).with_rate(rate)


voice_option = click.option(
    "--voice", "-v", default=DEFAULT_VOICE, show_default=True, metavar="NAME|PATH",
    help="A voice profile by name (see `dengar voices`) or the path of a .toml profile.",
)
rate_option = click.option(
    "--rate", "-r", type=click.IntRange(*RATE_RANGE), default=None, metavar="WPM",
    help=f"Speaking rate in words per minute as the engine counts them "
         f"({RATE_RANGE[0]}-{RATE_RANGE[1]}); overrides the voice profile's.",
)
lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, metavar="FILE",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A pronunciation lexicon (W3C PLS) whose entries win over the voice's and dengar's; "
         "repeatable, later files win.",
)
any_language_option = click.option(
    "--any-language", is_flag=True,
    help="Speak an article that is not in Indonesian instead of refusing it.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dengar")
def cli() -> None:
    """Turn an Indonesian news article into an accessible, chaptered MP3.

    Example: dengar build examples/vov-rusia-rdrk.txt
    """


class _Progress:
    """A progress bar on stderr while speaking, shown only to a person at a terminal."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled and sys.stderr.isatty()
        self._bar: Any = None

    def start(self, total: int) -> None:
        if self.enabled:
            self._bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self._bar.__enter__()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def _summary(built: Built) -> str:
    minutes, seconds = divmod(round(built.duration_ms / 1000), 60)
    count = len(built.chapters)
    return f"{built.path}  {minutes}:{seconds:02d}  {count} chapter{'s' if count != 1 else ''}"


@cli.command("build")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              metavar="PATH", help="An .mp3 file (one article) or a folder. Default: output/")
@voice_option
@rate_option
@lexicon_option
@any_language_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def build_command(
    articles: tuple[str, ...], output: Path | None, voice: str, rate: int | None,
    lexicons: tuple[Path, ...], any_language: bool, quiet: bool,
) -> None:
    """Speak each ARTICLE (a text, Markdown or HTML file, or - for stdin) into an MP3.

    The file is named after the headline unless -o names an .mp3 file. A summary line
    (file, duration, chapters) is printed for each article.

    \b
    Examples:
      dengar build examples/vov-rusia-rdrk.txt
      dengar build artikel.txt -o episode.mp3 --voice espeak-id-cepat --rate 320
      cat artikel.txt | dengar build - -o output/
    """
    if len(articles) > 1 and output is not None and output.suffix.lower() == ".mp3":
        raise click.UsageError("With more than one article, -o must name a folder.")
    if articles.count("-") > 1:
        raise click.UsageError("Standard input (-) can be read only once.")
    with reported_errors():
        profile = _profile(voice, rate)
        for source in articles:
            progress = _Progress(f"dengar {source}", enabled=not quiet)
            try:
                built = build(source, output, profile, progress.start, progress.advance,
                              lexicons=lexicons, any_language=any_language)
            finally:
                progress.close()
            if not quiet:
                click.echo(_summary(built))


def article_json(article: Article) -> dict[str, Any]:
    """The ``inspect --json`` contract: how the article was understood, and what is spoken."""
    return {
        "title": article.title,
        "byline": article.byline,
        "publisher": article.publisher,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "url": article.url,
        "chapters": [
            {
                "title": chapter.title,
                "segments": [
                    {"kind": s.kind, "text": s.text, "spoken": s.spoken, "speaker": s.speaker}
                    for s in chapter.segments
                ],
            }
            for chapter in article.chapters
        ],
        "dropped": list(article.dropped),
    }


def _echo_article(article: Article, profile: VoiceProfile) -> None:
    click.echo(f"Title:   {article.title or '(none)'}")
    click.echo(f"Byline:  {article.byline or '(none)'}")
    click.echo(f"Dropped: {', '.join(repr(d) for d in article.dropped) or '(nothing)'}")
    for number, chapter in enumerate(article.chapters, start=1):
        click.echo(f"\nChapter {number}: {chapter.title}")
        # The quote's closing cue is said once, with the attribution after it.
        closing = f" {profile.quote.closing}"
        said = [s for s in chapter.segments if s.spoken]
        pairs = [(q, a) for q, a in zip(said, said[1:], strict=False)
                 if profile.quote.announce and is_attribution(q, a) and q.spoken.endswith(closing)]
        quotes, attributions = {id(q) for q, _ in pairs}, {id(a) for _, a in pairs}
        for s in chapter.segments:
            who = f" ({s.speaker})" if s.speaker else ""
            click.echo(f"  [{s.kind}{who}] {s.text}")
            if id(s) in quotes:
                click.echo(f"      spoken: {s.spoken.removesuffix(closing)} (closing cue below)")
            elif id(s) in attributions:
                said_with = closing_with_attribution(s, profile)
                click.echo(f"      spoken: (closing the quote) {said_with}")
            elif s.spoken != s.text:
                click.echo(f"      spoken: {s.spoken or '(skipped)'}")


@cli.command("inspect")
@click.argument("article", metavar="ARTICLE")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@voice_option
@lexicon_option
@any_language_option
def inspect_command(article: str, as_json: bool, voice: str, lexicons: tuple[Path, ...],
                    any_language: bool) -> None:
    """Show how ARTICLE was understood and exactly what will be spoken; makes no audio.

    \b
    Examples:
      dengar inspect examples/vov-rusia-rdrk.txt
      dengar inspect examples/vov-rusia-rdrk.txt --json
      dengar inspect artikel.txt --lexicon nama.pls
    """
    with reported_errors():
        profile = load_profile(voice)
        understood = understand(article, profile, lexicons=lexicons, any_language=any_language)
    if as_json:
        click.echo(json.dumps(article_json(understood), ensure_ascii=False, indent=2))
    else:
        _echo_article(understood, profile)


def _describe(name: str) -> tuple[str, str, str]:
    try:
        profile = load_profile(name)
        reason = engine_class(profile.engine).unavailable_reason()
    except errors.DengarError as exc:
        return "?", "invalid", str(exc)
    return profile.engine, "available" if reason is None else "unavailable", (
        profile.description if reason is None else reason
    )


@cli.command("voices")
def voices_command() -> None:
    """List the voice profiles, their engine, and whether each can run here.

    \b
    Example:
      dengar voices
    """
    click.echo(f"{'NAME':<18} {'ENGINE':<8} {'STATE':<12} DESCRIPTION")
    for name in shipped_profiles():
        engine, state, description = _describe(name)
        label = f"{name} *" if name == DEFAULT_VOICE else name
        click.echo(f"{label:<18} {engine:<8} {state:<12} {description}")
    click.echo("* the default voice; --voice also takes the path of your own .toml profile")


def main() -> None:
    """Entry point of the ``dengar`` command."""
    cli(prog_name="dengar")
