"""Every shipped language whole: the interface (.ts/.qm) and the atlas's text, through the
real loader, the real CLI and the real window; a missing text falls back to English."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.layers import layers_of
from bodymap.atlas.loader import load
from bodymap.atlas.translation import missing
from bodymap.atlas.vocabulary import fold
from bodymap.language import ENGLISH, LANGUAGES, choose, normalise, translator, ts_file

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = [code for code in LANGUAGES if code != ENGLISH]
Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_of_the_atlas_is_translated(atlas: Atlas, code: str) -> None:
    assert missing(atlas, layers_of()[0], code) == []


@pytest.mark.parametrize("code", SHIPPED)
def test_the_translated_atlas_loads_without_problems(atlas: Atlas, code: str) -> None:
    result = load(language=code)
    assert result.problems == []
    translated = result.atlas
    assert translated is not None
    # the same points, the same geometry and numbers; other words
    assert translated.trigger_points.keys() == atlas.trigger_points.keys()
    changed = [
        p
        for p in atlas.trigger_points
        if translated.trigger_points[p].referral != atlas.trigger_points[p].referral
    ]
    assert len(changed) == len(atlas.trigger_points)
    for point_id, point in atlas.trigger_points.items():
        other = translated.trigger_points[point_id]
        assert other.technique.hold_min == point.technique.hold_min
        assert other.markers == point.markers
        assert len(other.precautions) == len(point.precautions)


def _messages(code: str) -> Iterator[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(ts_file(code)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _marks(text: str) -> tuple[list[str], int]:
    return sorted(set(re.findall(r"%\d+", text))), len(re.findall(r"</?[a-zA-Z][^>]*>", text))


@pytest.mark.parametrize("code", SHIPPED)
def test_every_interface_text_is_translated_with_its_placeholders(code: str) -> None:
    problems = []
    for context, message in _messages(code):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [form.text or "" for form in translation.findall("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        if translation.get("type") or not all(form.strip() for form in forms):
            problems.append(f"{context}: not translated: {source!r}")
            continue
        for form in forms:
            if message.get("numerus") != "yes" and _marks(form) != _marks(source):
                problems.append(f"{context}: placeholders or tags differ: {source!r} -> {form!r}")
    assert problems == []


def test_the_translations_are_up_to_date_with_the_code() -> None:
    """Each text the code translates is in every .ts, and each .qm is compiled from its .ts:
    what tools/update_translations.py keeps."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_missing_text_falls_back_to_english_never_to_an_id() -> None:
    spanish = translator("es")
    assert spanish("Cli", "a text no one wrote") == "a text no one wrote"
    assert spanish("Cli", "Location:") != "Location:"
    assert translator("xx")("Cli", "Location:") == "Location:"  # no such file: English


def test_a_partial_translation_keeps_english_and_names_file_and_line(
    write_maps: Callable[..., Path],
) -> None:
    folder = write_maps(
        {
            "translations/es/neck.yaml": """
            language: es
            muscles:
              upper_trapezius:
                name: Trapecio superior
                trigger_points:
                  upper_trapezius_1:
                    summary: Un nudo en lo alto del hombro.
                    precautions: [solo una]
              no_such_muscle:
                name: Nada
            """
        }
    )
    result = load(overlays=[folder], language="es")
    assert result.atlas is not None
    point = result.atlas.trigger_points["upper_trapezius_1"]
    assert point.summary == "Un nudo en lo alto del hombro."
    assert result.atlas.muscles["upper_trapezius"].name == "Trapecio superior"
    shown = [str(p) for p in result.problems]
    assert any(
        s.startswith(f"{folder}/translations/es/neck.yaml:8:") and "precautions" in s for s in shown
    ), shown
    assert any(":9:" in s and "no muscle 'no_such_muscle'" in s for s in shown), shown
    # the shipped Spanish still stands where the overlay is wrong
    assert (
        point.precautions
        == load(language="es")
        .atlas.trigger_points[  # type: ignore[union-attr]
            "upper_trapezius_1"
        ]
        .precautions
    )


def test_the_language_is_the_one_asked_for_else_the_systems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert choose(None) == "es"
    assert choose("en") == "en"
    assert choose("", None) == "es"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert choose(None) == "en"  # not shipped: English
    monkeypatch.setenv("LANGUAGE", "fr:es")
    assert choose(None) == "es"  # the first shipped of the preferred ones
    assert normalise("ES-es") == "es"
    assert normalise("de") is None


def test_the_language_chosen_in_the_app_is_read_before_the_window(tmp_path: Path) -> None:
    from bodymap.language import settings_language

    settings = tmp_path / "settings.json"
    settings.write_text('{"language": "es", "layout": "front"}', encoding="utf-8")
    assert settings_language(settings) == "es"
    settings.write_text("{not json", encoding="utf-8")
    assert settings_language(settings) == ""  # the settings' reader says what is wrong
    assert settings_language(tmp_path / "none.json") == ""


def test_search_folds_accents() -> None:
    assert fold("Ciática") == fold("ciatica")
    assert fold("ESTERNOCLEIDOMASTOIDEO") == "esternocleidomastoideo"


def test_show_prints_spanish(bodymap_cli: Cli) -> None:
    done = bodymap_cli("show", "SCM", "--lang", "es")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "músculo: Esternocleidomastoideo" in lines[0], lines[0]
    english_labels = ("Location:", "Refers to:", "Precautions:", "Technique:")
    assert not any(line.startswith(english_labels) for line in lines), done.stdout
    assert any(line.startswith("Localización:") for line in lines), done.stdout
    assert "Compresión en pinza" in done.stdout  # the technique's own name, translated


def test_list_and_where_print_spanish(bodymap_cli: Cli) -> None:
    listing = bodymap_cli("--lang", "es", "list")
    assert listing.returncode == 0, listing.stderr
    assert "Cabeza y cara" in listing.stdout  # the body area of the first rows
    assert "trigger points in" not in listing.stdout
    where = bodymap_cli("where", "--symptom", "me duele la cabeza", "--lang", "es")
    assert where.returncode == 0, where.stderr
    first = where.stdout.splitlines()[0]
    assert first.startswith("Dolor de cabeza"), where.stdout  # the red flags come first
    assert "Its usual pattern" not in where.stdout
    rows = [line for line in where.stdout.splitlines() if re.match(r"\d,\d\d ", line)]
    assert rows and all("\u00a0%" in row for row in rows)  # 0,58 and 62 %, as Spanish writes


def test_an_unknown_language_is_refused_with_the_ones_shipped(bodymap_cli: Cli) -> None:
    done = bodymap_cli("list", "--lang", "xx")
    assert done.returncode == 2
    assert "'xx' is not one of the languages shipped: en, es" in done.stderr


def test_validate_with_a_language_reports_its_missing_texts(
    bodymap_cli: Cli, write_maps: Callable[..., Path]
) -> None:
    """A clinic's own map with a muscle no language translates: named, with its fields."""
    shipped = (ROOT / "maps" / "muscles" / "face.yaml").read_text(encoding="utf-8")
    folder = write_maps({"face_own.yaml": shipped.replace("buccinator", "buccinator_own")})
    done = bodymap_cli("validate", str(folder), "--lang", "es")
    assert done.returncode == 1
    assert "muscle 'buccinator_own': no es text for name" in done.stdout, done.stdout
    assert bodymap_cli("validate", "--lang", "es").returncode == 0


def _texts_in_code() -> set[tuple[str, str]]:
    """(context, text) of every literal the code hands to tr() or translate(), read from the
    syntax tree: inside f-strings too, where Qt's extractor can miss them."""
    import ast

    found: set[tuple[str, str]] = set()

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "tr" and texts and isinstance(texts[0], str) and self.classes:
                found.add((self.classes[-1], texts[0]))
            elif name == "translate" and len(texts) >= 2 and all(isinstance(t, str) for t in texts):
                found.add((texts[0], texts[1]))
            self.generic_visit(node)

    for path in (ROOT / "bodymap").rglob("*.py"):
        Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_the_code_translates_is_in_the_translation(code: str) -> None:
    listed = {(context, message.findtext("source") or "") for context, message in _messages(code)}
    assert sorted(_texts_in_code() - listed) == []
