"""The value ``beritanlp.stem`` returns: a list of token dicts, kept as columns until used.

Building one dict per token costs about as much as all the stemming of a warm cache, and many
callers only want a column (every stem, every offset). :class:`StemmedTokens` is a real
``list`` subclass holding the columns; the first time it is used as a list (length, indexing,
iteration, comparison, ``json.dumps``, printing, pickling, ...) it builds the dicts once and
from then on behaves exactly like the plain list of dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

FIELDS = ("text", "stem", "start", "end", "protected", "is_stop")


class StemmedTokens(list[dict[str, Any]]):
    """One dict per token (``text``, ``stem``, ``start``, ``end``, ``protected``, ``is_stop``).

    The columns are available without building any dict: :attr:`texts`, :attr:`stems`,
    :attr:`starts`, :attr:`ends`, :attr:`protected`, :attr:`is_stop` (tuples, one item per
    token, as returned; editing the list later does not change them).

    Parameters
    ----------
    texts, stems, starts, ends, protected, is_stop
        The columns, all of the same length; ``is_stop`` may be left out and is then
        computed from ``texts`` and ``stop_words`` when first needed.
    stop_words
        Lowercase stopwords, for a missing ``is_stop``.
    """

    __slots__ = ("texts", "stems", "starts", "ends", "protected", "_is_stop", "_stop_words",
                 "_built")

    texts: Sequence[str]
    stems: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    protected: Sequence[bool]

    def __init__(
        self,
        texts: Sequence[str] = (),
        stems: Sequence[str] = (),
        starts: Sequence[int] = (),
        ends: Sequence[int] = (),
        protected: Sequence[bool] = (),
        is_stop: Sequence[bool] | None = None,
        stop_words: Collection[str] = (),
    ) -> None:
        super().__init__()
        self.texts = texts
        self.stems = stems
        self.starts = starts
        self.ends = ends
        self.protected = protected
        self._is_stop = is_stop
        self._stop_words = stop_words
        columns = (texts, stems, starts, ends, protected, texts if is_stop is None else is_stop)
        lengths = {len(c) for c in columns}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self._built = False

    @property
    def is_stop(self) -> Sequence[bool]:
        """Stopword flags (computed from :attr:`texts` on first use when not given)."""
        if self._is_stop is None:
            stop_words = self._stop_words
            self._is_stop = tuple(map(stop_words.__contains__, map(str.lower, self.texts)))
        return self._is_stop

    def build(self) -> None:
        """Build the token dicts now (done automatically on first use as a list)."""
        if self._built:
            return
        self._built = True
        list.extend(self, [
            {"text": t, "stem": s, "start": a, "end": b, "protected": p, "is_stop": q}
            for t, s, a, b, p, q in zip(self.texts, self.stems, self.starts, self.ends,
                                        self.protected, self.is_stop, strict=True)
        ])

    def __radd__(self, other: object) -> Any:
        if not isinstance(other, list):
            return NotImplemented
        self.build()
        return list.__add__(other, self)

    def __reduce__(self) -> tuple[Callable[..., StemmedTokens], tuple[Any, ...]]:
        columns = (self.texts, self.stems, self.starts, self.ends, self.protected,
                   self.is_stop)  # stopword flags computed here if still missing
        items = list(list.__iter__(self)) if self._built else None
        return (_restore, (columns, items))


def _restore(columns: tuple[Sequence[Any], ...], items: list[dict[str, Any]] | None
             ) -> StemmedTokens:
    """Unpickle a :class:`StemmedTokens` (its items too when they had been built)."""
    tokens = StemmedTokens(*columns)
    if items is not None:
        tokens._built = True
        list.extend(tokens, items)
    return tokens


def _building(name: str) -> Callable[..., Any]:
    """``list.<name>``, after building the dicts of this list and of list operands."""
    method = getattr(list, name)

    def call(self: StemmedTokens, *args: Any, **kwargs: Any) -> Any:
        self.build()
        for arg in args:
            if isinstance(arg, StemmedTokens):
                arg.build()
        return method(self, *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = method.__doc__
    return call


_LIST_METHODS: Iterable[str] = (
    "__len__", "__iter__", "__reversed__", "__getitem__", "__setitem__", "__delitem__",
    "__contains__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__",
    "__iadd__", "__mul__", "__rmul__", "__imul__", "__repr__", "__sizeof__", "append",
    "extend", "insert", "pop", "remove", "index", "count", "copy", "sort", "reverse", "clear",
)
for _name in _LIST_METHODS:
    setattr(StemmedTokens, _name, _building(_name))
