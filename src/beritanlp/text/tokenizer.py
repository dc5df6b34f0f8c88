r"""The news tokenizer: spaCy's Indonesian tokenizer tuned for news text.

Differences from ``spacy.blank("id")``:

* dates written with slashes stay one token (``16/5/2024``, ``16/5``), as do times and numbers
  with separators (``70,55``, ``70.55``, ``1.234.567``, ``14.30``);
* currency glued to a number is split off (``Rp1,5`` → ``Rp`` + ``1,5``);
* abbreviations common in Indonesian news keep their period (``Jl.``, ``Kab.``, ``Pj.``,
  ``S.H.``, ``M.Si.``, ``dll.``, ``PT.``, ``Tbk.`` ...), which also keeps the sentence splitter
  from breaking after them;
* curly and straight quotes are split off words on both sides;
* every Unicode space separator (no-break space ``"\xa0"``, narrow, thin and figure spaces)
  is read as a plain space, so ``"Ridwan\xa0Kamil"`` is two words with a space between them,
  as a reader sees it, not three tokens (see :func:`plain_spaces`);
* hyphenated words stay whole (``teman-teman``, ``anti-korupsi``, ``se-Indonesia``). spaCy's
  Indonesian defaults split letter-hyphen-letter and then list ~15,600 reduplicated words as
  exceptions, which makes building the tokenizer take seconds; keeping every hyphenated word
  whole gives the same tokens for those words and loads in milliseconds.

Its prefix, suffix and infix regexes answer through a :class:`RegexMemo` (the same answers,
remembered per string, and the prefix regex tried at position 0 first), which halves the time
spent tokenizing news.

The tokenizer is registered as ``beritanlp.news_tokenizer.v1`` (an entry point in the
``spacy_tokenizers`` group), so a saved pipeline loads with plain ``spacy.load``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast

try:  # the regex parser of the standard library (re._parser since Python 3.11)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parser

from spacy.attrs import SENT_START
from spacy.lang.id import Indonesian
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry
from spacy.vocab import Vocab

from beritanlp.text.doc_text import remember
from beritanlp.text.mojibake import INVISIBLE, MOJIBAKE, MOJIBAKE_INFIX, MOJIBAKE_PIECE

#: Abbreviations that keep their trailing period. Case variants (upper, capitalised) are added.
ABBREVIATIONS: tuple[str, ...] = (
    # addresses and administrative units
    "Jl.", "Jln.", "Gg.", "No.", "Kab.", "Kec.", "Kel.", "Prov.", "Ds.", "Kp.", "RT.", "RW.",
    # positions and acting forms
    "Pj.", "Plt.", "Plh.",
    # honorifics and academic titles
    "H.", "Hj.", "Dr.", "dr.", "Drs.", "Dra.", "Ir.", "Prof.", "KH.", "Sdr.", "Sdri.", "Bpk.",
    "S.H.", "S.E.", "S.T.", "S.Sos.", "S.Pd.", "S.Kom.", "S.IP.", "S.Ag.", "S.Hut.", "S.Psi.",
    "S.Kep.", "S.Farm.", "S.Ked.", "S.Stp.", "S.STP.", "M.Si.", "M.M.", "M.H.", "M.T.", "M.Pd.",
    "M.Kes.", "M.Ag.", "M.A.", "M.Sc.", "M.Eng.", "M.Kom.", "M.AP.", "MM.", "MH.", "SH.", "SE.",
    "Ph.D.", "Sp.A.", "Sp.OG.", "Sp.PD.",
    # military and police ranks written with a period
    "Brigjen.", "Mayjen.", "Letjen.", "Jend.", "Kol.", "Letkol.", "Kapt.", "Serka.", "Bripka.",
    # running text
    "dll.", "dsb.", "dst.", "tgl.", "pk.", "pkl.", "hlm.", "thn.", "th.", "yth.", "Yth.",
    "a.n.", "u.p.", "s.d.", "d.a.", "kg.", "km.", "sbg.", "dkk.", "Tn.", "Ny.", "Nn.",
    # companies
    "PT.", "CV.", "Tbk.", "UD.",
)

_CURRENCY_PREFIXES = [r"Rp(?=[0-9])", r"US\$(?=[0-9])", r"\$(?=[0-9])", r"€(?=[0-9])"]
_DASHES = ["--"]
#: CLICK-ID joins paragraphs with a comma glued to the next word ("kata dia.,Andi",
#: "siap\",Bupati", "(10/9/2019).,Menurut"): a comma right after closing punctuation and before
#: a word is a token of its own, and so is each closing mark glued before such a comma and an
#: opening mark glued after it.
_CLOSING = r"[.!?\"”’)\]]"
_PARAGRAPH_JOINT = [
    rf"(?<={_CLOSING}),(?=[^\s\d,])",
    rf"(?<=[^\s,]){_CLOSING}(?={_CLOSING}*,[^\s\d,])",
    r"(?<=[.!?\"”’)\]],)[\"“‘(\[](?=[^\s\d,])",
]
_EXTRA_INFIXES = [r"--", r"(?<=[0-9])[–—](?=[0-9])", *_PARAGRAPH_JOINT]
_QUOTES = ["“", "”", "‘", "’", "„", "«", "»", '"']
# Slash dates (16/5/2024, 16/5, 5/2024) and clock times with a colon are kept whole.
_TOKEN_MATCH = re.compile(
    r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{4}|\d{1,2}:\d{2}(?::\d{2})?)$"
)


def _case_variants(abbrev: str) -> set[str]:
    variants = {abbrev, abbrev.upper()}
    if abbrev[:1].islower():
        variants.add(abbrev[:1].upper() + abbrev[1:])
    return variants


def special_cases(abbreviations: Iterable[str] = ABBREVIATIONS) -> dict[str, list[dict[int, str]]]:
    """Tokenizer exceptions that keep each abbreviation (and its case variants) one token."""
    return {v: [{ORTH: v}] for a in abbreviations for v in _case_variants(a)}



#: The norm of a garbled space's token (the norm spaCy's exceptions give ``"\xa0"``).
SPACE_NORM = "  "


def mimic_characters(vocab: Vocab) -> None:
    r"""Give each garbled sequence's lexeme (``"‚Äú"``) the features of its real character.

    Every garbled lexeme gets its character's flags (so a garbled no-break space
    ``is_space``, which :mod:`beritanlp.components.ner_cleanup` trims from entity ends, and a
    garbled quote ``is_punct`` and ``is_quote``); the garbled invisible marks (zero-width
    space, left-to-right mark), which Python does not count as whitespace, are made
    ``is_space`` too. A garbled punctuation mark also gets its
    character's NORM, PREFIX, SUFFIX and SHAPE (``"‚Äù"`` the norm ``'"'`` of ``"”"``), so the
    NER, which reads these four, sees it exactly as the real mark. A garbled space gets the
    norm :data:`SPACE_NORM` and keeps its own PREFIX, SUFFIX and SHAPE: on the NER
    development sentences with ``"¬†"`` glued into 30% of the gaps this scored F1 0.781,
    copying everything from ``"\xa0"`` 0.767, no change at all 0.707. Lexemes are not saved
    with a pipeline, so :class:`NewsTokenizer` does this each time it is made (built, loaded
    or unpickled).

    Parameters
    ----------
    vocab
        The vocabulary to change in place.
    """
    for garbled, real in MOJIBAKE.items():
        model, lexeme = vocab[real], vocab[garbled]
        lexeme.flags = model.flags
        if real in INVISIBLE:
            lexeme.norm_ = SPACE_NORM
            # "\u200b" and "\u200e" are not whitespace to Python, but read as one here
            lexeme.is_space = True
            continue
        lexeme.norm_ = model.norm_
        lexeme.prefix_ = model.prefix_
        lexeme.suffix_ = model.suffix_
        lexeme.shape_ = model.shape_


#: Unicode's space separators (category Zs) other than the plain space: spaCy splits words on
#: the plain space only, so each of these would be a token of its own between two words.
SPACE_SEPARATORS = "\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACE_SEPARATOR = re.compile(f"[{SPACE_SEPARATORS}]")
_PLAIN_SPACES = str.maketrans(dict.fromkeys(SPACE_SEPARATORS, " "))


def plain_spaces(text: str) -> str:
    r"""``text`` with every space separator read as a plain space (the same length).

    Archives decoded correctly keep the no-break spaces of the web page (``"Ridwan\xa0Kamil"``,
    ``"Pemerintah\xa0Kota Bogor"``); spaCy makes each a token of its own, and the NER and the
    rules then miss the names around it. One character stands for one character, so every
    offset into the result is an offset into ``text``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str
        ``text`` itself when it holds no space separator but the plain space.
    """
    if _SPACE_SEPARATOR.search(text) is None:
        return text
    return text.translate(_PLAIN_SPACES)


#: A run of non-space characters longer than this is split by a simple linear rule (each run of
#: word characters one token, each run of one repeated symbol one token) instead of spaCy's
#: prefix/suffix loop, whose time grows with the square of the run's length (8,000 "=" took
#: 13 s). Real words, numbers and URLs are far shorter: the longest run in the development
#: data (CLICK-ID, gov_dev) has 135 characters.
LONG_RUN_CHARS = 500
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS + 1},}}")
_RUN_PIECES = re.compile(r"\w+|([^\w\s])\1*")


#: How many strings a :class:`RegexMemo` remembers per method before it starts afresh.
MEMO_SIZE = 20_000
_MISSING = object()


class RegexMemo:
    """A compiled regex whose ``search`` and ``finditer`` remember their answers per string.

    spaCy's tokenizer asks its prefix, suffix and infix regexes about every space-separated
    chunk it has not cached, and it caches no chunk of a document after the first special case
    in it (nor any inside ``nlp.memory_zone()``, where the runner works), so the same words are
    searched again and again. A dict lookup answers a repeated string instead. The answers are
    the regex's own (the same match objects for equal strings; ``finditer`` as a tuple of
    them), so tokens are unchanged. At most :data:`MEMO_SIZE` strings are kept per method; then
    the memo starts afresh.

    A string not remembered is searched with less scanning when the regex allows it: spaCy's
    prefix regex is an alternation whose alternatives each start with ``^`` (plus one that
    starts with the literal ``<``), and ``search`` tries every alternative at every position of
    the string (15 µs for a nine-letter word). Then ``regex.match`` (position 0, where
    ``search`` looks first and finds the same match) answers, and the full ``search`` runs only
    when the string holds the first character of an alternative without ``^`` after position 0
    (see :func:`loose_starts`).

    ``pattern`` is the regex's pattern: spaCy serialises a tokenizer's regexes by reading
    ``search.__self__.pattern``.

    Parameters
    ----------
    regex
        The compiled regex.
    size
        How many strings to remember per method.
    """

    def __init__(self, regex: re.Pattern[str], size: int = MEMO_SIZE) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.size = size
        self.loose = loose_starts(regex)
        self._searched: dict[str, re.Match[str] | None] = {}
        self._found: dict[str, tuple[re.Match[str], ...]] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.regex, self.size))  # the memo (match objects) is not pickled

    def __len__(self) -> int:
        """How many strings ``search`` remembers now."""
        return len(self._searched)

    def search(self, string: str) -> re.Match[str] | None:
        """``regex.search(string)``, remembered."""
        found = self._searched.get(string, _MISSING)
        if found is _MISSING:
            found = self._search(string)
            if len(self._searched) >= self.size:
                self._searched.clear()
            self._searched[string] = found
        return cast("re.Match[str] | None", found)

    def _search(self, string: str) -> re.Match[str] | None:
        if self.loose is None:
            return self.regex.search(string)
        found = self.regex.match(string)
        if found is None and any(c in string[1:] for c in self.loose):
            found = self.regex.search(string)
        return found

    def finditer(self, string: str) -> tuple[re.Match[str], ...]:
        """``tuple(regex.finditer(string))``, remembered."""
        found = self._found.get(string)
        if found is None:
            found = tuple(self.regex.finditer(string))
            if len(self._found) >= self.size:
                self._found.clear()
            self._found[string] = found
        return found


def loose_starts(regex: re.Pattern[str]) -> frozenset[str] | None:
    r"""The first characters of ``regex``'s alternatives that are not anchored at the start.

    ``regex`` is read as an alternation (a regex without ``|`` is one alternative). An
    alternative that starts with ``^`` or ``\A`` matches at position 0 only; any other must
    start with a literal character, which this returns. So a string in which none of these
    characters occurs after position 0 has no match of ``regex`` after position 0.

    Returns
    -------
    frozenset of str or None
        The characters (empty when every alternative is anchored); None when some alternative
        starts otherwise, the regex uses ``re.MULTILINE`` or ``re.IGNORECASE``, or its pattern
        cannot be read.
    """
    if regex.flags & (re.MULTILINE | re.IGNORECASE):
        return None
    try:
        items = list(_sre_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern keeps the plain search
        return None
    branch = len(items) == 1 and items[0][0] is _sre.BRANCH
    alternatives = items[0][1][1] if branch else [items]
    starts: set[str] = set()
    for alternative in alternatives:
        op, arg = alternative[0] if len(alternative) else (None, 0)
        if op is _sre.AT and arg in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
            continue
        if op is not _sre.LITERAL:
            return None
        starts.add(chr(arg))
    return frozenset(starts)


def memoised(tokenizer: Tokenizer) -> Tokenizer:
    """Give ``tokenizer``'s prefix, suffix and infix regexes a :class:`RegexMemo` (in place).

    Only bound ``search``/``finditer`` methods of compiled regexes are replaced (other
    callables are left as they are). Returns the tokenizer.
    """
    for name, method in (("prefix_search", "search"), ("suffix_search", "search"),
                         ("infix_finditer", "finditer")):
        bound = getattr(tokenizer, name)
        regex = getattr(bound, "__self__", None)
        if isinstance(regex, re.Pattern) and getattr(bound, "__name__", "") == method:
            setattr(tokenizer, name, getattr(RegexMemo(regex), method))
    return tokenizer


class NewsTokenizer(Tokenizer):
    """spaCy's :class:`~spacy.tokenizer.Tokenizer`, linear on very long runs without spaces.

    Texts without a run of more than :data:`LONG_RUN_CHARS` non-space characters (every
    ordinary article) are tokenized by spaCy's code unchanged. Otherwise each long run is
    split by :data:`_RUN_PIECES` and the text around it by spaCy, and the pieces are joined
    into one ``Doc`` whose text is exactly the input (with its spaces plain).

    Space separators are read as plain spaces first (:func:`plain_spaces`), so a document's
    text is its input with those characters as spaces: the same length, every character
    offset the same. Garbled punctuation (:mod:`beritanlp.text.mojibake`) gets the features of
    the real character in the tokenizer's vocabulary (:func:`mimic_characters`).
    """

    def __init__(self, vocab: Vocab, *args: Any, **kwargs: Any) -> None:
        super().__init__(vocab, *args, **kwargs)
        mimic_characters(vocab)

    def __call__(self, string: str) -> Doc:
        """Tokenize ``string`` (see the class docstring)."""
        plain = plain_spaces(string)
        doc = self._news_tokens(plain)
        remember(doc, plain, string)  # doc.text is plain: doc_text need not join the tokens
        return doc

    def _news_tokens(self, string: str) -> Doc:
        if len(string) <= LONG_RUN_CHARS or _LONG_RUN.search(string) is None:
            return super().__call__(string)
        docs: list[Doc] = []
        pos = 0
        for m in _LONG_RUN.finditer(string):
            if m.start() > pos:
                docs.append(super().__call__(string[pos:m.start()]))
            words = [piece.group() for piece in _RUN_PIECES.finditer(m.group())]
            spaces = [False] * len(words)
            pos = m.end()
            if string.startswith(" ", pos):  # the run's trailing space, as spaCy attaches it
                spaces[-1] = True
                pos += 1
            docs.append(Doc(self.vocab, words=words, spaces=spaces))
        if pos < len(string):
            docs.append(super().__call__(string[pos:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        # from_docs marks each part's first token as a sentence start; unset them in one array
        # write (token.is_sent_start = None per token rescans the whole doc each time)
        starts: Any = doc.to_array([SENT_START])
        starts[1:] = 0
        doc.from_array([SENT_START], starts)
        return doc

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> NewsTokenizer:
        """Load as spaCy does, then give the loaded regexes their memo again."""
        super().from_bytes(bytes_data, exclude=exclude)
        memoised(self)
        return self


def build_news_tokenizer(nlp: Language) -> Tokenizer:
    """Build the news tokenizer for ``nlp``'s vocabulary.

    Parameters
    ----------
    nlp
        The pipeline the tokenizer belongs to (its vocab is shared).

    Returns
    -------
    NewsTokenizer
        A :class:`spacy.tokenizer.Tokenizer`.
    """
    defaults = Indonesian.Defaults
    # garbled sequences first: spaCy's quotes hold their first character "‚"
    prefixes = [MOJIBAKE_PIECE, *(defaults.prefixes or []), *_CURRENCY_PREFIXES, *_QUOTES, *_DASHES]
    # Hyphenated clitics ("rumah-nya", "malaikat-Nya") stay with their word, as Sastrawi expects.
    suffixes = [MOJIBAKE_PIECE] + [
        rule
        for rule in defaults.suffixes or []
        if not any(re.search(rule + "$", w) for w in ("rumah-nya", "kuasa-Mu", "nikmat-Ku"))
    ] + _QUOTES + _DASHES
    # Never split letter-hyphen-letter (see the module docstring); slashes still split.
    infixes = [
        rule.replace(r"[\/-](?=", r"[\/](?=")
        for rule in defaults.infixes or []
        if not re.search(rule, "anti-korupsi")
    ] + _EXTRA_INFIXES + [MOJIBAKE_INFIX]
    rules = dict(BASE_EXCEPTIONS)
    rules.update(
        (orth, tokens)
        for orth, tokens in (defaults.tokenizer_exceptions or {}).items()
        if "-" not in orth and orth not in BASE_EXCEPTIONS
    )
    rules.update(special_cases())
    # The memos go in through the constructor: spaCy reloads every special case each time a
    # regex attribute is set afterwards (three reloads of ~600 rules per tokenizer).
    return NewsTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=RegexMemo(compile_prefix_regex(prefixes)).search,
        suffix_search=RegexMemo(compile_suffix_regex(suffixes)).search,
        infix_finditer=RegexMemo(compile_infix_regex(infixes)).finditer,
        token_match=_TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("beritanlp.news_tokenizer.v1")
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registered factory: ``[nlp.tokenizer] @tokenizers = "beritanlp.news_tokenizer.v1"``."""
    return build_news_tokenizer


def build_bare_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer without rules (whitespace only) for ``nlp``'s vocabulary.

    For pipelines that are only a source of components (see
    :func:`beritanlp.pipeline.source_pipeline`), never run on text: building the news
    tokenizer's special cases again for them would only cost load time.
    """
    return Tokenizer(nlp.vocab)


@registry.tokenizers("beritanlp.bare_tokenizer.v1")
def create_bare_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registered factory: ``[nlp.tokenizer] @tokenizers = "beritanlp.bare_tokenizer.v1"``."""
    return build_bare_tokenizer
