"""What beritanlp's components share: the mark of a component with lazily loaded tables."""

from __future__ import annotations


class WarmUp:
    """Base of components that load a table on first use (e.g. the places desa index).

    Interactive use pays for such a table only when an article needs it; a long batch job calls
    :meth:`warm_up` on every component of this class before its first batch
    (:func:`beritanlp.batch.warm_up`), so its memory is steady from then on. Components of other
    packages are never called, even when they have a method of the same name.
    """

    def warm_up(self) -> None:
        """Load every lazily loaded table now."""
        raise NotImplementedError
