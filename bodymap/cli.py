"""The `bodymap` command: the app, and thin command-line calls into the atlas (what those
print: `cli_atlas`, `cli_where`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bodymap import __version__
from bodymap.atlas.vocabulary import VIEW_IDS

# The atlas (YAML, Shapely), JSON and the commands' printing are imported by the commands
# that use them, not to parse the line: `bodymap gui` draws its first frame before loading
# them (docs/performance.md).

VIEWS = VIEW_IDS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="An educational atlas of myofascial trigger points and their referred pain.",
        epilog="Educational material, not a diagnosis. See a doctor for pain that is severe, "
               "new, unexplained or comes with other symptoms.",
    )
    parser.add_argument("--version", action="version", version=f"bodymap {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the app (the default)")
    _add_gui_arguments(gui)

    validate = commands.add_parser("validate", help="check map files; one line per problem")
    validate.add_argument("folder", nargs="?", help="a folder of maps laid over the built-in ones")

    listing = commands.add_parser("list", help="list every trigger point")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--maps", action="append", default=[], metavar="DIR",
                         help="a folder of maps laid over the built-in ones")

    show = commands.add_parser("show", help="one trigger point in full")
    show.add_argument("id", help="a trigger point id, name or alias (e.g. upper_trapezius_1, SCM)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--maps", action="append", default=[], metavar="DIR",
                      help="a folder of maps laid over the built-in ones")

    from bodymap import cli_where

    cli_where.add_parser(commands)
    commands.add_parser("schema", help="print the JSON Schema of the map format")
    return parser


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line, parsed. A plain `bodymap` or `bodymap gui`, the usual start, is
    answered without building the parser (~4 ms of the first frame); the parser gives the
    same answer (tests/test_cli.py)."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words in ([], ["gui"]):
        return argparse.Namespace(command="gui", maps=[], view=None, select=None,
                                  screenshot=None)
    return _parser().parse_args(words)


def _add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--maps", action="append", default=[], metavar="DIR",
                        help="a folder of maps laid over the built-in ones")
    parser.add_argument("--view", choices=VIEWS, help="the view to show first")
    parser.add_argument("--select", metavar="ID", help="a trigger point to select at start")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the window offscreen to a PNG and exit")


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    command = args.command or "gui"
    try:
        if command != "gui":
            from bodymap import cli_atlas

            if command == "validate":
                return cli_atlas.validate(args.folder)
            if command == "schema":
                return cli_atlas.schema()
            atlas = cli_atlas.load_or_exit(args.maps)
            if command == "list":
                return cli_atlas.list_points(atlas, args.json)
            if command == "show":
                return cli_atlas.show_point(atlas, args.id, args.json)
            if command == "where":
                from bodymap import cli_where

                return cli_where.where(atlas, args)
        from bodymap.ui.app import run

        return run(maps=getattr(args, "maps", []), view=getattr(args, "view", None),
                   select=getattr(args, "select", None),
                   screenshot=getattr(args, "screenshot", None))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug of ours, not the user's input: say so in one line
        if os.environ.get("BODYMAP_DEBUG"):
            raise
        print(f"bodymap: internal error ({type(error).__name__}: {error}); this is a bug in "
              "bodymap. Run again with BODYMAP_DEBUG=1 to see the details, and report it.",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
