"""The `bodymap` command: the app, and thin command-line calls into the atlas (what those
print: `cli_atlas`, `cli_where`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bodymap import __version__
from bodymap.atlas.vocabulary import ALL_VIEW_IDS
from bodymap.language import LANGUAGES, choose, normalise, translator

if TYPE_CHECKING:
    from bodymap.atlas.atlas import Atlas

# Each command imports what it needs when it runs (the atlas, Qt for `gui`): parsing the
# line stays light, and the app shows its splash before the atlas is loaded.


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="An educational atlas of myofascial trigger points and their referred pain.",
        epilog="Educational material, not a diagnosis. See a doctor for pain that is severe, "
        "new, unexplained or comes with other symptoms.",
    )
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    _add_language_argument(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the app (the default)")
    _add_gui_arguments(gui)
    _add_kiosk_arguments(parser)  # `bodymap --kiosk`, without naming the command

    handout = commands.add_parser(
        "handout", help="a client handout of trigger points, as a PDF (two pages a point)"
    )
    handout.add_argument("ids", nargs="+", metavar="ID", help="trigger point ids, names or aliases")
    handout.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF")
    handout.add_argument("--clinic", default="", metavar="NAME", help="the clinic's name")
    handout.add_argument("--page", choices=("a4", "letter"), default="a4", help="paper size")

    kiosk = commands.add_parser("kiosk", help="set up the kiosk (docs/kiosk.md)")
    kiosk_commands = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    set_pin = kiosk_commands.add_parser(
        "set-pin", help="set the administrator's PIN (kept as a salted hash)"
    )
    set_pin.add_argument(
        "--config",
        metavar="FILE",
        help="the kiosk's config file (default: kiosk.yaml in the user's config folder)",
    )

    validate = commands.add_parser("validate", help="check map files; one line per problem")
    validate.add_argument("folder", nargs="?", help="a folder of maps laid over the built-in ones")

    listing = commands.add_parser("list", help="list every trigger point")
    listing.add_argument("--json", action="store_true", help="print JSON")

    show = commands.add_parser("show", help="one trigger point in full")
    show.add_argument("id", help="a trigger point id, name or alias (e.g. upper_trapezius_1, SCM)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument(
        "--client",
        action="store_true",
        help="for a client or the public: a clinician-only technique by its label alone",
    )

    from bodymap import cli_where

    cli_where.add_parser(commands)
    commands.add_parser("schema", help="print the JSON Schema of the map format")
    guidance = commands.add_parser("guidance", help="how to press safely, for every technique")
    guidance.add_argument("--json", action="store_true", help="print JSON")
    for command in commands.choices.values():  # before or after the command: both work
        _add_language_argument(command, argparse.SUPPRESS)
    for name in ("gui", "handout", "list", "show", "where"):
        commands.choices[name].add_argument(
            "--maps",
            action="append",
            default=[],
            metavar="DIR",
            help="a folder of maps laid over the built-in ones",
        )
    return parser


def _add_language_argument(parser: argparse.ArgumentParser, default: str | None) -> None:
    names = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=default,
        type=_language,
        help=f"the language to show: {names}; default: the system's (the app: the one chosen "
        "in its View ▸ Language menu)",
    )


def _language(text: str) -> str:
    code = normalise(text)
    if code is None:
        names = ", ".join(LANGUAGES)
        raise argparse.ArgumentTypeError(f"'{text}' is not one of the languages shipped: {names}")
    return code


def _add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--view", choices=ALL_VIEW_IDS, help="the view to show first")
    parser.add_argument("--select", metavar="ID", help="a trigger point to select at start")
    parser.add_argument(
        "--side",
        choices=("right", "left"),
        default="right",
        help="the patient's side of the point selected (default: right)",
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window offscreen to a PNG and exit"
    )
    parser.add_argument(
        "--size",
        metavar="WIDTHxHEIGHT",
        type=_size,
        help="the window's size in pixels (with --screenshot: 1400x900 unless given)",
    )
    parser.add_argument(
        "--text-size",
        type=int,
        choices=(100, 125, 150, 200),
        metavar="PERCENT",
        help="text size for this run: 100, 125, 150 or 200 (default: View ▸ Text size)",
    )
    parser.add_argument(
        "--contrast",
        choices=("system", "high", "normal"),
        help="high contrast for this run: as the system is set, on (high) or off (normal)",
    )
    parser.add_argument(
        "--reduce-motion", action="store_true", help="the hold timer's ring without sweeping"
    )
    _add_kiosk_arguments(parser)


def _add_kiosk_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen for a reception touch screen: locked, starting over when left alone",
    )
    parser.add_argument(
        "--idle-timeout",
        metavar="SECONDS",
        type=_seconds,
        help="with --kiosk: seconds without a touch before it asks and starts over (60)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="the kiosk's config file (default: kiosk.yaml in the user's config folder)",
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds: '{text}'") from None
    if not 10 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"from 10 to 3600 seconds: '{text}'")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT, e.g. 1366x768: '{text}'"
        ) from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"a size from 200x200 to 10000x10000: '{text}'")
    return width, height


def main(argv: Sequence[str] | None = None) -> int:
    # bodymap does no linear algebra: NumPy's BLAS need not start a thread per core (it
    # takes a person-noticeable while), so it is told to start none, before NumPy is loaded.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    args = _parser().parse_args(argv)
    try:
        code = _command(args)
        sys.stdout.flush()  # a reader gone away is found here, not when the program ends
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `bodymap list | head`: the reader has all it wanted. Nothing more is written, and
        # nothing is said about it as the program ends.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug of ours, not the user's input: say so in one line
        if os.environ.get("BODYMAP_DEBUG"):
            raise
        print(
            f"bodymap: internal error ({type(error).__name__}: {error}); this is a bug in "
            "bodymap. Run again with BODYMAP_DEBUG=1 to see the details, and report it.",
            file=sys.stderr,
        )
        return 70


def _handout(atlas: Atlas, args: argparse.Namespace, language: str) -> int:
    """`bodymap handout`: the points found by id, name or alias, drawn with Qt offscreen."""
    points = []
    for name in args.ids:
        point = atlas.find(name)
        if point is None:
            print(f"bodymap: no trigger point called '{name}'", file=sys.stderr)
            return 2
        points.append(point.id)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file, not a window
    from bodymap.ui.app import write_handout_file

    return write_handout_file(atlas, points, args.output, args.clinic, args.page, language)


def _command(args: argparse.Namespace) -> int:
    command = args.command or "gui"
    if command != "gui":
        from bodymap import cli_atlas

        code = choose(args.lang)
        translate = translator(code)
        if command == "validate":
            return cli_atlas.validate(args.folder, args.lang)
        if command == "schema":
            return cli_atlas.schema()
        if command == "guidance":
            return cli_atlas.guidance(args.json, translate)
        if command == "kiosk":
            from bodymap import cli_kiosk

            return cli_kiosk.set_pin(args.config)
        atlas = cli_atlas.load_or_exit(args.maps, code)
        if command == "list":
            return cli_atlas.list_points(atlas, args.json, translate)
        if command == "show":
            return cli_atlas.show_point(atlas, args.id, args.json, args.client, translate)
        if command == "where":
            from bodymap import cli_where

            return cli_where.where(atlas, args, translate, code)
        if command == "handout":
            return _handout(atlas, args, code)
    from bodymap.ui.app import run

    return run(
        maps=getattr(args, "maps", []),
        view=getattr(args, "view", None),
        select=getattr(args, "select", None),
        side=getattr(args, "side", "right"),
        screenshot=getattr(args, "screenshot", None),
        size=getattr(args, "size", None),
        kiosk=getattr(args, "kiosk", False),
        idle_timeout=getattr(args, "idle_timeout", None),
        config=getattr(args, "config", None),
        language=args.lang,
        text_size=getattr(args, "text_size", None),
        contrast=getattr(args, "contrast", None),
        reduce_motion=getattr(args, "reduce_motion", False),
    )


if __name__ == "__main__":
    sys.exit(main())
