"""The limits every door applies alike: command line, forms and exchange files.

`kinds.convert` refuses a value beyond them as it is typed; the exchange schema
(`exchange_schema.json`, built from these numbers) refuses it in a file; the import
invariants refuse dates beyond them. docs/data-model.md lists them for users.
"""

from __future__ import annotations

MAX_TEXT = 20_000  # characters of a one-line text field (titles, names, symbols)
MAX_LONGTEXT = 1_000_000  # characters of a long text (interventions, notes)
MAX_LIST = 10_000  # items of a list field (mandates, speakers, aliases)
MAX_INT = 2**31 - 1  # whole numbers lie in -2^31 .. 2^31-1
MIN_INT = -(2**31)
MAX_ALIAS_KEYS = 16  # keys of one organization alias ({"name": ..., "acronym": ...})
MAX_ALIAS_KEY_LENGTH = 40
# Dates (and the years of timestamps) lie in these years: calendars, spreadsheets and
# printed summaries all handle them, and no committee record falls outside.
FIRST_YEAR = 1900
LAST_YEAR = 2199
