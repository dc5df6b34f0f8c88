"""The value ``beritanlp.stem`` returns: a read-only sequence of token dicts, kept as columns.

Building one dict per token costs about as much as all the stemming of a warm cache, and many
callers only want a column (every stem, every offset). :class:`StemmedTokens` holds the columns
and builds the dicts the first time an item is asked for.

It is a :class:`collections.abc.Sequence`, deliberately not a ``list`` subclass: C code that
serialises lists (``json``, ``srsly``, ``orjson``, msgpack) reads a list's storage directly and
would see an empty list while the dicts are still unbuilt. As a plain sequence it is refused
with a ``TypeError`` instead; :meth:`StemmedTokens.to_list` gives the plain list to serialise.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import repeat
from operator import add
from typing import Any, overload

FIELDS = ("text", "stem", "start", "end", "protected", "is_stop")


def end_offsets(texts: Sequence[str], starts: Sequence[int]) -> tuple[int, ...]:
    """The end offset of every token: its start plus its length."""
    return tuple(map(add, starts, map(len, texts)))


def protected_flags(n: int, positions: Iterable[int]) -> tuple[bool, ...]:
    """``n`` flags, ``True`` exactly at ``positions``."""
    flags = [False] * n
    try:
        deque(map(flags.__setitem__, positions, repeat(True)), maxlen=0)
    except (IndexError, TypeError) as err:
        raise ValueError(f"protected positions must be ints in 0..{n - 1}") from err
    return tuple(flags)


class StemmedTokens(Sequence[dict[str, Any]]):
    """One dict per token (``text``, ``stem``, ``start``, ``end``, ``protected``, ``is_stop``).

    A read-only sequence: indexing (an int gives a dict, a slice a list of dicts), ``len``,
    iteration, ``in``, ``reversed``, ``index`` and ``count`` work as on the list of dicts, and
    it compares equal to any sequence of the same dicts. The dicts are built once, on first
    use, and shared by later reads; :meth:`to_list` gives a plain list of new dicts (for
    ``json.dumps``, ``srsly``, editing).

    The columns are available without building any dict: :attr:`texts`, :attr:`stems`,
    :attr:`starts`, :attr:`ends`, :attr:`protected`, :attr:`is_stop` (one item per token).

    Parameters
    ----------
    texts, stems, starts, ends, protected, is_stop
        The columns, all of the same length. ``ends``, ``protected`` and ``is_stop`` may be
        left out and are then computed when first needed: the ends from the starts and the
        token lengths, the protection flags from ``protected_at``, the stopword flags from
        ``texts`` and ``stop_words``.
    stop_words
        Lowercase stopwords, for a missing ``is_stop``.
    protected_at
        Increasing positions of the protected tokens, for a missing ``protected``.

    Examples
    --------
    >>> tokens = StemmedTokens(("Warga", "makan"), ("warga", "makan"), (0, 6), (5, 11),
    ...                        (False, False), (False, True))
    >>> tokens.stems
    ('warga', 'makan')
    >>> tokens[1]["stem"], len(tokens)
    ('makan', 2)
    >>> tokens.to_list()[0]["end"]
    5
    """

    # Only the columns every caller needs are stored from the start: fewer large containers
    # per result for the garbage collector to visit while many results are kept.
    __slots__ = ("texts", "stems", "starts", "_ends", "_protected", "_protected_at",
                 "_is_stop", "_stop_words", "_items")

    texts: Sequence[str]
    stems: Sequence[str]
    starts: Sequence[int]

    def __init__(
        self,
        texts: Sequence[str] = (),
        stems: Sequence[str] = (),
        starts: Sequence[int] = (),
        ends: Sequence[int] | None = None,
        protected: Sequence[bool] | None = None,
        is_stop: Sequence[bool] | None = None,
        stop_words: Collection[str] = (),
        protected_at: Sequence[int] = (),
    ) -> None:
        columns = [c for c in (texts, stems, starts, ends, protected, is_stop) if c is not None]
        lengths = {len(c) for c in columns}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        n = len(texts)
        if protected is None and protected_at and not 0 <= protected_at[0] <= protected_at[-1] < n:
            raise ValueError(f"protected_at must be increasing positions in 0..{n - 1}")
        self.texts = texts
        self.stems = stems
        self.starts = starts
        self._ends = ends
        self._protected = protected
        self._protected_at = protected_at
        self._is_stop = is_stop
        self._stop_words = stop_words
        self._items: list[dict[str, Any]] | None = None

    @property
    def ends(self) -> Sequence[int]:
        """End offsets (computed from :attr:`starts` and the token lengths when not given)."""
        ends = self._ends
        if ends is None:
            ends = self._ends = end_offsets(self.texts, self.starts)
        return ends

    @property
    def protected(self) -> Sequence[bool]:
        """Protection flags (computed from the protected positions when not given)."""
        flags = self._protected
        if flags is None:
            flags = self._protected = protected_flags(len(self.texts), self._protected_at)
        return flags

    @property
    def is_stop(self) -> Sequence[bool]:
        """Stopword flags (computed from :attr:`texts` on first use when not given)."""
        flags = self._is_stop
        if flags is None:
            stop_words = self._stop_words
            flags = tuple(map(stop_words.__contains__, map(str.lower, self.texts)))
            self._is_stop = flags  # one assignment: other threads see None or all of it
        return flags

    def _built(self) -> list[dict[str, Any]]:
        """The token dicts, built on the first call.

        They are built into a local list and published in one assignment, so a thread never
        sees a partly built list (two threads may both build it; either result is kept).
        """
        items = self._items
        if items is None:
            items = [
                {"text": t, "stem": s, "start": a, "end": b, "protected": p, "is_stop": q}
                for t, s, a, b, p, q in zip(self.texts, self.stems, self.starts, self.ends,
                                            self.protected, self.is_stop, strict=True)
            ]
            self._items = items
        return items

    def build(self) -> None:
        """Build the token dicts now (done automatically on first use)."""
        self._built()

    def to_list(self) -> list[dict[str, Any]]:
        """A plain list of new dicts, one per token (safe to edit or serialise)."""
        return [dict(item) for item in self._built()]

    # -- the Sequence protocol --------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        return self._built()[index]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._built())

    def __reversed__(self) -> Iterator[dict[str, Any]]:
        return reversed(self._built())

    def __contains__(self, value: object) -> bool:
        return value in self._built()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StemmedTokens):
            return self._built() == other._built()
        if isinstance(other, Sequence) and not isinstance(other, str | bytes | bytearray):
            return self._built() == list(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which are unhashable

    def __repr__(self) -> str:
        return repr(self._built())

    def __reduce__(self) -> tuple[Callable[..., StemmedTokens], tuple[Any, ...]]:
        # the columns only: the dicts are rebuilt on first use after unpickling
        return (StemmedTokens, (tuple(self.texts), tuple(self.stems), tuple(self.starts),
                                tuple(self.ends), tuple(self.protected), tuple(self.is_stop)))

