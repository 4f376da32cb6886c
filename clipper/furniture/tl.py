"""Tagalog (Filipino) page furniture: a line table (:data:`clipper.furniture.LINE_TABLES`, see
:mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, share_bar

TABLE = Table(
    language="tl",
    share=(
        share_bar(r"ibahagi(?: ito)?|i-share"),
        r"ibahagi(?: ito| ang artikulong ito)?|i-share",
    ),
    promo=(
        # "I-follow ang Abante sa Facebook para sa pinakabagong balita."
        rf"(?:i-?follow|sundan|sundin) (?:ang |kami |si )?(?:[\w .&-]{{1,40}}? )?sa {NETWORKS}"
        r"(?: para sa [^.!?]{1,60})?",
        r"mag-?subscribe sa (?:aming )?(?:newsletter|youtube channel)(?: para sa [^.!?]{1,60})?",
    ),
    related=(
        r"basahin (?:din|rin|ang iba pa)|kaugnay na (?:balita|artikulo)|iba pang balita"
        r"|pinakabagong balita|pinakabasa",
    ),
    rights=(r"lahat ng karapatan ay nakalaan|reserbado ang lahat ng karapatan",),
    # "Na-update Disyembre 7, 2026 7:05 PM", "Huling na-update noong …"
    updated=(r"(?:huling )?(?:na-update|in-update)(?: noong)?",),
    # "Inilathala Disyembre 7, 2026 2:00 PM", "Nailathala noong …": the posting date
    dateline=(r"\b(?:inilathala|nailathala)(?: noong)?\b",),
    tag_labels=(r"mga tag",),
    consent_terms=(r"\bcookies?\b",),
    consent_weak=(r"\bprivacy\b", r"\bpersonal na impormasyon\b"),
    consent_context=(
        r"\b(?:kami|namin|site na ito|website na ito|iyong|mo)\b",
        r"\b(?:tanggapin|sumasang-ayon|tanggihan|setting|pag-click|pagpapatuloy)\b",
    ),
    consent_buttons=(r"tanggapin(?: lahat)?|sumasang-ayon ako|tanggihan|mga setting|sige",),
)
