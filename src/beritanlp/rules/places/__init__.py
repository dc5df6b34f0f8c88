"""Places in raw text: gazetteer names found, disambiguated and grouped (pure, no spaCy).

The tables (:class:`~beritanlp.lexicons.regions.Gazetteer`) are passed in; the desa and
kelurahan table is loaded on its first lookup: after a desa cue, before a region ("X,
<region>"), and for a capitalised name the index does not know ("Pasar Minggu": ``local``,
``urban``, ``kampung``, ``villages``); a text naming only regions leaves it unloaded. Batch
workers load it up front (``components/places.py`` ``warm_up``). The modules:
``scan`` (mentions word by word), ``features``, ``local``, ``urban``, ``kampung``, ``areas``,
``abroad``, ``villages``, ``blocks``, ``organisations``, ``titles``, ``resolve``, ``records`` and
``find``
(the whole run).

How text is matched
-------------------
* Names are compared by a key that ignores case, spaces and hyphens ("Pangkal Pinang",
  "Pangkalpinang" and "Pangkal-Pinang" are one key), except that a foreign place listed only
  in several words is matched by one glued word only after a cue ("Kota Danang"), "di", a
  place or mission noun ("kota Newyork", "KBRI PhnomPenh") or before its country ("Denhaag
  negeri Belanda"): alone, "Danang" is a given name and "Georgetown" a campus
  (:func:`~beritanlp.rules.places.scan.glued_place`).
* Every word of a bare name must be capitalised (or the whole word upper case): lowercase text
  never fires. Names flagged *common* (a name that is also an ordinary word, e.g. "Batu",
  "Serang") need a cue or a capitalised word in mid-sentence (after a lowercase word).
* Cues before a name fix its type: "Kabupaten/Kab./Bupati/Pemkab" -> kabupaten, "Kota/Wali Kota/
  Pemkot" -> kota, "Provinsi/Gubernur/Pemprov" -> provinsi, "Kecamatan/Kec./Camat/Kapolsek"
  -> kecamatan, "Desa/Kelurahan/Lurah/Kades" -> desa. Administrative cues ("Kabupaten",
  "Kota") become part of the mention; titles ("Wali Kota", "Bupati") do not.
* A name's words are capitalised, or the lowercase half of a reduplicated word ("Kecamatan
  Alang-alang Lebar"). A known village or district that is one generic word ("Gunung", "Batu")
  or stops inside a reduplication gives way, after its cue, to the longer capitalised name
  ("Desa Gunung Remuk"); an unknown village's name stops at a known region ("Kelurahan X
  Jakarta Timur"). A title followed by a cue of its own ("Keuchik Gampong X", "Bupati
  Kabupaten X") leaves the name to that cue. An unknown name after a capitalised "Provinsi"
  is another country's province ("Provinsi Nangarhar"): Indonesia's are all known.
* Feature cues ("Gunung", "Sungai", "Pulau", "Taman Nasional" ...) make a ``wilayah`` of the
  capitalised words after them, known or not (:mod:`~beritanlp.rules.places.features`); so
  do the lowercase area nouns "wilayah", "kawasan" and "daerah" for a name the gazetteer
  does not know as a region (:mod:`~beritanlp.rules.places.areas`), and an unknown name
  after a locative and before a comma and a foreign country or state ("di
  Headington, Oxford, Inggris"; :mod:`~beritanlp.rules.places.abroad`).
* Kecamatan, desa and kelurahan are matched with a cue, bare when written right before their
  own parent region ("Cikini, Jakarta Pusat"), and bare kecamatan inside a region the text
  mentions when a locative, a LOC entity or a listed neighbour supports them, or anywhere
  right after a village of their own ("Cipinang Besar Selatan, Jatinegara")
  (:mod:`~beritanlp.rules.places.local`); a bare kelurahan only after a locative, in a city
  the text names (:mod:`~beritanlp.rules.places.urban`); "Kampung X" as a village only
  right before its cued district (:mod:`~beritanlp.rules.places.kampung`).
* A mention is *blocked* (kept as evidence but not reported) when it follows an agency word
  ("Pemerintah Kota X", "Pemkab X", "DPRD X", "Polda X"), sits inside a capitalised venue or
  organisation name ("Hotel Novotel Pangkalpinang", "Institut Pertanian Bogor"; a place after
  a street or campus name counts, but not one ending a street's name before the street's own
  location or block number: "Jalan Patra Kuningan XIII, Jakarta Selatan"), names a language
  ("bahasa Jawa", "berbahasa Arab dan Jepang"), lies inside a span the caller blocks (e.g. an
  agency or person entity), is a country ending a longer name ("Anugerah Humas Indonesia"),
  is glued to a number by a hyphen (a designation: "PLTU Riau-1", "KRI Teluk Cirebon-543"),
  is a post's short form ("Karo" for Kepala Biro before a bureau's name: "Karo Penmas";
  "di Karo Senin" and "Tanah Karo" stay the regency), or stands in a "Baca juga" line
  (:mod:`~beritanlp.rules.places.blocks`, which also holds the street tails); so is a place
  inside a club's or a supranational body's name ("AS Roma", "Manchester United", "Uni Eropa";
  :mod:`~beritanlp.rules.places.organisations`), and so is a nickname region ("Bumi
  Cenderawasih") where the text also reports the place it stands for (Papua). A place that
  ends an official's title is reported although a regional agency's name holds it ("Kepala
  Dinas Kesehatan Kota Bekasi, Rina": :mod:`~beritanlp.rules.places.titles`; the caller
  passes the agency spans).
* A place is named by its fullest mention: the longest name, also one inside an agency or
  title ("Pemprov Sulawesi Selatan" names the place reported as "Sulsel"), then the one with
  its cue (:mod:`~beritanlp.rules.places.records`).

Disambiguation
--------------
A bare name with several candidates (Bogor: Kota 32.71 and Kabupaten 32.01; Jambi: province and
city) takes the candidate fixed by a cued mention of the same name in the same text (the nearest
one before it, else the first after it). With no such evidence the default order is
provinsi > kota > kabupaten > wilayah > negara: a bare "Bogor" is the city, a bare "Jambi" the
province, a bare "Papua" the province. Kecamatan and desa candidates are narrowed to those
under a region mentioned in the text; if still several, the code is left null.
"""

from __future__ import annotations

from beritanlp.rules.places.find import extract_places, find_places
from beritanlp.rules.places.mention import PlaceMention
from beritanlp.rules.places.records import place_records
from beritanlp.rules.places.resolve import resolve

__all__ = ["PlaceMention", "extract_places", "find_places", "place_records", "resolve"]
