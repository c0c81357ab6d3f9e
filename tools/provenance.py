"""What a catalogue record's metadata was seen on: the `source.seen` object of docs/data-format.md.

Shared by build-catalog.py (new records) and migrate-provenance.py (records in the former form, with
`source.verified` and `source.verifiedURL`). The former flag meant: the title and the number (or, without a
number, the date) were seen on a copy of the document at verifiedURL. The mapping keeps exactly that claim
and narrows it where the scouting note says less was seen (rules below, in order); it never widens it
except for a date the note says was shown on the copy.
"""
import re
from urllib.parse import urlsplit

FIELDS = ("title", "number", "date")

# A note that says verification came only from a news report: the copy seen is a report, not the document.
NEWS_ONLY = re.compile(r"verified only via [^;|]*news", re.I)
# "文号 not shown", "number/date not shown", "title/number/date not seen", "dates not in excerpt".
NOT_SEEN = {
    "title": re.compile(r"title[^;|.]{0,20}not (seen|shown)", re.I),
    "number": re.compile(r"(文号|number)[^;|.]{0,20}(not (seen|shown|found|in excerpt)|still not)", re.I),
    "date": re.compile(r"dates?[^;|.]{0,20}(not (seen|shown|found|in excerpt)|still not)", re.I),
}
# The copy showed the document's own date (a signature date, an official publication timestamp).
DATE_SHOWN = re.compile(r"signature date|signature [^;|]{0,30}\d{4}年|publication timestamp|颁布时间", re.I)


def place(url, note):
    if not url:
        return "not-seen"
    if NEWS_ONLY.search(note or ""):
        return "news-report"
    host = (urlsplit(url).hostname or "").lower()
    return "official-site" if host == "gov.cn" or host.endswith(".gov.cn") else "third-party-repost"


def seen(verified, url, number, has_date, note):
    """The `source.seen` object for a record in the former form."""
    if not verified or not url:
        return {"where": "not-seen", "fields": [], "url": None}
    note = note or ""
    fields = {"title"} | ({"number"} if number else ({"date"} if has_date else set()))
    if has_date and DATE_SHOWN.search(note):
        fields.add("date")
    for field, rule in NOT_SEEN.items():
        if rule.search(note):
            fields.discard(field)
    return {"where": place(url, note), "fields": [f for f in FIELDS if f in fields], "url": url}
