"""A Spanish or Portuguese prompt to join the site's channel, group or community goes from the
text (newcomer 41, finding 6: "Receba as notícias no seu WhatsApp. Entre no nosso canal." was
kept as the last paragraph), as session 41 made Ukrainian, Russian, Czech, Slovak, Polish,
Lithuanian and German ones go; a sentence of the article about a channel stays ("El ministro
dijo en su canal de Telegram que…", which a notice searched anywhere in a line cut before).

``TUNE`` holds the desk's prompts and those the patterns were written on; ``CONFIRM`` was
written after them (11 of its 14 went before the patterns took a channel's network before the
site's name, "canal de WhatsApp" in Portuguese and a site's name of four words).  Invented
texts."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from tests.test_credit_phrase_lines import BODIES

TUNE = [
    ("pt", "Receba as notícias no seu WhatsApp. Entre no nosso canal."),
    ("pt", "Entre no nosso canal do WhatsApp"),
    ("pt", "Participe do nosso canal no Telegram"),
    ("pt", "Junte-se ao nosso canal no WhatsApp"),
    ("pt", "Faça parte do nosso grupo no WhatsApp e receba as notícias em primeira mão"),
    ("es", "Recibe las noticias en tu WhatsApp. Únete a nuestro canal."),
    ("es", "Únete a nuestro canal de Telegram y recibe las últimas noticias"),
    ("es", "Sumate a nuestro canal de WhatsApp"),
    ("es", "Suscríbete a nuestro canal de Telegram"),
    ("es", "Unite al canal de Diario Serena en WhatsApp"),
]
CONFIRM = [
    ("pt", "Clique aqui e entre no nosso canal do WhatsApp"),
    ("pt", "Siga o nosso canal no WhatsApp e fique por dentro das notícias"),
    ("pt", "Inscreva-se no nosso canal do Telegram."),
    ("pt", "Acesse a nossa comunidade no WhatsApp"),
    ("pt", "Junte-se ao grupo do Jornal do Vale no Telegram para receber as notícias"),
    ("pt", "Receba as notícias do Jornal do Vale no seu WhatsApp. Entre no nosso grupo."),
    ("pt", "Entra no nosso canal de WhatsApp e recebe as notícias"),
    ("es", "Haz clic aquí para unirte a nuestro canal de WhatsApp"),
    ("es", "Únete al canal de Diario Sur en Telegram y recibe las noticias"),
    ("es", "Forma parte de nuestra comunidad de WhatsApp"),
    ("es", "Ingresá a nuestro canal de Telegram"),
    ("es", "Recibí las noticias en tu WhatsApp. Sumate a nuestro canal."),
    ("es", "Súmate al grupo de WhatsApp de El Heraldo del Valle"),
    ("es", "Sigue nuestro canal de WhatsApp"),
]
# Sentences of an article about a channel or a group: they stay.
SENTENCES = [
    ("pt", "O canal da prefeitura no WhatsApp funciona desde março e já atendeu mil pessoas."),
    ("pt", "A empresa criou um canal no WhatsApp para receber denúncias de moradores."),
    ("pt", "O ministro disse no canal do Telegram que a obra começa em janeiro."),
    ("pt", "Entre no canal de atendimento pelo telefone 0800 ou no site da prefeitura."),
    ("pt", "O grupo entrou no canal da Mancha na madrugada de sábado."),
    ("es", "El canal de la alcaldía en WhatsApp atiende desde marzo a los vecinos."),
    ("es", "Los manifestantes se unieron al grupo de WhatsApp de los vecinos para organizarse."),
    ("es", "Únete a la marcha, pidió el sindicato a los trabajadores del puerto."),
    ("es", "El ministro dijo en su canal de Telegram que la obra empezará en enero."),
]


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


def _both(language: str, closing: str) -> list[Article]:
    """A record's text and an HTML page, each the body then ``closing`` as its last paragraph."""
    url = "https://diario-serena.example/cidade/1"
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODIES[language], closing])
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Orçamento'
        f"</title></head><body><main><article><h1>Orçamento aprovado</h1>{paragraphs}"
        "</article></main></body></html>"
    ).encode()
    return [
        _cleaned(RawPage(
            "r.jsonl:1", "text", "\n\n".join([*BODIES[language], closing]), url=url,
            title="Orçamento aprovado", language=language,
        )),
        _cleaned(RawPage("p.html", "html", html, url=url)),
    ]  # fmt: skip


@pytest.mark.parametrize(("language", "prompt"), TUNE + CONFIRM)
def test_a_channel_prompt_goes(language: str, prompt: str) -> None:
    assert matchers().is_promotion(prompt)
    for cleaned in _both(language, prompt):
        assert cleaned.text.split("\n") == BODIES[language], prompt


@pytest.mark.parametrize(("language", "sentence"), SENTENCES)
def test_a_sentence_about_a_channel_stays(language: str, sentence: str) -> None:
    m = matchers()
    assert not m.is_promotion(sentence)
    assert not m.is_site_notice(sentence)
    for cleaned in _both(language, sentence):
        assert cleaned.text.split("\n")[-1] == sentence
