"""Two events of one company (or person) are two stories: a link must hold without the name
both headlines give and the sentences about it.

A company's announcements of one day ("Merlion Fintech to open Jakarta office, its largest
outside Singapore", "Singapore's Merlion Fintech to enter S. Korean payment market with
Hanbit Bank") met at cosine 0.43 against a bar of 0.24 (newcomer 34, finding 8): on the
company's name, which both headlines give and so counts several times in each vector
(``StoryConfig.title_name_weight``), and on what every report of it says about it: its chief
executive's name, "founded in 2019", "more than 4.5 million users in Singapore, Malaysia and
the Philippines".  A press release's "About" paragraph is left out of its vector
(:mod:`clipper.pressreleases`), but a reporter writes the portrait into the report, and
:mod:`clipper.stories.leads` cut nothing (the name is in both leads).

So two clusters whose headlines both give a rare name (:attr:`Vector.names` held by both
vectors' first frame line, the headline: :mod:`clipper.stories.instances`) have a *subject*;
their link holds only when their cosine without the subject's terms and those of every line of
either past its first ``StoryConfig.subject_opening_lines`` (the headline and the opening,
which report the event) that holds one, each vector at unit length again
(:func:`unsubjected_similarity`), clears ``StoryConfig.subject_similarity_share`` of their
bar.  The two announcements keep 0.02 of their cosine; two reports of the Jakarta office keep
0.33-0.42, on the office, Jakarta, the 180 hires, the analysts.  Like the template, series and
lead rules it is a property of the two articles only, and it asks only the frame lines a
vector holds (its headline and first sentences).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from clipper.stories.series import similarity_without
from clipper.stories.termvector import Vector

__all__ = ["headline_names", "subject_terms", "unsubjected_similarity"]


def headline_names(vector: Vector) -> npt.NDArray[np.uint32]:
    """The sorted keys of ``vector``'s rare names (:attr:`Vector.names`) that its first frame
    line (the headline, bit 0 of :attr:`Vector.line_bits`) holds; none without lines."""
    if not len(vector.line_bits) or not len(vector.names):
        return np.zeros(0, np.uint32)
    headline = vector.keys[(vector.line_bits & np.uint8(1)) != 0]
    return np.intersect1d(headline, vector.names, assume_unique=True)


def _lines_naming(
    vector: Vector, subject: npt.NDArray[np.uint32], opening: int
) -> npt.NDArray[np.uint32]:
    """The keys of ``vector``'s terms held by a frame line past its first ``opening`` lines
    that holds a ``subject`` term, sorted."""
    held = np.isin(vector.keys, subject, assume_unique=True)
    bits = int(np.bitwise_or.reduce(vector.line_bits[held], initial=0)) >> opening << opening
    if not bits:
        return np.zeros(0, np.uint32)
    return vector.keys[(vector.line_bits & np.uint8(bits)) != 0]


def subject_terms(first: Vector, second: Vector, opening: int) -> npt.NDArray[np.uint32]:
    """The subject of two clusters (the rare names both headlines hold: :func:`headline_names`)
    and the terms of every frame line past the first ``opening`` of either that holds one,
    sorted; none when the headlines share no rare name."""
    subject = np.intersect1d(headline_names(first), headline_names(second), assume_unique=True)
    if not len(subject):
        return subject
    return np.union1d(
        subject,
        np.union1d(_lines_naming(first, subject, opening), _lines_naming(second, subject, opening)),
    )


def unsubjected_similarity(first: Vector, second: Vector, opening: int) -> float | None:
    """The cosine of two vectors without their :func:`subject_terms`, each at unit length
    again; None when they have no subject."""
    subject = subject_terms(first, second, opening)
    if not len(subject):
        return None
    return similarity_without(first, second, subject)
